# --8<-- [start:alt]
OPENER = {")": "(", "]": "[", "}": "{"}


def is_balanced(text):
    open_brackets = []
    for char in text:
        if char in "([{":
            open_brackets.append(char)
        elif char in OPENER:
            if open_brackets[-1:] != [OPENER[char]]:  # [] when nothing is open
                return False
            open_brackets.pop()
    return len(open_brackets) == 0


print(is_balanced("a(b[c]d)e"), is_balanced("]"), is_balanced("{"))
#> True False False
# --8<-- [end:alt]
