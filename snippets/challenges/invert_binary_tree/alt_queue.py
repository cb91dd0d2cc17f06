# --8<-- [start:alt]
from collections import deque
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    if root is not None:
        root.left, root.right = root.right, root.left  # swap, then go down
        invert(root.left)
        invert(root.right)
    return root


def invert_iterative(root):
    queue = deque([root] if root else [])  # level by level: any order works
    while queue:
        node = queue.popleft()
        node.left, node.right = node.right, node.left
        queue.extend(child for child in (node.left, node.right) if child)
    return root


tree = invert_iterative(Node(1, Node(2), Node(3)))
print(tree.left.value, tree.right.value, invert(None))
#> 3 2 None
# --8<-- [end:alt]
