# fails: check_closer_with_nothing_open
# --8<-- [start:wrong]
PAIRS = {")": "(", "]": "[", "}": "{"}


def is_balanced(text):
    stack = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in PAIRS and stack.pop() != PAIRS[char]:  # IndexError if empty
            return False
    return not stack


try:
    is_balanced("())")
except IndexError as error:
    print("IndexError:", error)
#> IndexError: pop from empty list
# --8<-- [end:wrong]
