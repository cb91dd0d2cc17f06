# --8<-- [start:checks]
import math
from collections.abc import Sequence


class Probed(Sequence):
    """A sorted sequence that counts the items your code reads. A slice counts as
    reading every item it copies. Past 10,000 reads it stops the search."""

    def __init__(self, items, what, because, tally=None):
        self.items, self.what, self.because = items, what, because
        self.tally = tally or {"reads": 0, "copied": 0, "size": len(items), "at": set()}

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            part = self.items[index]
            self.tally["copied"] += len(part)
            self.read(len(part))
            return Probed(part, self.what, self.because, self.tally)
        self.read(1)
        self.tally["at"].add(index)
        return self.items[index]

    def read(self, count):
        self.tally["reads"] += count
        if self.tally["reads"] > 10_000:
            self.fail(" before the check stopped it")

    def fail(self, stopped=""):
        reads, copied = self.tally["reads"], self.tally["copied"]
        because = self.because
        if copied:
            because = f"its slices copied {copied:,} of them: pass lo and hi instead"
        elif stopped and len(self.tally["at"]) < 100:  # many reads, few places
            because = (
                f"it read the same {len(self.tally['at'])} places over and over: "
                "the range stopped shrinking (does `lo = mid` never move past mid?)"
            )
        raise AssertionError(
            f"looked at {reads:,} items for {self.what}{stopped}; a binary search "
            f"needs about {math.ceil(math.log2(self.tally['size']))}: {because}"
        )


def expect(ns, items, target, want):
    got = ns.binary_search(items, target)
    assert got == want, f"binary_search({items}, {target}) returned {got!r}, not {want}"


def expect_few_reads(ns, items, target, want, what, because):
    probed = Probed(items, what, because)
    got = ns.binary_search(probed, target)
    assert got == want, f"returned {got!r} for {what}; the answer is {want}"
    if probed.tally["reads"] > 2 * math.ceil(math.log2(len(items))) + 2:
        probed.fail()  # more than two reads per halving


SCAN = "it reads items one after another instead of halving the range"


def check_finds_every_item(ns):
    items = [1, 3, 5, 7, 9, 11]
    for index, item in enumerate(items):
        expect(ns, items, item, index)


def check_empty_list(ns):
    expect(ns, [], 3, -1)


def check_single_item(ns):
    expect(ns, [4], 4, 0)
    expect(ns, [4], 5, -1)


def check_missing_item(ns):
    for target in (5, 15, 25, 35):  # before, between and after the items
        expect(ns, [10, 20, 30], target, -1)


def check_duplicates_return_the_first(ns):
    expect(ns, [1, 2, 2, 2, 2, 3], 2, 1)
    expect(ns, [7] * 8, 7, 0)


def check_looks_at_few_items(ns):
    size = 1_000_000
    for target, want in ((0, 0), (777_777, 777_777), (size - 1, size - 1)):
        expect_few_reads(ns, range(size), target, want, f"{target:,}", SCAN)
    expect_few_reads(ns, range(size), size, -1, "a missing item", SCAN)


def check_finds_the_first_of_many_quickly(ns):
    items = [0] * 10 + [7] * 999_990  # the first 7 is at index 10
    what, because = "the first of 999,990 equal items", "keep halving after a match"
    expect_few_reads(ns, items, 7, 10, what, because)


# --8<-- [end:checks]
