"""Stop the build while a page or snippet still holds `make question`'s placeholders.

tools/new_question.py writes each placeholder as a `TODO` that says what to write
there, and `tags: [todo]`. `mkdocs build` fails naming every such line; `mkdocs serve`
only lists them (at INFO: the config is strict, a warning would stop it), so a
contributor can watch the question take shape.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.scaffold_placeholders")
TODO_RE = re.compile(r"\bTODO\b")
TODO_TAG_RE = re.compile(r"^\s*tags:\s*\[\s*todo\s*\]")
_command = "build"


def placeholders(root: Path) -> list[str]:
    """`file:line: ...` for every scaffold placeholder under docs/ and snippets/."""
    problems = []
    files = [*sorted((root / "docs").rglob("*.md")), *(root / "snippets").rglob("*.py")]
    for path in sorted(files):
        relative = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if TODO_TAG_RE.match(line):
                problems.append(
                    f"{relative}:{number}: `tags: [todo]` is the scaffold's "
                    "placeholder: list the question's real tags, e.g. "
                    "[functools, caching]"
                )
            elif TODO_RE.search(line):
                problems.append(
                    f"{relative}:{number}: scaffold placeholder left; write what it "
                    f"asks for: {line.strip()}"
                )
    return problems


def on_startup(command, dirty):
    global _command
    _command = command


def on_pre_build(config):
    problems = placeholders(Path(config["docs_dir"]).parent)
    if not problems:
        return
    if _command == "serve":
        for problem in problems:
            log.info(problem)
        return
    raise PluginError(
        "the new question still holds placeholders (make question wrote them):\n"
        + "\n".join(problems)
    )
