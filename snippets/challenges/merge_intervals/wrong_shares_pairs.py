# fails: check_merges_overlaps, check_unsorted_input, check_touching_intervals_merge
# fails: check_interval_inside_another, check_input_unchanged, check_returns_tuples
# --8<-- [start:wrong]
def merge_intervals(intervals):
    merged = []
    for pair in sorted(intervals):  # a new list, but the same pair objects
        if merged and pair[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], pair[1])  # changes the caller's pair
        else:
            merged.append(pair)
    return merged


meetings = [[1, 3], [2, 6]]
print(merge_intervals(meetings), meetings)  # and on tuples: TypeError
#> [[1, 6]] [[1, 6], [2, 6]]
# --8<-- [end:wrong]
