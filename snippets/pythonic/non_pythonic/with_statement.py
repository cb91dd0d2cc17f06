# --8<-- [start:example]
import tempfile
from pathlib import Path


def read_first_line(path):
    handle = open(path, encoding="utf-8")
    try:
        return handle.readline().rstrip("\n")
    finally:
        handle.close()


with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "notes.txt"
    path.write_text("first line\nsecond line\n", encoding="utf-8")
    print(read_first_line(path))
#> first line
# --8<-- [end:example]
