# --8<-- [start:solution]
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    if root is None:  # the base case: an empty tree mirrors to itself
        return None
    # Both calls run before either assignment, so neither sees a half-swapped node.
    root.left, root.right = invert(root.right), invert(root.left)
    return root


def invert_iterative(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += (node.left, node.right)  # order does not matter here
    return root


def level_order(root):
    """The values row by row, left to right: enough to see the mirror image."""
    values, row = [], [root]
    while row:
        values += [node.value for node in row if node]
        row = [child for node in row if node for child in (node.left, node.right)]
    return values


tree = Node(4, Node(2, Node(1), Node(3)), Node(7, Node(6), Node(9)))
print(level_order(tree))
#> [4, 2, 7, 1, 3, 6, 9]
print(level_order(invert(tree)))
#> [4, 7, 2, 9, 6, 3, 1]
print(level_order(invert_iterative(tree)))  # mirrored back
#> [4, 2, 7, 1, 3, 6, 9]
print(invert(None))
#> None
# --8<-- [end:solution]
