# --8<-- [start:solution]
import time
from collections import OrderedDict


class Cache:
    def __init__(self, capacity, ttl=None, clock=time.monotonic):
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self._entries = OrderedDict()  # key -> (value, expiry), least recent first

    def get(self, key, default=None):
        try:
            value, expiry = self._entries[key]
        except KeyError:
            return default
        if expiry is not None and self.clock() >= expiry:
            del self._entries[key]  # expired: drop it on the way
            return default
        self._entries.move_to_end(key)  # now the most recently used
        return value

    def put(self, key, value):
        expiry = None if self.ttl is None else self.clock() + self.ttl
        self._entries[key] = (value, expiry)
        self._entries.move_to_end(key)  # an update is a use too
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)  # evict the least recently used

    def __len__(self):
        return len(self._entries)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


cache = Cache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")  # "a" is now more recent than "b"
cache.put("c", 3)  # full: "b" goes
print(cache.get("a"), cache.get("b"), cache.get("c"), len(cache))
#> 1 None 3 2

clock = FakeClock()
sessions = Cache(100, ttl=30, clock=clock)
sessions.put("token", "alice")
clock.now = 29.9
print(sessions.get("token"))
#> alice
clock.now = 30.0
print(sessions.get("token", "expired"))
#> expired
# --8<-- [end:solution]

# --8<-- [start:lru-cache]
from functools import cache, lru_cache


@lru_cache(maxsize=2)
def square(n):
    print(f"computing {n}")
    return n * n


square(2)
#> computing 2
square(3)
#> computing 3
square(2)  # a hit: nothing is computed, and 2 becomes the most recent
square(4)  # full: evicts 3, the least recently used
#> computing 4
square(3)
#> computing 3
print(square.cache_info())
#> CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)
square.cache_clear()


@cache  # Python 3.9+: the same as lru_cache(maxsize=None), unbounded
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info().currsize)
#> 2880067194370816120 91
try:
    square([1, 2])  # arguments are dict keys: they must be hashable
except TypeError as exc:
    print(exc)
#> unhashable type: 'list'
# --8<-- [end:lru-cache]
