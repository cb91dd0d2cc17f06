# fails: check_deep_merge_leaves_inputs_alone, check_deep_merge_result_is_independent
# --8<-- [start:wrong]
from copy import copy


def merge(*dicts):
    merged = {}
    for d in dicts:
        merged |= d
    return merged


def deep_merge(base, override):
    merged = copy(base)  # a new outer dict; the nested dicts are still base's
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            deep_merge_into(merged[key], value)
        else:
            merged[key] = copy(value)
    return merged


def deep_merge_into(target, override):
    for key, value in override.items():
        if isinstance(target.get(key), dict) and isinstance(value, dict):
            deep_merge_into(target[key], value)
        else:
            target[key] = copy(value)


defaults = {"db": {"port": 5432}}
deep_merge(defaults, {"db": {"port": 6543}})
print(defaults)
#> {'db': {'port': 6543}}
# --8<-- [end:wrong]
