# fails: check_stores_falsy_values
# --8<-- [start:wrong]
import time
from collections import OrderedDict


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._values = OrderedDict()
        self._expiries = {}

    def get(self, key, default=None):
        value = self._values.get(key)
        if not value:  # 0, "" and None look like a miss
            return default
        expiry = self._expiries[key]
        if expiry is not None and self.clock() >= expiry:
            del self._values[key], self._expiries[key]
            return default
        self._values.move_to_end(key)
        return value

    def put(self, key, value):
        self._values[key] = value
        self._expiries[key] = None if self.ttl is None else self.clock() + self.ttl
        self._values.move_to_end(key)
        if len(self._values) > self.capacity:
            oldest, _ = self._values.popitem(last=False)
            del self._expiries[oldest]

    def __len__(self):
        return len(self._values)


cache = Cache(2)
cache.put("count", 0)
print(cache.get("count", "missing"))
#> missing
# --8<-- [end:wrong]
