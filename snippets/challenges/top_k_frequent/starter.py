# --8<-- [start:starter]
def top_k_frequent(items, k):
    """Return the k most frequent items, most frequent first.

    Items with equal counts come in the order they first appear. Fewer than k
    distinct items: return them all. Count in one pass (O(n)), and keep only k
    candidates while choosing (O(n log k)), not a sort of everything.
    """
    raise NotImplementedError("write top_k_frequent")


# --8<-- [end:starter]
