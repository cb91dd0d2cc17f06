# fails: check_stops_after_a_pass_without_swaps
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    result = list(items)
    keys = result[:] if key is None else [key(item) for item in result]
    swapped = False  # set once: after the first swap it stays True for good
    for end in range(len(result) - 1, 0, -1):
        for i in range(end):
            if keys[i + 1] < keys[i]:
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        if not swapped:
            break
    return result


print(bubble_sort([2, 1, 3, 4]))  # right, but every pass runs after one swap
#> [1, 2, 3, 4]
# --8<-- [end:wrong]
