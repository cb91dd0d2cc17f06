# --8<-- [start:checks]
import sys


class Node:
    """The checks build their own trees; your functions only use .left and .right."""

    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right


def shape(node):
    """A tree as nested tuples (value, left, right), for comparing trees."""
    return None if node is None else (node.value, shape(node.left), shape(node.right))


def build(spec):
    return None if spec is None else Node(spec[0], build(spec[1]), build(spec[2]))


def mirror(spec):
    return None if spec is None else (spec[0], mirror(spec[2]), mirror(spec[1]))


def both(ns):
    return [("invert", ns.invert), ("invert_iterative", ns.invert_iterative)]


def expect_mirrored(ns, spec):
    for name, function in both(ns):
        got = function(build(spec))
        assert got is not None, f"{name} returned None for {spec}: return the root"
        assert shape(got) == mirror(spec), f"{name} turned {spec} into {shape(got)}"


def without_recursion(name, function, *args):
    """Call function(*args) under the default recursion limit (1000), with
    sys.setrecursionlimit() switched off: your own stack needs neither."""
    saved_function, saved_limit = sys.setrecursionlimit, sys.getrecursionlimit()

    def refuse(limit):
        raise AssertionError(
            f"{name} called sys.setrecursionlimit({limit}): a higher limit only "
            "moves the failure to a deeper tree; keep a stack of your own instead"
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
        "moves the failure to a deeper tree; keep a stack of your own instead"
    )
    return result


FULL = (4, (2, (1, None, None), (3, None, None)), (7, (6, None, None), (9, None, None)))


def check_empty_tree(ns):
    for name, function in both(ns):
        got = function(None)
        assert got is None, f"{name}(None) returned {got!r}, not None"


def check_single_node(ns):
    expect_mirrored(ns, (1, None, None))


def check_mirrors_a_tree(ns):
    expect_mirrored(ns, FULL)
    expect_mirrored(ns, (1, (2, None, (3, None, None)), (4, (5, None, None), None)))


def check_lopsided_tree(ns):
    expect_mirrored(ns, (1, (2, (3, (4, None, None), None), None), None))


def check_in_place_and_returns_the_root(ns):
    for name, function in both(ns):
        root = build(FULL)
        left, right = root.left, root.right
        got = function(root)
        assert got is not None, f"{name} returned None: return the root"
        assert got is root, (
            f"{name} returned another object, not the root it was given: swap the "
            "children of the nodes you have instead of building new ones"
        )
        assert root.left is right and root.right is left, (
            f"after {name}, the root's children should be its old right and left "
            "subtrees, swapped in place"
        )


def check_twice_gives_the_original(ns):
    for name, function in both(ns):
        once = function(build(FULL))
        assert once is not None, f"{name} returned None: return the root"
        got = shape(function(once))
        assert got == FULL, f"{name} applied twice gave {got}"


def check_iterative_handles_deep_trees(ns):
    depth = 10_000  # far past the default recursion limit of 1000
    root = node = Node(0)
    for value in range(1, depth):
        node.left = node = Node(value)
    try:
        got = without_recursion("invert_iterative", ns.invert_iterative, root)
        assert got is root, "invert_iterative returned another object, not the root"
        node, count = root, 0
        while node is not None:
            assert node.left is None, f"node {node.value} still has a left child"
            node, count = node.right, count + 1
        assert count == depth, f"the right spine has {count:,} node(s), not {depth:,}"
    finally:
        # Take the tree apart one node at a time: freeing a chain this deep in one
        # go overflows the browser's C stack (Pyodide).
        node = root
        while node is not None:
            node.left, node.right, node = None, None, node.left or node.right


# --8<-- [end:checks]
