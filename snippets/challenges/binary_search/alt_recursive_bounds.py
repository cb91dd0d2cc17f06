# --8<-- [start:alt]
def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo == hi:  # the range is empty: lo is where target would go
        return lo if lo < len(items) and items[lo] == target else -1
    mid = (lo + hi) // 2
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)  # indexes, never a slice


print(binary_search([2, 2, 2, 3], 2), binary_search([1, 3, 5], 4))
#> 0 -1
# --8<-- [end:alt]
