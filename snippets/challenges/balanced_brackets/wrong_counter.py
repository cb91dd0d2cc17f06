# fails: check_wrong_kind_or_order
# --8<-- [start:wrong]
def is_balanced(text):
    depth = 0
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1  # any closer closes any opener
            if depth < 0:
                return False
    return depth == 0


print(is_balanced("(()"), is_balanced("([)]"))
#> False True
# --8<-- [end:wrong]
