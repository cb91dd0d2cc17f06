# fails: check_is_lazy
# --8<-- [start:wrong]
from collections.abc import Iterable


def flatten(nested):
    result, stack = [], [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
                stack.append(iter(item))
                break
            result.append(item)  # collects everything before returning anything
        else:
            stack.pop()
    return result


print(flatten([1, [2, [3]], "four"]))
#> [1, 2, 3, 'four']
# --8<-- [end:wrong]
