# --8<-- [start:audiences]
from datetime import date

day = date(2026, 12, 3)
print(str(day))  # for the reader: what print() and f"{day}" show
#> 2026-12-03
print(repr(day))  # for the developer: unambiguous, here valid Python
#> datetime.date(2026, 12, 3)
answer = "42"
print(str(answer), repr(answer))  # repr shows that it is a string
#> 42 '42'
# --8<-- [end:audiences]


# --8<-- [start:fallback]
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "a friendly text"


print(str(OnlyRepr()))  # object.__str__ calls repr(): one __repr__ serves both
#> OnlyRepr()
print(OnlyStr())
#> a friendly text
print(repr(OnlyStr()))  # no fallback the other way: object's default repr
#> <__main__.OnlyStr object at <varies>>
# --8<-- [end:fallback]


# --8<-- [start:containers]
class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return f"Money({self.amount!r})"

    def __str__(self):
        return f"€{self.amount:.2f}"


wallet = [Money(5), Money(2.5)]
print(wallet)  # a list's str() shows each item's repr()
#> [Money(5), Money(2.5)]
print(", ".join(map(str, wallet)))  # ask for str() of each item yourself
#> €5.00, €2.50
# --8<-- [end:containers]


# --8<-- [start:f-strings]
name = "Ada"
ratio = 2 / 3
print(f"{name}|{name!r}|{name!s}")
#> Ada|'Ada'|Ada
print(f"{name=}")  # = (3.8) shows the expression and its repr() ...
#> name='Ada'
print(f"{ratio=:.2f}")  # ... or its format() when a format spec follows
#> ratio=0.67
print(f"{name=!s}")  # !s asks for str() instead
#> name=Ada
# --8<-- [end:f-strings]


# --8<-- [start:repr-broken]
class User:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name  # reads well, but hides the type and the quotes


print([User("Ada"), User("Ada Lovelace"), User("")])
#> [Ada, Ada Lovelace, ]
# --8<-- [end:repr-broken]


# --8<-- [start:repr-fixed]
class User:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r})"


print([User("Ada"), User("Ada Lovelace"), User("")])
#> [User(name='Ada'), User(name='Ada Lovelace'), User(name='')]
# --8<-- [end:repr-fixed]


# --8<-- [start:reprlib]
import reprlib


class Node:
    def __init__(self):
        self.children = [self]  # a cycle

    @reprlib.recursive_repr()  # prints ... instead of recursing forever
    def __repr__(self):
        return f"Node({self.children!r})"


print(Node())
#> Node([...])
print(reprlib.repr(list(range(100))))  # a bounded repr for logs
#> [0, 1, 2, 3, 4, 5, ...]
# --8<-- [end:reprlib]
