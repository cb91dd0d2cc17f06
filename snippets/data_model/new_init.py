# --8<-- [start:order]
class Traced:
    def __new__(cls, *args):
        print(f"__new__({cls.__name__}, {args})")
        instance = super().__new__(cls)  # object.__new__ takes only the class
        return instance

    def __init__(self, value):
        print(f"__init__(value={value})")
        self.value = value


obj = Traced(7)  # type.__call__: cls.__new__(cls, 7), then obj.__init__(7)
#> __new__(Traced, (7,))
#> __init__(value=7)
# --8<-- [end:order]


# --8<-- [start:immutable-broken]
class UpperStr(str):
    def __init__(self, text):
        super().__init__(text.upper())  # too late: str.__new__ already made "abc"


try:
    UpperStr("abc")
except TypeError as error:
    print(error)  # str has no __init__ of its own; object.__init__ takes no value
#> object.__init__() takes exactly one argument (the instance to initialize)
# --8<-- [end:immutable-broken]


# --8<-- [start:immutable-fixed]
class UpperStr(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())  # choose the value while creating it


print(repr(UpperStr("abc")), isinstance(UpperStr("abc"), str))
#> 'ABC' True
# --8<-- [end:immutable-fixed]


# --8<-- [start:init-skipped]
class Temperature:
    def __new__(cls, celsius):
        if celsius < -273.15:
            return None  # not an instance of cls, so __init__ is not called
        return super().__new__(cls)

    def __init__(self, celsius):
        print(f"__init__({celsius})")
        self.celsius = celsius


print(Temperature(-300))
#> None
print(Temperature(20).celsius)
#> __init__(20)
#> 20
# --8<-- [end:init-skipped]


# --8<-- [start:copy-skips-init]
import copy
import pickle


class Account:
    def __init__(self, owner):
        print(f"__init__({owner!r})")
        self.owner = owner


account = Account("ada")
#> __init__('ada')
clone, restored = copy.copy(account), pickle.loads(pickle.dumps(account))
print(clone.owner, restored.owner)  # made by cls.__new__(cls) plus the saved __dict__
#> ada ada
# --8<-- [end:copy-skips-init]


# --8<-- [start:singleton-broken]
class Settings:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        self.values = {}  # runs on every Settings() call, on the same object


Settings().values["debug"] = True
print(Settings() is Settings(), Settings().values)  # the second call wiped it
#> True {}
# --8<-- [end:singleton-broken]


# --8<-- [start:singleton-fixed]
import functools


class Settings:
    def __init__(self):
        self.values = {}


@functools.cache  # one instance, made on first use; tests can call cache_clear()
def get_settings():
    return Settings()


get_settings().values["debug"] = True
print(get_settings() is get_settings(), get_settings().values)
#> True {'debug': True}
# --8<-- [end:singleton-fixed]
