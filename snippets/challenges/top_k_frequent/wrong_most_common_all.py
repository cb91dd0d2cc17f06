# fails: check_does_not_sort_everything
# --8<-- [start:wrong]
from collections import Counter


def top_k_frequent(items, k):
    return [item for item, _ in Counter(items).most_common()[:k]]  # no k: sorts all


print(top_k_frequent([1, 1, 1, 2, 2, 3], 2))  # right, at O(d log d)
#> [1, 2]
# --8<-- [end:wrong]
