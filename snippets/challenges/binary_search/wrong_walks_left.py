# fails: check_finds_the_first_of_many_quickly
# --8<-- [start:wrong]
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        item = items[mid]
        if item == target:
            while mid > 0 and items[mid - 1] == target:
                mid -= 1  # one step at a time: O(n) when most items are equal
            return mid
        if item < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print(binary_search([2, 2, 2, 3], 2), binary_search([1, 3, 5], 4))
#> 0 -1
# --8<-- [end:wrong]
