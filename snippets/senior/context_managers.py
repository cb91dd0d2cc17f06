# --8<-- [start:class-based]
class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        print(f"connect {self.name}")
        self.open = True
        return self  # bound to the `as` target

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        outcome = "ok" if exc_type is None else f"error {exc_type.__name__}"
        print(f"disconnect {self.name} ({outcome})")
        return False  # do not suppress: any exception keeps propagating


with Connection("db") as conn:
    print("inside, open =", conn.open)
#> connect db
#> inside, open = True
#> disconnect db (ok)
print("after, open =", conn.open)
#> after, open = False

try:
    with Connection("db") as conn:
        raise ValueError("query failed")
except ValueError as e:
    print("caught outside:", e)
#> connect db
#> disconnect db (error ValueError)
#> caught outside: query failed
# --8<-- [end:class-based]


# --8<-- [start:protocol-on-type]
class Thing:
    pass


thing = Thing()
thing.__enter__ = lambda: "found on the instance"  # ignored: lookup uses the type
thing.__exit__ = lambda *exc: None
try:
    with thing:
        pass
except TypeError as e:
    print(type(e).__name__)
#> TypeError


class OnlyEnter:
    def __enter__(self):
        return self


class OnlyExit:
    def __exit__(self, *exc):
        return False


for cls in (OnlyEnter, OnlyExit, Thing):
    try:
        with cls():
            pass
    except TypeError as e:  # "'X' object does not support the ... protocol (detail)"
        detail = str(e).partition("protocol")[2].strip()
        print(f"{cls.__name__}: {detail or 'no detail'}")
#> OnlyEnter: (missed __exit__ method)
#>[<3.14] OnlyExit: no detail
#>[>=3.14] OnlyExit: (missed __enter__ method)
#>[<3.14] Thing: no detail
#>[>=3.14] Thing: (missed __exit__ method)


class AsyncOnly:  # an asynchronous context manager, entered with a plain `with`
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


try:
    with AsyncOnly():
        pass
except TypeError as e:
    hint = str(e).find("Did you mean")  # the 3.14 hint ends the message
    print("no hint" if hint < 0 else str(e)[hint:])
#>[<3.14] no hint
#>[>=3.14] Did you mean to use 'async with'?
# --8<-- [end:protocol-on-type]


# --8<-- [start:suppress-true]
class Ignore:
    def __init__(self, *exc_types):
        self.exc_types = exc_types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exc_types):
            print(f"suppressed {exc_type.__name__}: {exc}")
            return True  # a true value tells `with` the exception is handled
        return False


reached_end_of_block = False
with Ignore(KeyError):
    {}["missing"]
    reached_end_of_block = True  # skipped: the block stops at the exception
#> suppressed KeyError: 'missing'
print("code after the with statement runs")
#> code after the with statement runs
print("rest of the block ran:", reached_end_of_block)
#> rest of the block ran: False

try:
    with Ignore(KeyError):
        raise ValueError("not a KeyError")
except ValueError as e:
    print("propagated:", e)
else:
    raise AssertionError("ValueError must not be suppressed")
#> propagated: not a KeyError
# --8<-- [end:suppress-true]

# --8<-- [start:contextmanager]
from contextlib import contextmanager


@contextmanager
def connection(name):
    print(f"connect {name}")  # the code before `yield` is __enter__
    try:
        yield name.upper()  # the yielded value is bound to the `as` target
    finally:
        print(f"disconnect {name}")  # runs on success and on error


with connection("db") as conn:
    print("using", conn)
#> connect db
#> using DB
#> disconnect db

try:
    with connection("db"):
        raise ValueError("query failed")
except ValueError as e:
    print("caught outside:", e)
#> connect db
#> disconnect db
#> caught outside: query failed
# --8<-- [end:contextmanager]

# --8<-- [start:contextmanager-throw]
from contextlib import contextmanager


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except KeyError as exc:  # thrown into the generator at the `yield`
        log.append(f"rollback: {exc!r}")  # not re-raised, so it is suppressed
    except Exception as exc:
        log.append(f"rollback: {exc!r}")
        raise  # re-raise: the with statement sees the exception
    else:
        log.append("commit")


log = []
with transaction(log):
    log.append("work")
print(log)
#> ['begin', 'work', 'commit']

log = []
with transaction(log):
    {}["missing"]
print(log)
#> ['begin', "rollback: KeyError('missing')"]

log = []
try:
    with transaction(log):
        raise ValueError("bad row")
except ValueError:
    log.append("caller saw ValueError")
else:
    raise AssertionError("ValueError must propagate")
print(log)
#> ['begin', "rollback: ValueError('bad row')", 'caller saw ValueError']
# --8<-- [end:contextmanager-throw]

# --8<-- [start:contextmanager-pitfalls]
from contextlib import contextmanager


@contextmanager
def no_finally():
    print("setup")
    yield
    print("cleanup")  # skipped when the block raises


try:
    with no_finally():
        raise RuntimeError("boom")
except RuntimeError:
    print("cleanup never ran")
#> setup
#> cleanup never ran


@contextmanager
def yields_twice():
    yield
    yield


try:
    with yields_twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
#> RuntimeError: generator didn't stop
# --8<-- [end:contextmanager-pitfalls]

# --8<-- [start:suppress]
from contextlib import suppress

settings = {"debug": True}
with suppress(KeyError):
    del settings["verbose"]
    print("not printed: the block stops at the KeyError")
print(settings)
#> {'debug': True}

group = ExceptionGroup("batch", [KeyError("a"), KeyError("b")])
try:
    with suppress(KeyError):
        raise group
    print("group suppressed")
except ExceptionGroup:
    print("group propagated")
#>[3.11] group propagated
#>[>=3.12] group suppressed
# --8<-- [end:suppress]

# --8<-- [start:exitstack-files]
import tempfile
from contextlib import ExitStack
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for name, lines in {
        "a.txt": "1\n2\n",
        "b.txt": "3\n4\n",
        "c.txt": "5\n6\n",
    }.items():
        path = Path(tmp, name)
        path.write_text(lines)
        paths.append(path)

    with ExitStack() as stack:  # one `with` for any number of files
        files = [stack.enter_context(open(path)) for path in paths]
        for row in zip(*files, strict=True):
            print([line.strip() for line in row])
    print(all(f.closed for f in files))
#> ['1', '3', '5']
#> ['2', '4', '6']
#> True
# --8<-- [end:exitstack-files]

# --8<-- [start:exitstack-order]
from contextlib import ExitStack


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name}")
        return False


with ExitStack() as stack:
    for name in ["a", "b", "c"]:
        stack.enter_context(Resource(name))
    stack.callback(print, "callback: registered last, runs first")
    print("working")
#> open a
#> open b
#> open c
#> working
#> callback: registered last, runs first
#> close c
#> close b
#> close a

try:
    with ExitStack() as stack:
        for name, fail in [("a", False), ("b", False), ("c", True)]:
            stack.enter_context(Resource(name, fail))
        print("never reached")
except OSError as e:
    print("caught:", e)
#> open a
#> open b
#> close b
#> close a
#> caught: cannot open c
# --8<-- [end:exitstack-order]

# --8<-- [start:exitstack-pop-all]
from contextlib import ExitStack


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        print(f"close {self.name}")


def open_all(names):
    with ExitStack() as stack:
        resources = [stack.enter_context(Resource(n)) for n in names]
        cleanup = stack.pop_all()  # success: hand the cleanups to the caller
    return resources, cleanup


resources, cleanup = open_all(["a", "b"])
#> open a
#> open b
print("caller owns", [r.name for r in resources])
#> caller owns ['a', 'b']
with cleanup:
    print("working")
#> working
#> close b
#> close a
# --8<-- [end:exitstack-pop-all]

# --8<-- [start:finally-return-broken]
import warnings

# The function is compiled with compile() so the example can show the compiler's
# warning; a module with this code warns the same way when it is imported.
SOURCE = """
def save(record):
    try:
        raise OSError("disk full")
    finally:
        return "saved"  # leaves the finally block: the OSError is thrown away
"""
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    code = compile(SOURCE, "<save>", "exec")
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
#>[>=3.14] SyntaxWarning: 'return' in a 'finally' block
namespace = {}
exec(code, namespace)
print(namespace["save"]({"id": 1}))  # the caller never hears about the failure
#> saved
# --8<-- [end:finally-return-broken]


# --8<-- [start:finally-return-fixed]
def save(record):
    try:
        raise OSError("disk full")
    finally:
        print("cleanup runs")  # finally only cleans up
    return "saved"  # reached only when the try block succeeded


try:
    print(save({"id": 1}))
except OSError as e:
    print("caller sees:", e)
#> cleanup runs
#> caller sees: disk full
# --8<-- [end:finally-return-fixed]

# --8<-- [start:nullcontext-closing]
import threading
from contextlib import closing, nullcontext


class Feed:
    """Has close() but no __enter__/__exit__, like many older APIs."""

    def __init__(self, name):
        self.name = name

    def close(self):
        print(f"closed {self.name}")


with closing(Feed("prices")) as feed:  # closing() calls close() on the way out
    print("reading", feed.name)
#> reading prices
#> closed prices


def add(totals, key, lock=None):
    # One code path whether or not the caller passes a lock.
    with lock if lock is not None else nullcontext():
        totals[key] = totals.get(key, 0) + 1


totals = {}
add(totals, "a")
add(totals, "a", threading.Lock())
print(totals)
#> {'a': 2}
with nullcontext("the value for as") as value:  # enter_result is bound by `as`
    print(value)
#> the value for as
# --8<-- [end:nullcontext-closing]

# --8<-- [start:reuse-and-reentry]
import io
import threading
from contextlib import contextmanager, redirect_stdout


@contextmanager
def step():
    print("setup")
    yield
    print("cleanup")


single_use = step()
with single_use:
    pass
#> setup
#> cleanup
try:
    with single_use:  # the generator has already finished
        pass
except AttributeError as e:  # not a clear message: the object was never meant to reuse
    print("single use:", type(e).__name__, e)
#> single use: AttributeError '_GeneratorContextManager' object has no attribute 'args'

lock = threading.Lock()  # reusable: one `with` after another works
with lock:
    pass
with lock:
    # Reentering would block this thread forever; a non-blocking try shows it.
    print("Lock re-entered:", lock.acquire(blocking=False))
#> Lock re-entered: False

rlock = threading.RLock()  # reentrant: the owning thread may nest it
with rlock, rlock:  # entered twice by the same thread, one inside the other
    print("RLock nested fine")
#> RLock nested fine

buffer = io.StringIO()
to_buffer = redirect_stdout(buffer)  # reentrant too: it keeps a stack of streams
with to_buffer:
    print("outer")
    with to_buffer:
        print("inner")
print(buffer.getvalue().split())
#> ['outer', 'inner']
# --8<-- [end:reuse-and-reentry]
