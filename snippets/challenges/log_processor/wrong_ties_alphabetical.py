# fails: check_ties_keep_first_seen_order
# --8<-- [start:wrong]
from collections import Counter

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def parse(lines):
    for line in lines:
        line = line.rstrip("\n")
        parts = line.split(" ", 3)
        if len(parts) != 4:
            continue
        _timestamp, level, source, message = parts
        if level not in LEVELS or not source.endswith(":") or len(source) < 2:
            continue
        yield level, source[:-1], message


def count_levels(lines):
    return Counter(level for level, _source, _message in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    counts = Counter(source for lvl, source, _message in parse(lines) if lvl == level)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:n]


print(
    top_sources(
        ["2025-03-01T09:30:00 ERROR web: x", "2025-03-01T09:30:01 ERROR api: y"]
    )
)
#> [('api', 1), ('web', 1)]
# --8<-- [end:wrong]
