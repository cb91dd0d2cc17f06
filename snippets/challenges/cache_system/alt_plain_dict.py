# --8<-- [start:alt]
import time


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = {}  # a dict keeps insertion order: least recent first

    def get(self, key, default=None):
        entry = self._entries.pop(key, None)  # taken out, put back at the end
        if entry is None:
            return default
        value, expiry = entry
        if expiry is not None and self.clock() >= expiry:
            return default  # expired: it stays out
        self._entries[key] = entry
        return value

    def put(self, key, value):
        self._entries.pop(key, None)  # an update moves the key to the end too
        expiry = None if self.ttl is None else self.clock() + self.ttl
        self._entries[key] = (value, expiry)
        if len(self._entries) > self.capacity:
            del self._entries[next(iter(self._entries))]  # the first key is oldest

    def __len__(self):
        return len(self._entries)


cache = Cache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.get("a"), cache.get("b"), cache.get("c"))
#> 1 None 3
# --8<-- [end:alt]
