# fails: check_equal_items_keep_their_order
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    result = list(items)
    keys = result[:] if key is None else [key(item) for item in result]
    for end in range(len(result) - 1, 0, -1):
        swapped = False
        for i in range(end):
            if keys[i + 1] <= keys[i]:  # <= also swaps equal keys: not stable
                keys[i], keys[i + 1] = keys[i + 1], keys[i]
                result[i], result[i + 1] = result[i + 1], result[i]
                swapped = True
        if not swapped:
            break
    return result


print(bubble_sort([("b", 1), ("a", 1)], key=lambda pair: pair[1]))
#> [('a', 1), ('b', 1)]
# --8<-- [end:wrong]
