# --8<-- [start:shared-list]
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to.__defaults__)  # the list exists before the first call
#> ([],)
first = append_to(1)
second = append_to(2)
print(first, second, first is second)
#> [1, 2] [1, 2] True
print(append_to.__defaults__)
#> ([1, 2],)
print(append_to(3, []))  # only calls that rely on the default share it
#> [3]
# --8<-- [end:shared-list]

# --8<-- [start:def-time]
limit = 10


def clamp(value, maximum=limit, *, floor=0):
    return max(floor, min(value, maximum))


limit = 99  # too late: the default was computed when `def` ran
print(clamp(50))
#> 10
print(clamp.__defaults__, clamp.__kwdefaults__)
#> (10,) {'floor': 0}
# --8<-- [end:def-time]


# --8<-- [start:none-sentinel]
def append_to(item, bucket=None):
    if bucket is None:
        bucket = []  # a new list on every call that needs one
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))
#> [1] [2]
mine = []
append_to(3, mine)
print(mine)
#> [3]
# --8<-- [end:none-sentinel]


# --8<-- [start:or-pitfall]
def append_to(item, bucket=None):
    bucket = bucket or []  # also replaces an empty list the caller passed
    bucket.append(item)
    return bucket


mine = []
append_to(1, mine)
print(mine)
#> []
# --8<-- [end:or-pitfall]

# --8<-- [start:private-sentinel]
_MISSING = object()  # a unique object no caller can pass by accident


def lookup(mapping, key, default=_MISSING):
    try:
        return mapping[key]
    except KeyError:
        if default is _MISSING:
            raise
        return default


settings = {"timeout": None}
print(lookup(settings, "timeout"))  # a stored None
#> None
print(lookup(settings, "retries", None))  # None as the caller's fallback
#> None
try:
    lookup(settings, "retries")
except KeyError as e:
    print(type(e).__name__, e)
#> KeyError 'retries'
# --8<-- [end:private-sentinel]


# --8<-- [start:memo-default]
def fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = fib(n - 1) + fib(n - 2)
    return _memo[n]


print(fib(90))
#> 2880067194370816120
print(len(fib.__defaults__[0]))  # the results survive between calls
#> 91
print(fib(2, {2: -1}))  # but the cache is a parameter anyone can replace
#> -1
# --8<-- [end:memo-default]

# --8<-- [start:functools-cache]
from functools import cache


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))
#> 2880067194370816120
print(fib.cache_info())
#> CacheInfo(hits=88, misses=91, maxsize=None, currsize=91)
fib.cache_clear()
print(fib.cache_info())
#> CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)
# --8<-- [end:functools-cache]

# --8<-- [start:dataclass-default]
from dataclasses import dataclass, field, make_dataclass

try:
    make_dataclass("Cart", [("items", list, [])])  # same as `items: list = []`
except ValueError as e:
    print(type(e).__name__, e, sep="\n")
#> ValueError
#> mutable default <class 'list'> for field items is not allowed: use default_factory


@dataclass
class Cart:
    items: list = field(default_factory=list)  # list() runs for each instance


a, b = Cart(), Cart()
a.items.append("apple")
print(a, b)
#> Cart(items=['apple']) Cart(items=[])
# --8<-- [end:dataclass-default]

# --8<-- [start:dataclass-loophole]
from dataclasses import dataclass, make_dataclass


class Tags:  # an ordinary class: mutable, yet hashable (by identity)
    def __init__(self):
        self.names = []


Order = make_dataclass("Order", [("tags", Tags, Tags())])  # no error
first, second = Order(), Order()
first.tags.names.append("urgent")
print(second.tags.names, first.tags is second.tags)
#> ['urgent'] True


@dataclass
class Point:  # eq=True, not frozen: __hash__ is None, so instances are unhashable
    x: int = 0


try:  # 3.11+ tests hashability, so this non-list default is refused too
    make_dataclass("Shape", [("origin", Point, Point())])
except ValueError as e:
    print("refused:", type(e).__name__)
#> refused: ValueError
# --8<-- [end:dataclass-loophole]
