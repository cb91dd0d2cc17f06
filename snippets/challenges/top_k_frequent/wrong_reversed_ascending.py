# fails: check_ties_in_order_of_first_appearance, check_does_not_sort_everything
# --8<-- [start:wrong]
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)
    ascending = sorted(counts, key=counts.__getitem__)  # stable: ties in order
    return ascending[::-1][:k]  # reversing also reverses the ties


print(top_k_frequent(["b", "a", "c", "a", "b", "c"], 3))
#> ['c', 'a', 'b']
# --8<-- [end:wrong]
