# fails: check_strips_the_newline
# --8<-- [start:wrong]
from collections import Counter

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def parse(lines):
    for line in lines:
        head, colon, message = line.partition(": ")  # message keeps its "\n"
        fields = head.split(" ")
        if colon and len(fields) == 3 and fields[1] in LEVELS:
            yield fields[1], fields[2], message


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    sources = Counter(src for lvl, src, _ in parse(lines) if lvl == level)
    return sources.most_common(n)


print(list(parse(["2025-03-01T09:30:00 INFO api: started\n"])))
#> [('INFO', 'api', 'started\n')]
# --8<-- [end:wrong]
