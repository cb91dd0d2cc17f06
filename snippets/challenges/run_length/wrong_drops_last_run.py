# fails: check_encodes_runs, check_keeps_the_last_run, check_runs_are_not_letter_counts
# fails: check_runs_longer_than_nine, check_round_trip
# --8<-- [start:wrong]
def encode(text):
    if any(char.isdecimal() for char in text):
        raise ValueError(f"cannot encode digits: {text!r}")
    if not text:
        return ""
    parts, current, count = [], text[0], 0
    for char in text:
        if char == current:
            count += 1
        else:
            parts.append(f"{count}{current}")  # written when the next run starts...
            current, count = char, 1
    return "".join(parts)  # ...so the last run is never written


def decode(code):
    out, count = [], ""
    for char in code:
        if char.isdecimal():
            count += char
        else:
            out.append(char * int(count))
            count = ""
    return "".join(out)


print(repr(encode("aaab")), repr(encode("x")))
#> '3a' ''
# --8<-- [end:wrong]
