# fails: check_writing_to_the_merge_result_leaves_inputs_alone
# --8<-- [start:wrong]
from collections import ChainMap
from copy import deepcopy


def merge(*dicts):
    return ChainMap(*reversed(dicts))  # a view: reads look up the inputs, last first


def deep_merge(base, override):
    merged = deepcopy(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = deepcopy(value)
    return merged


defaults, local = {"debug": False}, {"port": 80}
merged = merge(defaults, local)
merged["debug"] = True  # a write lands in the first mapping: local
print(merged == {"debug": True, "port": 80}, local)
#> True {'port': 80, 'debug': True}
# --8<-- [end:wrong]
