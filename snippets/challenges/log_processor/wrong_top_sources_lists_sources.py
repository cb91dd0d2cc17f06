# fails: check_top_sources_streams_a_file
# --8<-- [start:wrong]
import re
from collections import Counter

LINE = re.compile(r"(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    for line in lines:
        match = LINE.fullmatch(line.rstrip("\r\n"))
        if match:
            yield match.group(2, 3, 4)


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    # a list comprehension where a generator expression belongs: one entry per match
    sources = [src for lvl, src, _ in parse(lines) if lvl == level]
    return Counter(sources).most_common(n)


print(top_sources(["2025-03-01T09:30:00 ERROR db: timeout"]))
#> [('db', 1)]
# --8<-- [end:wrong]
