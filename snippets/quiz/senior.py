# Quiz: where senior candidates stumble (hooks/quiz.py renders it on senior-gaps.md).

# quiz:
#   tests: decorators
#   wrong: ["<i><b>hi</b></i>", "<b>hi</b>", "<b><i>hi</b></i>"]
#   why: >-
#     Stacked decorators apply from the bottom up: `hello = tag("b")(tag("i")(hello))`,
#     so the outer `<b>` wraps what the inner one made.
# --8<-- [start:stacked]
def tag(name):
    def decorate(func):
        def wrapper():
            return f"<{name}>{func()}</{name}>"

        return wrapper

    return decorate


@tag("b")
@tag("i")
def hello():
    return "hi"


print(hello())
#> <b><i>hi</i></b>
# --8<-- [end:stacked]


# quiz:
#   tests: closures-decorators-scoping
#   wrong:
#     - "before call\nregistering job\nrunning job"
#     - "before call\nrunning job"
#     - "registering job\nrunning job\nbefore call"
#   why: >-
#     A decorator runs once, when the `def` statement runs, not when the function is
#     called: that is why registries fill up at import time.
# --8<-- [start:import-time]
def register(func):
    print("registering", func.__name__)
    return func


@register
def job():
    print("running job")


#> registering job


print("before call")
#> before call
job()
#> running job
# --8<-- [end:import-time]


# quiz:
#   tests: decorators
#   wrong: ["area", "logged", "None"]
#   why: >-
#     The name `area` now refers to `wrapper`, which keeps its own metadata;
#     `functools.wraps` copies the name and docstring across.
# --8<-- [start:lost-name]
def logged(func):
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def area(radius):
    return 3.14 * radius**2


print(area.__name__)
#> wrapper
# --8<-- [end:lost-name]

# quiz:
#   tests: generator-expressions
#   wrong: ["[0, 2, 4]\n[0, 2, 4]", "[0, 2, 4]\nNone", "[]\n[]"]
#   why: >-
#     A generator can be iterated once: the first `list()` exhausts it and the second
#     finds nothing left.
# --8<-- [start:exhausted]
evens = (n for n in range(6) if n % 2 == 0)
print(list(evens))
#> [0, 2, 4]
print(list(evens))
#> []
# --8<-- [end:exhausted]


# quiz:
#   tests: context-managers
#   wrong:
#     - "enter\nexit ZeroDivisionError\nafter the error\ndone"
#     - "enter\nexit ZeroDivisionError"
#     - "enter\ndone"
#   why: >-
#     `__exit__` gets the exception; returning `True` (here only for
#     `ZeroDivisionError`) suppresses it. The rest of the `with` body is skipped and
#     execution continues after the block.
# --8<-- [start:suppress]
class Quiet:
    """Suppress ZeroDivisionError only; anything else propagates."""

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, traceback):
        if exc_type is None:
            print("exit cleanly")
            return False
        print("exit", exc_type.__name__)
        return issubclass(exc_type, ZeroDivisionError)


with Quiet():
    1 / 0
    print("after the error")
#> enter
#> exit ZeroDivisionError
print("done")
#> done
# --8<-- [end:suppress]


# quiz:
#   tests: generator-send
#   wrong: ["5\n15\n15", "0\n0\n5", "None\n5\n15"]
#   why: >-
#     `next()` runs to the first `yield` (priming); each `send(v)` resumes with `v` as
#     the value of that `yield` and returns what the next `yield` produces.
# --8<-- [start:running-total]
def running_total():
    total = 0
    while True:
        value = yield total
        total += value


acc = running_total()
print(next(acc))
#> 0
print(acc.send(5))
#> 5
print(acc.send(10))
#> 15
# --8<-- [end:running-total]
