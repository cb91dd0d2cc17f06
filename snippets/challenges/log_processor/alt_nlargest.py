# --8<-- [start:alt]
import heapq
import re
from collections import Counter
from operator import itemgetter

LINE = re.compile(r"\S+ (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    stripped = (line.rstrip("\r\n") for line in lines)  # lazy, one line at a time
    matches = map(LINE.fullmatch, stripped)
    return (match.groups() for match in matches if match)


def count_levels(lines):
    return Counter(map(itemgetter(0), parse(lines)))


def top_sources(lines, level="ERROR", n=3):
    counts = Counter(source for lvl, source, _ in parse(lines) if lvl == level)
    # The same as sorted(..., reverse=True)[:n]: ties keep first-seen order.
    return heapq.nlargest(n, counts.items(), key=itemgetter(1))


log = ["2025-03-01T09:30:00 ERROR db: timeout", "2025-03-01T09:30:01 ERROR web: 502"]
print(top_sources(log), count_levels(log))
#> [('db', 1), ('web', 1)] Counter({'ERROR': 2})
# --8<-- [end:alt]
