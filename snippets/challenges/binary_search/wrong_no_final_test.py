# fails: check_empty_list, check_single_item, check_missing_item
# fails: check_looks_at_few_items
# --8<-- [start:wrong]
def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo  # where target would go, whether or not it is there


print(binary_search([1, 3, 5], 5), binary_search([1, 3, 5], 4))
#> 2 2
# --8<-- [end:wrong]
