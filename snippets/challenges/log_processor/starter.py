# --8<-- [start:starter]
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def parse(lines):
    """Yield (level, source, message) for each well-formed line, one at a time.

    A well-formed line is "<timestamp> <LEVEL> <source>: <message>", such as
    "2025-03-01T09:30:00 ERROR payments: card declined", with LEVEL one of
    LEVELS. Skip every other line. A line read from a file ends with a newline:
    drop it. `lines` may be a huge file: never hold all of it in memory.
    """
    raise NotImplementedError("write parse")


def count_levels(lines):
    """A Counter of the levels of the well-formed lines."""
    raise NotImplementedError("write count_levels")


def top_sources(lines, level="ERROR", n=3):
    """The `n` sources with the most lines of `level`, as (source, count) pairs,
    most first; a tie goes to the source that appeared first."""
    raise NotImplementedError("write top_sources")


# --8<-- [end:starter]
