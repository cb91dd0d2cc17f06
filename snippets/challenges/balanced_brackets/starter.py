# --8<-- [start:starter]
def is_balanced(text):
    """Return True if every (, [ and { in `text` is closed by the matching ), ]
    or }, in the right order. Other characters do not matter. "" is balanced.

    Nesting may be deeper than the recursion limit: 10,000 levels must work.
    """
    raise NotImplementedError("write is_balanced")


# --8<-- [end:starter]
