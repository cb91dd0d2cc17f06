# --8<-- [start:starter]
def flatten(nested):
    """Yield the items of an arbitrarily nested iterable, in order, lazily.

    Lists, tuples, ranges, sets, generators and any other iterable are opened;
    str and bytes are items, not containers. Nesting may go deeper than the
    recursion limit allows, and the input may be a generator.
    """
    raise NotImplementedError("write flatten")


# --8<-- [end:starter]
