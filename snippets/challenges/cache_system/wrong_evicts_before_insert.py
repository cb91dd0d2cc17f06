# fails: check_updating_a_key_in_a_full_cache_evicts_nothing
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
        value, expiry = self._entries[key]
        if expiry is not None and self.clock() >= expiry:
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def put(self, key, value):
        if len(self._entries) >= self.capacity:  # full, even if key is already in
            self._entries.popitem(last=False)
        expiry = None if self.ttl is None else self.clock() + self.ttl
        self._entries[key] = (value, expiry)
        self._entries.move_to_end(key)

    def __len__(self):
        return len(self._entries)


cache = Cache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.put("b", 20)  # an update, yet "a" is evicted
print(cache.get("a"), cache.get("b"))
#> None 20
# --8<-- [end:wrong]
