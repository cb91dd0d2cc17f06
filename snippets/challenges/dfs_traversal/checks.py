# --8<-- [start:checks]
import sys


class Graph(dict):
    """A graph that refuses to list neighbours far more often than it has nodes, so
    code that visits nodes again and again fails instead of running forever."""

    def __init__(self, edges):
        super().__init__(edges)
        self.lookups, self.limit = 0, 10 * (len(edges) + 10)

    def _count(self):
        self.lookups += 1
        assert self.lookups <= self.limit, (
            f"asked for neighbours {self.lookups} times in a graph of {len(self)} "
            "nodes: are nodes visited again and again?"
        )

    def __getitem__(self, node):
        self._count()
        return super().__getitem__(node)

    def get(self, node, default=None):
        self._count()
        return super().get(node, default)


class Vertex:
    """A node that counts how often it is compared with ==."""

    comparisons = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        Vertex.comparisons += 1
        return isinstance(other, Vertex) and self.name == other.name

    def __repr__(self):
        return f"Vertex({self.name})"


def without_recursion(name, function, *args):
    """Call function(*args) under the default recursion limit (1000), with
    sys.setrecursionlimit() switched off: your own stack needs neither."""
    saved_function, saved_limit = sys.setrecursionlimit, sys.getrecursionlimit()

    def refuse(limit):
        raise AssertionError(
            f"{name} called sys.setrecursionlimit({limit}): a higher limit only "
            "moves the failure to a deeper input; keep a stack of your own instead"
        )

    sys.setrecursionlimit(1000)
    sys.setrecursionlimit = refuse
    try:
        result = function(*args)
        changed = sys.getrecursionlimit()
    except RecursionError:
        raise AssertionError(
            f"{name} raised RecursionError: it still calls itself once per level; "
            "push the nodes on a list and loop instead"
        ) from None
    finally:
        sys.setrecursionlimit = saved_function
        sys.setrecursionlimit(saved_limit)
    assert changed == 1000, (
        f"{name} changed the recursion limit to {changed}: a higher limit only "
        "moves the failure to a deeper input; keep a stack of your own instead"
    )
    return result


def expect(ns, edges, start, want):
    for name in ("dfs_recursive", "dfs_iterative"):
        got = getattr(ns, name)(Graph(edges), start)
        assert got == want, f"{name}({edges}, {start!r}) returned {got}, not {want}"


def check_depth_first_order(ns):
    tree = {"a": ["b", "e"], "b": ["c", "d"], "e": ["f"]}
    expect(ns, tree, "a", ["a", "b", "c", "d", "e", "f"])


def check_start_without_neighbours(ns):
    expect(ns, {"a": ["b"]}, "z", ["z"])
    expect(ns, {"a": []}, "a", ["a"])


def check_unreachable_nodes_left_out(ns):
    expect(ns, {"a": ["b"], "b": [], "x": ["a"]}, "a", ["a", "b"])


def check_cycle(ns):
    expect(ns, {"a": ["b"], "b": ["c"], "c": ["a"]}, "a", ["a", "b", "c"])
    expect(ns, {"a": ["a", "b"], "b": ["b"]}, "a", ["a", "b"])  # self-loops


def check_shared_node_visited_once(ns):
    diamond = {"a": ["b", "c"], "b": ["d"], "c": ["d"]}
    expect(ns, diamond, "a", ["a", "b", "d", "c"])


def check_order_matches_recursion_when_paths_cross(ns):
    # a's second neighbour c is also b's first: the recursion reaches c through b.
    expect(ns, {"a": ["b", "c"], "b": ["c", "d"]}, "a", ["a", "b", "c", "d"])


def check_visited_lookups_take_constant_time(ns):
    count = 300
    nodes = [Vertex(n) for n in range(count)]
    # Node n points at 2n + 1, 2n + 2 and n + 1: most nodes are reached many ways.
    edges = {
        node: [nodes[c] for c in (2 * n + 1, 2 * n + 2, n + 1) if c < count]
        for n, node in enumerate(nodes)
    }
    links = sum(map(len, edges.values()))
    for name in ("dfs_recursive", "dfs_iterative"):
        Vertex.comparisons = 0
        got = getattr(ns, name)(Graph(edges), nodes[0])
        assert sorted(v.name for v in got) == list(range(count)), (
            f"{name} did not return each of the {count} nodes once"
        )
        assert Vertex.comparisons <= count + links, (
            f"{name} compared nodes with == {Vertex.comparisons:,} times for "
            f"{count} nodes and {links} edges: `node in visited` scans a list; "
            "make `visited` a set, O(1) per lookup"
        )


def check_iterative_handles_deep_graphs(ns):
    depth = 5_000  # far past the default recursion limit of 1000
    path = {n: [n + 1] for n in range(depth)}
    got = without_recursion("dfs_iterative", ns.dfs_iterative, Graph(path), 0)
    assert got == list(range(depth + 1)), (
        f"dfs_iterative on a path of {depth + 1} nodes returned {len(got)} nodes"
    )


# --8<-- [end:checks]
