# --8<-- [start:starter]
def merge(*dicts):
    """Return a new dict with the items of all `dicts`. When several have the same
    key, the value from the last one wins. Change none of the arguments."""
    raise NotImplementedError("write merge")


def deep_merge(base, override):
    """Return a new dict: `base` with `override` merged in, recursively.

    Where both have a dict under the same key, merge those two dicts the same way;
    otherwise the value from `override` wins. Change neither argument, and make sure
    that changing the result later cannot change them either.
    """
    raise NotImplementedError("write deep_merge")


# --8<-- [end:starter]
