# fails: check_sorted_input_takes_one_pass, check_stops_after_a_pass_without_swaps
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    result = list(items)
    keys = result[:] if key is None else [key(item) for item in result]
    n = len(result)
    for _ in range(n):  # always n passes, even when nothing moves any more
        for i in range(n - 1):
            if keys[i + 1] < keys[i]:
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                result[i], result[i + 1] = result[i + 1], result[i]
    return result


print(bubble_sort([3, 1, 2]))  # right, but slow on input that is already sorted
#> [1, 2, 3]
# --8<-- [end:wrong]
