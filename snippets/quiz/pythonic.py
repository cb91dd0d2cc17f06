# Quiz: Pythonic vs non-Pythonic (hooks/quiz.py renders it on pythonic.md).

# quiz:
#   tests: pythonic-code
#   anchor: for-else
#   wrong: ["found 3", "found 5\nno even number", "nothing"]
#   why: >-
#     The `else` of a `for` loop runs when the loop ends without `break`. No number is
#     even, so the loop never breaks.
# --8<-- [start:for-else]
for n in [3, 5, 7]:
    if n % 2 == 0:
        print("found", n)
        break
else:
    print("no even number")
#> no even number
# --8<-- [end:for-else]

# quiz:
#   tests: pythonic-code
#   anchor: truthiness
#   wrong:
#     - "[False, False, False, False, False, False]"
#     - "[False, False, False, False, True, False]"
#     - "[False, False, False, True, False, False]"
#   why: >-
#     Zero, empty containers and `None` are false; any non-empty string or container
#     is true, even `"0"` and `[0]`.
# --8<-- [start:truthiness]
print([bool(value) for value in (0, "", [], "0", [0], None)])
#> [False, False, False, True, True, False]
# --8<-- [end:truthiness]

# quiz:
#   tests: pythonic-code
#   anchor: isinstance
#   wrong: ["True True", "False False", "False True"]
#   why: >-
#     `bool` is a subclass of `int`: `isinstance` accepts subclasses, while comparing
#     `type(x)` asks for exactly one class.
# --8<-- [start:isinstance]
print(isinstance(True, int), type(True) == int)
#> True False
# --8<-- [end:isinstance]

# quiz:
#   tests: pythonic-code
#   anchor: counter
#   wrong:
#     - "[('s', 4), ('i', 4)]"
#     - "[('i', 4), ('p', 2)]"
#     - "[('m', 1), ('i', 4)]"
#   why: >-
#     `most_common` orders by count; equal counts keep the order in which the items
#     were first seen, and `i` comes before `s` in "mississippi".
# --8<-- [start:counter]
from collections import Counter

print(Counter("mississippi").most_common(2))
#> [('i', 4), ('s', 4)]
# --8<-- [end:counter]

# quiz:
#   tests: pythonic-code
#   anchor: unpacking
#   wrong:
#     - "p y n"
#     - "p ['y', 't', 'h', 'o', 'n'] n"
#     - "p ytho n"
#   why: >-
#     The starred name takes every item the others leave, always as a list, even when
#     the sequence is a string.
# --8<-- [start:star-unpacking]
first, *middle, last = "python"
print(first, middle, last)
#> p ['y', 't', 'h', 'o'] n
# --8<-- [end:star-unpacking]

# quiz:
#   tests: pythonic-code
#   anchor: swap
#   wrong: ["2 4", "1 3", "2 2"]
#   why: >-
#     The right-hand side is evaluated in full, into a tuple, before any name is
#     rebound, so `a + b` still uses the old `a`.
# --8<-- [start:tuple-assignment]
a, b = 1, 2
a, b = b, a + b
print(a, b)
#> 2 3
# --8<-- [end:tuple-assignment]
