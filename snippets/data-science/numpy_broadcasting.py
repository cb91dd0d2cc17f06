# --8<-- [start:shape-rule]
from itertools import zip_longest


def broadcast_shape(*shapes):
    """The shape NumPy gives an operation on arrays of these shapes."""
    result = []
    # Rule 1: line the shapes up from the right; a missing dimension counts as 1.
    for dims in zip_longest(*(reversed(shape) for shape in shapes), fillvalue=1):
        # Rule 2: the sizes must be equal, or 1; a 1 stretches to the other size.
        sizes = set(dims) - {1}
        if len(sizes) > 1:
            raise ValueError(f"shapes {' '.join(map(str, shapes))} do not broadcast")
        result.append(sizes.pop() if sizes else 1)
    return tuple(reversed(result))


print(broadcast_shape((3, 1), (4,)))
#> (3, 4)
print(broadcast_shape((8, 1, 6, 1), (7, 1, 5)))
#> (8, 7, 6, 5)
print(broadcast_shape((5, 4), ()))  # a scalar has shape ()
#> (5, 4)
print(broadcast_shape((0, 3), (1, 3)))  # a 1 stretches to 0 too: not the larger size
#> (0, 3)
try:
    broadcast_shape((4, 3), (4,))
except ValueError as err:
    print("ValueError:", err)
#> ValueError: shapes (4, 3) (4,) do not broadcast
# --8<-- [end:shape-rule]
