# fails: check_looks_at_few_items
# --8<-- [start:wrong]
def binary_search(items, target):
    try:
        return items.index(target)  # right answers, but it reads every item
    except ValueError:
        return -1


print(binary_search([2, 2, 2, 3], 2), binary_search([1, 3, 5], 4))
#> 0 -1
# --8<-- [end:wrong]
