# --8<-- [start:starter]
def merge_intervals(intervals):
    """Merge overlapping intervals. `intervals` is a list of (start, end) pairs,
    start <= end, in any order; intervals that touch ((1, 3) and (3, 5)) overlap.

    Return a new list of (start, end) tuples sorted by start, and leave the input
    list and its pairs unchanged. Sort once: O(n log n), not one pass per merge.
    """
    raise NotImplementedError("write merge_intervals")


# --8<-- [end:starter]
