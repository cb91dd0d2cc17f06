# --8<-- [start:starter]
def encode(text):
    """Run-length encode `text`: each run of one character becomes its length and
    the character, "aaab" -> "3a1b". Runs may be longer than 9. Raise ValueError
    if `text` contains a digit (the code could not be decoded).
    """
    raise NotImplementedError("write encode")


def decode(code):
    """Undo encode: "3a1b" -> "aaab", "12x" -> "x" * 12."""
    raise NotImplementedError("write decode")


# --8<-- [end:starter]
