# fails: check_keeps_spaces_at_the_end_of_the_message
# --8<-- [start:wrong]
import re
from collections import Counter

LINE = re.compile(r"(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    for line in lines:
        match = LINE.fullmatch(line.strip())  # also eats spaces the message ends with
        if match:
            yield match.group(2, 3, 4)


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    return Counter(src for lvl, src, _ in parse(lines) if lvl == level).most_common(n)


print(list(parse(["2025-03-01T09:30:00 INFO api: padded   \n"])))
#> [('INFO', 'api', 'padded')]
# --8<-- [end:wrong]
