# fails: check_deep_merge_leaves_inputs_alone, check_deep_merge_result_is_independent
# --8<-- [start:wrong]
def merge(*dicts):
    return {key: value for d in dicts for key, value in d.items()}


def deep_merge(base, override):
    for key, value in override.items():
        if isinstance(base.get(key), dict) and isinstance(value, dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base  # the merge happened inside base itself


defaults = {"db": {"host": "localhost", "port": 5432}}
settings = deep_merge(defaults, {"db": {"port": 6543}})
print(settings)
#> {'db': {'host': 'localhost', 'port': 6543}}
print(defaults)  # the defaults changed too
#> {'db': {'host': 'localhost', 'port': 6543}}
# --8<-- [end:wrong]
