# Quiz: more coding challenges (hooks/quiz.py renders it on more-challenges.md).

# quiz:
#   tests: two-sum
#   wrong: ["(1, 2)", "None", "(0, 2)"]
#   why: >-
#     Each number is stored before the lookup, so 3 finds itself: 6 - 3 is 3, which
#     is already in `seen` at index 0.
# --8<-- [start:stored-too-early]
def two_sum(nums, target):
    seen = {}
    for j, number in enumerate(nums):
        seen[number] = j
        if target - number in seen:
            return seen[target - number], j
    return None


print(two_sum([3, 2, 4], 6))
#> (0, 0)
# --8<-- [end:stored-too-early]

# quiz:
#   tests: balanced-brackets
#   wrong: ["False", "IndexError: pop from empty list"]
#   why: >-
#     The loop pops without comparing the kinds, so `]` closes `(`, and the stack is
#     empty at the end.
# --8<-- [start:pop-without-compare]
stack = []
for char in "(]":
    if char in "([{":
        stack.append(char)
    else:
        stack.pop()
print(not stack)
#> True
# --8<-- [end:pop-without-compare]

# quiz:
#   tests: group-anagrams
#   wrong: ["[['eat', 'tea'], ['tan']]", "[['eat', 'tan', 'tea']]"]
#   why: >-
#     `groupby` starts a new group every time the key changes, so anagrams that are
#     not neighbours end up in different groups. Group with a dict instead.
# --8<-- [start:groupby-neighbours]
from itertools import groupby

words = ["eat", "tan", "tea"]
print([list(group) for _, group in groupby(words, key=sorted)])
#> [['eat'], ['tan'], ['tea']]
# --8<-- [end:groupby-neighbours]

# quiz:
#   tests: top-k-frequent
#   wrong:
#     - "[('a', 5), ('r', 2), ('b', 2)]"
#     - "['a', 'b', 'r']"
#     - "[('a', 5), ('b', 2), ('c', 1)]"
#   why: >-
#     `most_common` returns (item, count) pairs. `b` and `r` both appear twice, and
#     equal counts keep the order in which the items were first seen.
# --8<-- [start:most-common-ties]
from collections import Counter

print(Counter("abracadabra").most_common(3))
#> [('a', 5), ('b', 2), ('r', 2)]
# --8<-- [end:most-common-ties]

# quiz:
#   tests: merge-intervals
#   wrong: ["[[1, 4]] [1, 4]", "[[1, 3]] [1, 4]", "[[1, 4]] [1, 3]"]
#   why: >-
#     `end` replaces the larger end, so the interval inside shrinks the merged one, and
#     `merged[0]` is the very list `intervals[0]`, so the caller's pair changes too.
# --8<-- [start:shared-pair]
intervals = [[1, 4], [2, 3]]
merged = [intervals[0]]
for start, end in intervals[1:]:
    if start <= merged[-1][1]:
        merged[-1][1] = end
print(merged, intervals[0])
#> [[1, 3]] [1, 3]
# --8<-- [end:shared-pair]

# quiz:
#   tests: rate-limiter
#   wrong: ["1.0", "1.2", "1"]
#   why: >-
#     Each call earns 0.4 of a token, which `int()` drops, and moving `last` forward
#     throws that time away, so the fractions never add up to a token.
# --8<-- [start:lost-fractions]
rate, tokens, last = 1, 0.0, 0.0
for now in (0.4, 0.8, 1.2):
    tokens += int((now - last) * rate)
    last = now
print(tokens)
#> 0.0
# --8<-- [end:lost-fractions]

# quiz:
#   tests: flatten-nested
#   wrong: ["[1]", "[[1]]"]
#   why: >-
#     Each `yield from` adds one generator frame, so 3,000 levels of nesting need
#     3,000 nested frames, past the default recursion limit of 1000.
# --8<-- [start:yield-from-depth]
from collections.abc import Iterable


def flatten(nested):
    for item in nested:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item


nested = [1]
for _ in range(3_000):
    nested = [nested]
try:
    print(list(flatten(nested)))
except RecursionError:
    print("RecursionError")
#> RecursionError
# --8<-- [end:yield-from-depth]

# quiz:
#   tests: trie-prefix-search
#   wrong: ["['t']", "['t', '$']", "['$']"]
#   why: >-
#     Inserting "car" marks its last node with "$"; inserting "cart" then adds "t"
#     under the same node. A dict lists its keys in insertion order.
# --8<-- [start:end-mark-and-child]
root = {}
for word in ["car", "cart"]:
    node = root
    for letter in word:
        node = node.setdefault(letter, {})
    node["$"] = True
print(list(root["c"]["a"]["r"]))
#> ['$', 't']
# --8<-- [end:end-mark-and-child]

# quiz:
#   tests: run-length-encoding
#   wrong: ["[('a', 5), ('b', 1)]", "[('a', 3), ('b', 1)]"]
#   why: >-
#     `groupby` yields one group per run of equal neighbours, so the a's after the b
#     start a new group.
# --8<-- [start:groupby-runs]
from itertools import groupby

print([(char, len(list(run))) for char, run in groupby("aaabaa")])
#> [('a', 3), ('b', 1), ('a', 2)]
# --8<-- [end:groupby-runs]

# quiz:
#   tests: rotate-matrix
#   wrong:
#     - "[[2, 4], [1, 3]] [(1, 3), (2, 4)]"
#     - "[[3, 1], [4, 2]] [[1, 3], [2, 4]]"
#     - "[[1, 3], [2, 4]] [(1, 3), (2, 4)]"
#   why: >-
#     `zip(*matrix)` reads the rows column by column, which transposes them, and yields
#     tuples. Reading the rows bottom up first turns that into a clockwise rotation.
# --8<-- [start:zip-rotation]
matrix = [[1, 2], [3, 4]]
rotated = [list(row) for row in zip(*matrix[::-1], strict=True)]
print(rotated, list(zip(*matrix, strict=True)))
#> [[3, 1], [4, 2]] [(1, 3), (2, 4)]
# --8<-- [end:zip-rotation]
