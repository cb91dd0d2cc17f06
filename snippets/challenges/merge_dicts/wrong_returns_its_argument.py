# fails: check_merge_of_one_dict_is_a_new_dict
# --8<-- [start:wrong]
from copy import deepcopy


def merge(*dicts):
    if len(dicts) == 1:
        return dicts[0]  # "nothing to merge": but the caller gets its own dict back
    merged = {}
    for d in dicts:
        merged |= d
    return merged


def deep_merge(base, override):
    merged = deepcopy(base)
    for key, value in override.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = deepcopy(value)
    return merged


settings = {"debug": False}
merge(settings)["debug"] = True
print(settings)
#> {'debug': True}
# --8<-- [end:wrong]
