# fails: check_get_does_not_extend_ttl
# --8<-- [start:wrong]
import time
from collections import OrderedDict


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = OrderedDict()

    def _expiry(self):
        return None if self.ttl is None else self.clock() + self.ttl

    def get(self, key, default=None):
        if key not in self._entries:
            return default
        value, expiry = self._entries[key]
        if expiry is not None and self.clock() >= expiry:
            del self._entries[key]
            return default
        self._entries[key] = (value, self._expiry())  # a read restarts the ttl
        self._entries.move_to_end(key)
        return value

    def put(self, key, value):
        self._entries[key] = (value, self._expiry())
        self._entries.move_to_end(key)
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __len__(self):
        return len(self._entries)


clock = [0.0]
cache = Cache(2, ttl=30, clock=lambda: clock[0])
cache.put("a", 1)
clock[0] = 20.0
cache.get("a")
clock[0] = 40.0
print(cache.get("a"))  # 40 s after the put, still there
#> 1
# --8<-- [end:wrong]
