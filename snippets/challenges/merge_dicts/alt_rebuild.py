# --8<-- [start:alt]
from copy import deepcopy


def merge(*dicts):
    return {key: value for d in dicts for key, value in d.items()}


def deep_merge(base, override):
    merged = {}
    for key in base.keys() | override.keys():  # a set: the order is fixed below
        if key not in override:
            merged[key] = deepcopy(base[key])
        elif isinstance(base.get(key), dict) and isinstance(override[key], dict):
            merged[key] = deep_merge(base[key], override[key])  # a new dict
        else:
            merged[key] = deepcopy(override[key])
    order = [*base, *(key for key in override if key not in base)]
    return {key: merged[key] for key in order}  # base's keys first, as dict | does


print(deep_merge({"db": {"host": "h", "port": 1}}, {"db": {"port": 2}, "x": [1]}))
#> {'db': {'host': 'h', 'port': 2}, 'x': [1]}
# --8<-- [end:alt]
