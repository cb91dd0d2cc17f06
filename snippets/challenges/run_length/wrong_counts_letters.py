# fails: check_runs_are_not_letter_counts, check_round_trip
# --8<-- [start:wrong]
import re
from collections import Counter


def encode(text):
    if any(char.isdecimal() for char in text):
        raise ValueError(f"cannot encode digits: {text!r}")
    # Counts each character over the whole text: fine only when runs never repeat
    return "".join(f"{count}{char}" for char, count in Counter(text).items())


def decode(code):
    return "".join(char * int(n) for n, char in re.findall(r"(\d+)(\D)", code))


print(encode("aabaa"))
#> 4a1b
# --8<-- [end:wrong]
