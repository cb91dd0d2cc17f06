# fails: check_runs_longer_than_nine, check_round_trip
# --8<-- [start:wrong]
from itertools import groupby


def encode(text):
    if any(char.isdecimal() for char in text):
        raise ValueError(f"cannot encode digits: {text!r}")
    return "".join(f"{len(list(run))}{char}" for char, run in groupby(text))


def decode(code):
    # Reads the code as (digit, character) pairs: "12a" becomes "2" and "a"
    return "".join(
        char * int(count) for count, char in zip(code[::2], code[1::2], strict=False)
    )


print(repr(decode("12a")))
#> '2'
# --8<-- [end:wrong]
