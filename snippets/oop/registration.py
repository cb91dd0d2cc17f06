# --8<-- [start:metaclass]
from typing import ClassVar


class DuplicateNameError(TypeError):
    pass


class PluginMeta(type):
    registry: ClassVar[dict[str, type]] = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if bases:  # skip the root class itself
            key = namespace.get("name", name.lower())
            if key in mcls.registry:
                raise DuplicateNameError(f"plugin {key!r} is already registered")
            mcls.registry[key] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    name = "json"


print(PluginMeta.registry)
#> {'csv': <class '__main__.Csv'>, 'json': <class '__main__.Json'>}
print(type(Csv).__name__)  # every subclass is built by the metaclass
#> PluginMeta
try:

    class OtherCsv(Plugin):
        name = "csv"

except DuplicateNameError as exc:
    print("refused:", exc)
else:
    raise AssertionError("a second 'csv' plugin should be refused")
#> refused: plugin 'csv' is already registered
# --8<-- [end:metaclass]

# --8<-- [start:init-subclass]
from typing import ClassVar


class DuplicateNameError(TypeError):
    pass


class Plugin:
    registry: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, /, *, name=None, **kwargs):
        super().__init_subclass__(**kwargs)  # keep the chain cooperative
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise DuplicateNameError(f"plugin {key!r} is already registered")
        Plugin.registry[key] = cls
        cls.plugin_name = key


class Csv(Plugin):
    pass


class Yaml(Plugin, name="yml"):  # class keyword arguments reach the hook
    pass


print(Plugin.registry, Yaml.plugin_name)
#> {'csv': <class '__main__.Csv'>, 'yml': <class '__main__.Yaml'>} yml
print(type(Yaml).__name__)  # no metaclass: an ordinary class
#> type
try:

    class OtherCsv(Plugin, name="csv"):
        pass

except DuplicateNameError as exc:
    print("refused:", exc)
else:
    raise AssertionError("a second 'csv' plugin should be refused")
#> refused: plugin 'csv' is already registered
try:

    class Typo(Plugin, nmae="typo"):  # unknown keywords are errors, not ignored
        pass

except TypeError as exc:
    print("refused:", exc)
else:
    raise AssertionError("object.__init_subclass__ should reject 'nmae'")
#> refused: Typo.__init_subclass__() takes no keyword arguments
# --8<-- [end:init-subclass]

# --8<-- [start:decorator]
registry = {}


def register(name):
    def decorator(cls):
        if name in registry:
            raise ValueError(f"{name!r} is already registered")
        registry[name] = cls
        return cls  # the class itself, unchanged

    return decorator


@register("csv")
class CsvExporter:
    pass


class FancyCsvExporter(CsvExporter):  # not registered: decorators don't inherit
    pass


print(registry)
#> {'csv': <class '__main__.CsvExporter'>}
try:

    @register("csv")
    class Other:
        pass

except ValueError as exc:
    print("refused:", exc)
else:
    raise AssertionError("a second 'csv' exporter should be refused")
#> refused: 'csv' is already registered
# --8<-- [end:decorator]

# --8<-- [start:metaclass-conflict]
import textwrap
from abc import ABC, ABCMeta, abstractmethod


class PluginMeta(type):
    pass


class Plugin(metaclass=PluginMeta):
    pass


try:

    class Parser(Plugin, ABC):  # two unrelated metaclasses: PluginMeta, ABCMeta
        pass

except TypeError as exc:
    print(textwrap.fill(str(exc), 72, break_on_hyphens=False))
else:
    raise AssertionError("the two metaclasses should conflict")
#> metaclass conflict: the metaclass of a derived class must be a
#> (non-strict) subclass of the metaclasses of all its bases


class PluginABCMeta(PluginMeta, ABCMeta):  # the fix: a metaclass that is both
    pass


class Parser(Plugin, ABC, metaclass=PluginABCMeta):
    @abstractmethod
    def parse(self, text): ...


print(type(Parser).__name__, Parser.__abstractmethods__)
#> PluginABCMeta frozenset({'parse'})
# --8<-- [end:metaclass-conflict]


# --8<-- [start:prepare-broken]
class NoRedefinition(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):  # any second binding
            raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return NoRedefinition()  # the namespace the class body executes in

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)


try:

    class Broken(metaclass=StrictMeta):
        def on_save(self): ...
        def on_save(self): ...  # a copy-paste slip that Python normally allows

except TypeError as exc:
    print("refused:", exc)
#> refused: 'on_save' is defined twice in the class body
try:

    class Temperature(metaclass=StrictMeta):
        @property
        def celsius(self): ...
        @celsius.setter  # rebinds "celsius" to a new property, on purpose
        def celsius(self, value): ...

except TypeError as exc:
    print("refused:", exc)
else:
    print("property setter accepted")
#> refused: 'celsius' is defined twice in the class body
# --8<-- [end:prepare-broken]

# --8<-- [start:prepare-fixed]
import inspect
from typing import overload


class NoRedefinition(dict):
    def __setitem__(self, key, value):
        old = self.get(key)
        # Refuse only a function replaced by another function of the same qualified
        # name: a property's setter is a property, and each @overload binds one
        # shared dummy function (typing._overload_dummy) that the real one replaces.
        if (
            inspect.isfunction(old)
            and inspect.isfunction(value)
            and old is not value
            and old.__qualname__ == value.__qualname__
        ):
            raise TypeError(f"{key!r} is defined twice in the class body")
        super().__setitem__(key, value)


class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return NoRedefinition()

    def __new__(mcls, name, bases, namespace, **kwargs):
        return super().__new__(mcls, name, bases, dict(namespace), **kwargs)


try:

    class Broken(metaclass=StrictMeta):
        def on_save(self): ...
        def on_save(self): ...

except TypeError as exc:
    print("refused:", exc)
#> refused: 'on_save' is defined twice in the class body
try:

    class Temperature(metaclass=StrictMeta):
        @property
        def celsius(self): ...
        @celsius.setter
        def celsius(self, value): ...

        @overload
        def scale(self, factor: int) -> int: ...
        @overload
        def scale(self, factor: float) -> float: ...
        def scale(self, factor):
            return factor

except TypeError as exc:
    print("refused:", exc)
else:
    print("property setter accepted")
    print("overloads accepted:", Temperature().scale(2))
#> property setter accepted
#> overloads accepted: 2
# --8<-- [end:prepare-fixed]

# --8<-- [start:enum]
from enum import Enum

print(type(Enum).__name__)  # Enum is built on a metaclass
#> EnumType
try:

    class Colour(Enum):
        RED = 1
        RED = 2  # its __prepare__ namespace catches the duplicate

except TypeError as exc:
    print("refused:", exc)
else:
    raise AssertionError("a duplicate member should be refused")
#> refused: 'RED' already defined as 1


class Formats:
    def __class_getitem__(cls, key):  # PEP 560: Formats[...] with no metaclass
        return f"{cls.__name__}[{key!r}]"


print(Formats["csv"])
#> Formats['csv']
try:
    iter(Formats)  # iterating a class does need a metaclass's __iter__
except TypeError as exc:
    print(exc)
#> 'type' object is not iterable
# --8<-- [end:enum]
