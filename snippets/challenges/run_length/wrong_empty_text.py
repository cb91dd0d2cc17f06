# fails: check_empty_text
# --8<-- [start:wrong]
import re


def encode(text):
    if any(char.isdecimal() for char in text):
        raise ValueError(f"cannot encode digits: {text!r}")
    parts, current, count = [], text[0], 0  # IndexError when text is ""
    for char in text:
        if char == current:
            count += 1
        else:
            parts.append(f"{count}{current}")
            current, count = char, 1
    parts.append(f"{count}{current}")
    return "".join(parts)


def decode(code):
    return "".join(char * int(n) for n, char in re.findall(r"(\d+)(\D)", code))


try:
    encode("")
except IndexError as error:
    print("IndexError:", error)
#> IndexError: string index out of range
# --8<-- [end:wrong]
