# Quiz: data model and protocols (hooks/quiz.py renders it on data-model.md).

# quiz:
#   tests: dunder-methods
#   wrong: ["99", "TypeError", "0"]
#   why: >-
#     `len()` looks up `__len__` on the type, not on the instance, so the lambda stored
#     on the instance is never consulted.
# --8<-- [start:instance-dunder]
class Box:
    def __len__(self):
        return 3


box = Box()
box.__len__ = lambda: 99
print(len(box))
#> 3
# --8<-- [end:instance-dunder]


# quiz:
#   tests: repr-vs-str
#   wrong: ["[Ada]", "['Ada']", "Ada"]
#   why: >-
#     Printing a list shows each item's `repr()`, not its `str()`.
# --8<-- [start:list-uses-repr]
class User:
    def __repr__(self):
        return "User()"

    def __str__(self):
        return "Ada"


print([User()])
#> [User()]
# --8<-- [end:list-uses-repr]


# quiz:
#   tests: iterables-vs-iterators
#   wrong: ["6 6", "6 TypeError", "0 0"]
#   why: >-
#     A generator is an iterator: the first `sum()` exhausts it, and the second one
#     starts from an empty iterator and returns 0.
# --8<-- [start:exhausted]
numbers = (n for n in [1, 2, 3])
print(sum(numbers), sum(numbers))
#> 6 0
# --8<-- [end:exhausted]


# quiz:
#   tests: eq-hash-contract
#   wrong: ["True", "False False", "KeyError"]
#   why: >-
#     The set filed `p` under the hash of (1, 2). After `p.x = 5`, `hash(p)` is the hash
#     of (5, 2), so `p in points` searches a different slot and never reaches `p`.
# --8<-- [start:mutated-key]
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


p = Point(1, 2)
points = {p}
p.x = 5
print(p in points)
#> False
# --8<-- [end:mutated-key]


# quiz:
#   tests: new-vs-init
#   wrong: ["new init", "init", "new"]
#   why: >-
#     `__new__` returns an object that is not an instance of `Odd` (an `int`), so Python
#     does not call `Odd.__init__`.
# --8<-- [start:init-skipped]
class Odd:
    def __new__(cls):
        print("new")
        return 42

    def __init__(self):
        print("init")


print(Odd())
#> new
#> 42
# --8<-- [end:init-skipped]


# quiz:
#   tests: getattr-vs-getattribute
#   wrong: ["fallback fallback", "1 1", "AttributeError"]
#   why: >-
#     `__getattr__` runs only when normal lookup fails: `a` is found in the instance
#     dict, `b` is not.
# --8<-- [start:getattr-only-missing]
class Config:
    def __init__(self):
        self.a = 1

    def __getattr__(self, name):
        return "fallback"


c = Config()
print(c.a, c.b)
#> 1 fallback
# --8<-- [end:getattr-only-missing]
