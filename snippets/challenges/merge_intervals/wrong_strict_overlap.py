# fails: check_touching_intervals_merge
# --8<-- [start:wrong]
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:  # `<` misses intervals that touch
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


print(merge_intervals([(1, 3), (3, 5)]))
#> [(1, 3), (3, 5)]
# --8<-- [end:wrong]
