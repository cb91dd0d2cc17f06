# fails: check_deep_nesting_without_recursion
# --8<-- [start:wrong]
from collections.abc import Iterable


def flatten(nested):
    for item in nested:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from flatten(item)  # one generator frame per level
        else:
            yield item


deep = [0]
for _ in range(3_000):
    deep = [deep]
try:
    list(flatten(deep))
except RecursionError:
    print("RecursionError")
#> RecursionError
# --8<-- [end:wrong]
