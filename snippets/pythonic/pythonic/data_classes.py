# --8<-- [start:example]
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


def make_point(x, y):
    point = Point(x, y)
    unhashable = Point.__hash__ is None  # __eq__ without __hash__
    return repr(point), point == Point(x, y), unhashable


print(make_point(3, -4))
#> ('Point(x=3, y=-4)', True, True)
# --8<-- [end:example]
