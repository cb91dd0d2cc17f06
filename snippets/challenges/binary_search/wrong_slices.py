# fails: check_looks_at_few_items, check_finds_the_first_of_many_quickly
# --8<-- [start:wrong]
def binary_search(items, target):
    if not items:
        return -1
    mid = len(items) // 2
    if items[mid] < target:  # items[mid + 1:] copies half the list on every call
        found = binary_search(items[mid + 1 :], target)
        return -1 if found == -1 else mid + 1 + found
    found = binary_search(items[:mid], target)  # an earlier match, if any
    if found != -1:
        return found
    return mid if items[mid] == target else -1


print(binary_search([2, 2, 2, 3], 2), binary_search([1, 3, 5], 4))
#> 0 -1
# --8<-- [end:wrong]
