# --8<-- [start:validating]
class Validated:
    """Base for validating data descriptors; subclasses implement validate()."""

    def __set_name__(self, owner, name):  # called once, when the class is built
        self.public_name = name
        self.private_name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:  # looked up on the class itself
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)  # per instance, not on self

    def validate(self, value):
        raise NotImplementedError


class Typed(Validated):
    def __init__(self, kind):
        self.kind = kind

    def validate(self, value):
        # bool is a subclass of int, so isinstance(True, int) is True: an int field
        # must refuse it explicitly.
        wrong_bool = self.kind is int and isinstance(value, bool)
        if wrong_bool or not isinstance(value, self.kind):
            raise TypeError(
                f"{self.public_name} must be {self.kind.__name__}, "
                f"not {type(value).__name__}"
            )


class Range(Typed):
    def __init__(self, kind, low, high):
        super().__init__(kind)
        self.low, self.high = low, high

    def validate(self, value):
        super().validate(value)
        if not self.low <= value <= self.high:
            raise ValueError(
                f"{self.public_name} must be in [{self.low}, {self.high}], "
                f"got {value!r}"
            )


class Product:
    name = Typed(str)
    quantity = Range(int, 0, 1000)

    def __init__(self, name, quantity):
        self.name = name  # goes through Typed.__set__
        self.quantity = quantity


def rejected(exc_type, action, *args):
    try:
        action(*args)
    except exc_type as exc:
        print(f"rejected, {type(exc).__name__}: {exc}")
    else:
        raise AssertionError(f"{action.__name__}{args} was accepted")


p = Product("widget", 5)
p.quantity += 10
print(p.name, p.quantity, vars(p))
#> widget 15 {'_name': 'widget', '_quantity': 15}
rejected(ValueError, setattr, p, "quantity", -1)
#> rejected, ValueError: quantity must be in [0, 1000], got -1
rejected(TypeError, setattr, p, "quantity", 2.5)
#> rejected, TypeError: quantity must be int, not float
rejected(TypeError, setattr, p, "quantity", True)  # would pass as 1 otherwise
#> rejected, TypeError: quantity must be int, not bool
rejected(TypeError, Product, 42, 1)  # __init__ is validated too
#> rejected, TypeError: name must be str, not int
print(p.quantity, type(Product.quantity).__name__)  # the class sees the descriptor
#> 15 Range
# --8<-- [end:validating]


# --8<-- [start:shared-state-bug]
class Positive:
    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        self.value = value  # BUG: one descriptor object serves every instance


class Order:
    total = Positive()

    def __init__(self, total):
        self.total = total


first, second = Order(10), Order(99)
print(first.total, second.total)  # the first order now reports 99
#> 99 99
# --8<-- [end:shared-state-bug]


# --8<-- [start:lookup-order]
class NonData:  # only __get__
    def __get__(self, obj, objtype=None):
        return "from NonData.__get__"


class Data:  # __get__ and __set__
    def __get__(self, obj, objtype=None):
        return "from Data.__get__"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class C:
    nd = NonData()
    d = Data()


c = C()
print(c.nd, c.d, sep=" | ")
#> from NonData.__get__ | from Data.__get__
c.__dict__["nd"] = "from the instance dict"
c.__dict__["d"] = "from the instance dict"
print(c.nd, c.d, sep=" | ")  # the instance dict beats only the non-data one
#> from the instance dict | from Data.__get__
c.nd = "assigned"  # no __set__: assignment just writes the instance dict
print(c.nd)
#> assigned
try:
    c.d = "assigned"  # __set__ intercepts the assignment
except AttributeError as exc:
    print("refused:", exc)
else:
    raise AssertionError("Data.__set__ should refuse the assignment")
#> refused: read-only
# --8<-- [end:lookup-order]

# --8<-- [start:cached-property]
from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property  # a non-data descriptor
    def mean(self):
        print("computing")
        return sum(self.values) / len(self.values)


ds = Dataset([1, 2, 3, 4])
print(ds.mean)  # first access runs the function and stores the result
#> computing
#> 2.5
print(ds.mean, vars(ds))  # the instance dict now shadows the descriptor
#> 2.5 {'values': [1, 2, 3, 4], 'mean': 2.5}
del ds.mean  # drop the cached value: the next access recomputes
print(ds.mean)
#> computing
#> 2.5
# --8<-- [end:cached-property]


# --8<-- [start:builtins]
class Account:
    def __init__(self):
        self._balance = 0

    def deposit(self, amount):
        self._balance += amount

    @property
    def balance(self):
        return self._balance

    @classmethod
    def open(cls):
        return cls()


acct = Account()
func = type(acct).__dict__["deposit"]  # a plain function in the class dict
bound = func.__get__(acct)  # what acct.deposit does behind the scenes
print(type(func).__name__, type(bound).__name__, bound.__self__ is acct)
#> function method True
bound(10)
print(acct.balance)
#> 10
prop = type(acct).__dict__["balance"]
print(prop.__get__(acct), hasattr(prop, "__set__"))  # property is data, always
#> 10 True
cm = type(acct).__dict__["open"]
print(cm.__get__(None, Account).__self__ is Account)  # binds the class
#> True
for name in ("deposit", "balance", "open"):
    attr = type(acct).__dict__[name]
    kind = "data" if hasattr(type(attr), "__set__") else "non-data"
    print(f"{name}: {type(attr).__name__}, {kind} descriptor")
#> deposit: function, non-data descriptor
#> balance: property, data descriptor
#> open: classmethod, non-data descriptor
# --8<-- [end:builtins]


# --8<-- [start:mini-property]
class MyProperty:
    """A cut-down property, to show there is no magic in the built-in one."""

    def __init__(self, fget, fset=None):
        self.fget, self.fset = fget, fset

    def __get__(self, obj, objtype=None):
        return self if obj is None else self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("read-only attribute")
        self.fset(obj, value)

    def setter(self, fset):
        return type(self)(self.fget, fset)


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @MyProperty
    def celsius(self):
        return self._celsius

    @MyProperty
    def kelvin(self):
        return self._celsius + 273.15

    @kelvin.setter
    def kelvin(self, value):
        self._celsius = value - 273.15


t = Temperature(25)
t.kelvin = 300
print(round(t.celsius, 2), round(t.kelvin, 2))
#> 26.85 300.0
try:
    t.celsius = 0
except AttributeError as exc:
    print("refused:", exc)
else:
    raise AssertionError("celsius has no setter")
#> refused: read-only attribute
# --8<-- [end:mini-property]


# --8<-- [start:classmethod-chaining]
class Config:
    @classmethod
    @property
    def name(cls):  # classmethod wrapping property: a "class property"
        return cls.__name__.lower()


value = Config.name
print(value == "config")  # 3.11 and 3.12: the property ran
#>[<=3.12] True
#>[>=3.13] False
print(type(value).__name__)  # 3.13+: just a bound method of the property
#>[<=3.12] str
#>[>=3.13] method
# --8<-- [end:classmethod-chaining]
