# fails: check_input_unchanged
# --8<-- [start:wrong]
def merge_intervals(intervals):
    intervals.sort()  # sorts the caller's list: their order is gone
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


meetings = [(8, 10), (1, 3), (2, 6)]
print(merge_intervals(meetings), meetings)
#> [(1, 6), (8, 10)] [(1, 3), (2, 6), (8, 10)]
# --8<-- [end:wrong]
