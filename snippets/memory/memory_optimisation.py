# --8<-- [start:generator-vs-list]
import sys
import tracemalloc

N = 100_000

squares_list = [n * n for n in range(N)]  # builds all N results now
squares_gen = (n * n for n in range(N))  # builds nothing yet
# getsizeof is shallow: the list's own block holds N pointers, and the
# generator object holds only its paused frame.
print(sys.getsizeof(squares_list) > 1000 * sys.getsizeof(squares_gen))
#> True
print(sum(squares_list) == sum(squares_gen))
#> True


tracemalloc.start()
total = sum([n * n for n in range(N)])  # a list comprehension, then sum
list_peak = tracemalloc.get_traced_memory()[1]  # (current, peak)
tracemalloc.reset_peak()  # 3.9+: measure the next step on its own
baseline = tracemalloc.get_traced_memory()[0]
total = sum(n * n for n in range(N))  # a generator expression
gen_peak = tracemalloc.get_traced_memory()[1] - baseline
tracemalloc.stop()
# The list peak counts the pointer array plus 100,000 int objects.
print(f"list: {list_peak / 2**20:.1f} MiB")
#>[64bit] list: 3.8 MiB
#>[32bit] list: 2.2 MiB
print(f"generator: under 1 KiB? {gen_peak < 1024}")
#> generator: under 1 KiB? True
print(list_peak > 1000 * gen_peak)
#> True
# --8<-- [end:generator-vs-list]

# --8<-- [start:single-pass]
squares = (n * n for n in range(5))
print(sum(squares))
#> 30
print(sum(squares))  # a generator is exhausted after one pass
#> 0
print(list(squares))
#> []
# --8<-- [end:single-pass]

# --8<-- [start:slots]
import sys
import tracemalloc


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class SlottedPoint:
    __slots__ = ("x", "y")  # fixed attribute slots, no per-instance __dict__

    def __init__(self, x, y):
        self.x, self.y = x, y


per_instance = {}
tracemalloc.start()
for cls in (Point, SlottedPoint):
    before = tracemalloc.get_traced_memory()[0]
    points = [cls(1.5, 2.5) for _ in range(10_000)]
    per_instance[cls] = (tracemalloc.get_traced_memory()[0] - before) / len(points)
    del points
points = [Point(1.5, 2.5) for _ in range(10_000)]
before = tracemalloc.get_traced_memory()[0]
for point in points:
    vars(point)  # asking for __dict__ makes CPython build a real dict (3.11+)
with_dict = (tracemalloc.get_traced_memory()[0] - before) / len(points)
tracemalloc.stop()
plain, slotted = per_instance[Point], per_instance[SlottedPoint]
print(f"bytes per instance: plain {plain:.0f}, slotted {slotted:.0f}")
#> <varies>
print(plain > 1.3 * slotted)
#> True
print("a real __dict__ costs extra:", with_dict > 16)
#> a real __dict__ costs extra: True
# getsizeof misses where a plain instance keeps its attribute values:
print(sys.getsizeof(Point(1, 2)), sys.getsizeof(SlottedPoint(1, 2)))
#>[64bit,3.11] 56 48
#>[64bit,>=3.12] 48 48
#>[32bit] 24 24
# --8<-- [end:slots]

# --8<-- [start:slots-limits]
import weakref


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


point = Vec(1, 2)
try:
    point.z = 3  # no __dict__, so no attributes beyond the slots
except AttributeError as error:
    print(error)
#>[<=3.12] 'Vec' object has no attribute 'z'
#>[>=3.13] 'Vec' object has no attribute 'z' and no __dict__ for setting new attributes
print(hasattr(point, "__dict__"))
#> False
try:
    weakref.ref(point)
except TypeError as error:
    print("TypeError:", error)
#> TypeError: cannot create weak reference to 'Vec' object


class WeakVec:
    __slots__ = ("__weakref__", "x", "y")  # opt back in to weak references


print(weakref.ref(WeakVec()) is not None)
#> True
# --8<-- [end:slots-limits]

# --8<-- [start:memoryview]
import tracemalloc

data = bytearray(b"x" * 1_000_000)  # a 1 MB buffer
tracemalloc.start()
copied = data[1000:]  # slicing a bytearray copies the bytes
after_copy = tracemalloc.get_traced_memory()[0]
view = memoryview(data)[1000:]  # slicing a memoryview copies nothing
after_view = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("the copy allocated about 1 MB:", after_copy > 900_000)
#> the copy allocated about 1 MB: True
print("the view allocated under 1 KB:", after_view - after_copy < 1000)
#> the view allocated under 1 KB: True
print(view.obj is data, view.nbytes)
#> True 999000

view[0] = ord("A")  # writes through the view land in the original buffer
print(data[1000:1003], copied[:3])
#> bytearray(b'Axx') bytearray(b'xxx')
try:
    data.extend(b"more")  # a live view pins the buffer's size
except BufferError as error:
    print("BufferError:", error)
#> BufferError: Existing exports of data: object cannot be re-sized
view.release()  # after release() the bytearray can grow again
data.extend(b"more")
print(len(data))
#> 1000004
# --8<-- [end:memoryview]

# --8<-- [start:buffer-protocol]
import io
from array import array

numbers = array("H", [1, 2, 258])  # unsigned 16-bit ints
view = memoryview(numbers)  # any object with the buffer protocol works
print(view.format, view.itemsize, view.nbytes)
#> H 2 6
print(view.cast("B").tolist())  # the same memory, read as bytes
#> [1, 0, 2, 0, 2, 1]

frozen = memoryview(b"read-only bytes")
try:
    frozen[0] = 0
except TypeError as error:
    print("TypeError:", error)
#> TypeError: cannot modify read-only memory

# readinto() fills a buffer you already own: no new bytes object per read.
buffer = bytearray(8)
source = io.BytesIO(b"abcdefghij")
with memoryview(buffer) as window:
    count = source.readinto(window[:4])  # fill only the first half
print(count, buffer)
#> 4 bytearray(b'abcd\x00\x00\x00\x00')
# --8<-- [end:buffer-protocol]

# --8<-- [start:array]
import tracemalloc
from array import array

N = 100_000


def bytes_held(build):
    """Traced memory still in use while the built object is alive."""
    tracemalloc.start()
    try:
        result = build()
        return tracemalloc.get_traced_memory()[0], result
    finally:
        tracemalloc.stop()


as_list, floats = bytes_held(lambda: [float(n) for n in range(N)])
as_array, packed = bytes_held(lambda: array("d", range(N)))
print(list(packed) == floats)
#> True
print(f"{as_list / as_array:.1f}x")
#>[64bit] 3.9x
#>[32bit] 2.4x
print(as_list > 2 * as_array)
#> True
# --8<-- [end:array]

# --8<-- [start:array-typecodes]
from array import array

# Fixed-size typecodes; "l" (C long) is 8 bytes on 64-bit Linux, 4 on Windows.
print({code: array(code).itemsize for code in "bhiqfd"})
#> {'b': 1, 'h': 2, 'i': 4, 'q': 8, 'f': 4, 'd': 8}
small = array("b", [1, 2, 3])  # signed bytes: -128..127
try:
    small.append(200)
except OverflowError as error:
    print("OverflowError:", error)
#> OverflowError: signed char is greater than maximum
try:
    small.append(1.5)
except TypeError as error:
    print("TypeError:", error)
#> TypeError: 'float' object cannot be interpreted as an integer
# Float typecodes convert instead: "f" rounds to 32 bits, and a value beyond
# its range becomes infinity without an error. "d" turns ints into floats.
print(array("f", [0.1, 1e39]), array("d", [3]))
#> array('f', [0.10000000149011612, inf]) array('d', [3.0])
# --8<-- [end:array-typecodes]

# --8<-- [start:streaming]
import os
import tempfile
import tracemalloc

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "access.log")
    with open(path, "w", encoding="utf-8") as file:
        for n in range(50_000):
            status = 500 if n % 100 == 0 else 200
            file.write(f"GET /item/{n} {status}\n")

    def errors_eager():
        with open(path, encoding="utf-8") as file:
            lines = file.read().splitlines()  # the whole file, then a list
        return sum(1 for line in lines if line.endswith(" 500"))

    def errors_streaming():
        with open(path, encoding="utf-8") as file:  # one line at a time
            statuses = (line.rsplit(" ", 1)[1] for line in file)
            return sum(1 for status in statuses if status == "500\n")

    results = {}
    for count_errors in (errors_eager, errors_streaming):
        tracemalloc.start()
        errors = count_errors()
        results[count_errors.__name__] = errors, tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

eager_errors, eager_peak = results["errors_eager"]
streaming_errors, streaming_peak = results["errors_streaming"]
print(eager_errors, streaming_errors)
#> 500 500
print(eager_peak > 20 * streaming_peak)
#> True
# --8<-- [end:streaming]
