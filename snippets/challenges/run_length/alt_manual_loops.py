# --8<-- [start:alt]
def encode(text):
    parts, index = [], 0
    while index < len(text):
        char, end = text[index], index
        if char.isdecimal():
            raise ValueError(f"cannot encode digits: {text!r}")
        while end < len(text) and text[end] == char:
            end += 1
        parts.append(f"{end - index}{char}")
        index = end
    return "".join(parts)


def decode(code):
    parts, digits = [], ""
    for char in code:
        if char.isdecimal():
            digits += char  # several digits make one count
        else:
            parts.append(char * int(digits))
            digits = ""
    return "".join(parts)


print(encode("aaab"), decode("10z1!"), repr(encode("")))
#> 3a1b zzzzzzzzzz! ''
# --8<-- [end:alt]
