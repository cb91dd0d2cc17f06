# --8<-- [start:checks]
import re

LAST_RUN = "the last run is never written; write it after the loop"


def short(text):
    return repr(text) if len(text) <= 30 else f"{text[:25]!r}..."


def expect_code(ns, text, want, hint=""):
    got = ns.encode(text)
    if got != want and want.startswith(got):
        hint = LAST_RUN
    assert got == want, f"encode({text!r}) returned {got!r}, not {want!r}" + (
        f": {hint}" if hint else ""
    )


def check_encodes_runs(ns):
    for text, want in [("aaabccddd", "3a1b2c3d"), ("abc", "1a1b1c"), ("zz", "2z")]:
        expect_code(ns, text, want)


def check_keeps_the_last_run(ns):
    for text, want in [("aab", "2a1b"), ("abbb", "1a3b"), ("x", "1x")]:
        expect_code(ns, text, want)


def check_runs_are_not_letter_counts(ns):
    hint = "count each run of neighbours, not each letter over the whole text"
    expect_code(ns, "aabaa", "2a1b2a", hint)


def check_empty_text(ns):
    for function, value in (("encode", ""), ("decode", "")):
        try:
            got = getattr(ns, function)(value)
        except IndexError as error:
            raise AssertionError(
                f"{function}('') raised IndexError ({error}): an empty text has no "
                "first character; return ''"
            ) from None
        assert got == "", f"{function}('') returned {got!r}, not ''"


def check_runs_longer_than_nine(ns):
    expect_code(ns, "a" * 12 + "b", "12a1b", "write the whole count, 12")
    hint = "a count can have several digits; read all of them before the character"
    try:
        got = ns.decode("12a1b")
    except ValueError as error:
        raise AssertionError(
            f"decode('12a1b') raised ValueError ({error}): {hint}"
        ) from None
    assert got == "a" * 12 + "b", (
        f"decode('12a1b') returned {got!r}, not 'aaaaaaaaaaaab': {hint}"
    )


def check_round_trip(ns):
    for text in ["wow  so   many\n\nspaces", "ééé€€ 🙂🙂", "a" * 100 + "b" * 3, "-_-"]:
        code = ns.encode(text)
        back = ns.decode(code)
        if back == text:
            continue
        if text.startswith(back):
            why = LAST_RUN
        elif re.search(r"\d\d", code):
            why = "a count of 10 or more has several digits; decode must read them all"
        elif sorted(back) == sorted(text):
            why = "the same characters, in another order: encode runs, not totals"
        else:
            why = "encode and decode do not undo each other"
        raise AssertionError(
            f"decode(encode({short(text)})) returned {short(back)}: {why}"
        )


def check_rejects_digits(ns):
    try:
        got = ns.encode("a1b")
    except ValueError:
        return
    raise AssertionError(
        f"encode('a1b') returned {got!r}: a digit in the text makes the code "
        "ambiguous ('11b' could be one 1 and a b, or eleven b's); raise ValueError"
    )


# --8<-- [end:checks]
