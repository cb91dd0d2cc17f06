# --8<-- [start:solution]
CLOSER = {"(": ")", "[": "]", "{": "}"}


def is_balanced(text):
    expected = []  # a stack of the closers still owed, innermost last
    for char in text:
        if char in CLOSER:
            expected.append(CLOSER[char])
        elif char in ")]}" and (not expected or expected.pop() != char):
            return False  # nothing is open, or the wrong kind closes
    return not expected  # anything still open is unbalanced


print(is_balanced("{[()()]}"), is_balanced("print(x[0])"), is_balanced(""))
#> True True True
print(is_balanced("([)]"), is_balanced("(("), is_balanced("())"))
#> False False False
# --8<-- [end:solution]
