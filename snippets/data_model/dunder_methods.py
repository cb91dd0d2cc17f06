# --8<-- [start:lookup-on-type]
class Box:
    def __len__(self):
        return 3


box = Box()
box.__len__ = lambda: 99  # an instance attribute with the same name

print(len(box))  # len() asks type(box), so the instance attribute is ignored
#> 3
print(box.__len__())  # an explicit attribute lookup finds the instance's first
#> 99
print(type(box).__len__(box))  # what len(box) really calls
#> 3
# --8<-- [end:lookup-on-type]


# --8<-- [start:dispatch-order]
class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        print(f"Meters.__add__({other!r})")
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        return NotImplemented  # "not with this type": let Python try the other side

    def __radd__(self, other):
        print(f"Meters.__radd__({other!r})")
        if isinstance(other, (int, float)):
            return Meters(self.value + other)
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.value})"


print(Meters(2) + Meters(3))
#> Meters.__add__(Meters(3))
#> Meters(5)
print(1 + Meters(2))  # int.__add__ returns NotImplemented, then Meters.__radd__ runs
#> Meters.__radd__(1)
#> Meters(3)
try:
    Meters(2) + "x"  # both sides said NotImplemented
except TypeError as error:
    print(error)
#> Meters.__add__('x')
#> unsupported operand type(s) for +: 'Meters' and 'str'
# --8<-- [end:dispatch-order]


# --8<-- [start:sum-broken]
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


try:
    print(sum([Vector(1, 2), Vector(3, 4)]))  # sum() starts from 0: 0 + Vector(1, 2)
except TypeError as error:
    print("TypeError:", error)
#> TypeError: unsupported operand type(s) for +: 'int' and 'Vector'
# --8<-- [end:sum-broken]


# --8<-- [start:sum-fixed]
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        if other == 0:  # the start value of sum(); anything else is still an error
            return self
        return NotImplemented

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


try:
    print(sum([Vector(1, 2), Vector(3, 4)]))
except TypeError as error:
    print("TypeError:", error)
#> Vector(4, 6)
# --8<-- [end:sum-fixed]


# --8<-- [start:eq-fallback]
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name == other.name


print(Tag("a") == Tag("a"), Tag("a") != Tag("b"))  # __ne__ inverts __eq__ by default
#> True True
print(Tag("a") == "a")  # both sides NotImplemented: == falls back to identity
#> False
try:
    print(Tag("a") < Tag("b"))  # ordering has no fallback
except TypeError as error:
    print(error)
#> '<' not supported between instances of 'Tag' and 'Tag'
# --8<-- [end:eq-fallback]


# --8<-- [start:notimplemented-bool]
import warnings

warnings.simplefilter("error")  # make 3.11-3.13's DeprecationWarning an exception too
try:
    if NotImplemented:  # a bug: an __eq__ result tested for truth
        print("truthy")
except (DeprecationWarning, TypeError) as error:
    print(type(error).__name__, "-", error)
#>[<3.14] DeprecationWarning - NotImplemented should not be used in a boolean context
#>[>=3.14] TypeError - NotImplemented should not be used in a boolean context
# --8<-- [end:notimplemented-bool]


# --8<-- [start:total-ordering]
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts


print(Version(3, 14) >= Version(3, 9), Version(3, 9) > Version(3, 14))
#> True False
print([name for name in ("__le__", "__gt__", "__ge__") if name in vars(Version)])
#> ['__le__', '__gt__', '__ge__']
# --8<-- [end:total-ordering]
