# --8<-- [start:alt]
def is_balanced(text):
    stack = []
    for char in text:
        match char:
            case "(" | "[" | "{":
                stack.append(char)
            case ")" | "]" | "}":
                pair = (stack.pop() if stack else "") + char
                if pair not in ("()", "[]", "{}"):
                    return False
    return not stack


print(is_balanced("{[()()]}"), is_balanced("(]"), is_balanced(")("))
#> True False False
# --8<-- [end:alt]
