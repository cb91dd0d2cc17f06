"""Exercises (CONTRIBUTING.md, "Exercises") on every runtime, and the harness itself.

For every folder of snippets that has a checks.py, on each CPython and on Pyodide:
the reference solution passes every check, the starter fails at least one, and each
wrong*.py fails exactly the checks its `# fails:` lines name. Then the harness: a check
that raises, code that never ends and code that breaks before the checks are reported
by name and in time, never hang.
"""

from __future__ import annotations

from functools import cache

import exercise_harness  # tools/ is on sys.path (conftest.py)
import pytest
from runtimes import (
    ROOT,
    all_runtimes,
    facts,
    required_runtimes,
    run_exercise_batch,
)

RUNTIMES = {runtime.id: runtime for runtime in all_runtimes()}
FOLDERS = sorted(path.parent for path in (ROOT / "snippets").rglob("checks.py"))
SHORT = 0.5  # seconds: the time limit of the harness's own endless-loop cases

CHECKS = """
def check_passes(ns):
    assert ns.answer == 42


def check_plain_assert(ns):
    assert ns.answer == 0


def check_raises(ns):
    raise ValueError("boom")


def check_missing_name(ns):
    ns.not_defined_anywhere()


def check_endless_loop(ns):
    ns.spin()


def check_endless_loop_that_catches_exceptions(ns):
    ns.stubborn()


def check_no_base_case(ns):
    ns.countdown(3)


def check_after_the_others(ns):
    assert ns.answer == 42
"""

CODE = """
answer = 42
print("module ran")


def spin():
    while True: pass


def stubborn():
    while True:
        try:
            while True: pass
        except Exception:
            pass


def countdown(n):
    return countdown(n - 1)
"""

# id -> (code, checks): the harness's own cases, run in the same batch.
HARNESS_CASES = {
    "harness:checks": (CODE, CHECKS),
    "harness:endless-top-level": ("while True: pass", CHECKS),
    "harness:raises-top-level": ("answer = 42\n1 / 0", CHECKS),
    "harness:no-checks": ("answer = 42", "def helper(ns):\n    pass\n"),
}


def exercises() -> list[exercise_harness.Exercise]:
    return [exercise_harness.load_exercise(folder) for folder in FOLDERS]


@cache
def batch(runtime_id: str) -> dict[str, dict]:
    """One process per runtime runs every candidate of every exercise; by run id."""
    runtime = RUNTIMES[runtime_id]
    if runtime.command is None:
        if runtime_id in required_runtimes():
            pytest.fail(
                f"{runtime_id} is required here but missing: {runtime.missing_reason}"
            )
        pytest.skip(runtime.missing_reason)
    if facts(runtime_id)["free_threaded"]:
        pytest.skip("the free-threaded CI job checks only snippets marked for it")
    runs = [
        {"id": f"{exercise.path}:{c.name}", "code": c.code, "checks": exercise.checks}
        for exercise in exercises()
        for c in exercise.candidates
    ]
    runs += [
        {"id": key, "code": code, "checks": checks, "time_limit": SHORT}
        for key, (code, checks) in HARNESS_CASES.items()
    ]
    reply = run_exercise_batch(runtime, runs)
    return {result["id"]: result for result in reply["results"]}


def test_there_are_exercises():
    assert len(FOLDERS) >= 7, FOLDERS


@pytest.mark.parametrize("runtime_id", RUNTIMES)
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_exercise_checks_tell_right_from_wrong(runtime_id, folder):
    exercise = exercise_harness.load_exercise(folder)
    results = batch(runtime_id)
    by_candidate = {
        c.name: results[f"{exercise.path}:{c.name}"] for c in exercise.candidates
    }
    assert exercise_harness.problems(exercise, by_candidate, runtime_id) == []


@pytest.mark.parametrize("runtime_id", RUNTIMES)
def test_each_check_is_reported_by_name_even_when_it_raises_or_loops(runtime_id):
    result = batch(runtime_id)["harness:checks"]
    assert result["status"] == "ok", result["error"]
    assert result["output"] == "module ran\n"
    got = {
        check["name"]: (check["passed"], check["message"]) for check in result["checks"]
    }
    still_running = f"still running after {SHORT:g} s: an endless loop?"
    assert list(got) == [
        "check_passes",
        "check_plain_assert",
        "check_raises",
        "check_missing_name",
        "check_endless_loop",
        "check_endless_loop_that_catches_exceptions",
        "check_no_base_case",
        "check_after_the_others",
    ]  # definition order
    assert got["check_passes"] == (True, "")
    assert got["check_plain_assert"] == (False, "assertion failed")
    assert got["check_raises"] == (False, "ValueError: boom")
    assert got["check_missing_name"] == (
        False,
        "NameError: your code does not define 'not_defined_anywhere'",
    )
    assert got["check_endless_loop"] == (False, still_running)
    assert got["check_endless_loop_that_catches_exceptions"] == (False, still_running)
    passed, message = got["check_no_base_case"]
    assert not passed and message.startswith("RecursionError: maximum recursion depth")
    assert got["check_after_the_others"] == (True, "")
    labels = [check["label"] for check in result["checks"]]
    assert labels[:2] == ["passes", "plain assert"]


@pytest.mark.parametrize("runtime_id", RUNTIMES)
def test_code_that_never_ends_or_raises_is_reported_before_any_check(runtime_id):
    endless = batch(runtime_id)["harness:endless-top-level"]
    assert endless["status"] == "timeout" and endless["checks"] == []
    assert endless["error"] == f"the code was still running after {SHORT:g} s"
    raises = batch(runtime_id)["harness:raises-top-level"]
    assert raises["status"] == "error" and raises["checks"] == []
    assert raises["error"].rstrip().endswith("ZeroDivisionError: division by zero")
    assert "exercise_harness" not in raises["error"]  # the reader's frames only


@pytest.mark.parametrize("runtime_id", RUNTIMES)
def test_a_checks_file_without_checks_is_refused(runtime_id):
    result = batch(runtime_id)["harness:no-checks"]
    assert result["status"] == "broken"
    assert result["error"] == "ValueError: checks.py defines no check_* function"


def test_a_wrong_file_must_name_the_checks_it_fails(tmp_path):
    folder = tmp_path / "snippets" / "challenges" / "demo"
    folder.mkdir(parents=True)
    section = "# --8<-- [start:{0}]\ndef f():\n    return 1\n# --8<-- [end:{0}]\n"
    (folder / "checks.py").write_text(
        "# --8<-- [start:checks]\ndef check_one(ns):\n"
        "    assert ns.f() == 2\n# --8<-- [end:checks]\n"
    )
    (folder / "starter.py").write_text(section.format("starter"))
    (folder / "solution.py").write_text(section.format("solution"))
    (folder / "wrong.py").write_text(section.format("wrong"))
    with pytest.raises(exercise_harness.ExerciseError, match=r"wrong\.py:1: needs"):
        exercise_harness.load_exercise(folder)
    (folder / "wrong.py").write_text("# fails: check_two\n" + section.format("wrong"))
    exercise = exercise_harness.load_exercise(folder)
    results = {
        c.name: exercise_harness.run_exercise(c.code, exercise.checks)
        for c in exercise.candidates
    }
    found = exercise_harness.problems(exercise, results, "here")
    assert len(found) == 2, found
    assert "solution fails ['check_one']" in found[0]
    assert "`# fails:` names unknown checks ['check_two']" in found[1]


def test_the_hook_gives_only_a_starter_its_checks():
    from html.parser import HTMLParser

    from contract import load_hook

    runnable = load_hook("runnable_snippets")
    snippets = ROOT / "snippets"
    folder = FOLDERS[0].relative_to(snippets).as_posix()
    checks = runnable.exercise_checks(snippets, f"{folder}/starter.py")
    assert checks == (FOLDERS[0] / "checks.py").read_text("utf-8")
    assert runnable.exercise_checks(snippets, f"{folder}/solution.py") is None
    include = f'```python\n--8<-- "{folder}/starter.py:starter"\n```\n'
    (fence,) = runnable.iter_fences(include, "docs/page.md")
    opening = runnable.wrap(fence, _load(f"{folder}/starter.py"), ["x"], False, checks)
    found = {}

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.update(attrs)

    Parser().feed(opening[0])
    assert found["data-exercise"] == folder
    assert found["data-checks"] == checks  # the whole source, escaped and back


def _load(relative: str):
    import snippet_harness

    path = ROOT / "snippets" / relative
    return snippet_harness.load(f"snippets/{relative}", path.read_text("utf-8"))
