# --8<-- [start:solution]
def dfs_recursive(graph, start):
    order, visited = [], set()

    def visit(node):
        visited.add(node)
        order.append(node)
        for neighbour in graph.get(node, ()):
            if neighbour not in visited:  # a cycle or a shared node: skip it
                visit(neighbour)

    visit(start)
    return order


def dfs_iterative(graph, start):
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue  # pushed twice before it was first visited
        visited.add(node)
        order.append(node)
        # Reversed, so the first neighbour ends on top and is visited first.
        stack.extend(reversed(graph.get(node, ())))
    return order


graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "a"],  # c -> a closes a cycle; d is reached twice
}
print(dfs_recursive(graph, "a"))
#> ['a', 'b', 'd', 'c']
print(dfs_iterative(graph, "a"))
#> ['a', 'b', 'd', 'c']
# --8<-- [end:solution]

# --8<-- [start:recursion-limit]
import sys


def dfs_recursive(graph, start):
    order, visited = [], set()

    def visit(node):
        visited.add(node)
        order.append(node)
        for neighbour in graph.get(node, ()):
            if neighbour not in visited:
                visit(neighbour)

    visit(start)
    return order


path = {n: [n + 1] for n in range(5_000)}  # 0 -> 1 -> ... -> 5000
print(sys.getrecursionlimit())
#> 1000
try:
    dfs_recursive(path, 0)
except RecursionError as exc:
    print(type(exc).__name__, "after", sys.getrecursionlimit(), "nested calls")
#> RecursionError after 1000 nested calls
old_limit = sys.getrecursionlimit()
sys.setrecursionlimit(10_000)  # a patch, not a fix: deeper graphs still fail
try:
    print(len(dfs_recursive(path, 0)))
finally:
    sys.setrecursionlimit(old_limit)
#> 5001
# --8<-- [end:recursion-limit]
