"""Snippet includes: check each reference and mark the block runnable or not.

A fenced block whose only line is `--8<-- "cluster/file.py:section"` shows a checked
snippet. This hook checks that the file and section exist (naming the page and line),
reads the snippet's PEP 723 header, and wraps the block in a container that carries
`data-runnable` (or, for a CPython-only snippet, the reason it cannot run in the
browser) plus a version badge when the snippet needs a newer Python. The starter of an
exercise (a folder with checks.py) also carries the exercise's name and its checks.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import snippet_deps
import snippet_harness

FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE_RE = re.compile(r'^--8<-- "(?P<file>[^":]+\.py):(?P<section>[\w-]+)"$')
BROWSER_REASONS = {
    "threads": "it starts threads, which Pyodide cannot",
    "processes": "it starts processes, which the browser cannot",
    "sockets": "it opens network sockets",
    "package": "it needs a package the site cannot load",
    "cpython-only": "it uses a CPython feature Pyodide lacks",
}
# Packages a snippet may depend on without a pin in snippets/requirements.txt: they
# ship compiled code, so only the build's Python (.venv, requirements.in) has them. The
# other runtimes skip such a file (tools/snippet_harness.py skip_reason) and the build
# checks it (hooks/quiz.py runs the data-science quiz).
BUILD_ONLY_PACKAGES = frozenset({"numpy", "pandas"})


@dataclass
class Fence:
    line: int  # 1-based line of the opening fence
    indent: str
    info: str
    body: list[str]

    @property
    def include(self) -> re.Match | None:
        lines = [row.strip() for row in self.body if row.strip()]
        return INCLUDE_RE.match(lines[0]) if len(lines) == 1 else None


def iter_fences(markdown: str, path: str) -> list[Fence]:
    """Every fenced code block of a page, with the line it starts on."""
    fences, lines, index = [], markdown.splitlines(), 0
    while index < len(lines):
        opening = FENCE_RE.match(lines[index])
        if not opening:
            index += 1
            continue
        marker, body = opening["fence"], []
        end = index + 1
        while end < len(lines):
            closing = FENCE_RE.match(lines[end])
            if (
                closing
                and closing["fence"].startswith(marker)
                and not closing["info"].strip()
            ):
                break
            body.append(lines[end])
            end += 1
        else:
            raise PluginError(f"{path}:{index + 1}: code fence is never closed")
        fences.append(
            Fence(index + 1, opening["indent"], opening["info"].strip(), body)
        )
        index = end + 1
    return fences


@cache
def shipped_packages(snippets_dir: Path) -> set[str]:
    """Package names pinned in snippets/requirements.txt (tools/snippet_deps.py)."""
    text = (snippets_dir / "requirements.txt").read_text("utf-8")
    return set(snippet_deps.pins(text))


def load_snippet(snippets_dir: Path, fence: Fence, path: str):
    include = fence.include
    file = snippets_dir / include["file"]
    where = f"{path}:{fence.line + 1}"
    if not file.is_file():
        raise PluginError(
            f"{where}: snippet file snippets/{include['file']} does not exist"
        )
    try:
        snippet = snippet_harness.load(
            f"snippets/{include['file']}", file.read_text("utf-8")
        )
    except snippet_harness.SnippetError as exc:
        raise PluginError(f"{where}: {exc}") from None
    unknown = (
        set(snippet.header.dependencies)
        - shipped_packages(snippets_dir)
        - BUILD_ONLY_PACKAGES
    )
    if unknown:
        raise PluginError(
            f"{where}: snippets/{include['file']} depends on {sorted(unknown)}, "
            "which snippets/requirements.txt does not pin"
        )
    if include["section"] not in snippet.sections:
        raise PluginError(
            f"{where}: snippets/{include['file']} has no section "
            f"{include['section']!r} (it has {sorted(snippet.sections)})"
        )
    return snippet


def exercise_checks(snippets_dir: Path, file: str) -> str | None:
    """The checks of an exercise (CONTRIBUTING.md, "Exercises"), if `file` is its
    starter: `<folder>/starter.py` next to a `checks.py`."""
    folder = (snippets_dir / file).parent
    if Path(file).name != "starter.py" or not (folder / "checks.py").is_file():
        return None
    return (folder / "checks.py").read_text("utf-8")


def wrap(
    fence: Fence,
    snippet,
    original: list[str],
    shared: bool = False,
    checks: str | None = None,
) -> list[str]:
    include, indent = fence.include, fence.indent
    header = snippet.header
    attributes = f'data-snippet="{include["file"]}" data-section="{include["section"]}"'
    if shared:
        attributes += ' data-namespace="page"'
    if checks is not None:
        # An exercise: web/runner.js adds Check, which runs these checks in the worker.
        # The folder names the exercise (its key in localStorage).
        folder = include["file"].rpartition("/")[0]
        escaped = html.escape(checks, quote=True).replace("\n", "&#10;")
        attributes += f' data-exercise="{folder}" data-checks="{escaped}"'
    if header.dependencies:
        attributes += f' data-packages="{" ".join(header.dependencies)}"'
    notes = []
    if header.requires_python:
        version = "{}.{}".format(*header.requires_python)
        attributes += f' data-requires-python="{version}"'
        notes.append(f'<span class="version-badge">Python {version}+</span>')
    if header.runtime == "free-threaded":
        # Needs a build without the GIL; the browser's Python has one.
        attributes = f'class="snippet" data-cpython-only="free-threaded" {attributes}'
        notes.append(
            '<span class="cpython-only">Runs on a free-threaded CPython only '
            "(such as <code>python3.14t</code>): it needs a build without the "
            "GIL.</span>"
        )
    elif header.browser:
        attributes = (
            f'class="snippet" data-cpython-only="{header.browser}" {attributes}'
        )
        notes.append(
            f'<span class="cpython-only">Runs on CPython only: '
            f"{BROWSER_REASONS[header.browser]}.</span>"
        )
    else:
        attributes = f'class="snippet" data-runnable {attributes}'
    opening = [f"{indent}<div {attributes} markdown>", ""]
    if notes:
        opening += [f"{indent}{' '.join(notes)}", ""]
    return opening + original + ["", f"{indent}</div>"]


def on_page_markdown(markdown, page, config, files):
    path = f"docs/{page.file.src_uri}"
    # Front matter `examples: shared`: the page's examples run in one namespace, so a
    # later example may use names an earlier one defined (by default each is fresh).
    sharing = page.meta.get("examples", "separate")
    if sharing not in ("separate", "shared"):
        raise PluginError(
            f"{path}: front matter `examples` must be 'shared' or "
            f"'separate', not {sharing!r}"
        )
    snippets_dir = Path(config["docs_dir"]).parent / "snippets"
    lines = markdown.splitlines()
    # `markdown` is the file minus its front matter (this hook runs first, before any
    # other hook edits it), so the difference in line counts maps back to file lines.
    offset = len(page.file.content_string.splitlines()) - len(lines)
    for fence in reversed(iter_fences(markdown, path)):
        if not fence.include:
            continue
        start, end = fence.line - 1, fence.line + len(fence.body)  # fence line indices
        fence.line += offset
        snippet = load_snippet(snippets_dir, fence, path)
        shown = lines[start : end + 1]
        checks = exercise_checks(snippets_dir, fence.include["file"])
        lines[start : end + 1] = wrap(
            fence, snippet, shown, sharing == "shared", checks
        )
    return "\n".join(lines) + "\n"
