# fails: check_cycle, check_shared_node_visited_once
# fails: check_order_matches_recursion_when_paths_cross
# fails: check_visited_lookups_take_constant_time
# --8<-- [start:wrong]
def dfs_recursive(graph, start):
    order = []

    def visit(node):
        order.append(node)
        for neighbour in graph.get(node, ()):
            visit(neighbour)  # no visited set: nothing stops a second visit

    visit(start)
    return order


def dfs_iterative(graph, start):
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node not in visited:
            visited.add(node)
            order.append(node)
            stack.extend(reversed(graph.get(node, ())))
    return order


print(dfs_recursive({"a": ["b", "c"], "b": ["d"], "c": ["d"]}, "a"))
#> ['a', 'b', 'd', 'c', 'd']
try:
    dfs_recursive({"a": ["b"], "b": ["a"]}, "a")
except RecursionError as exc:
    print(type(exc).__name__)
#> RecursionError
# --8<-- [end:wrong]
