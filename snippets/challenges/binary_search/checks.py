# --8<-- [start:checks]
import math
from collections.abc import Sequence


class Probed(Sequence):
    """A read-only sorted sequence that counts how many items are looked at."""

    def __init__(self, items):
        self.items, self.probes = items, 0

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        self.probes += 1
        return self.items[index]


def expect(ns, items, target, want):
    got = ns.binary_search(items, target)
    assert got == want, f"binary_search({items}, {target}) returned {got!r}, not {want}"


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
    limit = 2 * math.ceil(math.log2(size)) + 2  # allows two looks per step
    for target in (0, 777_777, size - 1, size):  # the last one is missing
        items = Probed(range(size))
        ns.binary_search(items, target)
        assert items.probes <= limit, (
            f"looked at {items.probes:,} of {size:,} items to find {target}; "
            f"a binary search needs at most {limit}"
        )


# --8<-- [end:checks]
