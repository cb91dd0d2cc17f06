# --8<-- [start:alt]
def merge_intervals(intervals):
    # A sweep line: +1 where an interval opens, -1 where it closes. At the same
    # point, opens (0) sort before closes (1), so touching intervals join.
    events = sorted(
        [(start, 0) for start, _ in intervals] + [(end, 1) for _, end in intervals]
    )
    merged, open_count = [], 0
    for point, kind in events:
        if kind == 0:
            if open_count == 0:
                start = point  # the first interval of a new merged run
            open_count += 1
        else:
            open_count -= 1
            if open_count == 0:
                merged.append((start, point))
    return merged


print(merge_intervals([(1, 3), (3, 5), (7, 8), (7, 7)]))
#> [(1, 5), (7, 8)]
# --8<-- [end:alt]
