# --8<-- [start:what-they-receive]
class Demo:
    def instance_method(self, *args):
        return f"self={type(self).__name__} instance, args={args}"

    @classmethod
    def class_method(cls, *args):
        return f"cls={cls.__name__}, args={args}"

    @staticmethod
    def static_method(*args):
        return f"no implicit argument, args={args}"


d = Demo()
print(d.instance_method(1))
#> self=Demo instance, args=(1,)
print(d.class_method(1))  # called on an instance: still gets the class
#> cls=Demo, args=(1,)
print(Demo.class_method(1))
#> cls=Demo, args=(1,)
print(d.static_method(1), Demo.static_method(1), sep="\n")
#> no implicit argument, args=(1,)
#> no implicit argument, args=(1,)
print(Demo.instance_method(d, 1))  # through the class you pass self yourself
#> self=Demo instance, args=(1,)
# --8<-- [end:what-they-receive]

# --8<-- [start:alternative-constructors]
from datetime import date


class Person:
    def __init__(self, name, born):
        self.name = name
        self.born = born

    @classmethod
    def from_string(cls, text):  # "Ada Lovelace, 1815-12-10"
        name, _, born = text.partition(",")
        return cls(name.strip(), date.fromisoformat(born.strip()))

    @staticmethod
    def from_string_static(text):  # the same, but the class is hard-coded
        name, _, born = text.partition(",")
        return Person(name.strip(), date.fromisoformat(born.strip()))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.born})"


class Employee(Person):
    company = "Analytical Engines Ltd"


print(Person.from_string("Ada Lovelace, 1815-12-10"))
#> Person('Ada Lovelace', 1815-12-10)
print(Employee.from_string("Ada Lovelace, 1815-12-10"))  # cls is Employee
#> Employee('Ada Lovelace', 1815-12-10)
print(Employee.from_string_static("Ada Lovelace, 1815-12-10"))  # wrong class
#> Person('Ada Lovelace', 1815-12-10)
print(dict.fromkeys("ab", 0), date.fromisoformat("2024-02-29"))  # stdlib ones
#> {'a': 0, 'b': 0} 2024-02-29
# --8<-- [end:alternative-constructors]


# --8<-- [start:class-state]
class Connection:
    created = 0

    @classmethod
    def track(cls):
        cls.created += 1  # reads through the MRO, writes to cls itself
        return cls.created


class SecureConnection(Connection):
    pass


Connection.track()
SecureConnection.track()
SecureConnection.track()
print(Connection.created, SecureConnection.created)  # 3, not 2: see below
#> 1 3
print("created" in SecureConnection.__dict__)  # the subclass got its own
#> True
# --8<-- [end:class-state]


# --8<-- [start:static-override]
class Parser:
    @staticmethod
    def normalise(line):
        return line.strip()

    def parse(self, lines):
        return [self.normalise(line) for line in lines]  # looked up on self


class LowerParser(Parser):
    @staticmethod
    def normalise(line):  # a subclass can replace a staticmethod
        return line.strip().lower()


print(Parser().parse([" A ", "B "]), LowerParser().parse([" A ", "B "]))
#> ['A', 'B'] ['a', 'b']
print(Parser.normalise(" x "), Parser.__dict__["normalise"](" y "))
#> x y
# --8<-- [end:static-override]

# --8<-- [start:plain-function]
import math


def distance(p, q):  # needs no class at all: a module-level function
    return math.dist(p, q)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def distance_to(self, other):  # a method when it works on self
        return distance((self.x, self.y), (other.x, other.y))


print(distance((0, 0), (3, 4)), Point(0, 0).distance_to(Point(3, 4)))
#> 5.0 5.0
# --8<-- [end:plain-function]
