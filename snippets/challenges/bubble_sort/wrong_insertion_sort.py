# fails: check_makes_full_passes
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    result = list(items)
    keys = result[:] if key is None else [key(item) for item in result]
    for i in range(1, len(result)):  # insertion sort: slide each item left into place
        j = i
        while j > 0 and keys[j] < keys[j - 1]:
            keys[j - 1], keys[j] = keys[j], keys[j - 1]
            result[j - 1], result[j] = result[j], result[j - 1]
            j -= 1
    return result


print(bubble_sort([5, 1, 4, 2, 8]))  # sorted, stable, but not a bubble sort
#> [1, 2, 4, 5, 8]
# --8<-- [end:wrong]
