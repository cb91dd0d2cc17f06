# --8<-- [start:alt]
import operator
from copy import deepcopy
from functools import reduce


def merge(*dicts):
    return reduce(operator.or_, dicts, {})  # {} | d1 | d2 ...: always a new dict


def deep_merge(base, override):
    merged = deepcopy(base)
    pending = [(merged, deepcopy(override))]  # copies first; then no recursion
    while pending:
        target, changes = pending.pop()
        for key, value in changes.items():
            if isinstance(target.get(key), dict) and isinstance(value, dict):
                pending.append((target[key], value))  # merge this level later
            else:
                target[key] = value  # value is already a copy of its own
    return merged


print(merge(), merge({"a": 1}, {"a": 2, "b": 3}))
#> {} {'a': 2, 'b': 3}
# --8<-- [end:alt]
