# --8<-- [start:alt]
def merge_intervals(intervals):
    ordered = sorted(intervals, key=lambda pair: pair[0])
    if not ordered:
        return []
    merged = []
    start, end = ordered[0]  # the interval being grown
    for next_start, next_end in ordered[1:]:
        if next_start > end:  # a gap: the current interval is finished
            merged.append((start, end))
            start, end = next_start, next_end
        else:
            end = max(end, next_end)
    merged.append((start, end))
    return merged


print(merge_intervals([(5, 7), (1, 2), (2, 4), (6, 9)]))
#> [(1, 4), (5, 9)]
# --8<-- [end:alt]
