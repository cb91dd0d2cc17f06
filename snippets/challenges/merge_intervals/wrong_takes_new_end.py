# fails: check_interval_inside_another
# --8<-- [start:wrong]
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end)  # a contained interval shrinks it
        else:
            merged.append((start, end))
    return merged


print(merge_intervals([(1, 10), (2, 3)]))
#> [(1, 3)]
# --8<-- [end:wrong]
