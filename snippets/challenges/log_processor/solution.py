# --8<-- [start:solution]
import io
import re
from collections import Counter

LINE = re.compile(r"(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    for line in lines:  # a file yields one line at a time
        match = LINE.fullmatch(line.rstrip("\r\n"))
        if match:
            yield match.group(2, 3, 4)


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def top_sources(lines, level="ERROR", n=3):
    sources = Counter(src for lvl, src, _ in parse(lines) if lvl == level)
    return sources.most_common(n)  # ties keep first-seen order


log = io.StringIO(  # stands in for open("app.log")
    "2025-03-01T09:30:00 INFO api: started\n"
    "2025-03-01T09:30:02 ERROR db: timeout: 30 s\n"
    "\n"
    "garbage line\n"
    "2025-03-01T09:30:05 ERROR payments: card declined\n"
    "2025-03-01T09:30:07 ERROR db: connection lost\n"
)
records = parse(log)
print(next(records))  # nothing past the first record has been read yet
#> ('INFO', 'api', 'started')
log.seek(0)
print(count_levels(log))
#> Counter({'ERROR': 3, 'INFO': 1})
log.seek(0)
print(top_sources(log))
#> [('db', 2), ('payments', 1)]
# --8<-- [end:solution]

# --8<-- [start:constant-memory]
import os
import re
import tempfile
import tracemalloc
from collections import Counter

LINE = re.compile(r"(\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) ([^\s:]+): (.*)")


def parse(lines):
    for line in lines:
        match = LINE.fullmatch(line.rstrip("\r\n"))
        if match:
            yield match.group(2, 3, 4)


def count_levels(lines):
    return Counter(level for level, _, _ in parse(lines))


def peak_bytes(work):
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "app.log")
    with open(path, "w") as file:
        for n in range(50_000):
            level = "ERROR" if n % 10 == 0 else "INFO"
            file.write(f"2025-03-01T09:30:00 {level} worker{n % 7}: job {n} done\n")
    size = os.path.getsize(path)
    with open(path) as file:
        streamed = peak_bytes(lambda: count_levels(file))
    with open(path) as file:
        loaded = peak_bytes(lambda: count_levels(file.readlines()))
    with open(path) as file:
        counts = count_levels(file)
print(counts, f"from a {size / 1e6:.1f} MB file")
#> Counter({'INFO': 45000, 'ERROR': 5000}) from a 2.4 MB file
print(streamed < size / 20, loaded > size)  # peak memory against the file's size
#> True True
# --8<-- [end:constant-memory]
