# --8<-- [start:getattr-fallback]
class Defaults:
    colour = "blue"

    def __init__(self):
        self.size = 10

    def __getattr__(self, name):  # only when normal lookup raised AttributeError
        print(f"__getattr__({name!r})")
        return None


d = Defaults()
print(d.size, d.colour)  # found normally: __getattr__ is not called
#> 10 blue
print(d.weight)
#> __getattr__('weight')
#> None
# --8<-- [end:getattr-fallback]


# --8<-- [start:getattribute-every-time]
class Logged:
    def __init__(self):
        self.size = 10

    def __getattribute__(self, name):  # every instance attribute lookup comes here
        print(f"__getattribute__({name!r})")
        return super().__getattribute__(name)  # object's lookup, not self.<name>

    def __len__(self):
        return 3


logged = Logged()
print(logged.size)
#> __getattribute__('size')
#> 10
print(len(logged))  # len() finds __len__ on the type: no trace printed
#> 3
# --8<-- [end:getattribute-every-time]


# --8<-- [start:lookup-order]
class DataDescriptor:  # defines __set__: wins over the instance dict
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class NonDataDescriptor:  # only __get__: the instance dict wins over it
    def __get__(self, obj, objtype=None):
        return "non-data descriptor"


class Thing:
    a = DataDescriptor()
    b = NonDataDescriptor()
    c = "class attribute"

    def __getattr__(self, name):
        return f"__getattr__({name!r})"


thing = Thing()
vars(thing).update(a="instance", b="instance", c="instance")
print(thing.a, thing.b, thing.c, thing.d, sep=" | ")
#> data descriptor | instance | instance | __getattr__('d')
# --8<-- [end:lookup-order]


# --8<-- [start:proxy-broken]
import copy
import sys


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)  # a missing _target calls __getattr__ again


proxy = Proxy([3, 1, 2])
print(proxy.count(1))
#> 1
sys.setrecursionlimit(200)  # a low limit: the browser's WebAssembly stack is small
try:
    copy.copy(proxy)  # the copy is made without __init__, so it has no _target yet
except RecursionError as error:
    print("RecursionError:", error)
#> RecursionError: maximum recursion depth exceeded
# --8<-- [end:proxy-broken]


# --8<-- [start:proxy-fixed]
import copy


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        try:
            target = vars(self)["_target"]  # read the dict: no attribute lookup
        except KeyError:
            raise AttributeError(name) from None
        return getattr(target, name)


proxy = Proxy([3, 1, 2])
print(proxy.count(1))
#> 1
try:
    print(copy.copy(proxy).count(1))
except RecursionError as error:
    print("RecursionError:", error)
#> 1
# --8<-- [end:proxy-fixed]


# --8<-- [start:property-masked]
class Order:
    def __init__(self, items):
        self.items = items

    @property
    def total(self):
        return sum(item.price for item in self.items)  # bug: dicts have no .price

    def __getattr__(self, name):
        raise AttributeError(f"no attribute {name!r}")


try:
    print(Order([{"price": 5}]).total)
except AttributeError as error:
    print(error)  # the real error was swallowed, and the message blames total itself
#> no attribute 'total'
# --8<-- [end:property-masked]


# --8<-- [start:dir]
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return vars(self)["_fields"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(self):  # make dir() and tab completion show the dynamic names
        return [*super().__dir__(), *self._fields]


record = Record(city="Oslo")
print(record.city, "city" in dir(record))
#> Oslo True
# --8<-- [end:dir]


# --8<-- [start:module-getattr]
import sys
import types
import warnings

source = """
import warnings

TIMEOUT = 30


def __getattr__(name):  # PEP 562: called for names the module does not define
    if name == "DEFAULT_TIMEOUT":
        warnings.warn("use TIMEOUT", DeprecationWarning, stacklevel=2)
        return TIMEOUT
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
"""
config = types.ModuleType("config")
exec(source, vars(config))  # stands in for a file config.py on the path
sys.modules["config"] = config

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from config import DEFAULT_TIMEOUT
print(DEFAULT_TIMEOUT, caught[0].category.__name__, caught[0].message)
#> 30 DeprecationWarning use TIMEOUT
try:
    print(config.RETRIES)
except AttributeError as error:
    print(error)
#> module 'config' has no attribute 'RETRIES'
# --8<-- [end:module-getattr]
