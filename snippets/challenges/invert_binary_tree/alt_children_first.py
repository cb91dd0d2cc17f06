# --8<-- [start:alt]
from dataclasses import dataclass


@dataclass
class Node:
    value: object
    left: "Node | None" = None
    right: "Node | None" = None


def invert(root):
    if root is None:
        return None
    left = invert(root.left)  # mirror both subtrees first...
    right = invert(root.right)
    root.left, root.right = right, left  # ...then hang them on the other sides
    return root


def invert_iterative(root):
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        if node.left:  # push only real children: no None on the stack
            stack.append(node.left)
        if node.right:
            stack.append(node.right)
    return root


tree = invert(Node(1, Node(2), Node(3)))
print(tree.left.value, tree.right.value, invert_iterative(None))
#> 3 2 None
# --8<-- [end:alt]
