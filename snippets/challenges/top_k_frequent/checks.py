# --8<-- [start:checks]
class Item:
    """An item that counts how often it is compared (==) with another item."""

    comparisons = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        Item.comparisons += 1
        return isinstance(other, Item) and self.name == other.name

    def __repr__(self):
        return self.name


def diagnose(items, got, want):
    """Why `got` is not `want`, in terms of the bug that gives it."""
    if any(isinstance(item, tuple) for item in got):
        return "it returned (item, count) pairs; return the items themselves"
    if len(got) != len(want):
        return (
            f"it returned {len(got)} items, not {len(want)}: k items, or all the "
            "distinct items when there are fewer than k"
        )
    count = {item: items.count(item) for item in want}
    got_counts = [items.count(item) for item in got]
    if got_counts != [count[item] for item in want]:
        return (
            f"their counts are {got_counts}, not {[count[item] for item in want]}: "
            "the most frequent item comes first"
        )
    return "equal counts must keep the order in which the items first appear"


def expect(ns, items, k, want):
    got = list(ns.top_k_frequent(items, k))
    assert got == want, (
        f"top_k_frequent({items!r}, {k}) returned {got}, not {want}; "
        + diagnose(list(items), got, want)
    )


def check_most_frequent_first(ns):
    expect(ns, [1, 1, 1, 2, 2, 3], 2, [1, 2])
    expect(ns, [4, 9, 9, 4, 9, 7, 7, 7, 7], 3, [7, 9, 4])
    expect(ns, ["x", "y", "x"], 1, ["x"])


def check_ties_in_order_of_first_appearance(ns):
    expect(ns, [3, 1, 3, 1, 2], 2, [3, 1])
    expect(ns, ["b", "a", "c", "a", "b", "c"], 3, ["b", "a", "c"])


def check_k_larger_than_the_number_of_items(ns):
    expect(ns, [5, 6, 5], 10, [5, 6])


def check_nothing_to_return(ns):
    expect(ns, [], 3, [])
    expect(ns, [1, 2], 0, [])


def check_counts_in_one_pass(ns):
    names = [f"item{number}" for number in range(100)]
    # item0 once, item1 twice, ... item99 100 times: no ties, so any order of
    # hashing gives one answer. Interleaved, so first appearance is not the answer.
    items = [Item(name) for rank in range(100) for name in names[rank:]]
    Item.comparisons = 0
    got = [getattr(item, "name", item) for item in ns.top_k_frequent(items, 3)]
    assert got == names[:-4:-1], f"returned {got}, not {names[:-4:-1]}"
    assert Item.comparisons <= 4 * len(items), (  # a few passes over the items
        f"compared items {Item.comparisons:,} times for {len(items):,} items; count "
        "them in one pass with a dict or Counter, not with list.count per item"
    )


def largest_sort(function):
    """Call function(); return the length of the longest list it sorted."""
    import builtins
    import sys

    sizes = [0]
    original_sorted, previous = builtins.sorted, sys.getprofile()

    def counting_sorted(iterable, /, **options):
        items = list(iterable)
        sizes.append(len(items))
        return original_sorted(items, **options)

    def profiler(frame, event, arg):  # list.sort is a C method: see its list
        bound_to = getattr(arg, "__self__", None)
        if event == "c_call" and arg.__name__ == "sort" and isinstance(bound_to, list):
            sizes.append(len(bound_to))

    # sorted() is looked up when it is called, so Counter.most_common() uses this one
    builtins.sorted = counting_sorted
    sys.setprofile(profiler)
    try:
        result = function()
    finally:
        sys.setprofile(previous)
        builtins.sorted = original_sorted
    return result, max(sizes)


def check_does_not_sort_everything(ns):
    distinct = 2_000
    items = [number for number in range(distinct) for _ in range(number % 7 + 1)]
    got, longest = largest_sort(lambda: list(ns.top_k_frequent(items, 3)))
    assert got == [6, 13, 20], f"top_k_frequent(..., 3) returned {got}, not [6, 13, 20]"
    assert longest <= 3 * 10, (
        f"to choose 3 of {distinct:,} distinct items it sorted a list of {longest:,}: "
        "that is O(d log d); keep a heap of k candidates (heapq.nlargest, or "
        "Counter.most_common(k) with k), or put the items in buckets by count"
    )


# --8<-- [end:checks]
