# fails: check_duplicates_return_the_first, check_finds_the_first_of_many_quickly
# --8<-- [start:wrong]
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid  # a match, but not necessarily the first one
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print(binary_search([1, 3, 5], 5), binary_search([2, 2, 2, 3], 2))
#> 2 1
# --8<-- [end:wrong]
