# --8<-- [start:starter]
def binary_search(items, target):
    """Return the index of `target` in the sorted list `items`, or -1 if absent.

    If `target` occurs more than once, return the index of the first one.
    Look at about log2(len(items)) items, not all of them.
    """
    raise NotImplementedError("write binary_search")


# --8<-- [end:starter]
