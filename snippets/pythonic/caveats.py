# --8<-- [start:isinstance-subclasses]
from collections import OrderedDict
from collections.abc import Mapping
from types import MappingProxyType


class UserId(str):
    """A str with a more specific meaning."""


user = UserId("ada")
print(type(user) == str, isinstance(user, str))
#> False True
flag = True
print(type(flag) == int, isinstance(flag, int))  # bool is a subclass of int
#> False True
read_only = MappingProxyType({"a": 1})
for mapping in ({}, OrderedDict(), read_only):
    name = type(mapping).__name__
    print(name, isinstance(mapping, dict), isinstance(mapping, Mapping))
#> dict True True
#> OrderedDict True True
#> mappingproxy False True
# --8<-- [end:isinstance-subclasses]


# --8<-- [start:is-none-eq]
class Anything:
    def __eq__(self, other):
        return True  # claims to equal everything, None included


value = Anything()
print(value == None, value is None)
#> True False
# --8<-- [end:is-none-eq]

# --8<-- [start:truthiness-none]
print(not [], not "", not 0, not None)
#> True True True True
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
#> TypeError: object of type 'NoneType' has no len()
# --8<-- [end:truthiness-none]


# --8<-- [start:percent-tuple]
from decimal import Decimal


def greet(name):
    return "Hello, %s!" % name


print(greet("Ada"))
#> Hello, Ada!
try:
    greet(("Ada", "Lovelace"))  # a tuple on the right means "several arguments"
except TypeError as e:
    print("TypeError:", e)
#> TypeError: not all arguments converted during string formatting
name = ("Ada", "Lovelace")
print(f"Hello, {name}!")
#> Hello, ('Ada', 'Lovelace')!
price = Decimal("2.675")
print("%.2f" % price, f"{price:.2f}")  # % converts to float first
#> 2.67 2.68
# --8<-- [end:percent-tuple]

# --8<-- [start:product-iterator]
from itertools import product

columns = iter("AB")  # a one-pass iterator, like a file or a generator
labels = []
for row in [1, 2]:
    for column in columns:  # the second row finds it already used up
        labels.append(f"{row}{column}")
print(labels)
#> ['1A', '1B']
print([f"{row}{column}" for row, column in product([1, 2], iter("AB"))])
#> ['1A', '1B', '2A', '2B']
# --8<-- [end:product-iterator]

# --8<-- [start:exists-vs-open]
import os

path = "settings\0.ini"  # a NUL byte: no POSIX file name can contain one
print(os.path.exists(path))
#> False
try:
    with open(path, encoding="utf-8") as handle:
        handle.read()
except ValueError as e:
    print("ValueError:", e)
#> ValueError: embedded null byte
# --8<-- [end:exists-vs-open]

# --8<-- [start:pathlib-normalises]
from pathlib import Path

for text in ["./notes.txt", "data/", "a//b/./c.txt", ""]:
    print(repr(text), "->", repr(str(Path(text))))
#> './notes.txt' -> 'notes.txt'
#> 'data/' -> 'data'
#> 'a//b/./c.txt' -> 'a/b/c.txt'
#> '' -> '.'
# --8<-- [end:pathlib-normalises]
