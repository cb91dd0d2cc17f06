# --8<-- [start:sugar]
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()

    return wrapper


@shout
def greet(name):
    return f"hello, {name}"


def greet_by_hand(name):
    return f"hello, {name}"


greet_by_hand = shout(greet_by_hand)  # exactly what the @ line does

print(greet("ada"), greet_by_hand("ada"))
#> HELLO, ADA HELLO, ADA
print(greet.__name__, greet_by_hand.__name__)  # both names now hold `wrapper`
#> wrapper wrapper
# --8<-- [end:sugar]


# --8<-- [start:no-temporary-binding]
def peek(func):
    # Is the module-level name already bound while the decorator runs?
    print(f"{func.__name__} bound during decoration:", func.__name__ in globals())
    return func


@peek
def with_at():
    pass


#> with_at bound during decoration: False


def by_hand():
    pass


by_hand = peek(by_hand)
#> by_hand bound during decoration: True
# --8<-- [end:no-temporary-binding]

# --8<-- [start:definition-time]
HANDLERS = {}
log = []


def on(event):
    log.append(f"on({event!r}) runs")

    def register(func):
        log.append(f"register({func.__name__}) runs")
        HANDLERS[event] = func
        return func  # hand back the original: nothing wraps it

    return register


@on("startup")
def warm_cache():
    return "cache warmed"


print(log)  # both ran when the `def` statement ran, before any call
#> ["on('startup') runs", 'register(warm_cache) runs']
print(HANDLERS["startup"] is warm_cache, HANDLERS["startup"]())
#> True cache warmed
# --8<-- [end:definition-time]


# --8<-- [start:closure]
def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3))
#> calling add(2, 3)
#> 5
print(add.__code__.co_freevars)  # names the wrapper reads from logged()
#> ('func',)
print(add.__closure__[0].cell_contents.__name__)  # the original function
#> add
# --8<-- [end:closure]

# --8<-- [start:without-wraps]
import inspect


def timed(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@timed
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height


print(area.__name__, area.__qualname__)
#> wrapper timed.<locals>.wrapper
print(area.__doc__)
#> None
print(hasattr(area, "__wrapped__"))
#> False
print(inspect.signature(area))
#> (*args, **kwargs)
# --8<-- [end:without-wraps]

# --8<-- [start:with-wraps]
import functools
import inspect


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@timed
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height


print(area.__name__, area.__qualname__)
#> area area
print(area.__doc__)
#> Return the area of a rectangle.
print(area.__wrapped__(3, 2))  # the undecorated function is still reachable
#> 6
print(inspect.signature(area))  # follows __wrapped__
#> (width: float, height: float = 1.0) -> float
print(area.__annotations__)
#> {'width': <class 'float'>, 'height': <class 'float'>, 'return': <class 'float'>}
print(functools.WRAPPER_ASSIGNMENTS[4:])  # copied after module, name, qualname, doc
#>[3.11] ('__annotations__',)
#>[>=3.12,<3.14] ('__annotations__', '__type_params__')
#>[>=3.14] ('__annotate__', '__type_params__')
# --8<-- [end:with-wraps]

# --8<-- [start:stacked-wraps]
import functools
import inspect

REGISTRY = {}


def register(func):
    REGISTRY[func.__name__] = func  # sees whatever the decorator below returned
    return func


def careless(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def careful(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@register
@careless
def load(path):
    return f"loading {path}"


@register
@careless
def save(path):
    return f"saving {path}"


print(list(REGISTRY), REGISTRY["wrapper"]("x"))  # `save` replaced `load`
#> ['wrapper'] saving x
REGISTRY.clear()


@register
@careful
@careful
def load(path):
    return f"loading {path}"


@register
@careful
def save(path):
    return f"saving {path}"


print(list(REGISTRY))
#> ['load', 'save']
print(inspect.unwrap(load) is load.__wrapped__.__wrapped__)  # follows the chain
#> True
# --8<-- [end:stacked-wraps]

# --8<-- [start:arguments]
import functools


def repeat(times):  # level 1: takes the decorator's arguments
    def decorator(func):  # level 2: takes the function
        @functools.wraps(func)
        def wrapper(*args, **kwargs):  # level 3: runs on every call
            return [func(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorator


@repeat(times=3)
def roll():
    return "six"


def roll_by_hand():
    return "six"


roll_by_hand = repeat(times=3)(roll_by_hand)  # what `@repeat(times=3)` means
print(roll(), roll_by_hand())
#> ['six', 'six', 'six'] ['six', 'six', 'six']


@repeat  # forgot the parentheses: repeat(roll_twice) returns `decorator`
def roll_twice():
    return "six"


print(roll_twice.__qualname__)
#> repeat.<locals>.decorator
try:
    roll_twice()
except TypeError as e:
    print("TypeError:", e)
#> TypeError: repeat.<locals>.decorator() missing 1 required positional argument: 'func'
# --8<-- [end:arguments]

# --8<-- [start:optional-arguments]
import functools


def trace(func=None, *, prefix="->"):
    if func is None:  # called as @trace(...): return the real decorator
        return functools.partial(trace, prefix=prefix)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(prefix, func.__name__, args)
        return func(*args, **kwargs)

    return wrapper


@trace
def square(n):
    return n * n


@trace(prefix=">>>")
def cube(n):
    return n**3


print(square(4), cube(2))
#> -> square (4,)
#> >>> cube (2,)
#> 16 8
# --8<-- [end:optional-arguments]

# --8<-- [start:class-decorator]
PLUGINS = {}


def plugin(cls):
    PLUGINS[cls.__name__.lower()] = cls  # register the class
    return cls


def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    cls.__repr__ = __repr__  # add a method to the class, then return it
    return cls


@plugin
@auto_repr
class Csv:
    def __init__(self, delimiter=","):
        self.delimiter = delimiter


print(PLUGINS)
#> {'csv': <class '__main__.Csv'>}
print(PLUGINS["csv"](";"))
#> Csv(delimiter=';')
print(type(Csv).__name__)  # still an ordinary class: no metaclass involved
#> type
# --8<-- [end:class-decorator]

# --8<-- [start:class-as-decorator]
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)  # what @wraps does, for an instance
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def ping():
    """Answer with pong."""
    return "pong"


print(ping(), ping())
#> pong pong
print(ping.calls, ping.__name__, ping.__doc__)
#> 2 ping Answer with pong.
print(type(ping).__name__, ping.__wrapped__.__name__)
#> CountCalls ping
# --8<-- [end:class-as-decorator]

# --8<-- [start:methods]
import functools
import types


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__qualname__)
        return func(*args, **kwargs)  # `self` arrives as args[0]

    return wrapper


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.__wrapped__(*args, **kwargs)


class BoundCountCalls(CountCalls):
    def __get__(self, instance, owner=None):  # make it bind like a function
        return self if instance is None else types.MethodType(self, instance)


class Account:
    def __init__(self):
        self.balance = 10

    @logged
    def total(self):
        return self.balance

    @CountCalls
    def broken(self):
        return self.balance

    @BoundCountCalls
    def fixed(self):
        return self.balance

    @staticmethod  # builtin method decorators go on the outside
    @logged
    def helper(x):
        return x * 2


acct = Account()
print(acct.total())
#> call Account.total
#> 10
try:
    acct.broken()
except TypeError as e:
    print("TypeError:", e)
#> TypeError: Account.broken() missing 1 required positional argument: 'self'
print(acct.fixed(), Account.fixed.calls)
#> 10 1
print(Account.helper(21))
#> call Account.helper
#> 42
# --8<-- [end:methods]

# --8<-- [start:stacking-order]
import functools

log = []


def tag(name):
    log.append(f"evaluate tag({name!r})")

    def decorator(func):
        log.append(f"apply {name} to {func.__qualname__}")

        @functools.wraps(func)
        def wrapper():
            print(f"enter {name}")
            result = func()
            print(f"exit {name}")
            return result

        return wrapper

    return decorator


@tag("outer")
@tag("inner")
def work():
    print("work")
    return "done"


print(*log, sep="\n")
#> evaluate tag('outer')
#> evaluate tag('inner')
#> apply inner to work
#> apply outer to work
print(work())
#> enter outer
#> enter inner
#> work
#> exit inner
#> exit outer
#> done
# --8<-- [end:stacking-order]

# --8<-- [start:async-broken]
import functools
import inspect


def run(coroutine):
    """Drive a coroutine that never waits, without an event loop."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("the coroutine waited for something")


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("start")
        result = func(*args)  # only creates the coroutine; the body has not run
        print("end")
        return result

    return wrapper


@logged
async def fetch(n):
    print("fetching", n)
    return n * 2


print(inspect.iscoroutinefunction(fetch))  # frameworks now treat it as sync
#> False
print(run(fetch(1)))  # "end" comes before the body even starts
#> start
#> end
#> fetching 1
#> 2
# --8<-- [end:async-broken]

# --8<-- [start:async-fixed]
import functools
import inspect


def run(coroutine):
    """Drive a coroutine that never waits, without an event loop."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    raise RuntimeError("the coroutine waited for something")


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args):  # a coroutine function wraps a coroutine function
        print("start")
        result = await func(*args)  # the body runs here
        print("end")
        return result

    return wrapper


@logged
async def fetch(n):
    print("fetching", n)
    return n * 2


print(inspect.iscoroutinefunction(fetch))
#> True
print(run(fetch(1)))
#> start
#> fetching 1
#> end
#> 2
# --8<-- [end:async-fixed]

# --8<-- [start:pickle-broken]
import pickle


def logged(func):
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def area(radius):
    return 3.14 * radius**2


print(area.__qualname__)  # pickle stores a function as module + qualified name
#> logged.<locals>.wrapper
try:
    pickle.dumps(area)
except (AttributeError, pickle.PicklingError) as e:
    print(type(e).__name__)
#>[<3.14] AttributeError
#>[>=3.14] PicklingError
# --8<-- [end:pickle-broken]

# --8<-- [start:pickle-fixed]
import functools
import pickle


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def area(radius):
    return 3.14 * radius**2


print(area.__qualname__)  # copied by wraps: __main__.area finds the wrapper itself
#> area
restored = pickle.loads(pickle.dumps(area))
print(restored is area, restored(1))
#> True 3.14
# --8<-- [end:pickle-fixed]
