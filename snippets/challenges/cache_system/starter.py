# --8<-- [start:starter]
import time


class Cache:
    """At most `capacity` entries; when full, `put` evicts the least recently used
    one (the one whose last `get` or `put` is oldest).

    With `ttl` (seconds), an entry expires `ttl` seconds after its last `put`:
    from then on `get` returns the default. `clock()` gives the time in seconds;
    the checks pass a fake clock so they need not wait.
    """

    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        raise NotImplementedError("write Cache")  # a capacity below 1 is a ValueError

    def get(self, key, default=None):
        """The value stored under `key`, or `default` if there is none (or expired)."""

    def put(self, key, value):
        """Store `value` under `key`."""

    def __len__(self):
        """How many entries the cache holds."""


# --8<-- [end:starter]
