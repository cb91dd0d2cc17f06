"""Run `ruff format` on snippets without touching their `#>` expected-output lines.

    python tools/format_snippets.py [--check] FILE...

Ruff's formatter rewrites a `#>` comment as `# >`, which would break the output lines.
It leaves `#|` comments alone, so each `#>` is masked as `#|>` around the ruff call.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MARK = re.compile(r"^(\s*)#>", re.M)
MASK = re.compile(r"^(\s*)#\|>", re.M)


def formatted(path: Path) -> str:
    masked = MARK.sub(r"\1#|>", path.read_text("utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=masked,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"{path}: ruff format failed:\n{done.stderr}")
    return MASK.sub(r"\1#>", done.stdout)


def main(argv: list[str]) -> int:
    check = argv[:1] == ["--check"]
    paths = [Path(p) for p in argv[check:]]
    if not paths:
        raise SystemExit(__doc__)
    unformatted = []
    for path in paths:
        new = formatted(path)
        if new != path.read_text("utf-8"):
            unformatted.append(path)
            if not check:
                path.write_text(new, "utf-8")
    for path in unformatted:
        print(f"{'Would reformat' if check else 'Reformatted'}: {path}")
    return 1 if check and unformatted else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
