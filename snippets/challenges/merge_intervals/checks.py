# --8<-- [start:checks]
import math


class Num(int):
    """An int that counts how often it is compared."""

    comparisons = 0

    def _count(compare):
        def counted(self, other):
            Num.comparisons += 1
            return compare(self, other)

        return counted

    __lt__, __le__ = _count(int.__lt__), _count(int.__le__)
    __gt__, __ge__ = _count(int.__gt__), _count(int.__ge__)
    __eq__, __ne__ = _count(int.__eq__), _count(int.__ne__)
    __hash__ = int.__hash__


def expect(ns, intervals, want, why):
    got = [tuple(pair) for pair in ns.merge_intervals(list(intervals))]
    assert got == want, f"merge_intervals({intervals}) gave {got}, not {want}: {why}"


def check_merges_overlaps(ns):
    expect(
        ns,
        [(1, 3), (2, 6), (8, 10), (15, 18)],
        [(1, 6), (8, 10), (15, 18)],
        "(1, 3) and (2, 6) overlap",
    )
    expect(ns, [(1, 2), (5, 6)], [(1, 2), (5, 6)], "apart intervals stay apart")


def check_unsorted_input(ns):
    expect(
        ns,
        [(8, 10), (1, 3), (9, 12), (2, 4)],
        [(1, 4), (8, 12)],
        "sort by start first: overlapping intervals need not be neighbours",
    )


def check_touching_intervals_merge(ns):
    expect(ns, [(1, 3), (3, 5)], [(1, 5)], "(1, 3) and (3, 5) share the point 3")


def check_interval_inside_another(ns):
    expect(
        ns,
        [(1, 10), (2, 3), (4, 5)],
        [(1, 10)],
        "an interval inside the last one must not shorten it: keep the larger end",
    )


def check_empty_and_single(ns):
    expect(ns, [], [], "no intervals, nothing to merge")
    expect(ns, [(5, 7)], [(5, 7)], "one interval is already merged")


def check_input_unchanged(ns):
    intervals = [[8, 10], [1, 3], [2, 6]]  # lists, which a solution could change
    before = [list(pair) for pair in intervals]
    ns.merge_intervals(intervals)
    assert intervals == before, (
        f"the input list became {intervals}, not {before}: sort a copy (sorted()) "
        "and build new pairs instead of changing the caller's"
    )


def check_sorts_once(ns):
    size = 2_000
    intervals = [(Num(2 * i), Num(2 * i + 1)) for i in reversed(range(size))]
    Num.comparisons = 0
    ns.merge_intervals(intervals)
    limit = 4 * size * math.ceil(math.log2(size))  # a sort and a pass, with room
    assert Num.comparisons <= limit, (
        f"compared endpoints {Num.comparisons:,} times for {size:,} intervals; "
        f"a sort and one pass need about {limit // 4:,}: compare each interval "
        "with the last merged one only"
    )


def check_returns_tuples(ns):
    got = ns.merge_intervals([(1, 3), (2, 6), (8, 10)])
    kinds = sorted({type(pair).__name__ for pair in got})
    assert kinds == ["tuple"], (
        f"merge_intervals returned pairs of type {', '.join(kinds)}: the task asks "
        "for (start, end) tuples (a list you extend in place, such as "
        "merged[-1][1] = end, must become a tuple before you return it)"
    )


# --8<-- [end:checks]
