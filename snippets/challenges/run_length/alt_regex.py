# --8<-- [start:alt]
import re


def encode(text):
    if re.search(r"\d", text):
        raise ValueError(f"cannot encode digits: {text!r}")
    # (.)\1* matches one character and its repeats: one run per match
    return re.sub(r"(.)\1*", lambda run: f"{len(run[0])}{run[1]}", text, flags=re.S)


def decode(code):
    return re.sub(r"(\d+)(\D)", lambda run: run[2] * int(run[1]), code)


print(encode("  \n\nxx"), repr(decode(encode("  \n\nxx"))))
#> 2 2
#> 2x '  \n\nxx'
# --8<-- [end:alt]
