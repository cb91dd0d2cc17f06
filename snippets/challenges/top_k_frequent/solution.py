# --8<-- [start:solution]
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)  # one pass; keys in order of first appearance
    return [item for item, _ in counts.most_common(k)]  # via heapq.nlargest


print(top_k_frequent([1, 1, 1, 2, 2, 3], 2))
#> [1, 2]
print(top_k_frequent("mississippi", 3))  # s and i both appear 4 times
#> ['i', 's', 'p']
print(top_k_frequent([], 3), top_k_frequent([5, 6], 10), top_k_frequent([5], 0))
#> [] [5, 6] []
# --8<-- [end:solution]

# --8<-- [start:nlargest]
import collections
import heapq

counts = collections.Counter("abracadabra")
print(counts)
#> Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
print(heapq.nlargest(2, counts, key=counts.__getitem__))  # the heap holds 2 keys
#> ['a', 'b']
print(sorted(counts, key=counts.__getitem__, reverse=True)[:2])  # sorts all 5
#> ['a', 'b']
# --8<-- [end:nlargest]
