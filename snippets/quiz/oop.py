# Quiz: object-oriented programming (hooks/quiz.py renders it on oop.md).

# quiz:
#   tests: super-and-mro
#   wrong: ["DBA", "DCBA", "DBACA"]
#   why: >-
#     `super()` means "the next class in the MRO of the instance's class", here
#     D, B, C, A, object: so B's `super()` reaches C, not A.
# --8<-- [start:diamond]
class A:
    def hello(self):
        return "A"


class B(A):
    def hello(self):
        return "B" + super().hello()


class C(A):
    def hello(self):
        return "C" + super().hello()


class D(B, C):
    def hello(self):
        return "D" + super().hello()


print(D().hello())
#> DBCA
# --8<-- [end:diamond]


# quiz:
#   tests: classmethod-vs-staticmethod
#   wrong: ["Shape Shape", "Circle Circle", "Shape Circle"]
#   why: >-
#     A classmethod receives the class it is called on, so `cls` is `Circle`; a
#     staticmethod receives nothing and returns what its body says.
# --8<-- [start:inherited-classmethod]
class Shape:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def kind():
        return "Shape"


class Circle(Shape):
    pass


print(Circle.make(), Circle.kind())
#> Circle Shape
# --8<-- [end:inherited-classmethod]


# quiz:
#   tests: descriptors
#   wrong: ["descriptor descriptor", "instance instance", "descriptor instance"]
#   why: >-
#     A data descriptor (one with `__set__`) wins over the instance `__dict__`; a
#     non-data descriptor (only `__get__`) loses to it.
# --8<-- [start:lookup-order]
class NonData:
    def __get__(self, obj, owner):
        return "descriptor"


class Data(NonData):
    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Thing:
    plain = NonData()
    guarded = Data()


thing = Thing()
thing.__dict__["plain"] = "instance"
thing.__dict__["guarded"] = "instance"
print(thing.plain, thing.guarded)
#> instance descriptor
# --8<-- [end:lookup-order]

# quiz:
#   tests: metaclass-registration
#   wrong:
#     - "['Plugin', 'CSV', 'JSON', 'StrictCSV']"
#     - "['CSV', 'JSON']"
#     - "[]"
#   why: >-
#     `__init_subclass__` runs for every subclass, grandchildren included, but not for
#     the class that defines it.
# --8<-- [start:init-subclass]
registry = []


class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)


class CSV(Plugin):
    pass


class JSON(Plugin):
    pass


class StrictCSV(CSV):
    pass


print(registry)
#> ['CSV', 'JSON', 'StrictCSV']
# --8<-- [end:init-subclass]


# quiz:
#   tests: bank-account
#   wrong: ["100", "read-only\n100", "0"]
#   why: >-
#     A property with no setter is read-only: assigning to it raises `AttributeError`,
#     and the balance keeps its value.
# --8<-- [start:read-only-property]
class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance


account = Account()
try:
    account.balance = 100
except AttributeError:
    print("read-only")
#> read-only
print(account.balance)
#> 0
# --8<-- [end:read-only-property]

# quiz:
#   tests: abstract-parsers
#   wrong: ["created", "NotImplementedError", "None"]
#   why: >-
#     A class that leaves an `@abstractmethod` unimplemented cannot be instantiated:
#     the call itself raises `TypeError`, before any method runs.
# --8<-- [start:abstract]
from abc import ABC, abstractmethod


class Parser(ABC):
    @abstractmethod
    def parse(self, text): ...


class HalfDone(Parser):
    pass


try:
    HalfDone()
    print("created")
except TypeError as error:
    print(type(error).__name__)
#> TypeError
# --8<-- [end:abstract]
