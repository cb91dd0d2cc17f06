# fails: check_unclosed_openers
# --8<-- [start:wrong]
PAIRS = {")": "(", "]": "[", "}": "{"}


def is_balanced(text):
    stack = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in PAIRS and (not stack or stack.pop() != PAIRS[char]):
            return False
    return True  # never looks at what is still open


print(is_balanced("(("))
#> True
# --8<-- [end:wrong]
