# --8<-- [start:alt]
from collections.abc import Iterable


def flatten(nested):
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:  # resumes the innermost iterator where it stopped
            if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
                stack.append(iter(item))
                break  # go down one level
            yield item
        else:  # the loop ran out: this level is finished
            stack.pop()


print(list(flatten([[1, [2]], (3, [b"four"]), {5}])))
#> [1, 2, 3, b'four', 5]
# --8<-- [end:alt]
