# --8<-- [start:example]
import os
import tempfile
from pathlib import Path


def read_settings(path):
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as handle:
        return handle.read()


with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "settings.ini"
    print(repr(read_settings(path)))
    path.write_text("debug = true\n", encoding="utf-8")
    print(repr(read_settings(path)))
#> ''
#> 'debug = true\n'
# --8<-- [end:example]
