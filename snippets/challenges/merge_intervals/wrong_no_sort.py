# fails: check_unsorted_input
# --8<-- [start:wrong]
def merge_intervals(intervals):
    merged = []
    for start, end in intervals:  # assumes the input is already sorted
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


print(merge_intervals([(8, 10), (1, 3), (9, 12)]))  # 1 <= 10: (1, 3) is swallowed
#> [(8, 12)]
# --8<-- [end:wrong]
