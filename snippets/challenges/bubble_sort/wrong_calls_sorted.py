# fails: check_makes_full_passes
# --8<-- [start:wrong]
def bubble_sort(items, key=None):
    return sorted(items, key=key)  # right answer, but the task was to write the sort


print(bubble_sort([5, 1, 4, 2, 8]))
#> [1, 2, 4, 5, 8]
# --8<-- [end:wrong]
