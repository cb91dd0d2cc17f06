# --8<-- [start:checks]
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


def check_iterative_handles_deep_graphs(ns):
    depth = 20_000  # far past the default recursion limit of 1000
    path = {n: [n + 1] for n in range(depth)}
    got = ns.dfs_iterative(Graph(path), 0)
    assert got == list(range(depth + 1)), (
        f"dfs_iterative on a path of {depth + 1} nodes returned {len(got)} nodes"
    )


# --8<-- [end:checks]
