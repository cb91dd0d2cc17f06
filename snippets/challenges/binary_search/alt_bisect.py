# --8<-- [start:alt]
from bisect import bisect_left


def binary_search(items, target):
    index = bisect_left(items, target)  # the leftmost place target could go
    if index < len(items) and items[index] == target:
        return index
    return -1


print(binary_search([2, 2, 2, 3], 2), binary_search([1, 3, 5], 4))
#> 0 -1
# --8<-- [end:alt]
