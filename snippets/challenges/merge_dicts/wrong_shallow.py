# fails: check_deep_merge_merges_nested_dicts, check_deep_merge_result_is_independent
# --8<-- [start:wrong]
def merge(*dicts):
    merged = {}
    for d in dicts:
        merged.update(d)
    return merged


def deep_merge(base, override):
    return base | override  # shallow: a nested dict is replaced, not merged


defaults = {"db": {"host": "localhost", "port": 5432}}
print(deep_merge(defaults, {"db": {"port": 6543}}))
#> {'db': {'port': 6543}}
# --8<-- [end:wrong]
