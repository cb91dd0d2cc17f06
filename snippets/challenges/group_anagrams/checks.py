# --8<-- [start:checks]
import sys
from itertools import combinations_with_replacement, islice


class Word(str):
    """A str that counts how often its letters are read (iterated)."""

    reads = 0

    def __iter__(self):
        self.reads += 1
        return super().__iter__()


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


def diagnose(got, want, hint):
    """What is wrong with the groups `got`, in terms of the bug behind it."""
    flat_got = sorted(word for group in got for word in group)
    flat_want = sorted(word for group in want for word in group)
    if flat_got != flat_want:
        return f"the groups hold {flat_got}, not the words {flat_want}: keep every word"
    group_of = {word: index for index, group in enumerate(want) for word in group}
    for group in got:
        apart = {group_of[word] for word in group}
        if len(apart) > 1:
            first, *_, last = sorted(set(group), key=group_of.get)
            return f"{first!r} and {last!r} are not anagrams but share a group: {hint}"
    for group in want:
        holders = [index for index, mine in enumerate(got) if set(group) & set(mine)]
        if len(holders) > 1:
            return f"the anagrams {group} are split over {len(holders)} groups"
    return (
        "the right groups in the wrong order: groups in order of their first word, "
        "words in input order"
    )


def expect(ns, words, want, hint=""):
    got = ns.group_anagrams(list(words))
    got = [list(group) for group in got]
    assert got == want, (
        f"group_anagrams({words}) returned {got}, not {want}; "
        + diagnose(got, want, hint)
    )


def check_groups_anagrams(ns):
    expect(
        ns,
        ["eat", "tea", "tan", "ate", "nat", "bat"],
        [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]],
    )


def check_no_words(ns):
    expect(ns, [], [])


def check_repeated_words_are_kept(ns):
    expect(ns, ["ab", "ab"], [["ab", "ab"]])
    expect(ns, ["", ""], [["", ""]])


def check_letter_counts_matter(ns):
    expect(
        ns,
        ["aab", "abb"],
        [["aab"], ["abb"]],
        "the same set of letters is not enough, the counts must match too",
    )


def check_different_letters_stay_apart(ns):
    expect(
        ns,
        ["ad", "bc", "da"],
        [["ad", "da"], ["bc"]],
        "the key must not collide, as a sum of letter codes does",
    )


def check_reads_each_word_a_few_times(ns):
    letters = islice(combinations_with_replacement("abcdefghij", 4), 500)
    words = [Word("".join(reversed(chosen))) for chosen in letters]  # 500 groups of one
    ns.group_anagrams(words)
    most = max(words, key=lambda word: word.reads)
    assert most.reads <= 3, (
        f"read the letters of {str(most)!r} {most.reads} times; compute each "
        "word's key once and look the group up in a dict"
    )


def check_finds_each_group_directly(ns):
    letters = islice(combinations_with_replacement("abcdefghij", 4), 500)
    words = ["".join(chosen) for chosen in letters]  # 500 groups of one word
    steps = steps_taken(lambda: ns.group_anagrams(words), limit=50_000)
    assert steps <= 25_000, (
        f"grouping 500 words that are all in different groups took "
        f"{'over ' if steps > 50_000 else ''}{min(steps, 50_000):,} steps: each "
        "word is compared with every group found so far; look its key up in a "
        "dict instead of searching a list of groups"
    )


# --8<-- [end:checks]
