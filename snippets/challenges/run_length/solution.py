# --8<-- [start:solution]
import re
from itertools import groupby

RUN = re.compile(r"(\d+)(\D)")  # a count, then one non-digit (even "\n")


def encode(text):
    if any(char.isdecimal() for char in text):
        raise ValueError(f"cannot encode digits: {text!r}")
    return "".join(f"{len(list(run))}{char}" for char, run in groupby(text))


def decode(code):
    return "".join(char * int(count) for count, char in RUN.findall(code))


print(encode("aaabccddd"), encode(""), encode("a" * 12))
#> 3a1b2c3d  12a
print(decode("3a1b2c3d"), decode("12x"))
#> aaabccddd xxxxxxxxxxxx
text = "wow  so   many spaces\n\n"
print(decode(encode(text)) == text)
#> True
# --8<-- [end:solution]
