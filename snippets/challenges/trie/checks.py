# --8<-- [start:checks]
class Word(str):
    """A word that counts how often it is read after it was inserted."""

    touches = 0

    def startswith(self, *args):
        Word.touches += 1
        return super().startswith(*args)

    def __getitem__(self, index):
        Word.touches += 1
        return super().__getitem__(index)

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
    trie.with_prefix("ze")
    assert Word.touches <= 100, (
        f"with_prefix('ze') touched the 5,000 other words {Word.touches:,} times: "
        "walk down the trie along the prefix instead of scanning every word"
    )


# --8<-- [end:checks]
