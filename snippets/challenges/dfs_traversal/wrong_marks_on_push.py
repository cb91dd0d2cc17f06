# fails: check_order_matches_recursion_when_paths_cross
# --8<-- [start:wrong]
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
    order, visited, stack = [], {start}, [start]
    while stack:
        node = stack.pop()
        order.append(node)
        for neighbour in reversed(graph.get(node, ())):
            if neighbour not in visited:
                visited.add(neighbour)  # marked when pushed, not when reached
                stack.append(neighbour)
    return order


graph = {"a": ["b", "c"], "b": ["c", "d"]}
print(dfs_recursive(graph, "a"), dfs_iterative(graph, "a"))
#> ['a', 'b', 'c', 'd'] ['a', 'b', 'd', 'c']
# --8<-- [end:wrong]
