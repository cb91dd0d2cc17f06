# --8<-- [start:alt]
def dfs_recursive(graph, start, visited=None):
    visited = {} if visited is None else visited  # a dict: a set that keeps order
    visited[start] = None
    for neighbour in graph.get(start, ()):
        if neighbour not in visited:
            dfs_recursive(graph, neighbour, visited)
    return list(visited)


def dfs_iterative(graph, start):
    order, visited = [start], {start}
    stack = [iter(graph.get(start, ()))]  # one iterator per node on the path
    while stack:
        for neighbour in stack[-1]:  # resumes where this node left off
            if neighbour not in visited:
                visited.add(neighbour)
                order.append(neighbour)
                stack.append(iter(graph.get(neighbour, ())))
                break  # go deeper first, as the recursive call does
        else:
            stack.pop()  # every neighbour done: back up one level
    return order


graph = {"a": ["b", "c"], "b": ["c", "d"]}
print(dfs_recursive(graph, "a"), dfs_iterative(graph, "a"))
#> ['a', 'b', 'c', 'd'] ['a', 'b', 'c', 'd']
# --8<-- [end:alt]
