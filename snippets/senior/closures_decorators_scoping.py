# --8<-- [start:decorator-is-closure]
import functools


def retry(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ConnectionError:
                    print(f"attempt {attempt} failed")
            raise ConnectionError(f"gave up after {times} attempts")

        return wrapper

    return decorator


outcomes = iter([False, False, True])


@retry(times=3)
def fetch():
    if not next(outcomes):
        raise ConnectionError
    return "data"


print(fetch())
#> attempt 1 failed
#> attempt 2 failed
#> data
print(fetch.__code__.co_freevars)  # free variables: read from enclosing scopes
#> ('func', 'times')
print(
    {
        name: type(cell.cell_contents).__name__
        for name, cell in zip(
            fetch.__code__.co_freevars, fetch.__closure__, strict=True
        )
    }
)
#> {'func': 'function', 'times': 'int'}
# --8<-- [end:decorator-is-closure]

# --8<-- [start:nonlocal-counter]
import functools


def count_calls(func):
    calls = 0  # one cell per decorated function

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls  # rebinding `calls` needs nonlocal
        calls += 1
        print(f"{func.__name__} call #{calls}")
        return func(*args, **kwargs)

    wrapper.call_count = lambda: calls  # expose the state read-only
    return wrapper


@count_calls
def ping():
    return "pong"


@count_calls
def pong():
    return "ping"


ping(), ping(), pong()
#> ping call #1
#> ping call #2
#> pong call #1
print(ping.call_count(), pong.call_count())  # separate state per function
#> 2 1
# --8<-- [end:nonlocal-counter]

# --8<-- [start:missing-nonlocal]
import functools


def count_calls(func):
    calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls += 1  # an assignment: `calls` is local to wrapper
        return func(*args, **kwargs)

    return wrapper


@count_calls  # decorating works: wrapper's body has not run yet
def ping():
    return "pong"


try:
    ping()
except UnboundLocalError as e:
    print(type(e).__name__, e, sep="\n")
#> UnboundLocalError
#> cannot access local variable 'calls' where it is not associated with a value
# --8<-- [end:missing-nonlocal]

# --8<-- [start:late-binding-broken]
ROUTES = {}


def route(path):
    def register(func):
        ROUTES[path] = func  # `path` is the factory's parameter: fixed now
        return func

    return register


for page in ["home", "about"]:

    @route(f"/{page}")  # evaluated in this iteration
    def view():
        return f"rendering {page}"  # looked up when the view is called


print(ROUTES["/home"]())  # the key is right, the body reads the last `page`
#> rendering about
print(ROUTES["/about"]())
#> rendering about
home = ROUTES["/home"]  # at module level `page` is a global: no cell is involved
print(home.__closure__, "page" in home.__code__.co_names)
#> None True
# --8<-- [end:late-binding-broken]

# --8<-- [start:late-binding-fixed]
ROUTES = {}


def route(path):
    def register(func):
        ROUTES[path] = func
        return func

    return register


def make_view(page):  # a new scope, and a new cell, for each page
    @route(f"/{page}")
    def view():
        return f"rendering {page}"

    return view


for page in ["home", "about"]:
    make_view(page)

print(ROUTES["/home"](), ROUTES["/about"](), sep="\n")
#> rendering home
#> rendering about
home = ROUTES["/home"]  # now `page` is make_view's local, kept in a cell
print(home.__code__.co_freevars, home.__closure__[0].cell_contents)
#> ('page',) home
# --8<-- [end:late-binding-fixed]

# --8<-- [start:shared-vs-own-state]
import functools

cache_for_everyone = {}  # module level: one dict for all decorated functions


def memo_shared(func):
    @functools.wraps(func)
    def wrapper(n):
        if n not in cache_for_everyone:
            cache_for_everyone[n] = func(n)
        return cache_for_everyone[n]

    return wrapper


def memo_own(func):
    cache = {}  # enclosing scope: a new dict for each decorated function

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memo_shared
def double(n):
    return n * 2


@memo_shared
def square(n):
    return n * n


print(double(3), square(3))  # square(3) returns double's cached 6
#> 6 6


@memo_own
def double(n):
    return n * 2


@memo_own
def square(n):
    return n * n


print(double(3), square(3))
#> 6 9
# --8<-- [end:shared-vs-own-state]
