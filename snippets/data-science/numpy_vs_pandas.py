# --8<-- [start:typed-buffer]
import sys
from array import array

values = [0.5 * i for i in range(10_000)]
packed = array("d", values)  # one C double per item, like a float64 ndarray

print(packed.typecode, packed.itemsize, len(packed))
#> d 8 10000
list_bytes = sys.getsizeof(values) + sum(sys.getsizeof(v) for v in values)
array_bytes = sys.getsizeof(packed)
print(list_bytes > 2 * array_bytes)
#> True

try:
    packed.append("ten")  # one type for every item
except TypeError as err:
    print("TypeError:", err)
#> TypeError: must be real number, not str

view = memoryview(packed)  # the buffer protocol: NumPy reads this without a copy
print(view.format, view.itemsize, view.nbytes)
#> d 8 80000
# --8<-- [end:typed-buffer]
