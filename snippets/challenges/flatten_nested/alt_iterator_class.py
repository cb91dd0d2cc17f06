# --8<-- [start:alt]
from collections.abc import Iterable


class flatten:  # a class used like a function, as `map` and `zip` are
    """An iterator object: the stack lives in the instance, between __next__ calls."""

    def __init__(self, nested):
        self.stack = [iter(nested)]

    def __iter__(self):
        return self

    def __next__(self):
        while self.stack:
            try:
                item = next(self.stack[-1])
            except StopIteration:
                self.stack.pop()
                continue
            if isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
                self.stack.append(iter(item))
            else:
                return item
        raise StopIteration


print(list(flatten(["a", ["b", ("c",)]])), next(flatten(range(10**9))))
#> ['a', 'b', 'c'] 0
# --8<-- [end:alt]
