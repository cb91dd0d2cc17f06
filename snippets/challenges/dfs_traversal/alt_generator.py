# --8<-- [start:alt]
def dfs_recursive(graph, start):
    visited = set()

    def walk(node):  # a generator: yields the nodes in the order they are reached
        visited.add(node)
        yield node
        for neighbour in graph.get(node, ()):
            if neighbour not in visited:
                yield from walk(neighbour)

    return list(walk(start))


def dfs_iterative(graph, start):
    order, visited, stack = [], set(), [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        neighbours = graph.get(node, ())
        stack += [n for n in neighbours[::-1] if n not in visited]  # fewer pushes
    return order


graph = {"a": ["b", "c"], "b": ["c", "d"]}
print(dfs_recursive(graph, "a"), dfs_iterative(graph, "a"))
#> ['a', 'b', 'c', 'd'] ['a', 'b', 'c', 'd']
# --8<-- [end:alt]
