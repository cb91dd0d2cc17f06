# --8<-- [start:checks]
import io
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


def lines_of(count, padding=0, error_every=10):
    """`count` log lines, made one at a time; `padding` makes each one longer."""
    for n in range(count):
        level = "ERROR" if n % error_every == 0 else "INFO"
        yield f"2025-03-01T09:30:00 {level} worker{n % 7}: job {n} done" + "." * padding


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


def check_keeps_spaces_at_the_end_of_the_message(ns):
    got = list(ns.parse(["2025-03-01T09:30:00 INFO api: padded   "]))
    want = [("INFO", "api", "padded   ")]
    assert got == want, (
        f"a message that ends in spaces gave {got}, not {want}: strip only the line "
        "ending, with rstrip('\\r\\n'); strip() or rstrip() removes the message's "
        "own spaces too"
    )


def check_counts_levels(ns):
    got = ns.count_levels(SAMPLE)
    want = {"INFO": 1, "WARNING": 1, "ERROR": 4, "DEBUG": 1, "CRITICAL": 1}
    assert dict(got) == want, f"count_levels gave {dict(got)}, not {want}"


def check_top_sources(ns):
    got = ns.top_sources(SAMPLE)
    want = [("db", 2), ("payments", 2)]  # a tie: db was seen first
    assert got == want, f"top_sources gave {got}, not {want}"
    got = ns.top_sources(SAMPLE, level="INFO", n=1)
    want = [("api", 1)]
    assert got == want, f"top_sources(level='INFO', n=1) gave {got}, not {want}"


def check_ties_keep_first_seen_order(ns):
    lines = [
        "2025-03-01T09:30:00 ERROR web: timeout",
        "2025-03-01T09:30:01 ERROR api: timeout",
    ]
    got = ns.top_sources(lines)
    want = [("web", 1), ("api", 1)]
    assert got == want, (
        f"top_sources gave {got}, not {want}: equal counts keep the order in which the "
        "sources first appeared (web before api), not alphabetical order"
    )


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
    assert dict(got) == want, f"count_levels(an open file) gave {dict(got)}"


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


def peak_memory(work):
    """The most memory `work()` had allocated at once, in bytes."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    try:
        work()
        return tracemalloc.get_traced_memory()[1] - start
    finally:
        if not was_tracing:
            tracemalloc.stop()


def expect_streaming(name, use, lines=None):
    """Run use(lines) on a 2 MB log file and on the same text in an io.StringIO;
    either way it may hold only a small part of the text at once."""
    lines = lines or lines_of(5_000, padding=400)
    text = "".join(line + "\n" for line in lines)
    size = len(text)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "app.log")
        with open(path, "w") as file:
            file.write(text)
        with open(path) as file:
            on_file = peak_memory(lambda: use(file))
    buffer = io.StringIO(text)
    del text
    on_buffer = peak_memory(lambda: use(buffer))
    for source, peak in (("an open file", on_file), ("an io.StringIO", on_buffer)):
        assert peak < size / 10, (
            f"{name} on {source} of {size / 1e6:.1f} MB held {peak / 1e6:.1f} MB at "
            "once: it keeps every line or record (read(), readlines(), list(...), a "
            "list of results); take one line at a time"
        )


def check_parse_streams_a_file(ns):
    def use(file):
        for _ in ns.parse(file):
            pass

    expect_streaming("parse", use)


def check_count_levels_streams_a_file(ns):
    expect_streaming("count_levels", ns.count_levels)


def check_top_sources_streams_a_file(ns):
    # Every line an ERROR, and many short ones: a list of the matching sources (not
    # only of whole records) then outgrows the limit too.
    lines = lines_of(30_000, padding=60, error_every=1)
    expect_streaming("top_sources", ns.top_sources, lines)


# --8<-- [end:checks]
