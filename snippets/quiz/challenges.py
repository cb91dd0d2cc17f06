# Quiz: coding challenges (hooks/quiz.py renders it on challenges.md).

# quiz:
#   tests: merge-dicts
#   wrong:
#     - "{'x': 1, 'y': 2, 'z': 4} {'y': 3, 'z': 4, 'x': 1}"
#     - "{'x': 1, 'y': 3, 'z': 4} {'x': 1, 'y': 2, 'z': 4}"
#     - "{'x': 1, 'y': 2, 'z': 4} {'y': 2, 'z': 4, 'x': 1}"
#   why: >-
#     The right-hand mapping wins for a repeated key, but the key keeps the position
#     where it first appeared.
# --8<-- [start:merge-precedence]
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, {**b, **a})
#> {'x': 1, 'y': 3, 'z': 4} {'y': 2, 'z': 4, 'x': 1}
# --8<-- [end:merge-precedence]

# quiz:
#   tests: binary-search
#   wrong: ["1 3", "2 4", "1 1"]
#   why: >-
#     `bisect_left` returns the position before the first equal item and
#     `bisect_right` the position after the last one.
# --8<-- [start:bisect-duplicates]
import bisect

data = [1, 2, 2, 2, 5]
print(bisect.bisect_left(data, 2), bisect.bisect_right(data, 2))
#> 1 4
# --8<-- [end:bisect-duplicates]

# quiz:
#   tests: dfs-traversal
#   wrong: ["['a', 'b', 'd', 'c']", "['a', 'b', 'c', 'd']", "['a', 'c', 'd', 'b', 'd']"]
#   why: >-
#     A stack pops the neighbour pushed last, so `c` is visited before `b`, and the
#     seen set stops `d` from being visited twice.
# --8<-- [start:iterative-dfs]
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}


def dfs(start):
    seen, stack, order = set(), [start], []
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(graph[node])
    return order


print(dfs("a"))
#> ['a', 'c', 'd', 'b']
# --8<-- [end:iterative-dfs]

# quiz:
#   tests: cache-system
#   wrong:
#     - "load a\nload b\nload c\n2"
#     - "load a\nload b\nload a\nload c\nload b\n0"
#     - "load a\nload b\nload c\nload a\n1"
#   why: >-
#     The second `a` is a hit and makes `a` the most recently used, so `c` evicts
#     `b`; asking for `b` again is a miss.
# --8<-- [start:lru-eviction]
from functools import lru_cache


@lru_cache(maxsize=2)
def load(key):
    print("load", key)
    return key.upper()


for key in "abacb":
    load(key)
#> load a
#> load b
#> load c
#> load b
print(load.cache_info().hits)
#> 1
# --8<-- [end:lru-eviction]

# quiz:
#   tests: bubble-sort
#   wrong:
#     - "['dee', 'bob', 'cid', 'ann']"
#     - "['bob', 'dee', 'cid', 'ann']"
#     - "['ann', 'bob', 'cid', 'dee']"
#   why: >-
#     Python's sort is stable: items with equal keys keep their original order, so
#     `bob` stays before `dee` and `ann` before `cid`.
# --8<-- [start:stable-sort]
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25)]
print([name for name, age in sorted(people, key=lambda person: person[1])])
#> ['bob', 'dee', 'ann', 'cid']
# --8<-- [end:stable-sort]
