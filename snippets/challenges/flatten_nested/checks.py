# --8<-- [start:checks]
import sys
from collections.abc import Iterable


class TooManySteps(BaseException):
    """Stops code that never finishes; not an Exception, so `except` won't hide it."""


def flat(ns, nested):
    return list(ns.flatten(nested))


def is_container(item):
    return isinstance(item, Iterable) and not isinstance(item, (str, bytes))


def expect(got, want, call):
    """Fail with the bug behind `got`, if it is not `want`."""
    if got == want:
        return
    unopened = [type(item).__name__ for item in got if is_container(item)]
    if unopened:
        raise AssertionError(
            f"{call} left a {unopened[0]} unopened: open every iterable except "
            "str and bytes, not only lists"
        )
    if len(got) == len(want) and all(item in want for item in got):
        raise AssertionError(
            f"{call} gave {got}: the right items in the wrong order, not {want}; "
            "a stack of items pops the last one first, a stack of iterators "
            "resumes each level where it stopped"
        )
    raise AssertionError(f"{call} gave {got}, not {want}")


def within_steps(function, steps):
    """Run function() but stop it after `steps` trace events (calls, lines)."""
    count, previous = 0, sys.gettrace()

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        if count > steps:
            raise TooManySteps
        return tracer

    sys.settrace(tracer)
    try:
        return function()
    finally:
        sys.settrace(previous)


def check_flattens_in_order(ns):
    nested = [1, [2, [3, 4], 5], [[6]], 7]
    expect(flat(ns, nested), [1, 2, 3, 4, 5, 6, 7], f"flatten({nested})")


def check_empty_containers(ns):
    for nested in ([], [[], [[]], ()], [[], 1, []]):
        want = [1] if 1 in nested else []
        expect(flat(ns, nested), want, f"flatten({nested})")


def check_other_iterables(ns):
    nested = [(1, 2), range(3, 5), {5}, iter([6]), (n for n in [7])]
    call = "flatten([(1, 2), range(3, 5), {5}, iter([6]), <a generator of 7>])"
    expect(flat(ns, nested), [1, 2, 3, 4, 5, 6, 7], call)


def check_strings_are_items(ns):
    nested = ["ab", ["cd", [b"ef"]], "g"]
    try:
        got = within_steps(lambda: flat(ns, nested), steps=100_000)
    except (TooManySteps, RecursionError):
        raise AssertionError(
            "flatten(['ab', ...]) never finished: iter('a') yields 'a' again, "
            "forever; treat str and bytes as items"
        ) from None
    expect(got, ["ab", "cd", b"ef", "g"], f"flatten({nested})")


def check_is_lazy(ns):
    read = []

    def numbers():
        for number in range(1_000):
            read.append(number)
            yield number

    items = iter(ns.flatten(numbers()))
    first = [next(items), next(items)]
    assert len(read) <= 3, (
        f"read {len(read):,} items of the input to give the first 2: yield each "
        "item as you reach it (a generator), do not build a list first"
    )
    expect(first, [0, 1], "the first two items of flatten(<a generator of 0..999>)")


def frames_in_use():
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


def refuse_limit_change(limit):
    raise AssertionError(
        f"your code called sys.setrecursionlimit({limit}); a higher limit only moves "
        "the crash to deeper input (and can crash the interpreter): keep a stack "
        "of iterators instead"
    )


def check_deep_nesting_without_recursion(ns):
    depth = 3_000  # 3 times the default limit (Pyodide cannot free much deeper lists)
    nested = [0]
    for _ in range(depth):
        nested = [nested]
    saved_limit, saved_setter = sys.getrecursionlimit(), sys.setrecursionlimit
    sys.setrecursionlimit(frames_in_use() + 50)  # room for a loop, not recursion
    sys.setrecursionlimit = refuse_limit_change
    try:
        got = list(ns.flatten([nested, 1]))
    except RecursionError:
        raise AssertionError(
            f"flatten on {depth:,} levels of nesting hit the recursion limit: one "
            "call (or `yield from`) per level; keep a stack of iterators instead"
        ) from None
    finally:
        sys.setrecursionlimit = saved_setter
        sys.setrecursionlimit(saved_limit)
    expect(got, [0, 1], f"flatten([<{depth:,} levels around 0>, 1])")


# --8<-- [end:checks]
