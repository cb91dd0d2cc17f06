# --8<-- [start:checks]
import sys


class TooManySteps(BaseException):
    """Stops code that runs far too long; not an Exception, so `except` misses it."""


def steps_taken(function, limit):
    """Run function() under sys.settrace and return how many trace events (calls,
    lines) it caused; stop it with TooManySteps past `limit`."""
    count, previous = 0, sys.gettrace()

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        if count > limit:
            raise TooManySteps
        return tracer

    sys.settrace(tracer)
    try:
        function()
    except TooManySteps:
        pass
    finally:
        sys.settrace(previous)
    return count


class Word(str):
    """A word that counts how often it is read after it was inserted."""

    touches = 0

    def startswith(self, *args):
        Word.touches += 1
        return super().startswith(*args)

    def __getitem__(self, index):
        Word.touches += 1
        return super().__getitem__(index)

    def find(self, *args):
        Word.touches += 1
        return super().find(*args)

    def __eq__(self, other):
        Word.touches += 1
        return super().__eq__(other)

    def __lt__(self, other):
        Word.touches += 1
        return super().__lt__(other)

    __hash__ = str.__hash__


def make(ns, words):
    trie = ns.Trie()
    for word in words:
        trie.insert(word)
    return trie


WORDS = ["car", "cart", "care", "cat", "dog", "do"]


def diagnose(got, want, prefix=None):
    """Why the words `got` are not `want`, in terms of the bug behind it."""
    repeated = sorted({word for word in got if got.count(word) > 1})
    if repeated:
        return f"{repeated[0]!r} is listed twice: a word inserted again is one word"
    if sorted(got) == want:
        return (
            "the right words in the wrong order: visit the children in sorted "
            "order (a dict keeps insertion order)"
        )
    missing = [word for word in want if word not in got]
    if missing:
        word = missing[0]
        if word == prefix:
            return (
                f"{word!r} is missing, and it is the prefix itself: a word equal to "
                "the prefix counts too (look at the end mark of the node it reaches)"
            )
        shorter = [other for other in want if word.startswith(other) and other != word]
        longer = [other for other in want if other.startswith(word) and other != word]
        if shorter:
            return (
                f"{word!r} is missing: keep walking below {shorter[-1]!r}, a word "
                "can continue past the end of another"
            )
        if longer:
            return (
                f"{word!r} is missing, though it starts {longer[0]!r}: mark the "
                "node where each word ends instead of listing only the leaves"
            )
        return f"{word!r} is missing"
    return f"{sorted(set(got) - set(want))} should not be there"


def expect(trie, prefix, want):
    got = list(trie.with_prefix(prefix))
    why = diagnose(got, want, prefix)
    assert got == want, f"with_prefix({prefix!r}) returned {got}, not {want}: {why}"


def check_finds_inserted_words(ns):
    trie = make(ns, WORDS)
    for word in WORDS:
        assert word in trie, f"{word!r} was inserted, but `{word!r} in trie` is False"
    for word in ("cars", "dot"):
        assert word not in trie, f"{word!r} was never inserted, but is in the trie"


def check_prefix_of_a_word_is_not_a_word(ns):
    trie = make(ns, WORDS)
    assert "ca" not in trie, (
        "'ca' is in the trie after inserting 'car': mark the node where each "
        "inserted word ends, and test that mark"
    )


def check_prefix_search(ns):
    trie = make(ns, WORDS)
    for prefix, want in [
        ("car", ["car", "care", "cart"]),
        ("ca", ["car", "care", "cart", "cat"]),
        ("do", ["do", "dog"]),
        ("cart", ["cart"]),
        ("x", []),
        ("cars", []),
    ]:
        expect(trie, prefix, want)


def check_empty_prefix_lists_every_word(ns):
    trie = make(ns, WORDS)
    expect(trie, "", sorted(WORDS))
    expect(ns.Trie(), "", [])


def check_repeated_insert_keeps_one_copy(ns):
    trie = make(ns, ["car", "car", "cart"])
    expect(trie, "car", ["car", "cart"])


def check_search_ignores_unrelated_words(ns):
    names = [Word(f"user{number:05}") for number in range(5_000)]
    trie = make(ns, [*names, "zebra", "zeal", "zero"])
    Word.touches = 0
    steps = steps_taken(lambda: trie.with_prefix("ze"), limit=20_000)
    took = "over 20,000" if steps > 20_000 else f"{steps:,}"
    assert Word.touches <= 100 and steps <= 2_000, (
        f"with_prefix('ze') took {took} steps and read the 5,000 other words "
        f"{Word.touches:,} times: it looks at every word; walk down the trie along "
        "the prefix instead"
    )


def check_words_that_look_like_end_marks(ns):
    marks = ["#", "$", "*", "_end", "end"]  # end marks tries often use
    bug = (
        "the end mark is a key that a letter can also be: use a key no letter "
        "equals ('' or None), or a flag on the node"
    )
    try:
        trie = make(ns, ["a"])
        for mark in marks:
            assert "a" + mark not in trie, (
                f"{'a' + mark!r} is in a trie that holds only 'a': {bug}"
            )
        words = ["a", *("a" + mark for mark in marks)]
        trie = make(ns, words)
        for word in words:
            assert word in trie, f"{word!r} was inserted, but is not in the trie: {bug}"
    except (TypeError, AttributeError, KeyError) as error:
        raise AssertionError(
            f"a trie holding 'a' and the words 'a#', 'a$', 'a*', ... raised "
            f"{type(error).__name__}: {error}; {bug}"
        ) from None


# --8<-- [end:checks]
