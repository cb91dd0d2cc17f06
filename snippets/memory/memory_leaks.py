# --8<-- [start:snapshot-diff]
import tracemalloc

_responses = {}  # a module-level cache that nothing ever empties


def handle_request(request_id):
    body = f"response for request {request_id} ".ljust(1000, ".")
    _responses[request_id] = body  # the leak: every response is kept
    return len(body)


tracemalloc.start()
before = tracemalloc.take_snapshot()
for request_id in range(2_000):
    handle_request(request_id)
after = tracemalloc.take_snapshot()
tracemalloc.stop()

# Keep only this program's lines, in both snapshots: filtering one alone would show
# every other line's memory as a drop to zero.
here = [tracemalloc.Filter(True, handle_request.__code__.co_filename)]
stats = after.filter_traces(here).compare_to(before.filter_traces(here), "lineno")
top = stats[0]  # sorted by the size of the change (growth or drop), biggest first
line = top.traceback[0].lineno - handle_request.__code__.co_firstlineno
print(f"handle_request, line {line + 1} of the function")
#> handle_request, line 2 of the function
print(f"{top.count_diff} new blocks, over 2 MB: {top.size_diff > 2_000_000}")
#> 2000 new blocks, over 2 MB: True
# --8<-- [end:snapshot-diff]

# --8<-- [start:bounded-cache]
from functools import lru_cache


@lru_cache(maxsize=256)  # keeps the 256 most recently used results
def render(request_id):
    return f"response for request {request_id} ".ljust(1000, ".")


for request_id in range(2_000):
    render(request_id)
info = render.cache_info()
print(info.currsize, info.maxsize, info.misses)
#> 256 256 2000
# --8<-- [end:bounded-cache]

# --8<-- [start:registry-leak]
import gc
import weakref
from types import MethodType


class EventBus:
    def __init__(self):
        self.listeners = []  # strong references: a global registry

    def subscribe(self, callback):
        self.listeners.append(callback)


alive = weakref.WeakSet()  # counts live widgets without keeping them


class Widget:
    def __init__(self, bus):
        alive.add(self)
        bus.subscribe(self.on_event)  # the bound method holds `self`

    def on_event(self, event):
        pass


bus = EventBus()
for _ in range(100):
    Widget(bus)  # the caller keeps no reference
gc.collect()
print("widgets still alive:", len(alive))
#> widgets still alive: 100
# Who holds a widget? Walk the references backwards with gc.get_referrers.
widget = next(iter(alive))
holder = next(r for r in gc.get_referrers(widget) if isinstance(r, MethodType))
print(holder.__func__.__name__, holder in bus.listeners)
#> on_event True
# --8<-- [end:registry-leak]

# --8<-- [start:registry-fix]
import gc
import weakref


class EventBus:
    def __init__(self):
        self.listeners = []

    def subscribe(self, callback):
        # WeakMethod refers weakly to both the function and the instance.
        self.listeners.append(weakref.WeakMethod(callback))

    def publish(self, event):
        for ref in list(self.listeners):
            method = ref()  # None once the widget has been freed
            if method is None:
                self.listeners.remove(ref)
            else:
                method(event)


alive = weakref.WeakSet()


class Widget:
    def __init__(self, bus):
        alive.add(self)
        bus.subscribe(self.on_event)

    def on_event(self, event):
        print("widget got", event)


bus = EventBus()
kept = Widget(bus)
for _ in range(100):
    Widget(bus)
gc.collect()
print("widgets still alive:", len(alive))
#> widgets still alive: 1
bus.publish("saved")
#> widget got saved
print("listeners left:", len(bus.listeners))
#> listeners left: 1
# --8<-- [end:registry-fix]

# --8<-- [start:del-cycle]
import gc


class Connection:
    def __init__(self, name):
        self.name = name
        self.myself = self  # a reference cycle

    def __del__(self):
        print(f"__del__ runs for {self.name}")


gc.collect()
Connection("db")  # unreachable at once, but the cycle keeps its count at 1
print("collected:", gc.collect() > 0)
#> __del__ runs for db
#> collected: True
print("gc.garbage:", gc.garbage)  # since 3.4 (PEP 442) nothing is left here
#> gc.garbage: []
# --8<-- [end:del-cycle]

# --8<-- [start:weak-value-cache]
import weakref


class Image:
    def __init__(self, path):
        self.path = path


_cache = weakref.WeakValueDictionary()  # values vanish when unused elsewhere


def load(path):
    image = _cache.get(path)
    if image is None:
        image = _cache[path] = Image(path)
    return image


logo = load("logo.png")
print(load("logo.png") is logo)  # a second caller shares the same object
#> True
print(list(_cache))
#> ['logo.png']
del logo  # the last strong reference goes, and the cache entry with it
print(list(_cache))
#> []
# --8<-- [end:weak-value-cache]

# --8<-- [start:weak-key-metadata]
import weakref


class Request:
    pass


timings = weakref.WeakKeyDictionary()  # extra data about objects you do not own
request = Request()
timings[request] = 0.042
print(len(timings))
#> 1
del request  # the entry disappears with the request
print(len(timings))
#> 0
# --8<-- [end:weak-key-metadata]

# --8<-- [start:finalize]
import os
import tempfile
import weakref


class TempWorkspace:
    def __init__(self):
        self.path = tempfile.mkdtemp()
        # Cleanup must not refer to self, or self could never be freed.
        self._cleanup = weakref.finalize(self, os.rmdir, self.path)

    def close(self):
        self._cleanup()  # runs at most once, even if called again later


workspace = TempWorkspace()
path = workspace.path
del workspace  # freed: the finalizer removes the directory
print(os.path.exists(path))
#> False
other = TempWorkspace()
other.close()
other.close()
print(os.path.exists(other.path), other._cleanup.alive)
#> False False
# --8<-- [end:finalize]
