# --8<-- [start:rebinding]
x = 5
kept = x  # a second name for the same int object
print(type(x).__name__, x is kept)
#> int True
x = "hello"  # x now refers to a new str object; the int is untouched
print(type(x).__name__, type(kept).__name__, kept)
#> str int 5
# At module level a name is just a key in the module's namespace dict.
print(globals()["x"])
#> hello
# --8<-- [end:rebinding]

# --8<-- [start:types-live-on-objects]
values = [5, "hello", 2.5, None, [1, 2]]
print([type(value).__name__ for value in values])
#> ['int', 'str', 'float', 'NoneType', 'list']
print((5).__class__ is int, type(int).__name__)
#> True type
# --8<-- [end:types-live-on-objects]

# --8<-- [start:immutable-rebind]
count = 10
before = count
count += 1  # ints are immutable: += builds a new object and rebinds the name
print(count, before, count is before)
#> 11 10 False

items = [1, 2]
alias = items
items += [3]  # lists are mutable: += changes the object in place
print(alias, items is alias)
#> [1, 2, 3] True
# --8<-- [end:immutable-rebind]


# --8<-- [start:checked-at-run-time]
def describe(flag):
    if flag:
        return len(5)  # wrong, but nothing checks it until this line runs
    return "fine"


print(describe(False))
#> fine
try:
    describe(True)
except TypeError as error:
    print(f"TypeError: {error}")
#> TypeError: object of type 'int' has no len()
# --8<-- [end:checked-at-run-time]

# --8<-- [start:strong-typing]
print(1 + 2.5, True + 1, "ab" * 3)
#> 3.5 2 ababab
try:
    print("3" + 4)
except TypeError as error:
    print(f"TypeError: {error}")
#> TypeError: can only concatenate str (not "int") to str
print("3" + str(4), int("3") + 4)
#> 34 7
# --8<-- [end:strong-typing]

# --8<-- [start:hints-not-enforced]
import typing


def double(number: int) -> int:
    return number * 2


print(double(21))
#> 42
print(double("ab"))  # the hint is not checked: str * 2 works
#> abab
count: int = "many"  # a variable annotation is not checked either
print(count)
#> many
# The hints are stored as data on the function, for tools to read.
print(typing.get_type_hints(double))
#> {'number': <class 'int'>, 'return': <class 'int'>}
# --8<-- [end:hints-not-enforced]

# --8<-- [start:duck-typing]
import sys
from collections.abc import Sized


class Shout:
    """Not a file, but it has the one method print() needs: write()."""

    def write(self, text):
        sys.stdout.write(text.upper())


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __iter__(self):
        return iter(self.songs)


print("quack", file=Shout())
#> QUACK
playlist = Playlist("intro", "outro")
print(len(playlist), sorted(playlist), "intro" in playlist)
#> 2 ['intro', 'outro'] True
# Sized checks for __len__, so no inheritance is needed.
print(isinstance(playlist, Sized))
#> True
# --8<-- [end:duck-typing]

# --8<-- [start:membership-protocols]
from collections.abc import Iterable


class Squares:
    """Only __getitem__: the old sequence protocol, tried with 0, 1, 2, ..."""

    def __getitem__(self, index):
        if index >= 5:
            raise IndexError(index)  # IndexError ends the iteration
        return index * index


print(list(Squares()), 9 in Squares(), 10 in Squares())
#> [0, 1, 4, 9, 16] True False
print(isinstance(Squares(), Iterable))  # the ABC looks for __iter__ only
#> False


class Evens:
    def __contains__(self, number):
        print(f"__contains__({number})")
        return number % 2 == 0

    def __iter__(self):
        raise AssertionError("`in` never gets here: __contains__ comes first")


print(4 in Evens())
#> __contains__(4)
#> True
# --8<-- [end:membership-protocols]

# --8<-- [start:deferred-annotations]
try:

    def load(raw: Config) -> Config:  # Config is defined only further down
        return raw

    print("defined: the annotations were not evaluated")
except NameError as e:
    print("NameError at def time:", e)
#>[<3.14] NameError at def time: name 'Config' is not defined
#>[>=3.14] defined: the annotations were not evaluated


class Config:
    pass


if "load" in globals():  # 3.14+: evaluated on request, when Config exists
    print(load.__annotations__)
#>[>=3.14] {'raw': <class '__main__.Config'>, 'return': <class '__main__.Config'>}
# --8<-- [end:deferred-annotations]
