# fails: check_zero_ttl_expires_at_once
# --8<-- [start:wrong]
import time
from collections import OrderedDict


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = OrderedDict()

    def get(self, key, default=None):
        if key not in self._entries:
            return default
        value, stored_at = self._entries[key]
        if self.ttl and self.clock() - stored_at >= self.ttl:  # ttl=0 is falsy
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def put(self, key, value):
        self._entries[key] = (value, self.clock())
        self._entries.move_to_end(key)
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def __len__(self):
        return len(self._entries)


cache = Cache(2, ttl=0)
cache.put("a", 1)
print(cache.get("a"))  # should have expired at once
#> 1
# --8<-- [end:wrong]
