# fails: check_finds_every_item, check_single_item, check_duplicates_return_the_first
# fails: check_looks_at_few_items, check_finds_the_first_of_many_quickly
# --8<-- [start:wrong]
def binary_search(items, target):
    lo, hi = 0, len(items) - 1  # a closed range: items[hi] is still a candidate...
    while lo < hi:  # ...but the loop stops before looking at it when lo == hi
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid  # some match, not necessarily the first
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


print(binary_search([1, 3, 5, 7, 9], 9))  # the last item
#> -1
print(binary_search([4], 4))
#> -1
print(binary_search([2, 2, 2, 3], 2))
#> 1
# --8<-- [end:wrong]
