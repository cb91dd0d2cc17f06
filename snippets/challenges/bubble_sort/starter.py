# --8<-- [start:starter]
def bubble_sort(items, key=None):
    """Return a new list of the items in ascending order, as sorted() does.

    `key` works as sorted()'s does, and items that compare equal keep their order
    (the sort is stable). Stop as soon as a pass swaps nothing, so that input that
    is already sorted costs one pass. Leave `items` unchanged.
    """
    raise NotImplementedError("write bubble_sort")


# --8<-- [end:starter]
