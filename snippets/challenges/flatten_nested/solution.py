# --8<-- [start:solution]
from collections.abc import Iterable

ATOMS = (str, bytes, bytearray)  # iterable, but items here: iter("a") yields "a"
DONE = object()  # a sentinel no input can contain


def flatten(nested):
    stack = [iter(nested)]  # one iterator per open level, innermost last
    while stack:
        item = next(stack[-1], DONE)
        if item is DONE:
            stack.pop()  # this level is used up: go back to its parent
        elif isinstance(item, Iterable) and not isinstance(item, ATOMS):
            stack.append(iter(item))  # open the inner level; come back later
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)]], "six", range(7, 9), [[]]])))
#> [1, 2, 3, 4, 5, 'six', 7, 8]
deep = [0]
for _ in range(3_000):  # three times the default recursion limit
    deep = [deep]
print(list(flatten(deep)))
#> [0]
# --8<-- [end:solution]
