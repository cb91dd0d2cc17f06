"""Run an exercise's checks against a piece of code, as the site's Check button does.

An exercise is a folder of snippets (CONTRIBUTING.md, "Exercises"):
  starter.py   section `starter`: what the reader's editor starts with
  solution.py  section `solution`: the reference solution (more sections may follow)
  wrong_<kind>.py   section `wrong`: a plausible mistake (at least 5, each of a
                    different kind); `# fails: check_a, ...` lines above the section
  alt_<approach>.py section `alt`: a correct solution written another way (at least 2)
  checks.py    section `checks`: functions `check_<what>(ns)`, run in definition order

A check gets the reader's code as `ns` (read names as attributes: `ns.binary_search`).
It passes if it returns; it fails if it raises: an AssertionError's message is the
reason shown, any other exception is shown as `Type: message`.

Pure standard library, so the same file runs under every CPython, under Pyodide in
Node (tools/pyodide_check.mjs --harness exercise_harness) and in the browser
(web/worker.js imports collect_checks and run_checks from it). Used as:
  python exercise_harness.py --check DIR...   human report; exit 1 if a rule is broken
  python exercise_harness.py --json           batch mode for pytest (JSON in and out)
"""

from __future__ import annotations

import contextlib
import io
import re
import signal
import sys
import time
import traceback
import types
from dataclasses import dataclass, field

CHECK_PREFIX = "check_"
TIME_LIMIT_S = 10  # per check and for the code itself, as the browser's Run limit
FAILS_RE = re.compile(r"^# fails: *(?P<names>\w+(?:, *\w+)*) *$", re.M)
FAILS_LINE_RE = re.compile(r"^#\s*fails\b.*$", re.M)  # any line meant as one
MIN_WRONG, MIN_ALT = 5, 2  # per exercise (CONTRIBUTING.md, "Exercises")


class CheckTimeout(BaseException):
    """Raised into code that runs past its time limit. A BaseException, so that the
    reader's `except Exception:` cannot swallow it."""


class ReaderCode:
    """The namespace a check receives: the reader's module, with a clear message for a
    name their code does not define."""

    def __init__(self, module: types.ModuleType) -> None:
        self._module = module

    def __getattr__(self, name: str):
        try:
            return getattr(self._module, name)
        except AttributeError:
            raise NameError(f"your code does not define {name!r}") from None


def collect_checks(
    source: str, filename: str = "checks.py"
) -> list[tuple[str, object]]:
    """The check_* functions that `source` defines, in definition order."""
    namespace = {"__name__": "__checks__"}
    exec(compile(source, filename, "exec", dont_inherit=True), namespace)
    checks = [
        (name, value)
        for name, value in namespace.items()
        if name.startswith(CHECK_PREFIX) and isinstance(value, types.FunctionType)
    ]
    if not checks:
        raise ValueError(f"{filename} defines no {CHECK_PREFIX}* function")
    return checks


def label(name: str) -> str:
    """What the reader sees: check_empty_list -> "empty list"."""
    return name.removeprefix(CHECK_PREFIX).replace("_", " ")


def failure_message(exc: BaseException) -> str:
    if isinstance(exc, AssertionError):
        return str(exc) or "assertion failed"
    return f"{type(exc).__name__}: {exc}".removesuffix(": ")


@contextlib.contextmanager
def time_limit(seconds: float | None):
    """Raise CheckTimeout into the code if it runs longer than `seconds` (None: no
    limit). A SIGALRM timer where CPython has one (it also stops `time.sleep` and
    one-line loops that 3.11's tracing never reports); elsewhere (Pyodide) a trace
    function that looks at the clock. Code stuck inside one C call is not stopped:
    the caller's process timeout is the last resort."""
    if seconds is None:
        yield
        return
    if hasattr(signal, "setitimer") and sys.platform != "emscripten":

        def alarm(signum, frame):
            raise CheckTimeout

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    deadline = time.monotonic() + seconds

    def tracer(frame, event, arg):
        if time.monotonic() > deadline:
            raise CheckTimeout
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous)


def run_checks(
    module: types.ModuleType, checks: list[tuple[str, object]], limit=None
) -> list[dict]:
    """Run each check on the reader's module; one result per check, in order.
    KeyboardInterrupt (the browser's Stop) ends the whole run."""
    results = []
    namespace = ReaderCode(module)
    for name, check in checks:
        recursion_limit = sys.getrecursionlimit()
        message = ""
        try:
            with time_limit(limit):
                check(namespace)
        except CheckTimeout:
            message = f"still running after {limit:g} s: an endless loop?"
        except Exception as exc:
            message = failure_message(exc)
        finally:
            sys.setrecursionlimit(recursion_limit)  # a check or the code may raise it
        results.append(
            {
                "name": name,
                "label": label(name),
                "passed": not message,
                "message": message,
            }
        )
    return results


def run_exercise(
    code: str, checks_source: str, limit: float | None = TIME_LIMIT_S
) -> dict:
    """Run the code as the module __main__ (fresh), then the checks against it.

    Returns {status, error, output, checks}: status is "ok", "error" (the code raised
    before any check ran: the traceback is in `error`) or "timeout"."""
    checks = collect_checks(checks_source)
    output = io.StringIO()
    main = types.ModuleType("__main__")
    saved = sys.stdout, sys.stderr, sys.stdin, sys.modules["__main__"]
    imported_before = set(sys.modules)
    recursion_limit = sys.getrecursionlimit()
    sys.stdout = sys.stderr = output
    sys.stdin = io.StringIO()
    sys.modules["__main__"] = main
    result = {"status": "ok", "error": "", "checks": []}
    try:
        try:
            with time_limit(limit):
                exec(compile(code, "<exec>", "exec", dont_inherit=True), main.__dict__)
        except CheckTimeout:
            result["status"] = "timeout"
            result["error"] = f"the code was still running after {limit:g} s"
        except BaseException as exc:
            result["status"] = "error"
            result["error"] = "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__.tb_next)
            )
        else:
            result["checks"] = run_checks(main, checks, limit)
    finally:
        sys.stdout, sys.stderr, sys.stdin, sys.modules["__main__"] = saved
        sys.setrecursionlimit(recursion_limit)
        for name in set(sys.modules) - imported_before:
            if name.partition(".")[0] not in sys.stdlib_module_names:
                del sys.modules[name]
    result["output"] = output.getvalue()
    return result


def failed(result: dict) -> set[str]:
    """Names of the checks that did not pass (all of them if the code never ran)."""
    return {check["name"] for check in result["checks"] if not check["passed"]}


def run_batch(request: dict) -> dict:
    """Run {"runs": [{"id", "code", "checks", "time_limit"?}]}; results keep order."""
    import sysconfig

    results = []
    for run in request["runs"]:
        limit = run.get("time_limit", TIME_LIMIT_S)
        try:
            outcome = run_exercise(run["code"], run["checks"], limit)
        except Exception as exc:  # the checks themselves are broken
            outcome = {"status": "broken", "error": failure_message(exc), "checks": []}
        results.append({"id": run["id"], **outcome})
    runtime = {
        "impl": "pyodide" if sys.platform == "emscripten" else "cpython",
        "full_version": ".".join(map(str, sys.version_info[:3])),
        "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    }
    return {"runtime": runtime, "results": results}


# --- Exercise folders: what each file must do (the tests and --check share it) ------


@dataclass
class Candidate:
    name: str  # "starter", "solution", or the file's stem ("wrong_...", "alt_...")
    path: str
    code: str
    fails: set[str] | None = None  # a wrong file's declared failures
    fails_line: int = 1  # where a wrong file's first `# fails:` line is

    @property
    def must_pass(self) -> bool:
        """The reference solution and the correct alternatives pass every check."""
        return self.name == "solution" or self.name.startswith("alt_")


@dataclass
class Exercise:
    path: str  # e.g. "snippets/challenges/binary_search"
    checks: str
    candidates: list[Candidate] = field(default_factory=list)


class ExerciseError(Exception):
    """An exercise folder breaks the layout; the message starts with `path:line:`."""


def section_code(path: str, text: str, section: str, only: bool = False) -> str:
    """The code of `section`; with `only`, it must be the file's one section."""
    import snippet_harness  # tools/, next to this file (CPython only)

    sections = snippet_harness.load(path, text).sections
    if section not in sections:
        raise ExerciseError(f"{path}:1: needs a section {section!r}")
    if only and len(sections) > 1:
        others = sorted(set(sections) - {section})
        raise ExerciseError(
            f"{path}:1: holds only the section {section!r}, not also {others}"
        )
    return "\n".join(sections[section].lines) + "\n"


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def declared_failures(path: str, text: str) -> tuple[set[str], int]:
    """The checks a wrong file's `# fails:` lines name, and the first such line.
    The lines sit above the `wrong` section, so the page does not show them."""
    start = re.search(r"^# --8<-- \[start:wrong\]", text, re.M)
    top = start.start() if start else len(text)
    for line in FAILS_LINE_RE.finditer(text):
        where = f"{path}:{line_of(text, line.start())}"
        if not FAILS_RE.fullmatch(line.group()):
            raise ExerciseError(
                f"{where}: write it as `# fails: check_a, check_b` (check names, "
                "separated by commas)"
            )
        if line.start() > top:
            raise ExerciseError(f"{where}: `# fails:` lines go above the section")
    found = list(FAILS_RE.finditer(text))
    if not found:
        raise ExerciseError(
            f"{path}:1: needs a line `# fails: check_name` naming the checks "
            "this mistake fails"
        )
    names = {
        name.strip() for line in found for name in line["names"].split(",")
    }  # several lines add up
    return names, line_of(text, found[0].start())


def load_exercise(folder) -> Exercise:
    """Read an exercise folder (a pathlib.Path) into its candidates."""
    from pathlib import Path

    folder = Path(folder)
    root = folder
    while root.name != "snippets" and root != root.parent:
        root = root.parent
    relative = folder.relative_to(root.parent).as_posix()

    def read(name: str) -> str:
        if not (folder / name).is_file():
            raise ExerciseError(f"{relative}/{name}:1: missing")
        return (folder / name).read_text("utf-8")

    exercise = Exercise(relative, read("checks.py"))
    for name in ("starter", "solution"):
        path = f"{relative}/{name}.py"
        code = section_code(path, read(f"{name}.py"), name)
        exercise.candidates.append(Candidate(name, path, code))
    if (folder / "wrong.py").is_file():
        raise ExerciseError(
            f"{relative}/wrong.py:1: name each wrong solution after its mistake: "
            "wrong_<kind>.py"
        )
    wrongs = sorted(folder.glob("wrong_*.py"))
    alts = sorted(folder.glob("alt_*.py"))
    for files, least, kind in ((wrongs, MIN_WRONG, "wrong"), (alts, MIN_ALT, "alt")):
        if len(files) < least:
            what = "wrong solutions" if kind == "wrong" else "correct alternatives"
            raise ExerciseError(
                f"{relative}/checks.py:1: an exercise needs at least {least} {what} "
                f"({kind}_<name>.py), this one has {len(files)}"
            )
    for file in wrongs:
        path, text = f"{relative}/{file.name}", file.read_text("utf-8")
        names, line = declared_failures(path, text)
        code = section_code(path, text, "wrong", only=True)
        exercise.candidates.append(Candidate(file.stem, path, code, names, line))
    for file in alts:
        path, text = f"{relative}/{file.name}", file.read_text("utf-8")
        if FAILS_LINE_RE.search(text):
            line = line_of(text, FAILS_LINE_RE.search(text).start())
            raise ExerciseError(
                f"{path}:{line}: a correct alternative fails nothing: no `# fails:`"
            )
        code = section_code(path, text, "alt", only=True)
        exercise.candidates.append(Candidate(file.stem, path, code))
    return exercise


def problems(exercise: Exercise, results: dict[str, dict], where: str) -> list[str]:
    """What breaks the rules, given each candidate's result (by candidate name):
    the solution and every alt_*.py pass every check, the starter fails at least one,
    and each wrong file fails exactly the checks its `# fails:` lines name."""
    found = []
    for candidate in exercise.candidates:
        result = results[candidate.name]
        head = f"{candidate.path}:1: on {where}"
        if result["status"] != "ok":
            if candidate.name == "starter" and result["status"] == "error":
                found.append(
                    f"{head}, the starter raised at top level:\n{result['error']}"
                )
            elif candidate.name != "starter":
                found.append(f"{head}, {result['status']}: {result['error']}")
            continue
        names = {check["name"] for check in result["checks"]}
        bad = failed(result)
        report = "\n".join(
            f"  {'ok  ' if c['passed'] else 'FAIL'} {c['name']} {c['message']}"
            for c in result["checks"]
        )
        if candidate.must_pass and bad:
            what = "the solution" if candidate.name == "solution" else "this correct"
            what += "" if candidate.name == "solution" else " alternative"
            found.append(f"{head}, {what} fails {sorted(bad)}:\n{report}")
        elif candidate.name == "starter" and not bad:
            found.append(f"{head}, the starter passes every check")
        elif candidate.fails is not None:
            head = f"{candidate.path}:{candidate.fails_line}: on {where}"
            unknown = candidate.fails - names
            if unknown:
                found.append(
                    f"{head}, `# fails:` names unknown checks {sorted(unknown)}"
                )
            elif bad != candidate.fails:
                found.append(
                    f"{head}, it should fail exactly {sorted(candidate.fails)} "
                    f"but fails {sorted(bad)}:\n{report}"
                )
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["--json"]:
        import json

        json.dump(run_batch(json.load(sys.stdin)), sys.stdout)
        return 0
    if argv[:1] != ["--check"] or len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    where = f"Python {'.'.join(map(str, sys.version_info[:3]))}"
    broken = 0
    for folder in argv[1:]:
        try:
            exercise = load_exercise(folder)
        except ExerciseError as exc:
            print(exc)
            broken += 1
            continue
        results = {}
        for candidate in exercise.candidates:
            result = run_exercise(candidate.code, exercise.checks)
            results[candidate.name] = result
            passed = sum(check["passed"] for check in result["checks"])
            summary = f"{passed}/{len(result['checks'])} checks pass"
            if result["status"] != "ok":
                summary = result["status"]
            print(f"{candidate.path}: {summary}")
            for check in result["checks"]:
                if not check["passed"]:
                    print(f"  ✗ {check['name']}: {check['message']}")
        for problem in problems(exercise, results, where):
            print(problem)
            broken += 1
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
