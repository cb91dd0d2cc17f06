"""Run snippet sections and compare their output with the `#>` lines beside the code.

Pure standard library, so the same file runs under every CPython and under Pyodide.
Used three ways:
  python snippet_harness.py --check FILE...   human report on this interpreter
  python snippet_harness.py --update [--dry-run] FILE[:SECTION,...]...
                                              rewrite `#>` lines from real output: all
                                              or nothing, only where they differ
  python snippet_harness.py --json            batch mode for pytest (JSON in and out)
"""

from __future__ import annotations

import ast
import difflib
import functools
import importlib.util
import io
import json
import os
import re
import sys
import sysconfig
import tomllib
import traceback
import types
from dataclasses import dataclass, field

SECTION_RE = re.compile(r"^\s*# --8<-- \[(start|end):([\w-]+)\]\s*$")
EXPECTED_RE = re.compile(
    r"^(?P<indent>\s*)#>(?:\[(?P<tags>[^\]]*)\])?(?: (?P<text>.*))?$"
)
# [^\n]*, not .*: under re.S `.` crosses lines, and the search backtracked for minutes
# on a file with many comment lines after its header.
HEADER_RE = re.compile(
    r"(?ms)^# /// script\s*$\n(?P<body>(?:^#(?: [^\n]*)?$\n)*?)^# ///\s*$"
)
VERSION_TAG_RE = re.compile(r"^(>=|<=|==|>|<)?(\d+)\.(\d+)$")
PLACEHOLDER = "<varies>"
BROWSER_REASONS = {"threads", "processes", "sockets", "package", "cpython-only"}
RUNTIMES = {"free-threaded"}


class SnippetError(Exception):
    """A snippet file breaks the contract; the message starts with `path:line:`."""


@dataclass
class Header:
    requires_python: tuple[int, int] | None = None
    browser: str | None = None  # why it cannot run in the browser; None = it can
    runtime: str | None = None
    dependencies: list[str] = field(
        default_factory=list
    )  # from snippets/requirements.txt


@dataclass
class Expected:
    line: int  # 1-based line of the `#>` comment in the file
    tags: tuple[str, ...]
    text: str


@dataclass
class Section:
    name: str
    start: int  # 1-based line of the first code line (after the start marker)
    lines: list[str]
    # top-level statement end line -> expected lines after it
    expected: dict[int, list[Expected]] = field(default_factory=dict)
    statements: list[tuple[int, int]] = field(default_factory=list)  # (first, last)


@dataclass
class Snippet:
    path: str
    text: str
    header: Header
    sections: dict[str, Section]


def current_runtime() -> dict:
    pyodide = sys.platform == "emscripten"
    return {
        "impl": "pyodide" if pyodide else "cpython",
        "version": list(sys.version_info[:2]),
        "full_version": ".".join(map(str, sys.version_info[:3])),
        "bits": 64 if sys.maxsize > 2**32 else 32,
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    }


def parse_header(path: str, text: str) -> Header:
    match = HEADER_RE.search(text)
    if not match:
        return Header()
    line = text[: match.start()].count("\n") + 1
    body = "\n".join(row[2:] for row in match["body"].splitlines())
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError as exc:
        raise SnippetError(f"{path}:{line}: bad `# /// script` header: {exc}") from None
    header = Header()
    unknown = set(data) - {"requires-python", "dependencies", "tool"}
    guide = data.get("tool", {}).get("guide", {})
    unknown |= {f"tool.guide.{key}" for key in set(guide) - {"browser", "runtime"}}
    if unknown:
        raise SnippetError(f"{path}:{line}: unknown header keys {sorted(unknown)}")
    if "requires-python" in data:
        found = re.fullmatch(r">=\s*3\.(\d+)", data["requires-python"])
        if not found:
            raise SnippetError(
                f"{path}:{line}: requires-python must look like '>=3.12'"
            )
        header.requires_python = (3, int(found[1]))
    if "dependencies" in data:
        names = data["dependencies"]
        if not (isinstance(names, list) and names) or not all(
            isinstance(name, str) and re.fullmatch(r"[a-z0-9-]+", name)
            for name in names
        ):
            raise SnippetError(
                f"{path}:{line}: dependencies must be a list of package names, "
                'such as ["django"] (versions are pinned in snippets/requirements.txt)'
            )
        header.dependencies = names
    if "browser" in guide:
        if guide["browser"] not in BROWSER_REASONS:
            raise SnippetError(
                f"{path}:{line}: browser = {guide['browser']!r} is not one of "
                f"{sorted(BROWSER_REASONS)}"
            )
        header.browser = guide["browser"]
    if "runtime" in guide:
        if guide["runtime"] not in RUNTIMES:
            raise SnippetError(
                f"{path}:{line}: runtime must be one of {sorted(RUNTIMES)}"
            )
        header.runtime = guide["runtime"]
    return header


def parse_sections(path: str, text: str) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    open_section: Section | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        marker = SECTION_RE.match(line)
        if not marker:
            if open_section:
                open_section.lines.append(line)
            continue
        kind, name = marker.groups()
        if kind == "start":
            if open_section:
                raise SnippetError(
                    f"{path}:{number}: section {name!r} starts inside "
                    f"{open_section.name!r}"
                )
            if name in sections:
                raise SnippetError(f"{path}:{number}: duplicate section {name!r}")
            open_section = sections[name] = Section(name, number + 1, [])
        elif not open_section or open_section.name != name:
            raise SnippetError(
                f"{path}:{number}: [end:{name}] without a matching start"
            )
        else:
            open_section = None
    if open_section:
        raise SnippetError(
            f"{path}:{open_section.start - 1}: section "
            f"{open_section.name!r} is never ended"
        )
    for section in sections.values():
        index_section(path, section)
    check_pairs_complete(path, sections)
    return sections


PAIR_RE = re.compile(r"^(?P<name>[\w-]+)-(?P<half>broken|fixed)$")
OTHER_HALF = {"broken": "fixed", "fixed": "broken"}


def pairs(sections: dict[str, Section]) -> list[tuple[Section, Section]]:
    """The (broken, fixed) section pairs of a file: `<name>-broken`, `<name>-fixed`."""
    return [
        (section, sections[f"{found['name']}-fixed"])
        for name, section in sections.items()
        if (found := PAIR_RE.match(name))
        and found["half"] == "broken"
        and f"{found['name']}-fixed" in sections
    ]


def check_pairs_complete(path: str, sections: dict[str, Section]) -> None:
    """A fix is shown with the failure it fixes: each half of a pair needs the other."""
    for name, section in sections.items():
        found = PAIR_RE.match(name)
        if not found:
            continue
        other = f"{found['name']}-{OTHER_HALF[found['half']]}"
        if other not in sections:
            raise SnippetError(
                f"{path}:{section.start - 1}: section {name!r} has no partner "
                f"{other!r} in this file; a broken/fixed pair needs both halves"
            )


def index_section(path: str, section: Section) -> None:
    """Find the top-level statements and the `#>` block that follows each one."""
    source = "\n" * (section.start - 1) + "\n".join(section.lines)
    try:
        tree = ast.parse(source, path)
    except SyntaxError as exc:
        raise SnippetError(f"{path}:{exc.lineno}: syntax error: {exc.msg}") from None
    # A decorated def or class starts at its first decorator, which runs (and may
    # print) when the statement does.
    section.statements = [
        (
            min(
                [node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))]
            ),
            node.end_lineno,
        )
        for node in tree.body
    ]
    if not section.statements:
        raise SnippetError(
            f"{path}:{section.start}: section {section.name!r} has no code"
        )
    previous_code_line = None
    for offset, line in enumerate(section.lines):
        number = section.start + offset
        found = EXPECTED_RE.match(line)
        if not found:
            if line.strip():
                previous_code_line = number
            continue
        owner = next(
            (end for _, end in section.statements if end == previous_code_line), None
        )
        if owner is None:
            raise SnippetError(
                f"{path}:{number}: a `#>` line must come right after the "
                "end of a top-level statement"
            )
        tags = tuple(
            tag.strip() for tag in (found["tags"] or "").split(",") if tag.strip()
        )
        for tag in tags:
            check_tag(path, number, tag)
        section.expected.setdefault(owner, []).append(
            Expected(number, tags, found["text"] or "")
        )


def check_tag(path: str, line: int, tag: str) -> None:
    if tag not in {"cpython", "pyodide", "64bit", "32bit"} and not VERSION_TAG_RE.match(
        tag
    ):
        raise SnippetError(f"{path}:{line}: unknown output variant tag [{tag}]")


def tag_holds(tag: str, runtime: dict) -> bool:
    if tag in ("cpython", "pyodide"):
        return runtime["impl"] == tag
    if tag in ("64bit", "32bit"):
        return runtime["bits"] == int(tag[:2])
    op, major, minor = VERSION_TAG_RE.match(tag).groups()
    have, want = tuple(runtime["version"]), (int(major), int(minor))
    return {
        None: have == want,
        "==": have == want,
        ">=": have >= want,
        "<=": have <= want,
        ">": have > want,
        "<": have < want,
    }[op]


def applies(expected: Expected, runtime: dict) -> bool:
    return all(tag_holds(tag, runtime) for tag in expected.tags)


def expected_lines(section: Section, runtime: dict) -> list[str]:
    """The `#>` texts that apply on `runtime`, in the order the section prints them."""
    return [
        expected.text
        for _, end in section.statements
        for expected in section.expected.get(end, [])
        if applies(expected, runtime)
    ]


def line_matches(pattern: str, actual: str) -> bool:
    if PLACEHOLDER not in pattern:
        return pattern == actual
    parts = map(re.escape, pattern.split(PLACEHOLDER))
    return re.fullmatch("[^\n]*".join(parts), actual) is not None


def load(path: str, text: str) -> Snippet:
    return Snippet(path, text, parse_header(path, text), parse_sections(path, text))


class _Capture(io.TextIOBase):
    """Stands in for stdout and stderr; tags each write with the top-level statement."""

    def __init__(self, filename: str, statement_end) -> None:
        self.filename, self.statement_end, self.chunks = filename, statement_end, []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        frame = sys._getframe(1)
        while frame and not (
            frame.f_code.co_filename == self.filename
            and frame.f_code.co_name == "<module>"
        ):
            frame = frame.f_back
        owner = self.statement_end(frame.f_lineno) if frame else None
        self.chunks.append((owner, text))
        return len(text)


def run_section(
    snippet: Snippet, section: Section
) -> tuple[dict[int | None, list[str]], str]:
    """Run a section in a fresh namespace; return its output by statement, and error."""

    def statement_end(line: int) -> int | None:
        return next(
            (end for first, end in section.statements if first <= line <= end), None
        )

    source = "\n" * (section.start - 1) + "\n".join(section.lines) + "\n"
    # Imported first, so never unloaded below: compiled modules (numpy) cannot be
    # loaded twice in one process.
    for name in unpinned_dependencies(snippet):
        importlib.import_module(name)
    capture = _Capture(snippet.path, statement_end)
    saved = sys.stdout, sys.stderr, sys.modules["__main__"]
    # Sections share a process: one that raises the limit must not change the next.
    recursion_limit = sys.getrecursionlimit()
    imported_before = set(sys.modules)
    # The section runs as a script does: as the module __main__, so that code looking
    # itself up there (Django's import_string, pickle, dataclasses) finds it.
    main = types.ModuleType("__main__")
    sys.stdout = sys.stderr = capture
    sys.modules["__main__"] = main
    error = ""
    try:
        # dont_inherit: this module's own `from __future__` imports must not leak in.
        code = compile(source, snippet.path, "exec", dont_inherit=True)
        exec(code, main.__dict__)
    except BaseException as exc:
        # Drop this function's own frame: the reader sees only the snippet's lines.
        error = "".join(
            traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)
        )
    finally:
        sys.stdout, sys.stderr, sys.modules["__main__"] = saved
        sys.setrecursionlimit(recursion_limit)
        forget_packages(imported_before)
    output: dict[int | None, list[str]] = {}
    line_owner, line_text = None, ""
    for owner, text in capture.chunks:
        for piece in re.split(r"(\n)", text):
            if not piece:
                continue
            if not line_text and piece != "\n":
                line_owner = owner
            if piece == "\n":
                output.setdefault(line_owner if line_text else owner, []).append(
                    line_text
                )
                line_text = ""
            else:
                line_text += piece
    if line_text:
        output.setdefault(line_owner, []).append(line_text)
    return output, error


def forget_packages(imported_before: set[str]) -> None:
    """Unload the packages (not the standard library) a section imported, so the next
    section imports them afresh, as a new process would: a framework configured by one
    section (Django's settings, Flask's app) cannot leak into the next."""
    for name in set(sys.modules) - imported_before:
        if name.partition(".")[0] not in sys.stdlib_module_names:
            del sys.modules[name]


# snippets/requirements.txt, found from this file (tools/pyodide_check.mjs copies it to
# the same place relative to the harness inside Pyodide).
REQUIREMENTS = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "snippets", "requirements.txt"
)


@functools.cache
def pinned_packages() -> set[str] | None:
    """Names snippets/requirements.txt pins (canonical), or None if it is not there."""
    try:
        with open(REQUIREMENTS, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return None
    names = (line.split("#")[0].split("==")[0].strip() for line in text.splitlines())
    return {re.sub(r"[-_.]+", "-", name).lower() for name in names if name}


def unpinned_dependencies(snippet: Snippet) -> list[str]:
    """The file's packages that snippets/requirements.txt does not pin (numpy and
    pandas, hooks/runnable_snippets.py BUILD_ONLY_PACKAGES): only the build has them."""
    pinned = pinned_packages()
    if pinned is None:
        return []
    return [name for name in snippet.header.dependencies if name not in pinned]


def skip_reason(snippet: Snippet, runtime: dict) -> str | None:
    # An unpinned package is missing from the runtimes that only have the pinned ones;
    # a pinned package that fails to import is a failure, not a skip.
    unpinned = unpinned_dependencies(snippet)
    if any(importlib.util.find_spec(name) is None for name in unpinned):
        return (
            f"needs {'/'.join(unpinned)}, which only the build's Python has; "
            "the build checks this file"
        )
    need = snippet.header.requires_python
    if need and tuple(runtime["version"]) < need:
        return f"needs Python >= {need[0]}.{need[1]} (requires-python in the header)"
    if snippet.header.runtime == "free-threaded" and not runtime["free_threaded"]:
        return "needs a free-threaded build; runs in the CI job that has one"
    if runtime["free_threaded"] and snippet.header.runtime != "free-threaded":
        return "the free-threaded CI job checks only snippets marked for it"
    return None


def compare(
    snippet: Snippet, section: Section, runtime: dict, ran: tuple | None = None
) -> dict:
    """Run a section (or take `ran`, the (output, error) of an earlier run of the same
    code) and report {status, message}: pass, mismatch, error or skip."""
    reason = skip_reason(snippet, runtime)
    if reason:
        return {"status": "skip", "message": reason}
    output, error = ran or run_section(snippet, section)
    problems = []
    stray = output.get(None)
    if stray:
        problems.append(
            f"{snippet.path}:{section.start}: output not produced by a "
            f"top-level statement: {stray!r}"
        )
    for _, end in section.statements:
        want = [e for e in section.expected.get(end, []) if applies(e, runtime)]
        got = output.get(end, [])
        first_bad = next(
            (
                i
                for i, (w, g) in enumerate(zip(want, got, strict=False))
                if not line_matches(w.text, g)
            ),
            min(len(want), len(got)),
        )
        if first_bad == len(want) == len(got):
            continue
        # Point at the first wrong `#>` line (or the last one, if lines are missing).
        line = want[min(first_bad, len(want) - 1)].line if want else end
        shown = "\n".join(f"    #> {w.text}" for w in want) or "    (none)"
        actual = "\n".join(f"    #> {g}" for g in got) or "    (none)"
        problems.append(
            f"{snippet.path}:{line}: output of the statement ending on line "
            f"{end} differs\n  expected:\n{shown}\n  actual:\n{actual}"
        )
    if error:
        problems.append(f"{snippet.path}: section {section.name!r} raised:\n{error}")
    if not problems:
        return {"status": "pass", "message": ""}
    return {"status": "error" if error else "mismatch", "message": "\n".join(problems)}


def comparable_output(section: Section, runtime: dict, output: dict) -> list[str]:
    """The section's real output in order, without the lines its `#>` lines mark
    `<varies>` (timings, ids): what must differ between the halves of a pair."""
    lines = []
    for _, end in section.statements:
        want = [e for e in section.expected.get(end, []) if applies(e, runtime)]
        for index, got in enumerate(output.get(end, [])):
            if index < len(want) and PLACEHOLDER in want[index].text:
                continue
            lines.append(got)
    return lines + output.get(None, [])


def pair_problems(snippet: Snippet, runtime: dict, runs: dict) -> dict[str, str]:
    """For each pair whose halves both ran cleanly here but printed the same thing:
    {section name: problem}, reported on both halves."""
    problems = {}
    for broken, fixed in pairs(snippet.sections):
        if broken.name not in runs or fixed.name not in runs:
            continue
        (broken_out, broken_error), (fixed_out, fixed_error) = (
            runs[broken.name],
            runs[fixed.name],
        )
        if broken_error or fixed_error:
            continue  # compare() already reports the exception
        if comparable_output(broken, runtime, broken_out) != comparable_output(
            fixed, runtime, fixed_out
        ):
            continue
        message = (
            f"{snippet.path}:{broken.start - 1}: sections {broken.name!r} and "
            f"{fixed.name!r} (line {fixed.start - 1}) print the same output here, "
            "ignoring `<varies>` lines: the broken version must show the failure "
            "the fix removes (e.g. print the lost updates)"
        )
        problems[broken.name] = problems[fixed.name] = message
    return problems


def check_sections(snippet: Snippet, runtime: dict, runs: dict) -> dict[str, dict]:
    """compare() for every section, from `runs` ({name: (output, error)}, empty when
    the file is skipped here), plus the broken/fixed pair contract."""
    results = {
        name: compare(snippet, section, runtime, runs.get(name))
        for name, section in snippet.sections.items()
    }
    for name, message in pair_problems(snippet, runtime, runs).items():
        result = results[name]
        result["message"] = "\n".join(filter(None, [result["message"], message]))
        if result["status"] == "pass":
            result["status"] = "mismatch"
    return results


def run_all(snippet: Snippet, runtime: dict) -> dict:
    """Run every section once ({name: (output, error)}); nothing if skipped here."""
    if skip_reason(snippet, runtime):
        return {}
    return {name: run_section(snippet, s) for name, s in snippet.sections.items()}


def update(snippet: Snippet, runtime: dict, only: set[str] | None = None) -> str:
    """Return the text with the `#>` blocks of the sections named in `only` (all when
    None) rewritten from this runtime's output. Blocks whose output already matches
    are left exactly as they are; anything it cannot do safely raises SnippetError."""
    if skip_reason(snippet, runtime):
        return snippet.text
    edits: list[tuple[int, int, list[str]]] = []  # (first index, stop index, new rows)
    runs = {}
    for section in snippet.sections.values():
        if only is not None and section.name not in only:
            continue
        output, error = runs[section.name] = run_section(snippet, section)
        if error:
            raise SnippetError(
                f"{snippet.path}: section {section.name!r} raised:\n{error}"
            )
        if output.get(None):
            raise SnippetError(
                f"{snippet.path}:{section.start - 1}: section {section.name!r} "
                "prints outside its top-level statements (a thread, an exit "
                "handler), so its output cannot be placed: update it by hand"
            )
        for _, end in section.statements:
            edit = statement_edit(snippet.path, section, end, output, runtime)
            if edit:
                edits.append(edit)
    if not edits:
        return snippet.text
    lines = snippet.text.splitlines()
    for first, stop, rows in sorted(edits, reverse=True):
        lines[first:stop] = rows
    new_text = "\n".join(lines) + "\n"
    verify_update(snippet, new_text, runtime, runs)
    return new_text


def statement_edit(
    path: str, section: Section, end: int, output: dict, runtime: dict
) -> tuple[int, int, list[str]] | None:
    """How to rewrite the `#>` block of the statement ending on line `end`: (first,
    stop, rows) to put in place of lines[first:stop], or None if it already matches."""
    old, new = section.expected.get(end, []), output.get(end, [])
    mine = [e for e in old if applies(e, runtime)]
    if len(mine) == len(new) and all(
        line_matches(e.text, n) for e, n in zip(mine, new, strict=True)
    ):
        return None
    if any(e.tags for e in old):
        raise SnippetError(
            f"{path}:{old[0].line}: output has runtime variants; update it by hand"
        )
    kept = [
        o.text if o and line_matches(o.text, n) else n
        for o, n in zip(old + [None] * len(new), new, strict=False)
    ]
    rows = [f"#> {text}" if text else "#>" for text in kept]
    # In place of the old block, wherever it is (ruff puts blank lines between a
    # def and its block); a new block goes right under the statement, or under the
    # blank lines after a def or class, where ruff would move it.
    if old:
        return old[0].line - 1, old[-1].line, rows
    first = next(first for first, last in section.statements if last == end)
    code = section.lines[first - section.start].lstrip()
    at = end
    if re.match(r"(@|def |async def |class )", code):
        after = section.lines[end - section.start + 1 :]
        at += next((i for i, row in enumerate(after) if row.strip()), len(after))
    return at, at, rows


def verify_update(snippet: Snippet, new_text: str, runtime: dict, runs: dict) -> None:
    """The rewritten file must parse and match the very output it was written from."""
    try:
        rewritten = load(snippet.path, new_text)
    except SnippetError as exc:
        raise SnippetError(f"{exc} (after the update; nothing written)") from None
    for name, (output, _) in runs.items():
        before, after = snippet.sections[name], rewritten.sections[name]
        moved = {
            old_end: new_end
            for (_, old_end), (_, new_end) in zip(
                before.statements, after.statements, strict=True
            )
        }
        placed = {moved[end]: rows for end, rows in output.items() if end}
        result = compare(rewritten, after, runtime, (placed, ""))
        if result["status"] != "pass":
            raise SnippetError(
                f"{snippet.path}:{before.start - 1}: cannot place the output of "
                f"section {name!r} unambiguously; update it by hand "
                f"(nothing written):\n{result['message']}"
            )


def run_batch(request: dict) -> dict:
    """Check files ({"files": [{"path", "text", "mutants"?}]}); results keep the
    request's order. `mutants` are copies of the text with `#>` lines changed: each is
    compared with the output of the one real run (tests/test_breakages.py)."""
    runtime = current_runtime()
    results = []
    for item in request["files"]:
        try:
            snippet = load(item["path"], item["text"])
        except SnippetError as exc:
            results.append({"path": item["path"], "error": str(exc)})
            continue
        runs = run_all(snippet, runtime)
        result = {
            "path": item["path"],
            "browser": snippet.header.browser,
            "sections": check_sections(snippet, runtime, runs),
        }
        if "mutants" in item:
            mutants = [load(item["path"], text) for text in item["mutants"]]
            result["mutants"] = [
                {
                    name: compare(mutant, section, runtime, runs.get(name))
                    for name, section in mutant.sections.items()
                }
                for mutant in mutants
            ]
        results.append(result)
    return {"runtime": runtime, "results": results}


def update_targets(targets: list[str]) -> dict[str, set[str] | None]:
    """`FILE` or `FILE:SECTION[,SECTION]` arguments -> {path: section names or None}."""
    wanted: dict[str, set[str] | None] = {}
    for target in targets:
        path, _, names = target.partition(":")
        if (path in wanted and wanted[path] is None) or not names:
            wanted[path] = None
        else:
            wanted[path] = (wanted.get(path) or set()) | set(names.split(","))
    return wanted


def update_files(targets: list[str], dry_run: bool = False) -> int:
    """Rewrite the `#>` lines of the targets, all or nothing: every file is run first,
    and if any run or update fails, no file is written."""
    runtime, new_texts, failures = current_runtime(), {}, []
    for path, only in update_targets(targets).items():
        try:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            snippet = load(path, text)
            unknown = sorted((only or set()) - set(snippet.sections))
            if unknown:
                raise SnippetError(f"{path}:1: no section {', '.join(unknown)}")
            reason = skip_reason(snippet, runtime)
            if reason:
                print(f"{path}: not updated here: {reason}")
                continue
            new_text = update(snippet, runtime, only)
        except (OSError, SnippetError) as exc:
            failures.append(str(exc))
            continue
        if new_text != text:
            new_texts[path] = new_text
    if failures:
        print("\n".join(failures))
        print(f"update-examples: {len(failures)} file(s) failed; no file was written")
        return 1
    for path, new_text in new_texts.items():
        if dry_run:
            print(f"{path}: would be updated:")
            print(changes(path, new_text), end="")
        else:
            write_atomically(path, new_text)
            print(f"{path}: updated")
    if not new_texts:
        print("update-examples: every `#>` line already matches; nothing written")
    return 0


def changes(path: str, new_text: str) -> str:
    """A unified diff of the file against `new_text`."""
    with open(path, encoding="utf-8") as handle:
        old_lines = handle.read().splitlines(keepends=True)
    return "".join(
        difflib.unified_diff(old_lines, new_text.splitlines(keepends=True), path, path)
    )


def write_atomically(path: str, text: str) -> None:
    """Write beside the file, then rename: an interrupted run leaves the old file."""
    temporary = f"{path}.update-tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--json"]:
        json.dump(run_batch(json.load(sys.stdin)), sys.stdout)
        return 0
    if argv[:2] == ["--update", "--dry-run"] and argv[2:]:
        return update_files(argv[2:], dry_run=True)
    mode, paths = argv[0] if argv else "", argv[1:]
    if mode not in ("--check", "--update") or not paths:
        print(__doc__, file=sys.stderr)
        return 2
    if mode == "--update":
        return update_files(paths)
    runtime, failed = current_runtime(), 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            snippet = load(path, text)
            results = check_sections(snippet, runtime, run_all(snippet, runtime))
            for name, section in snippet.sections.items():
                result = results[name]
                print(f"{path}:{section.start} [{name}] {result['status']}")
                if result["message"]:
                    print(result["message"])
                failed += result["status"] in ("mismatch", "error")
        except SnippetError as exc:
            print(exc)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
