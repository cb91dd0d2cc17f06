# --8<-- [start:alt]
from collections import Counter

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def parse(lines):
    for line in lines:
        fields = line.rstrip("\r\n").split(" ", 3)  # time, level, "source:", message
        if len(fields) < 4:
            continue
        _, level, source, message = fields
        if level in LEVELS and len(source) > 1 and source.endswith(":"):
            yield level, source[:-1], message


def count_levels(lines):
    counts = Counter()
    for level, _, _ in parse(lines):
        counts[level] += 1
    return counts


def top_sources(lines, level="ERROR", n=3):
    counts = Counter(source for lvl, source, _ in parse(lines) if lvl == level)
    return counts.most_common(n)


print(list(parse(["2025-03-01T09:30:02 ERROR db: timeout: 30 s", "garbage"])))
#> [('ERROR', 'db', 'timeout: 30 s')]
# --8<-- [end:alt]
