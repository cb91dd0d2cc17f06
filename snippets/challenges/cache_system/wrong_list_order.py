# fails: check_each_operation_takes_constant_time
# --8<-- [start:wrong]
import time


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = {}  # key -> (value, expiry)
        self._order = []  # keys, least recently used first

    def _touch(self, key):
        if key in self._order:
            self._order.remove(key)  # O(n): compares key with entry after entry
        self._order.append(key)

    def get(self, key, default=None):
        if key not in self._entries:
            return default
        value, expiry = self._entries[key]
        if expiry is not None and self.clock() >= expiry:
            del self._entries[key]
            self._order.remove(key)
            return default
        self._touch(key)
        return value

    def put(self, key, value):
        expiry = None if self.ttl is None else self.clock() + self.ttl
        self._entries[key] = (value, expiry)
        self._touch(key)
        if len(self._entries) > self.capacity:
            del self._entries[self._order.pop(0)]

    def __len__(self):
        return len(self._entries)


cache = Cache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.get("a"), cache.get("b"), cache.get("c"))  # right, but O(n) per call
#> 1 None 3
# --8<-- [end:wrong]
