# fails: check_rejects_digits
# --8<-- [start:wrong]
import re
from itertools import groupby


def encode(text):  # no check for digits
    return "".join(f"{len(list(run))}{char}" for char, run in groupby(text))


def decode(code):
    return "".join(char * int(n) for n, char in re.findall(r"(\d+)(\D)", code))


print(encode("a1b"), len(decode(encode("a1b"))))  # "111b": 111 b's, not "1", "b"
#> 1a111b 112
# --8<-- [end:wrong]
