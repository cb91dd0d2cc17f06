# --8<-- [start:diamond]
class Base:
    def greet(self):
        print("Base.greet")


class Left(Base):
    def greet(self):
        print("Left.greet")
        super().greet()


class Right(Base):
    def greet(self):
        print("Right.greet")
        super().greet()


class Child(Left, Right):
    def greet(self):
        print("Child.greet")
        super().greet()


print([cls.__name__ for cls in Child.__mro__])
#> ['Child', 'Left', 'Right', 'Base', 'object']
Child().greet()  # every method runs once, Base last
#> Child.greet
#> Left.greet
#> Right.greet
#> Base.greet
# --8<-- [end:diamond]


# --8<-- [start:next-not-parent]
class Base:
    def who(self):
        return ["Base"]


class Left(Base):
    def who(self):
        return ["Left", *super().who()]


class Right(Base):
    def who(self):
        return ["Right", *super().who()]


class Child(Left, Right):
    pass


print(Left().who())  # alone, Left's super() reaches Base
#> ['Left', 'Base']
print(Child().who())  # in Child, the same line reaches Right, a sibling
#> ['Left', 'Right', 'Base']
print(super(Left, Child()).who())  # what super() does inside Left.who
#> ['Right', 'Base']
# --8<-- [end:next-not-parent]


# --8<-- [start:c3]
def c3(cls):
    """Compute the C3 linearisation of cls the way type() does."""
    sequences = [c3(base) for base in cls.__bases__] + [list(cls.__bases__)]
    result = [cls]
    while any(sequences):
        for seq in sequences:  # the first head that is in no other tail
            head = seq[0] if seq else None
            if head and not any(head in s[1:] for s in sequences):
                break
        else:
            raise TypeError("no consistent order")
        result.append(head)
        for seq in sequences:
            if seq and seq[0] is head:
                del seq[0]
    return result


class Root: ...


class A(Root): ...


class B(Root): ...


class C(Root): ...


class D(A, B): ...


class E(B, C): ...


class F(D, E): ...


print([k.__name__ for k in c3(F)])
#> ['F', 'D', 'A', 'E', 'B', 'C', 'Root', 'object']
print(c3(F) == list(F.__mro__))
#> True
# --8<-- [end:c3]


# --8<-- [start:inconsistent]
class Animal:
    pass


class Dog(Animal):
    pass


try:

    class Puppy(Animal, Dog):  # Animal first, but Dog must come before Animal
        pass

except TypeError as exc:
    print(" ".join(str(exc).split()))  # 3.11 and 3.12 wrap this over two lines
else:
    raise AssertionError("the class statement should have failed")
#> Cannot create a consistent method resolution order (MRO) for bases Animal, Dog


class Puppy(Dog, Animal):  # the subclass first: a consistent order exists
    pass


print([cls.__name__ for cls in Puppy.__mro__])
#> ['Puppy', 'Dog', 'Animal', 'object']
# --8<-- [end:inconsistent]


# --8<-- [start:cooperative]
class Shape:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # pass on what this class does not use
        self.name = name


class Coloured:
    def __init__(self, *, colour="black", **kwargs):
        super().__init__(**kwargs)
        self.colour = colour


class Square(Shape, Coloured):
    def __init__(self, *, side, **kwargs):
        super().__init__(**kwargs)
        self.side = side


sq = Square(side=2, name="sq", colour="red")
print(sq.name, sq.colour, sq.side)
#> sq red 2
print([cls.__name__ for cls in Square.__mro__])
#> ['Square', 'Shape', 'Coloured', 'object']
try:
    Square(side=2, name="sq", color="red")  # a typo reaches object.__init__
except TypeError as exc:
    print(exc)
else:
    raise AssertionError("object.__init__ should reject the leftover keyword")
#> object.__init__() takes exactly one argument (the instance to initialize)
# --8<-- [end:cooperative]


# --8<-- [start:non-cooperative]
class Shape:
    def __init__(self):
        print("Shape.__init__")
        # no super().__init__() here: the chain stops


class Coloured:
    def __init__(self):
        print("Coloured.__init__")  # never reached from Square
        self.colour = "black"


class Square(Shape, Coloured):
    def __init__(self):
        super().__init__()


sq = Square()
#> Shape.__init__
print(hasattr(sq, "colour"))
#> False
# --8<-- [end:non-cooperative]


# --8<-- [start:zero-arg-super]
class Base:
    def hello(self):
        return "Base"


class Child(Base):
    def hello(self):
        return "Child > " + super().hello()  # short for super(Child, self)

    def explicit(self):
        return super(Child, self).hello()


print(Child().hello(), Child().explicit())
#> Child > Base Base
print(Child.hello.__closure__[0].cell_contents)  # the hidden __class__ cell
#> <class '__main__.Child'>


def outside():
    return super().hello()  # no class, no first argument


try:
    outside()
except RuntimeError as exc:
    print(exc)
#> super(): no arguments
# --8<-- [end:zero-arg-super]
