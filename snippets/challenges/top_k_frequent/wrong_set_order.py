# fails: check_ties_in_order_of_first_appearance, check_does_not_sort_everything
# --8<-- [start:wrong]
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)
    # a set's order is not the order of first appearance, so ties come out wrong
    return sorted(set(items), key=counts.__getitem__, reverse=True)[:k]


print(top_k_frequent([3, 1, 3, 1, 2], 2))
#> [1, 3]
# --8<-- [end:wrong]
