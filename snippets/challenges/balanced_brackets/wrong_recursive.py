# fails: check_deep_nesting_without_recursion
# --8<-- [start:wrong]
PAIRS = {"(": ")", "[": "]", "{": "}"}


def is_balanced(text):
    brackets = [char for char in text if char in "()[]{}"]
    end = parse(brackets, 0)
    return end == len(brackets)


def parse(brackets, i):
    """Parse a run of groups from i; return where it stops, or -1 on a mismatch."""
    while i < len(brackets) and brackets[i] in PAIRS:
        inner = parse(brackets, i + 1)  # one call per level of nesting
        if inner in (-1, len(brackets)) or brackets[inner] != PAIRS[brackets[i]]:
            return -1
        i = inner + 1
    return i


print(is_balanced("{[()()]}"), is_balanced("([)]"))
#> True False
try:
    is_balanced("(" * 5_000 + ")" * 5_000)
except RecursionError:
    print("RecursionError")
#> RecursionError
# --8<-- [end:wrong]
