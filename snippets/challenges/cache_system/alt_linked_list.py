# --8<-- [start:alt]
import time


class Entry:
    __slots__ = ("expiry", "key", "next", "prev", "value")


class Cache:
    """A dict finds an entry; a doubly linked list keeps the use order."""

    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = {}
        self._ring = Entry()  # a sentinel: ring.next is the oldest, ring.prev newest
        self._ring.prev = self._ring.next = self._ring

    def _unlink(self, entry):
        entry.prev.next, entry.next.prev = entry.next, entry.prev

    def _append(self, entry):
        newest = self._ring.prev
        entry.prev, entry.next = newest, self._ring
        newest.next = self._ring.prev = entry

    def get(self, key, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        self._unlink(entry)
        if entry.expiry is not None and self.clock() >= entry.expiry:
            del self._entries[key]
            return default
        self._append(entry)
        return entry.value

    def put(self, key, value):
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = Entry()
            entry.key = key
        else:
            self._unlink(entry)
        entry.value = value
        entry.expiry = None if self.ttl is None else self.clock() + self.ttl
        self._append(entry)
        if len(self._entries) > self.capacity:
            oldest = self._ring.next
            self._unlink(oldest)
            del self._entries[oldest.key]

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
