# --8<-- [start:solution]
from copy import deepcopy


def merge(*dicts):
    merged = {}
    for d in dicts:
        merged |= d  # in place on the new dict; the last value for a key wins
    return merged


def deep_merge(base, override):
    merged = deepcopy(base)  # shares nothing with base, at any depth
    _merge_into(merged, override)
    return merged


def _merge_into(target, override):
    for key, value in override.items():
        if isinstance(target.get(key), dict) and isinstance(value, dict):
            _merge_into(target[key], value)  # both sides are dicts: go deeper
        else:
            target[key] = deepcopy(value)  # override wins, as a copy of its own


defaults = {"debug": False, "db": {"host": "localhost", "port": 5432}}
local = {"debug": True, "db": {"port": 6543}}
print(merge(defaults, local))  # shallow: local's "db" replaces the whole dict
#> {'debug': True, 'db': {'port': 6543}}
print(deep_merge(defaults, local))
#> {'debug': True, 'db': {'host': 'localhost', 'port': 6543}}
print(defaults)  # unchanged
#> {'debug': False, 'db': {'host': 'localhost', 'port': 5432}}
# --8<-- [end:solution]

# --8<-- [start:operators]
from collections import ChainMap

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)  # Python 3.9+: a new dict, the right operand wins
#> {'x': 1, 'y': 20, 'z': 30}
print({**a, **b})  # Python 3.5+: the same, and it can mix in more items
#> {'x': 1, 'y': 20, 'z': 30}
print({**b, **a})  # order decides precedence: now a wins
#> {'y': 2, 'z': 30, 'x': 1}
c = dict(a)
c |= b  # in place, like c.update(b)
print(c)
#> {'x': 1, 'y': 20, 'z': 30}
print(ChainMap(a, b)["y"])  # a view, no copy: the FIRST mapping wins
#> 2
print(a | {"y": 20} == {**a, "y": 20})
#> True
try:
    dict(a, **{1: "one"})  # keyword arguments must be strings
except TypeError as exc:
    print(exc)
#> keywords must be strings
# --8<-- [end:operators]
