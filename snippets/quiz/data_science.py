# /// script
# dependencies = ["numpy", "pandas"]
# ///

# Quiz: data science (hooks/quiz.py renders it on data-science.md). NumPy and pandas
# ship compiled code, so only the build's Python has them: the other runtimes skip this
# file and the build runs every question (hooks/runnable_snippets.py
# BUILD_ONLY_PACKAGES).

# quiz:
#   tests: numpy-broadcasting
#   wrong: ["(3,)", "(4,)", "ValueError"]
#   why: >-
#     Shapes are compared from the right: `(3, 1)` and `(4,)` become `(3, 1)` and
#     `(1, 4)`, and each 1 stretches to the other size, giving `(3, 4)`.
# --8<-- [start:broadcast-shape]
import numpy as np

column = np.arange(3).reshape(3, 1)
row = np.arange(4)
print((column + row).shape)
#> (3, 4)
# --8<-- [end:broadcast-shape]

# quiz:
#   tests: numpy-broadcasting
#   wrong: ["(3, 4)", "(4, 3)", "(4,)"]
#   why: >-
#     The trailing sizes, 3 and 4, differ and neither is 1, so the shapes do not
#     broadcast and NumPy raises `ValueError`.
# --8<-- [start:broadcast-error]
import numpy as np

try:
    print((np.ones(3) + np.ones(4)).shape)
except ValueError as error:
    print(type(error).__name__)
#> ValueError
# --8<-- [end:broadcast-error]

# quiz:
#   tests: numpy-vs-pandas
#   wrong: ["[9.7 2.  3. ]", "[10  2  3]", "TypeError"]
#   why: >-
#     An array has one dtype for all its items, fixed when it is made: assigning a
#     float into an integer array truncates the value to fit.
# --8<-- [start:fixed-dtype]
import numpy as np

numbers = np.array([1, 2, 3])
numbers[0] = 9.7
print(numbers)
#> [9 2 3]
# --8<-- [end:fixed-dtype]

# quiz:
#   tests: numpy-vs-pandas
#   wrong: ["[0 1 2 3 4]", "[ 0 99  2  3  4]\n[99  2]", "IndexError"]
#   why: >-
#     Basic slicing returns a view that shares the array's memory, so writing through
#     the slice changes the original. Use `.copy()` for an independent array.
# --8<-- [start:slice-view]
import numpy as np

original = np.arange(5)
part = original[1:3]
part[0] = 99
print(original)
#> [ 0 99  2  3  4]
# --8<-- [end:slice-view]

# quiz:
#   tests: dataframe-merge
#   wrong: ["3", "2", "6"]
#   why: >-
#     A merge pairs every left row with every right row that has the same key: key 1
#     appears twice on each side, giving four rows, and key 2 has no partner.
# --8<-- [start:duplicate-keys]
import pandas as pd

left = pd.DataFrame({"key": [1, 1, 2], "a": ["x", "y", "z"]})
right = pd.DataFrame({"key": [1, 1], "b": [10, 20]})
print(len(left.merge(right, on="key")))
#> 4
# --8<-- [end:duplicate-keys]

# quiz:
#   tests: numpy-vs-pandas
#   wrong: ["int64", "object", "Int64"]
#   why: >-
#     NumPy integers have no missing value, so pandas stores a column of integers with
#     a `None` in it as `float64`, with `NaN` for the gap.
# --8<-- [start:missing-int]
import pandas as pd

print(pd.Series([1, 2, None]).dtype)
#> float64
# --8<-- [end:missing-int]
