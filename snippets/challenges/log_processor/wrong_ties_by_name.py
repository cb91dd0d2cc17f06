# fails: check_top_sources
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
    sources = Counter(src for lvl, src, _ in parse(lines) if lvl == level)
    pairs = sorted(((count, src) for src, count in sources.items()), reverse=True)
    return [(src, count) for count, src in pairs[:n]]  # a tie: the later name wins


log = ["2025-03-01T09:30:00 ERROR db: timeout", "2025-03-01T09:30:01 ERROR web: 502"]
print(top_sources(log))
#> [('web', 1), ('db', 1)]
# --8<-- [end:wrong]
