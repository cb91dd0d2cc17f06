# fails: check_depth_first_order, check_start_without_neighbours
# fails: check_shared_node_visited_once, check_iterative_handles_deep_graphs
# fails: check_order_matches_recursion_when_paths_cross
# --8<-- [start:wrong]
def dfs_recursive(graph, start):
    order, visited = [], set()

    def visit(node):
        visited.add(node)
        order.append(node)
        for neighbour in graph[node]:  # a leaf is often not a key at all
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
            stack.extend(reversed(graph[node]))
    return order


try:
    dfs_recursive({"a": ["b"]}, "a")
except KeyError as exc:
    print("KeyError:", exc)
#> KeyError: 'b'
# --8<-- [end:wrong]
