# --8<-- [start:legb]
x = "global"


def outer():
    x = "enclosing"

    def reads_enclosing():
        print("inner sees:", x)

    def has_own_local():
        x = "local"
        print("inner sees:", x)

    reads_enclosing()
    has_own_local()
    print("outer sees:", x)


outer()
#> inner sees: enclosing
#> inner sees: local
#> outer sees: enclosing
print("module sees:", x)
#> module sees: global
print(len("abc"))  # no local, enclosing or global `len`: found in builtins
#> 3
# --8<-- [end:legb]

# --8<-- [start:nonlocal-puzzle]
x = 0


def outer():
    x = 1

    def inner():
        nonlocal x
        x = 2
        print("inner:", x)

    inner()
    print("outer:", x)


outer()
#> inner: 2
#> outer: 2
print("global:", x)
#> global: 0
# --8<-- [end:nonlocal-puzzle]

# --8<-- [start:global-vs-nonlocal]
x = 0


def outer():
    x = 1

    def inner():
        global x
        x = 2

    inner()
    print("outer:", x)


outer()
#> outer: 1
print("global:", x)
#> global: 2
# --8<-- [end:global-vs-nonlocal]


# --8<-- [start:counter]
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


tick = make_counter()
tock = make_counter()
print(tick(), tick(), tick(), tock())
#> 1 2 3 1
# --8<-- [end:counter]


# --8<-- [start:mutate-vs-rebind]
def make_log():
    entries = []

    def add(entry):
        entries.append(entry)  # mutates the list; the name is not rebound
        return len(entries)

    def add_all(new):
        nonlocal entries  # required: `+=` rebinds the name `entries`
        entries += new
        return len(entries)

    return add, add_all


add, add_all = make_log()
print(add("start"), add_all(["middle", "end"]))
#> 1 3
# --8<-- [end:mutate-vs-rebind]

# --8<-- [start:nonlocal-errors]
sources = {
    "only a global y": "y = 1\ndef f():\n    def g():\n        nonlocal y\n",
    "nonlocal at module level": "nonlocal y\n",
    "global after use": "def f():\n    print(y)\n    global y\n",
}
for label, source in sources.items():
    try:
        compile(source, "<demo>", "exec")
    except SyntaxError as e:
        print(f"{label}: {e.msg}")
#> only a global y: no binding for nonlocal 'y' found
#> nonlocal at module level: nonlocal declaration not allowed at module level
#> global after use: name 'y' is used prior to global declaration
# --8<-- [end:nonlocal-errors]

# --8<-- [start:unbound-local]
count = 0


def next_count(reset=False):
    if reset:
        count = 0  # an assignment anywhere in the body makes `count` local
    return count + 1


try:
    next_count()
except UnboundLocalError as e:
    print(type(e).__name__, e, sep="\n")
#> UnboundLocalError
#> cannot access local variable 'count' where it is not associated with a value
print(next_count.__code__.co_varnames)
#> ('reset', 'count')
print(issubclass(UnboundLocalError, NameError))
#> True
# --8<-- [end:unbound-local]


# --8<-- [start:closure-cells]
def make_multiplier(factor):
    def multiply(value):
        return value * factor

    return multiply


double = make_multiplier(2)
print(make_multiplier.__code__.co_cellvars)
#> ('factor',)
print(double.__code__.co_freevars)
#> ('factor',)
cell = double.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
#> cell 2
print(double(21))
#> 42
print(make_multiplier.__closure__)  # a top-level function closes over nothing
#> None
# --8<-- [end:closure-cells]


# --8<-- [start:shared-cell]
def make_pair():
    value = 0

    def get():
        return value

    def set_(new):
        nonlocal value
        value = new

    return get, set_


get, set_ = make_pair()
set_(99)
print(get())
#> 99
print(get.__closure__[0] is set_.__closure__[0])
#> True
# --8<-- [end:shared-cell]

# --8<-- [start:bytecode]
import dis

LIMIT = 10


def make_adder():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return min(total, LIMIT)

    return add


add = make_adder()
for name in ("n", "total", "LIMIT", "min"):
    ops = {op.opname for op in dis.get_instructions(add) if op.argval == name}
    print(name, sorted(ops))
#>[3.11] n ['LOAD_FAST']
#>[3.12] n ['LOAD_FAST']
#>[3.13] n ['LOAD_FAST']
#>[>=3.14] n ['LOAD_FAST_BORROW']
#> total ['LOAD_DEREF', 'STORE_DEREF']
#> LIMIT ['LOAD_GLOBAL']
#> min ['LOAD_GLOBAL']
# --8<-- [end:bytecode]

# --8<-- [start:late-binding-broken]
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)

print([callback() for callback in callbacks])
#> [2, 2, 2]
i = 10  # the lambdas look `i` up when called, so they see the new value
print([callback() for callback in callbacks])
#> [10, 10, 10]
print(callbacks[0].__closure__)  # at module level `i` is a global: no cell at all
#> None


def build():
    made = []
    for j in range(3):  # `j` is a local of build()...
        made.append(lambda: j)
    return made


print([callback() for callback in build()])
#> [2, 2, 2]
first, second, _ = build()  # ...so all three share one cell for it
print(first.__closure__[0] is second.__closure__[0])
#> True
# A comprehension's variable lives in the comprehension's own scope, even at module
# level (PEP 709 inlines the code but keeps that scope): one shared cell again.
squares = [lambda: k * k for k in range(3)]
print([f() for f in squares], squares[0].__closure__ is not None, "k" in globals())
#> [4, 4, 4] True False
# --8<-- [end:late-binding-broken]

# --8<-- [start:late-binding-fixed]
from functools import partial


def show(value):
    return value


with_default = [lambda i=i: i for i in range(3)]
with_partial = [partial(show, i) for i in range(3)]


def make_callback(value):
    return lambda: value


with_factory = [make_callback(i) for i in range(3)]

print([f() for f in with_default])
#> [0, 1, 2]
print([f() for f in with_partial])
#> [0, 1, 2]
print([f() for f in with_factory])
#> [0, 1, 2]
print(with_default[0](42))  # the default-argument fix leaks into the signature
#> 42
# --8<-- [end:late-binding-fixed]

# --8<-- [start:comprehension-scope]
i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)  # the loop variable does not leak out
#> [0, 1, 4, 9] outer

class_body = """
class Config:
    scale = 10
    first = [n * 2 for n in range(scale)]  # outermost iterable: class scope
    print("first:", first[:3])
    scaled = [n * scale for n in range(3)]  # loop body: class names invisible
"""
try:
    exec(compile(class_body, "<demo>", "exec"), {})
except NameError as e:
    print(type(e).__name__, e)
#> first: [0, 2, 4]
#> NameError name 'scale' is not defined
# --8<-- [end:comprehension-scope]

# --8<-- [start:what-binds]
import contextlib


def every_binding(items):
    total = 0  # assignment
    total += 1  # augmented assignment
    for item in items:  # for target
        total += item
    with contextlib.nullcontext(total) as handle:  # with ... as
        total = handle
    try:
        int("not a number")
    except ValueError as error:  # except ... as (unbound again after the block)
        print(type(error).__name__)
    if (size := len(items)) > 1:  # assignment expression
        match items:
            case [first, *rest]:  # capture patterns in match
                total += first + len(rest)
    import math  # import

    total = math.floor(total)

    def helper():  # def
        return "helper"

    class Local:  # class
        pass

    del Local  # del counts as a binding too
    return total, size, helper


# Every bound name is local to the whole function, decided at compile time.
print(" ".join(every_binding.__code__.co_varnames))
#> items total item handle error size first rest math helper Local

limit = 10


def reads_then_deletes():
    print(limit)  # the `del` below makes `limit` local to the whole function
    del limit  # noqa: F821 - ruff reads this as undefined; Python makes it local


try:
    reads_then_deletes()
except UnboundLocalError as e:
    print(type(e).__name__)
#> UnboundLocalError
# --8<-- [end:what-binds]

# --8<-- [start:annotation-scopes]
import sys

SOURCE = """
class Registry:
    Key = str
    type Index = dict[Key, int]  # an annotation scope: sees the class's Key

    def method_default():
        return Key  # an ordinary function: class names are invisible
"""
if sys.version_info >= (3, 12):  # the `type` statement is new in 3.12 (PEP 695)
    namespace = {}
    exec(SOURCE, namespace)
    Registry = namespace["Registry"]
    print(Registry.Index.__value__)
    try:
        Registry.method_default()
    except NameError as e:
        print("NameError:", e)
else:
    print("3.11 has no `type` statement")
#>[>=3.12] dict[str, int]
#>[>=3.12] NameError: name 'Key' is not defined
#>[3.11] 3.11 has no `type` statement
# --8<-- [end:annotation-scopes]
