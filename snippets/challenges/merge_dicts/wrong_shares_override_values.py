# fails: check_deep_merge_result_is_independent
# --8<-- [start:wrong]
from copy import deepcopy


def merge(*dicts):
    merged = {}
    for d in dicts:
        merged.update(d)
    return merged


def deep_merge(base, override):
    merged = deepcopy(base)  # base is copied...
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value  # ...but override's lists and dicts are shared
    return merged


local = {"hosts": ["a"]}
merged = deep_merge({}, local)
merged["hosts"].append("b")
print(local)
#> {'hosts': ['a', 'b']}
# --8<-- [end:wrong]
