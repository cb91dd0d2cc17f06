# --8<-- [start:eq-removes-hash]
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)


print(Point.__hash__)  # defining __eq__ set __hash__ to None
#> None
try:
    {Point(1, 2)}
except TypeError as error:
    print(error)
#>[<3.14] unhashable type: 'Point'
#>[>=3.14] cannot use 'Point' as a set element (unhashable type: 'Point')
# --8<-- [end:eq-removes-hash]


# --8<-- [start:default-identity]
class Plain:
    pass


a, b = Plain(), Plain()
print(a == b, len({a, b}))  # default: equal only to itself, hash from the identity
#> False 2
# --8<-- [end:default-identity]


# --8<-- [start:equal-means-same-hash]
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
#> True True
print({1: "int", 1.0: "float", True: "bool"})  # one key: the first, with the last value
#> {1: 'bool'}
# --8<-- [end:equal-means-same-hash]


# --8<-- [start:mutable-key-broken]
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))  # hash of fields that can still change


p = Point(1, 2)
visited = {p}
p.x = 10  # the set still files p under hash((1, 2))
print(p in visited, Point(1, 2) in visited, any(q is p for q in visited))
#> False False True
# --8<-- [end:mutable-key-broken]


# --8<-- [start:mutable-key-fixed]
from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)  # eq=True + frozen=True: __eq__ and __hash__ from the fields
class Point:
    x: int
    y: int


p = Point(1, 2)
visited = {p}
try:
    p.x = 10
except FrozenInstanceError as error:
    print("FrozenInstanceError:", error)
#> FrozenInstanceError: cannot assign to field 'x'
print(p in visited, Point(1, 2) in visited, any(q is p for q in visited))
#> True True True
# --8<-- [end:mutable-key-fixed]


# --8<-- [start:dataclass-hash-rules]
from dataclasses import dataclass


@dataclass
class Mutable:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int


@dataclass(unsafe_hash=True)  # you promise not to mutate it while it is a key
class Forced:
    x: int


@dataclass(eq=False)
class ByIdentity:
    x: int


for cls in (Mutable, Frozen, Forced, ByIdentity):
    print(f"{cls.__name__:10} {cls.__hash__ is not None}")
#> Mutable    False
#> Frozen     True
#> Forced     True
#> ByIdentity True
# --8<-- [end:dataclass-hash-rules]


# --8<-- [start:constant-hash]
class Key:
    comparisons = 0

    def __init__(self, name, spread):
        self.name, self.spread = name, spread

    def __eq__(self, other):
        Key.comparisons += 1
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        # 42 is legal (equal keys get equal hashes), but then every key collides
        return hash(self.name) if self.spread else 42


for spread in (True, False):
    keys = {Key(str(n), spread) for n in range(1000)}
    Key.comparisons = 0
    found = Key("missing", spread) in keys
    every_key = Key.comparisons >= len(keys)
    print(f"spread hash: {spread!s:5}  found: {found}  __eq__ on each key: {every_key}")
#> spread hash: True   found: False  __eq__ on each key: False
#> spread hash: False  found: False  __eq__ on each key: True
# --8<-- [end:constant-hash]
