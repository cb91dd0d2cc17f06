# Quiz: memory and performance (hooks/quiz.py renders it on memory-performance.md).

# quiz:
#   tests: shared-references
#   wrong: ["[[1, 0], [0, 0]]", "[[1, 1], [0, 0]]", "[[1, 0], [1, 0], [1, 0]]"]
#   why: >-
#     `[row] * 2` copies references, not the list: both items are the same inner list,
#     so a change through one index shows through the other.
# --8<-- [start:repeated-rows]
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
#> [[1, 0], [1, 0]]
# --8<-- [end:repeated-rows]

# quiz:
#   tests: shared-references
#   wrong: ["['a'] ['a']", "['a', 'b'] ['a', 'b']", "['a'] ['a', 'b']"]
#   why: >-
#     A shallow copy is a new dict whose values are the same objects, so it shares the
#     inner list; `deepcopy` copies the inner list too.
# --8<-- [start:shallow-deep]
import copy

original = {"tags": ["a"]}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["tags"].append("b")
print(shallow["tags"], deep["tags"])
#> ['a', 'b'] ['a']
# --8<-- [end:shallow-deep]

# quiz:
#   tests: garbage-collection
#   wrong: ["True True True", "False False True", "True False False"]
#   why: >-
#     Reference counting frees the first object the moment its last reference goes.
#     The second refers to itself, so its count never reaches zero: only the cycle
#     collector, run here by `gc.collect()`, frees it.
# --8<-- [start:cycle]
import gc
import weakref


class Node:
    pass


gc.disable()  # no automatic collection: only the explicit one below runs
plain = Node()
first = weakref.ref(plain)
del plain
looped = Node()
looped.me = looped  # a reference cycle
second = weakref.ref(looped)
del looped
before = second() is None
gc.collect()
print(first() is None, before, second() is None)
#> True False True
gc.enable()
# --8<-- [end:cycle]

# quiz:
#   tests: memory-optimisation
#   wrong: ["b'cd'", "b'cX'", "b'Xc'"]
#   why: >-
#     Slicing a `memoryview` copies nothing: the view still points into the
#     `bytearray`, so it sees the byte written after the slice was taken.
# --8<-- [start:memoryview]
data = bytearray(b"abcdef")
view = memoryview(data)[2:4]
data[2] = ord("X")
print(bytes(view))
#> b'Xd'
# --8<-- [end:memoryview]


# quiz:
#   tests: memory-optimisation
#   wrong: ["3 True", "AttributeError True", "3 False"]
#   why: >-
#     With `__slots__` an instance has fixed storage for the listed attributes and no
#     `__dict__`, so assigning any other attribute raises `AttributeError`.
# --8<-- [start:slots]
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


point = Point(1, 2)
try:
    point.z = 3
    result = point.z
except AttributeError:
    result = "AttributeError"
print(result, hasattr(point, "__dict__"))
#> AttributeError False
# --8<-- [end:slots]

# quiz:
#   tests: memory-leaks
#   wrong: ["1\n1", "0\n0", "1\nKeyError"]
#   why: >-
#     A `WeakValueDictionary` does not keep its values alive: when the last strong
#     reference goes, the entry disappears, so the cache cannot leak.
# --8<-- [start:weak-cache]
import weakref


class Session:
    pass


cache = weakref.WeakValueDictionary()
session = Session()
cache["ann"] = session
print(len(cache))
#> 1
del session
print(len(cache))
#> 0
# --8<-- [end:weak-cache]
