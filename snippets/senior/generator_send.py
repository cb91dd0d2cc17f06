# --8<-- [start:running-average]
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average  # hand out `average`, then wait for a value
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))  # prime: run to the first `yield`, which hands out None
#> None
print(avg.send(10))
#> 10.0
print(avg.send(20))
#> 15.0
print(avg.send(60))
#> 30.0
# --8<-- [end:running-average]

# --8<-- [start:priming]
import functools
import inspect


def echo():
    while True:
        received = yield
        print("got", received)


gen = echo()
print(inspect.getgeneratorstate(gen))
#> GEN_CREATED
try:
    gen.send("too early")  # no `yield` is waiting to receive it yet
except TypeError as e:
    print("TypeError:", e)
else:
    raise AssertionError("sending to a just-started generator must fail")
#> TypeError: can't send non-None value to a just-started generator
gen.send(None)  # same as next(gen): runs to the first `yield`
print(inspect.getgeneratorstate(gen))
#> GEN_SUSPENDED
gen.send("hello")
#> got hello


def primed(genfunc):
    @functools.wraps(genfunc)
    def start(*args, **kwargs):
        gen = genfunc(*args, **kwargs)
        next(gen)
        return gen

    return start


auto = primed(echo)()
auto.send("no priming needed")
#> got no priming needed
# --8<-- [end:priming]


# --8<-- [start:throw]
import inspect


class Reset(Exception):
    pass


def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except Reset:  # raised at the paused `yield` by throw()
            total = count = 0
            average = None
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print(avg.send(10), avg.send(20))
#> 10.0 15.0
print(avg.throw(Reset()))  # handled inside: throw() returns the next yield
#> None
print(avg.send(100))
#> 100.0
try:
    avg.throw(ValueError("bad reading"))  # not handled: it comes back out
except ValueError as e:
    print("propagated:", e)
#> propagated: bad reading
print(inspect.getgeneratorstate(avg))
#> GEN_CLOSED
# --8<-- [end:throw]

# --8<-- [start:close]
import inspect


def reader(name):
    print(f"open {name}")
    try:
        while True:
            yield f"line from {name}"
    finally:
        print(f"close {name}")  # runs on close() via GeneratorExit


lines = reader("log.txt")
print(next(lines))
#> open log.txt
#> line from log.txt
lines.close()  # raises GeneratorExit at the paused `yield`
#> close log.txt
print(inspect.getgeneratorstate(lines))
#> GEN_CLOSED
lines.close()  # closing again does nothing

lines = reader("other.txt")
print(next(lines))
#> open other.txt
#> line from other.txt
del lines  # CPython frees it at once, and freeing a generator closes it
#> close other.txt
print("after del")
#> after del


def stubborn():
    try:
        yield
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield  # yielding after GeneratorExit is what close() forbids


gen = stubborn()
next(gen)
try:
    gen.close()
except RuntimeError as e:
    print("RuntimeError:", e)
#> ignoring GeneratorExit
#> RuntimeError: generator ignored GeneratorExit
# --8<-- [end:close]


# --8<-- [start:return-value]
def summarise():
    total = 0
    while True:
        value = yield
        if value is None:
            return total  # becomes StopIteration.value
        total += value


gen = summarise()
next(gen)
gen.send(3)
gen.send(4)
try:
    gen.send(None)
except StopIteration as stop:
    print("returned", stop.value)
#> returned 7


def closable():
    count = 0
    try:
        while True:
            yield
            count += 1
    except GeneratorExit:
        return count  # close() passes this back on 3.13+


gen = closable()
next(gen)
next(gen)
print(gen.close())
#>[<=3.12] None
#>[>=3.13] 1
# --8<-- [end:return-value]


# --8<-- [start:yield-from]
def summarise():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value


def batches(results):
    while True:
        total = yield from summarise()  # send() goes straight to summarise
        results.append(total)


results = []
pipeline = batches(results)
next(pipeline)
for value in [1, 2, 3, None, 10, 20, None]:
    pipeline.send(value)
print(results)
#> [6, 30]


def inner():
    try:
        yield "inner ready"
    except KeyError as e:
        print("inner handled", repr(e))
        yield "inner recovered"
    return "inner done"


def outer():
    result = yield from inner()
    print("outer got", repr(result))
    yield "outer continues"


gen = outer()
print(next(gen))
#> inner ready
print(gen.throw(KeyError("k")))  # forwarded to inner()
#> inner handled KeyError('k')
#> inner recovered
print(next(gen))
#> outer got 'inner done'
#> outer continues
# --8<-- [end:yield-from]


# --8<-- [start:pep479]
def first_items(iterables):
    for iterable in iterables:
        yield next(iter(iterable))  # StopIteration on an empty one


try:
    print(list(first_items([[1], [], [3]])))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__)
#> RuntimeError generator raised StopIteration
#> cause: StopIteration


def first_items_fixed(iterables):
    for iterable in iterables:
        for item in iterable:
            yield item
            break


print(list(first_items_fixed([[1], [], [3]])))
#> [1, 3]
# --8<-- [end:pep479]

# --8<-- [start:coroutines]
import asyncio
import types


@types.coroutine
def request(what):
    reply = yield what  # travels up through every `await` to the driver
    return reply


async def handler():
    user = await request("need user")
    perms = await request(f"need permissions of {user}")
    return f"{user}: {perms}"


coro = handler()
print(type(coro).__name__, hasattr(coro, "send"), hasattr(coro, "__next__"))
#> coroutine True False
print(coro.send(None))  # the driver plays event loop by hand
#> need user
print(coro.send("ada"))
#> need permissions of ada
try:
    coro.send("admin")
except StopIteration as stop:
    print("result:", stop.value)
#> result: ada: admin
print(hasattr(asyncio, "coroutine"))  # the generator-based decorator is gone
#> False
# --8<-- [end:coroutines]
