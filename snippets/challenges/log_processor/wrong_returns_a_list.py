# fails: check_parse_is_lazy, check_parse_streams_a_file
# fails: check_count_levels_streams_a_file, check_top_sources_streams_a_file
# --8<-- [start:wrong]
import re
from collections import Counter

LINE = re.compile(r"(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    records = []  # every record of the file, held until the end
    for line in lines:
        match = LINE.fullmatch(line.rstrip("\r\n"))
        if match:
            records.append(match.group(2, 3, 4))
    return records


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    sources = Counter(src for lvl, src, _ in parse(lines) if lvl == level)
    return sources.most_common(n)


print(type(parse(["2025-03-01T09:30:00 INFO api: started"])).__name__)
#> list
# --8<-- [end:wrong]
