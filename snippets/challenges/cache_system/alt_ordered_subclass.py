# --8<-- [start:alt]
import time
from collections import OrderedDict


class Cache(OrderedDict):
    """The cache *is* the ordered mapping: key -> (value, expiry), least recent first.
    Inheriting saves the wrapper, at the price of every OrderedDict method (pop,
    update, item assignment) being open to callers, bypassing the capacity."""

    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        super().__init__()
        self.capacity, self.ttl, self.clock = capacity, ttl, clock

    def get(self, key, default=None):
        if key not in self:
            return default
        value, expiry = super().__getitem__(key)
        if expiry is not None and self.clock() >= expiry:
            super().__delitem__(key)
            return default
        self.move_to_end(key)
        return value

    def put(self, key, value):
        expiry = None if self.ttl is None else self.clock() + self.ttl
        super().__setitem__(key, (value, expiry))
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = Cache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.get("a"), cache.get("b"), cache.get("c"))
#> 1 None 3
# --8<-- [end:alt]
