# fails: check_returns_tuples
# --8<-- [start:wrong]
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):  # a new sorted list: the input stays as is
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)  # lists, to extend in place
        else:
            merged.append([start, end])
    return merged


print(merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18)]))
#> [[1, 6], [8, 10], [15, 18]]
print(merge_intervals([(8, 10), (1, 4), (4, 5)]))  # unsorted, touching
#> [[1, 5], [8, 10]]
print(merge_intervals([(1, 10), (2, 3)]), merge_intervals([]))  # contained, empty
#> [[1, 10]] []
# --8<-- [end:wrong]
