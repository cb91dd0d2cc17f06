# --8<-- [start:example]
from itertools import product


def seat_labels(rows, columns):
    return [f"{row}{column}" for row, column in product(rows, columns)]


print(seat_labels([1, 2], "AB"))
#> ['1A', '1B', '2A', '2B']
# --8<-- [end:example]
