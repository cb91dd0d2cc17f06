# fails: check_wrong_kind_or_order
# --8<-- [start:wrong]
def is_balanced(text):
    stack = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in ")]}":
            if not stack:
                return False
            stack.pop()  # pops, but never checks the kind
    return not stack


print(is_balanced("(]"))
#> True
# --8<-- [end:wrong]
