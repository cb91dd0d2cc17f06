# fails: check_message_may_contain_colons, check_counts_levels, check_top_sources
# fails: check_reads_a_file
# --8<-- [start:wrong]
from collections import Counter

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def parse(lines):
    for line in lines:
        try:
            head, message = line.rstrip("\r\n").split(": ")  # every ": " splits
            _, level, source = head.split(" ")
        except ValueError:
            continue  # meant for malformed lines; it also drops "timeout: 30 s"
        if level in LEVELS:
            yield level, source, message


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    sources = Counter(src for lvl, src, _ in parse(lines) if lvl == level)
    return sources.most_common(n)


print(list(parse(["2025-03-01T09:30:02 ERROR db: timeout: 30 s"])))
#> []
# --8<-- [end:wrong]
