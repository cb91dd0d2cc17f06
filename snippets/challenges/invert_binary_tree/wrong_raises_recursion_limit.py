# fails: check_iterative_handles_deep_trees
# --8<-- [start:wrong]
import sys
from dataclasses import dataclass

sys.setrecursionlimit(100_000)  # so the recursion gets through deep trees too


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    if root is None:
        return None
    root.left, root.right = invert(root.right), invert(root.left)
    return root


def invert_iterative(root):
    return invert(root)  # the same recursion under another name


print(invert_iterative(Node(1, Node(2), Node(3))).left.value)
#> 3
sys.setrecursionlimit(1000)
# --8<-- [end:wrong]
