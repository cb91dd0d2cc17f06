# fails: check_depth_first_order, check_shared_node_visited_once
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
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node not in visited:
            visited.add(node)
            order.append(node)
            stack.extend(graph.get(node, ()))  # the last neighbour is popped first
    return order


graph = {"a": ["b", "c"]}
print(dfs_recursive(graph, "a"), dfs_iterative(graph, "a"))
#> ['a', 'b', 'c'] ['a', 'c', 'b']
# --8<-- [end:wrong]
