# fails: check_single_node, check_mirrors_a_tree, check_lopsided_tree
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
    root.left, root.right = root.right, root.left
    invert(root.left)
    invert(root.right)  # the tree is mirrored, but the function returns None


def invert_iterative(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack += (node.left, node.right)
    return root


print(invert(Node(1, Node(2), Node(3))))
#> None
# --8<-- [end:wrong]
