# --8<-- [start:refcount-does-the-work]
import gc
import tracemalloc


class Node:
    def __init__(self):
        self.partner = None


def churn(rounds, make_cycles):
    for _ in range(rounds):
        first, second = Node(), Node()
        if make_cycles:
            first.partner, second.partner = second, first


gc.disable()  # switch off the cycle collector; reference counting stays on
tracemalloc.start()
try:
    churn(10_000, make_cycles=False)
    no_cycles = tracemalloc.get_traced_memory()[0]
    churn(10_000, make_cycles=True)
    with_cycles = tracemalloc.get_traced_memory()[0]
    found = gc.collect()  # an explicit collection still works
    after_collect = tracemalloc.get_traced_memory()[0]
finally:
    tracemalloc.stop()
    gc.enable()
print("pairs without cycles left behind < 10 KB:", no_cycles < 10_000)
#> pairs without cycles left behind < 10 KB: True
print("pairs with cycles left behind > 500 KB:", with_cycles > 500_000)
#> pairs with cycles left behind > 500 KB: True
print("gc.collect() found all 20,000 nodes:", found >= 20_000)
#> gc.collect() found all 20,000 nodes: True
print("memory back under 10 KB:", after_collect < 10_000)
#> memory back under 10 KB: True
# --8<-- [end:refcount-does-the-work]

# --8<-- [start:thresholds]
import gc

print(gc.get_threshold())
#>[3.11] (700, 10, 10)
#>[3.12] (700, 10, 10)
#>[3.13] (2000, 10, 10)
#>[pyodide] (2000, 10, 0)
#>[cpython,3.14] <varies>
#>[cpython,>=3.15] (2000, 10, 10)
gc.collect()
start = gc.get_count()[0]  # tracked allocations minus deallocations so far
keep = [[] for _ in range(100)]  # 100 new lists that stay alive
print(gc.get_count()[0] - start >= 100)
#> True
print(len(gc.get_stats()))  # one dict of counters per generation
#> 3
# --8<-- [end:thresholds]

# --8<-- [start:generations]
import gc


class Survivor:
    pass


def generation_of(obj):
    return next(g for g in range(3) if any(o is obj for o in gc.get_objects(g)))


gc.collect()
survivor = Survivor()
print("new object:", generation_of(survivor))
#> new object: 0
gc.collect(0)  # collect only the youngest generation; survivors move up
print("after collect(0):", generation_of(survivor))
#>[<=3.13] after collect(0): 1
#>[pyodide] after collect(0): 2
#>[cpython,3.14] after collect(0): <varies>
#>[cpython,>=3.15] after collect(0): 1
gc.collect()
print("after a full collection:", generation_of(survivor))
#> after a full collection: 2
# --8<-- [end:generations]

# --8<-- [start:callbacks]
import gc


class Loop:
    pass


def report(phase, info):
    if phase == "stop":
        print(f"generation {info['generation']}: {info['collected']} collected")


gc.collect()
gc.callbacks.append(report)
try:
    node = Loop()
    node.self_reference = node  # a cycle of one object
    del node  # its count is still 1, so reference counting cannot free it
    gc.collect()
finally:
    gc.callbacks.remove(report)
#> generation 2: 1 collected
# --8<-- [end:callbacks]

# --8<-- [start:weakref]
import weakref


class Session:
    pass


session = Session()
ref = weakref.ref(session, lambda r: print("callback: session is gone"))
print(ref() is session)  # calling the weak reference returns the object
#> True
del session  # the weak reference did not keep it alive
#> callback: session is gone
print(ref())
#> None

try:
    weakref.ref([1, 2])
except TypeError as error:
    print("TypeError:", error)
#> TypeError: cannot create weak reference to 'list' object


class Tags(list):  # a subclass of list gets a __weakref__ slot
    pass


class Count(int):  # a subclass of int does not (nor of tuple)
    pass


def weakrefable(obj):
    try:
        weakref.ref(obj)
    except TypeError:
        return False
    return True


candidates = [[], {}, 0, "", (), Count(), set(), frozenset(), weakrefable, Session]
candidates.append(Tags())
print("no: ", [type(obj).__name__ for obj in candidates if not weakrefable(obj)])
#> no:  ['list', 'dict', 'int', 'str', 'tuple', 'Count']
print("yes:", [type(obj).__name__ for obj in candidates if weakrefable(obj)])
#> yes: ['set', 'frozenset', 'function', 'type', 'Tags']


class TreeNode:
    def __init__(self, parent=None):
        # A weak link up and strong links down: no cycle to collect.
        self.parent = weakref.ref(parent) if parent else None
        self.children = []


root = TreeNode()
child = TreeNode(root)
root.children.append(child)
weakref.finalize(root, print, "root freed at once")
del root  # no cycle, so reference counting frees it right here
#> root freed at once
print(child.parent())
#> None
# --8<-- [end:weakref]

# --8<-- [start:freeze]
import gc

gc.collect()
gc.freeze()  # move every tracked object to the permanent generation
print(gc.get_freeze_count() > 0, gc.get_count()[0])
#> True 0
gc.unfreeze()  # put them back into the oldest generation
print(gc.get_freeze_count())
#> 0
# --8<-- [end:freeze]
