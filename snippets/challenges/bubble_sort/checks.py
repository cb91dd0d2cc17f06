# --8<-- [start:checks]
class Key:
    """A value that counts every comparison made with it."""

    comparisons = 0

    def __init__(self, value):
        self.value = value

    def _count(self, other):
        Key.comparisons += 1
        return self.value, other.value

    def __lt__(self, other):
        a, b = self._count(other)
        return a < b

    def __le__(self, other):
        a, b = self._count(other)
        return a <= b

    def __gt__(self, other):
        a, b = self._count(other)
        return a > b

    def __ge__(self, other):
        a, b = self._count(other)
        return a >= b


def expect(ns, items, **kwargs):
    got = ns.bubble_sort(list(items), **kwargs)
    want = sorted(items, **kwargs)
    assert got == want, f"bubble_sort({items}) returned {got}, not {want}"


def check_sorts_numbers(ns):
    expect(ns, [5, 1, 4, 2, 8])
    expect(ns, [3, -1, 0, -7, 2.5])
    expect(ns, list(range(10, 0, -1)))


def check_empty_and_single_item(ns):
    expect(ns, [])
    expect(ns, [42])


def check_duplicates(ns):
    expect(ns, [3, 1, 3, 2, 1, 3])
    expect(ns, [7, 7, 7])


def check_leaves_the_input_alone(ns):
    items = [3, 1, 2]
    got = ns.bubble_sort(items)
    assert items == [3, 1, 2], f"the input list changed to {items}"
    assert got is not items, "returned the input list itself, not a new list"


def check_key_function(ns):
    expect(ns, ["pear", "Fig", "apple"], key=str.lower)
    expect(ns, [-3, 1, -2], key=abs)


def check_equal_items_keep_their_order(ns):
    staff = [("Ada", 2), ("Grace", 1), ("Alan", 2), ("Linus", 1), ("Guido", 2)]
    got = ns.bubble_sort(staff, key=lambda person: person[1])
    want = sorted(staff, key=lambda person: person[1])
    assert got == want, (
        f"sorting by the number gave {got}, not {want}: items with equal keys must "
        "keep their order (a stable sort)"
    )


def check_sorted_input_takes_one_pass(ns):
    n = 200
    Key.comparisons = 0
    got = ns.bubble_sort([Key(v) for v in range(n)])
    assert [k.value for k in got] == list(range(n)), "sorted input came back changed"
    assert Key.comparisons <= n - 1, (
        f"{Key.comparisons:,} comparisons for {n} items that were already in order; "
        f"one pass is {n - 1}: stop when a pass swaps nothing"
    )


def check_stops_after_a_pass_without_swaps(ns):
    n = 200
    Key.comparisons = 0
    got = ns.bubble_sort([Key(v) for v in [1, 0, *range(2, n)]])
    assert [k.value for k in got] == list(range(n)), "the items came back unsorted"
    assert Key.comparisons <= 2 * (n - 1), (
        f"{Key.comparisons:,} comparisons for {n} items where only the first two were "
        f"swapped; two passes ({2 * (n - 1)}) are enough: stop at the first pass "
        "that swaps nothing, even after passes that did swap"
    )


def check_calls_key_once_per_item(ns):
    calls = 0

    def key(value):
        nonlocal calls
        calls += 1
        return -value

    n = 100
    got = ns.bubble_sort(list(range(n)), key=key)
    assert got == list(range(n - 1, -1, -1)), (
        f"sorting 0..99 by -value gave {got[:5]}..., not [99, 98, 97, 96, 95]..."
    )
    assert calls <= n, (
        f"called key {calls:,} times for {n} items: call it once per item, as "
        "sorted() does, and compare the results"
    )


def check_makes_full_passes(ns):
    n, middle = 200, 100
    values = [*range(middle), middle + 1, middle, *range(middle + 2, n)]
    Key.comparisons = 0
    got = ns.bubble_sort([Key(v) for v in values])
    assert [k.value for k in got] == list(range(n)), "the items came back unsorted"
    assert Key.comparisons >= n + n // 4, (
        f"{Key.comparisons:,} comparisons for {n} items with one pair out of order "
        "in the middle: a bubble sort's pass that swaps that pair is followed by a "
        f"pass that checks the rest (at least {n + n // 4} comparisons in all); "
        "fewer means each item was moved straight into place, as insertion sort "
        "or sorted() do, not swapped along by passes"
    )


# --8<-- [end:checks]
