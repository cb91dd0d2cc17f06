# fails: check_visited_lookups_take_constant_time
# --8<-- [start:wrong]
def dfs_recursive(graph, start):
    order = []  # doubles as the visited "set": `in` scans it from the start

    def visit(node):
        order.append(node)
        for neighbour in graph.get(node, ()):
            if neighbour not in order:
                visit(neighbour)

    visit(start)
    return order


def dfs_iterative(graph, start):
    order, stack = [], [start]
    while stack:
        node = stack.pop()
        if node not in order:  # O(len(order)) for every pop: O(V^2) in all
            order.append(node)
            stack.extend(reversed(graph.get(node, ())))
    return order


graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "a"]}
print(dfs_recursive(graph, "a"), dfs_iterative(graph, "a"))  # right, but slow
#> ['a', 'b', 'd', 'c'] ['a', 'b', 'd', 'c']
# --8<-- [end:wrong]
