# --8<-- [start:starter]
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    """Mirror the tree in place (swap the left and right child of every node) and
    return its root. An empty tree is None. Write it recursively."""
    raise NotImplementedError("write invert")


def invert_iterative(root):
    """The same without recursion, so that it works on trees of any depth."""
    raise NotImplementedError("write invert_iterative")


# --8<-- [end:starter]
