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

# --8<-- [start:in-keys-timing]
import statistics
import timeit

prices = {f"item{n}": n for n in range(1_000)}
timers = {
    "key in d": timeit.Timer("'item500' in prices", globals=globals()),
    "key in d.keys()": timeit.Timer("'item500' in prices.keys()", globals=globals()),
}
runs = {name: [] for name in timers}
for _ in range(9):  # interleaved rounds: a busy moment slows both candidates
    for name, timer in timers.items():
        runs[name].append(timer.timeit(number=100_000) * 10_000)  # ns per test
for name, times in runs.items():
    print(f"{name}: min {min(times):.0f} ns, median {statistics.median(times):.0f} ns")
#> <varies>
#> <varies>
plain, via_keys = min(runs["key in d"]), min(runs["key in d.keys()"])
print("key in d is faster by over 20%:", plain < 0.8 * via_keys)
#> key in d is faster by over 20%: True
# --8<-- [end:in-keys-timing]


# --8<-- [start:dict-get-lookups]
class Key(str):
    """A str that counts how often a dict hashes it: once per lookup."""

    hashes = 0

    def __hash__(self):
        Key.hashes += 1
        return super().__hash__()


translations = {Key("fr"): "Bonjour"}


def check_then_index(language):
    if language in translations:
        return translations[language]
    return "Hello"


def get(language):
    return translations.get(language, "Hello")


for language in (Key("fr"), Key("de")):
    lookups = []
    for greet in (check_then_index, get):
        Key.hashes = 0
        greet(language)
        lookups.append(Key.hashes)
    print(f"{language}: in then [] {lookups[0]} lookups, get() {lookups[1]}")
#> fr: in then [] 2 lookups, get() 1
#> de: in then [] 1 lookups, get() 1
# --8<-- [end:dict-get-lookups]

# --8<-- [start:counter-arithmetic]
from collections import Counter

stock = Counter(apples=3, pears=1)
sold = Counter(apples=1, pears=2)
print(stock - sold)  # pears would be -1: + and - keep only counts above zero
#> Counter({'apples': 2})
print(stock + Counter(pears=-1))  # adding a negative count drops pears as well
#> Counter({'apples': 3})
left = stock.copy()
left.subtract(sold)  # subtract() keeps zero and negative counts
print(left)
#> Counter({'apples': 2, 'pears': -1})
stock.update({"apples": 2})  # Counter.update adds to the counts...
print(stock)
#> Counter({'apples': 5, 'pears': 1})
plain = {"apples": 3}
plain.update({"apples": 2})  # ...where dict.update replaces the value
print(plain)
#> {'apples': 2}
# --8<-- [end:counter-arithmetic]

# --8<-- [start:defaultdict-reads]
from collections import defaultdict

groups = defaultdict(list)
print(groups.get("x"), "x" in groups, len(groups))  # get() and in add nothing
#> None False 0
print(groups["x"])  # d[key] calls __missing__, which stores the new list
#> []
print(dict(groups))
#> {'x': []}
# --8<-- [end:defaultdict-reads]


# --8<-- [start:truthiness-iterators]
def first_or_default(items, default=None):  # the Pythonic tab
    if not items:
        return default
    return items[0]


empty = iter([])
evens = (n for n in [1, 3] if n % 2 == 0)
print(bool(empty), bool(evens))  # no __bool__ or __len__: always true
#> True True
try:
    first_or_default(iter([]), "none")
except TypeError as error:
    print("TypeError:", error)
#> TypeError: 'list_iterator' object is not subscriptable
print(next(iter([]), "none"))  # for an iterator, next() takes the default
#> none
# --8<-- [end:truthiness-iterators]


# --8<-- [start:max-key-none]
def longest_loop(words):  # the non-Pythonic tab
    longest = None
    for word in words:
        if longest is None or len(word) > len(longest):
            longest = word
    return longest


print(longest_loop([None, "a"]))  # None reads as "nothing found yet"
#> a
try:
    max([None, "a"], key=len, default=None)
except TypeError as error:
    print("TypeError:", error)
#> TypeError: object of type 'NoneType' has no len()
# --8<-- [end:max-key-none]

# --8<-- [start:pathlib-trailing-dot]
import os.path
from pathlib import Path

name = "report."
print(os.path.splitext(name))  # a lone trailing dot counts as an extension
#> ('report', '.')
path = Path(name)
print(repr(path.stem), repr(path.suffix))  # pathlib agrees only since 3.14
#>[<=3.13] 'report.' ''
#>[>=3.14] 'report' '.'
print(f"{path.stem}.bak{path.suffix}")  # what the Pythonic tab builds
#>[<=3.13] report..bak
#>[>=3.14] report.bak.
# --8<-- [end:pathlib-trailing-dot]

# --8<-- [start:dataclass-nan]
from dataclasses import dataclass

nan = float("nan")  # not equal to itself: nan == nan is False


@dataclass
class Point:
    x: float
    y: float


class HandPoint:  # the non-Pythonic tab's __eq__
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.x == other.x and self.y == other.y


p, q = Point(nan, 0), Point(nan, 0)
h, k = HandPoint(nan, 0), HandPoint(nan, 0)
print(p == p, h == h)  # one object compared with itself
#> True False
print(p == q, h == k)  # two objects that hold the same nan
#>[<=3.12] True False
#>[>=3.13] False False
# --8<-- [end:dataclass-nan]
