# fails: check_sorts_once
# --8<-- [start:wrong]
def merge_intervals(intervals):
    result = [tuple(pair) for pair in intervals]
    changed = True
    while changed:  # compares every pair again after each merge: O(n²) or worse
        changed = False
        for i in range(len(result)):
            for j in range(i + 1, len(result)):
                (a, b), (c, d) = result[i], result[j]
                if a <= d and c <= b:  # they overlap or touch
                    result[i] = (min(a, c), max(b, d))
                    del result[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(result)


print(merge_intervals([(1, 3), (8, 10), (2, 6)]))  # right, but slow
#> [(1, 6), (8, 10)]
# --8<-- [end:wrong]
