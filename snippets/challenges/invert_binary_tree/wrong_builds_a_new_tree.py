# fails: check_in_place_and_returns_the_root
# --8<-- [start:wrong]
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    if root is None:
        return None
    return Node(root.value, invert(root.right), invert(root.left))  # a copy


def invert_iterative(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += (node.left, node.right)
    return root


tree = Node(1, Node(2), Node(3))
print(invert(tree).left.value, tree.left.value)  # the original is unchanged
#> 3 2
# --8<-- [end:wrong]
