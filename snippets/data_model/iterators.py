# --8<-- [start:protocol]
numbers = [10, 20]
iterator = iter(numbers)  # list.__iter__ makes a new list_iterator
print(iter(iterator) is iterator)  # an iterator's __iter__ returns itself
#> True
print(next(iterator), next(iterator))
#> 10 20
try:
    next(iterator)
except StopIteration:
    print("StopIteration: the for loop's signal to stop")
#> StopIteration: the for loop's signal to stop
# --8<-- [end:protocol]


# --8<-- [start:for-loop-by-hand]
def for_each(iterable, action):
    """What `for item in iterable: action(item)` does."""
    iterator = iter(iterable)
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        action(item)


for_each("ab", print)
#> a
#> b
# --8<-- [end:for-loop-by-hand]


# --8<-- [start:one-shot]
squares = map(lambda n: n * n, [1, 2, 3])  # map, filter, zip, files: iterators
print(4 in squares)  # `in` consumes items up to the match
#> True
print(list(squares))  # only what is left
#> [9]
print(list(squares))  # exhausted for good
#> []
# --8<-- [end:one-shot]


# --8<-- [start:reuse-broken]
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self  # the object is its own iterator ...

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


countdown = Countdown(3)
print(list(countdown), list(countdown))  # ... so the second loop finds it used up
#> [3, 2, 1] []
# --8<-- [end:reuse-broken]


# --8<-- [start:reuse-fixed]
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):  # an iterable: each loop gets a fresh generator
        current = self.start
        while current > 0:
            yield current
            current -= 1


countdown = Countdown(3)
print(list(countdown), list(countdown))
#> [3, 2, 1] [3, 2, 1]
# --8<-- [end:reuse-fixed]


# --8<-- [start:generators-are-iterators]
from collections.abc import Iterator


def pairs():
    yield 1
    yield 2


generator = pairs()
print(isinstance(generator, Iterator), iter(generator) is generator)
#> True True
print(isinstance([], Iterator))  # a list is iterable, not an iterator
#> False
# --8<-- [end:generators-are-iterators]


# --8<-- [start:sentinel]
import io

stream = io.StringIO("abcdefg")
# iter(callable, sentinel): call until the callable returns the sentinel
for chunk in iter(lambda: stream.read(3), ""):
    print(chunk)
#> abc
#> def
#> g
# --8<-- [end:sentinel]


# --8<-- [start:getitem-fallback]
from collections.abc import Iterable


class Squares:
    def __getitem__(self, index):  # the old sequence protocol, no __iter__
        if index >= 4:
            raise IndexError(index)
        return index * index


print(list(Squares()), 9 in Squares())  # iter() and `in` fall back to 0, 1, 2, ...
#> [0, 1, 4, 9] True
print(isinstance(Squares(), Iterable))  # the ABC checks for __iter__ only
#> False
# --8<-- [end:getitem-fallback]
