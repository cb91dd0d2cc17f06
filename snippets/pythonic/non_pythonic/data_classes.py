# --8<-- [start:example]
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.x == other.x and self.y == other.y


def make_point(x, y):
    point = Point(x, y)
    unhashable = Point.__hash__ is None  # __eq__ without __hash__
    return repr(point), point == Point(x, y), unhashable


print(make_point(3, -4))
#> ('Point(x=3, y=-4)', True, True)
# --8<-- [end:example]
