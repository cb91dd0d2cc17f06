# --8<-- [start:starter]
def top_k_frequent(items, k):
    """Return the k most frequent items, most frequent first.

    Items with equal counts come in the order they first appear. Fewer than k
    distinct items: return them all. Count in one pass (O(n)). Then choose without
    sorting all the distinct items: keep k candidates in a heap (O(n log k)), or
    put the items in buckets by count (O(n)).
    """
    raise NotImplementedError("write top_k_frequent")


# --8<-- [end:starter]
