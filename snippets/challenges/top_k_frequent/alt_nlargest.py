# --8<-- [start:alt]
import heapq


def top_k_frequent(items, k):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    # nlargest keeps a heap of k candidates: O(d log k) for d distinct items, and
    # among equal keys it keeps the input order, as sorted(..., reverse=True) does.
    return heapq.nlargest(k, counts, key=counts.__getitem__)


print(top_k_frequent("mississippi", 2), top_k_frequent([], 1))
#> ['i', 's'] []
# --8<-- [end:alt]
