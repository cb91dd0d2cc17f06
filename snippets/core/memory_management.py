# --8<-- [start:refcount-frees]
import weakref


class Resource:
    pass


first = Resource()
second = first  # a second reference to the same object
weakref.finalize(first, print, "object freed")
del first  # removes a name, not the object
print("still alive: `second` refers to it")
#> still alive: `second` refers to it
del second  # the count drops to zero: freed right here
#> object freed
print("next statement")
#> next statement


def work():
    temporary = Resource()
    weakref.finalize(temporary, print, "temporary freed")
    print("working")


work()  # the local name dies when the function returns
#> working
#> temporary freed
# --8<-- [end:refcount-frees]

# --8<-- [start:cycle-needs-gc]
import gc
import weakref


class Node:
    def __init__(self):
        self.partner = None


gc.disable()  # keep automatic collections out of the demonstration
a, b = Node(), Node()
a.partner, b.partner = b, a  # each keeps the other's count above zero
watcher = weakref.finalize(a, print, "cycle freed")
del a, b
print("alive after del:", watcher.alive)
#> alive after del: True
unreachable = gc.collect()
#> cycle freed
print("alive after gc.collect():", watcher.alive, unreachable >= 2)
#> alive after gc.collect(): False True
gc.enable()
# --8<-- [end:cycle-needs-gc]

# --8<-- [start:gc-tracks-containers]
import gc


class Node:
    pass


# Objects that cannot refer to other objects are never in a cycle.
print(gc.is_tracked(42), gc.is_tracked("text"), gc.is_tracked(3.5))
#> False False False
print(gc.is_tracked([]), gc.is_tracked(Node()))
#> True True
# Up to 3.13 a dict holding only untracked values was left out too; 3.14 tracks all.
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
#>[<=3.13] False False True
#>[>=3.14] True True True
# --8<-- [end:gc-tracks-containers]

# --8<-- [start:getsizeof]
import gc
import sys

print(sys.getsizeof(1), sys.getsizeof(2**100))
#>[64bit] 28 40
#>[32bit] 16 28
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("€"))
#>[64bit,3.11] 49 50 76
#>[64bit,>=3.12] 41 42 60
#>[32bit] 21 22 32
print(sys.getsizeof([]), sys.getsizeof([None] * 1000))
#>[64bit] 56 8056
#>[32bit] 28 4028
# For instances of GC-capable types, getsizeof adds the collector's header that
# sits in front of the object (the default build's PyGC_Head: two pointers).
print(sys.getsizeof([]) - [].__sizeof__())
#>[64bit] 16
#>[32bit] 8
# The header belongs to the type, tracked or not: {} is untracked up to 3.13.
print(sys.getsizeof({}) - {}.__sizeof__(), gc.is_tracked({}))
#>[64bit,<=3.13] 16 False
#>[64bit,>=3.14] 16 True
#>[32bit] 8 True
# --8<-- [end:getsizeof]

# --8<-- [start:getsizeof-shallow]
import sys

text = "x" * 10_000
box = [text]
print(sys.getsizeof(text))
#>[64bit,3.11] 10049
#>[64bit,>=3.12] 10041
#>[32bit] 10021
# The list stores one pointer to the string, not the string itself.
print(sys.getsizeof(box))
#>[64bit] 64
#>[32bit] 32
# --8<-- [end:getsizeof-shallow]

# --8<-- [start:pymalloc-stats]
import os
import re
import sys
import tempfile


def allocator_report():
    """Capture what sys._debugmallocstats() writes to the process's stderr."""
    with tempfile.TemporaryFile("w+") as file:
        saved = os.dup(2)
        os.dup2(file.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        file.seek(0)
        return file.read()


report = allocator_report()
print("small-object threshold:", re.findall(r"threshold = (\d+)", report))
#>[cpython] small-object threshold: ['512']
#>[pyodide] small-object threshold: []
print("arena bytes:", re.findall(r"\* (\d+) bytes/arena", report))
#>[cpython,64bit] arena bytes: ['1048576']
#>[pyodide] arena bytes: []
print("pool bytes:", re.findall(r"pools \* (\d+) bytes", report))
#>[cpython,64bit] pool bytes: ['16384']
#>[pyodide] pool bytes: []
# --8<-- [end:pymalloc-stats]
