# --8<-- [start:alt]
def bubble_sort(items, key=None):
    """Bubble sort in both directions: small items near the end move fast too."""
    pairs = [(item if key is None else key(item), item) for item in items]
    lo, hi = 0, len(pairs) - 1
    while lo < hi:
        swapped = False
        for i in range(lo, hi):  # forwards: the largest key ends at hi
            if pairs[i + 1][0] < pairs[i][0]:
                pairs[i], pairs[i + 1] = pairs[i + 1], pairs[i]
                swapped = True
        hi -= 1
        if not swapped:
            break
        swapped = False
        for i in range(hi, lo, -1):  # backwards: the smallest key ends at lo
            if pairs[i][0] < pairs[i - 1][0]:
                pairs[i - 1], pairs[i] = pairs[i], pairs[i - 1]
                swapped = True
        lo += 1
        if not swapped:
            break  # a pass in either direction that moves nothing: sorted
    return [item for _, item in pairs]


print(bubble_sort([5, 1, 4, 2, 8]), bubble_sort(["b", "A"], key=str.lower))
#> [1, 2, 4, 5, 8] ['A', 'b']
# --8<-- [end:alt]
