# fails: check_most_frequent_first, check_ties_in_order_of_first_appearance
# fails: check_does_not_sort_everything
# fails: check_k_larger_than_the_number_of_items, check_counts_in_one_pass
# --8<-- [start:wrong]
import heapq
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)
    return heapq.nlargest(k, counts)  # no key: the largest items, not the commonest


print(top_k_frequent([1, 1, 1, 2, 2, 3], 2))
#> [3, 2]
# --8<-- [end:wrong]
