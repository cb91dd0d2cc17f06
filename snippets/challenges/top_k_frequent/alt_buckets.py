# --8<-- [start:alt]
from collections import Counter


def top_k_frequent(items, k):
    counts = Counter(items)
    buckets = [[] for _ in range(len(items) + 1)]  # buckets[c]: items seen c times
    for item, count in counts.items():  # first-appearance order within a bucket
        buckets[count].append(item)
    result = []
    for bucket in reversed(buckets):  # highest count first: O(n) in all
        result.extend(bucket[: k - len(result)])
        if len(result) == k:
            break
    return result


print(top_k_frequent([4, 9, 9, 4, 9, 7, 7, 7, 7], 2), top_k_frequent([1], 0))
#> [7, 9] []
# --8<-- [end:alt]
