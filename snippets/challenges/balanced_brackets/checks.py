# --8<-- [start:checks]
import sys


def expect(ns, text, want, why):
    shown = text if len(text) <= 40 else f"{text[:20]}...{text[-10:]}"
    got = ns.is_balanced(text)
    assert got is want, f"is_balanced({shown!r}) returned {got!r}, not {want}: {why}"


def check_matched_pairs(ns):
    for text in ("()", "[]{}", "([]{})", "{[()()]}"):
        expect(ns, text, True, "every opener is closed by its own kind, in order")


def check_other_characters_are_ignored(ns):
    why = "only the brackets count"
    for text in ("", "no brackets", "print(x[0])", "{'a': [1, (2)]}"):
        expect(ns, text, True, why)


def check_wrong_kind_or_order(ns):
    why = "a closer must be the same kind as the most recent opener still open"
    for text in ("(]", "([)]", "{(})"):
        expect(ns, text, False, why)


def check_unclosed_openers(ns):
    for text in ("(", "((", "{[]"):
        expect(ns, text, False, "an opener is still open at the end")


def check_closer_with_nothing_open(ns):
    for text in (")", ")(", "())", "]"):
        try:
            got = ns.is_balanced(text)
        except IndexError:
            raise AssertionError(
                f"is_balanced({text!r}) raised IndexError: it popped an empty stack; "
                "a closer with nothing open means False"
            ) from None
        assert got is False, (
            f"is_balanced({text!r}) returned {got!r}: a closer with nothing open "
            "means False"
        )


def frames_in_use():
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


def refuse_limit_change(limit):
    raise AssertionError(
        f"your code called sys.setrecursionlimit({limit}); a higher limit only moves "
        "the crash to deeper input: keep a stack of your own"
    )


def check_deep_nesting_without_recursion(ns):
    depth = 10_000
    text = "(" * depth + ")" * depth
    saved_limit, saved_setter = sys.getrecursionlimit(), sys.setrecursionlimit
    sys.setrecursionlimit(frames_in_use() + 50)  # room for a loop, not for recursion
    sys.setrecursionlimit = refuse_limit_change
    try:
        got = ns.is_balanced(text)
    except RecursionError:
        raise AssertionError(
            f"is_balanced on {depth:,} nested brackets hit the recursion limit: "
            "one call per level of nesting; keep a stack of your own"
        ) from None
    finally:
        sys.setrecursionlimit = saved_setter
        sys.setrecursionlimit(saved_limit)
    assert got is True, f"{depth:,} nested () returned {got!r}, not True"


def characters_scanned(function):
    """Run function() and add up the lengths of the strings whose methods it called
    (text.replace(...), text.find(...)): how much text C code was asked to scan."""
    total, previous = 0, sys.getprofile()

    def profiler(frame, event, arg):
        nonlocal total
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), str):
            total += len(arg.__self__)

    sys.setprofile(profiler)
    try:
        function()
    finally:
        sys.setprofile(previous)
    return total


def check_reads_the_text_once(ns):
    depth = 200
    text = "(" * depth + ")" * depth
    scanned = characters_scanned(lambda: ns.is_balanced(text))
    assert scanned <= 10 * len(text), (
        f"is_balanced on {len(text)} nested brackets had str methods scan "
        f"{scanned:,} characters: deleting the innermost pairs and searching again "
        "rescans the text once per level of nesting, O(n²); walk it once with a stack"
    )


# --8<-- [end:checks]
