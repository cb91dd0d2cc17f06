# fails: check_deep_nesting_without_recursion
# --8<-- [start:wrong]
import sys
from collections.abc import Iterable


def flatten(nested):
    sys.setrecursionlimit(1_000_000)  # "fixes" the RecursionError...
    return _walk(nested)


def _walk(nested):
    for item in nested:
        if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield from _walk(item)  # ...but still uses one frame per level
        else:
            yield item


default = sys.getrecursionlimit()
print(list(flatten([1, [2, [3]]])), sys.getrecursionlimit())  # a global side effect
#> [1, 2, 3] 1000000
sys.setrecursionlimit(default)  # undo it for the code that runs after this
# --8<-- [end:wrong]
