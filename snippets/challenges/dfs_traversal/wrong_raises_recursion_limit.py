# fails: check_iterative_handles_deep_graphs
# --8<-- [start:wrong]
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


def dfs_iterative(graph, start):
    sys.setrecursionlimit(100_000)  # "iterative": the same recursion, more room
    return dfs_recursive(graph, start)


print(len(dfs_iterative({n: [n + 1] for n in range(5_000)}, 0)))
#> 5001
sys.setrecursionlimit(1000)
# --8<-- [end:wrong]
