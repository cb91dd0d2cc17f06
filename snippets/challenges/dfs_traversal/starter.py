# --8<-- [start:starter]
def dfs_recursive(graph, start):
    """Return the nodes reachable from `start` in depth-first order (each node when
    it is first reached), as a list.

    `graph` maps a node to the list of its neighbours; take neighbours in list order.
    A node that is not a key of `graph` has no neighbours. Write it recursively.
    """
    raise NotImplementedError("write dfs_recursive")


def dfs_iterative(graph, start):
    """The same list as dfs_recursive, with a stack of your own instead of recursion,
    so that it also works on paths longer than the recursion limit."""
    raise NotImplementedError("write dfs_iterative")


# --8<-- [end:starter]
