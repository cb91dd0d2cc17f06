# --8<-- [start:checks]
from collections.abc import Sequence


class Counted(Sequence):
    """A read-only list of numbers that counts how many items are read."""

    def __init__(self, items, budget):
        self.items, self.reads, self.budget = list(items), 0, budget

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        part = self.items[index]
        self.reads += len(part) if isinstance(index, slice) else 1  # a slice copies
        if self.reads > self.budget:  # stop a quadratic search early
            raise AssertionError(
                f"read more than {self.budget:,} items of a {len(self):,}-item list; "
                "one pass with a dict reads each item once"
            )
        return part


def diagnose(nums, target, got, want):
    """Why `got` is not `want`, in terms of the bug that gives it."""
    call = f"two_sum({nums}, {target}) returned {got}"
    if want is None:
        return f"{call}: there is no pair, so return None (nums[-1] is a real item)"
    if got is None:
        return f"{call}, but nums[{want[0]}] + nums[{want[1]}] == {target}"
    i, j = got
    if i == j:
        return f"{call}: it used index {i} twice; a number cannot pair with itself"
    if not (0 <= i < j < len(nums)) or nums[i] + nums[j] != target:
        return (
            f"{call}, but those positions do not hold a pair adding up to {target}: "
            "return indices into nums itself, smaller one first"
        )
    return (
        f"{call}: a pair, but not the first one, {want}: the smallest j, and for it "
        "the first index of the earlier number"
    )


def expect(ns, nums, target, want):
    got = ns.two_sum(nums, target)
    got = None if got is None else tuple(got)
    assert got == want, diagnose(nums, target, got, want)


def check_finds_a_pair(ns):
    expect(ns, [2, 7, 11, 15], 9, (0, 1))
    expect(ns, [1, 5, 9, 14], 23, (2, 3))
    expect(ns, [-3, 4, 3, 90], 0, (0, 2))


def check_uses_two_different_positions(ns):
    expect(ns, [3, 2, 4], 6, (1, 2))
    expect(ns, [5], 10, None)


def check_equal_numbers(ns):
    expect(ns, [3, 3], 6, (0, 1))
    expect(ns, [0, 4, 0], 0, (0, 2))


def check_no_pair_returns_none(ns):
    expect(ns, [1, 2, 3], 100, None)
    expect(ns, [], 1, None)


def check_first_pair(ns):
    expect(ns, [1, 4, 4], 5, (0, 1))
    expect(ns, [2, 2, 3], 5, (0, 2))
    expect(ns, [1, 2, 4, 5], 6, (1, 2))  # 1 + 5 pairs too, but completes later


def check_reads_each_item_once(ns):
    size = 2_000
    nums = Counted(range(0, 2 * size, 2), budget=2 * size)  # even numbers
    target = nums.items[-1] + nums.items[-2]  # only the last two add up
    got = ns.two_sum(nums, target)
    assert got is not None and tuple(got) == (size - 2, size - 1), (
        f"two_sum returned {got}, not {(size - 2, size - 1)}"
    )
    assert nums.reads <= 2 * size, (
        f"read {nums.reads:,} items of a {size:,}-item list; one pass with a dict "
        "reads each item once"
    )


# --8<-- [end:checks]
