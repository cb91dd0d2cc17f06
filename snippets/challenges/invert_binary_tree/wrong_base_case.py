# fails: check_empty_tree
# --8<-- [start:wrong]
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    root.left, root.right = root.right, root.left
    if root.left:  # guarding the children instead of having a base case...
        invert(root.left)
    if root.right:
        invert(root.right)
    return root


def invert_iterative(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += (node.left, node.right)
    return root


print(invert(Node(1, Node(2), Node(3))).left.value)
#> 3
try:
    invert(None)  # ...works until someone passes an empty tree
except AttributeError as exc:
    print(exc)
#> 'NoneType' object has no attribute 'right'
# --8<-- [end:wrong]
