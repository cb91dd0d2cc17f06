# fails: check_mirrors_a_tree, check_lopsided_tree
# fails: check_in_place_and_returns_the_root, check_twice_gives_the_original
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
    root.left = invert(root.right)
    root.right = invert(root.left)  # root.left is already the NEW left subtree
    return root


def invert_iterative(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += (node.left, node.right)
    return root


tree = invert(Node(1, Node(2), Node(3)))
print(tree.left.value, tree.right.value, tree.left is tree.right)
#> 3 3 True
# --8<-- [end:wrong]
