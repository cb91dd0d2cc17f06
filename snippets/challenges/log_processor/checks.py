# --8<-- [start:checks]
import os
import tempfile
import tracemalloc

SAMPLE = [
    "2025-03-01T09:30:00 INFO api: started",
    "2025-03-01T09:30:01 WARNING api: slow request",
    "2025-03-01T09:30:02 ERROR db: timeout: 30 s",
    "2025-03-01T09:30:03 ERROR payments: card declined",
    "2025-03-01T09:30:04 DEBUG cache: miss",
    "2025-03-01T09:30:05 ERROR db: connection lost",
    "2025-03-01T09:30:06 ERROR payments: card expired",
    "2025-03-01T09:30:07 CRITICAL disk: full",
]


def lines_of(count):
    """`count` log lines, made one at a time."""
    for n in range(count):
        level = "ERROR" if n % 10 == 0 else "INFO"
        yield f"2025-03-01T09:30:00 {level} worker{n % 7}: job {n} finished"


def check_parses_a_line(ns):
    got = list(ns.parse(["2025-03-01T09:30:03 ERROR payments: card declined"]))
    want = [("ERROR", "payments", "card declined")]
    assert got == want, f"parse gave {got}, not {want}"


def check_message_may_contain_colons(ns):
    got = list(ns.parse(["2025-03-01T09:30:02 ERROR db: timeout: 30 s"]))
    want = [("ERROR", "db", "timeout: 30 s")]
    assert got == want, f"parse gave {got}, not {want}"


def check_skips_blank_and_malformed_lines(ns):
    bad = [
        "",
        "   ",
        "garbage",
        "2025-03-01T09:30:00 ERROR",  # no source, no message
        "2025-03-01T09:30:00 ERROR no colon here",
        "2025-03-01T09:30:00 LOUD api: unknown level",
    ]
    for line in bad:
        got = list(ns.parse([line]))
        assert got == [], f"parse({[line]}) gave {got}, not []"


def check_strips_the_newline(ns):
    got = list(ns.parse(["2025-03-01T09:30:00 INFO api: started\n"]))
    want = [("INFO", "api", "started")]
    assert got == want, f"a line ending in \\n gave {got}, not {want}"


def check_counts_levels(ns):
    got = ns.count_levels(SAMPLE)
    want = {"INFO": 1, "WARNING": 1, "ERROR": 4, "DEBUG": 1, "CRITICAL": 1}
    assert dict(got) == want, f"count_levels gave {got}"


def check_top_sources(ns):
    got = ns.top_sources(SAMPLE)
    assert got == [("db", 2), ("payments", 2)], f"top_sources gave {got}"
    got = ns.top_sources(SAMPLE, level="INFO", n=1)
    assert got == [("api", 1)], f"top_sources(level='INFO', n=1) gave {got}"


def check_empty_input(ns):
    assert dict(ns.count_levels([])) == {}, "count_levels([]) should be empty"
    assert list(ns.top_sources([])) == [], "top_sources([]) should be []"


def check_reads_a_file(ns):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "app.log")
        with open(path, "w") as file:
            file.write("\n".join(SAMPLE) + "\n")
        with open(path) as file:
            got = ns.count_levels(file)
    want = {"INFO": 1, "WARNING": 1, "ERROR": 4, "DEBUG": 1, "CRITICAL": 1}
    assert dict(got) == want, f"count_levels(an open file) gave {got}"


def check_parse_is_lazy(ns):
    read = 0

    def counted():
        nonlocal read
        for line in lines_of(10_000):
            read += 1
            yield line

    next(iter(ns.parse(counted())))
    assert read <= 100, (
        f"parse read {read:,} lines to give the first record: it should give each "
        "record as soon as its line is read"
    )


def check_constant_memory(ns):
    count = 50_000
    size = sum(map(len, lines_of(count)))
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    try:
        counts = ns.count_levels(lines_of(count))
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        if not was_tracing:
            tracemalloc.stop()
    assert sum(counts.values()) == count, f"counted {sum(counts.values())} lines"
    assert peak < size / 10, (
        f"used {peak / 1e6:.1f} MB for {size / 1e6:.1f} MB of lines: it holds them "
        "all in memory; handle one line at a time"
    )


# --8<-- [end:checks]
