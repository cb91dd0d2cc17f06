"""Exercises (CONTRIBUTING.md, "Exercises") on every runtime, and the harness itself.

For every folder of snippets that has a checks.py, on each CPython and on Pyodide:
the reference solution and each correct alternative (alt_*.py, at least 2) pass every
check, the starter fails at least one, and each wrong solution (wrong_*.py, at least 5)
fails exactly the checks its `# fails:` lines name: the checks neither miss those bugs
nor reject a correct answer written another way. Then the harness: a check
that raises, code that never ends and code that breaks before the checks are reported
by name and in time, never hang.
"""

from __future__ import annotations

import contextlib
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
    """Every exercise folder that loads; a folder of the wrong shape fails its own
    test (load_exercise raises there), not every other folder's."""
    loaded = []
    for folder in FOLDERS:
        with contextlib.suppress(exercise_harness.ExerciseError):
            loaded.append(exercise_harness.load_exercise(folder))
    return loaded


def run_isolated(runtime, runs: list[dict]) -> dict[str, dict]:
    """Run `runs` in one process; if the interpreter dies (Pyodide can overflow the
    JavaScript stack), run them in smaller groups to find the culprit, so that one
    crashing exercise is reported as such and the others still get their results."""
    try:
        reply = run_exercise_batch(runtime, runs)
    except RuntimeError as exc:
        if len(runs) == 1:
            error = str(exc)[:1000]  # the interpreter's last words come first
            return {runs[0]["id"]: {"status": "crashed", "error": error, "checks": []}}
        groups: dict[str, list[dict]] = {}
        for run in runs:  # by exercise ("snippets/challenges/x:wrong_y" -> its folder)
            groups.setdefault(run["id"].rpartition(":")[0], []).append(run)
        if len(groups) == 1:  # one exercise: then one run at a time
            groups = {run["id"]: [run] for run in runs}
        results = {}
        for group in groups.values():
            results.update(run_isolated(runtime, group))
        return results
    return {result["id"]: result for result in reply["results"]}


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
    return run_isolated(runtime, runs)


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


SECTION = "# --8<-- [start:{0}]\ndef f():\n    return {1}\n# --8<-- [end:{0}]\n"


def demo_folder(tmp_path, wrongs=5, alts=2):
    """An exercise folder whose check wants f() == 2; its files can be rewritten."""
    folder = tmp_path / "snippets" / "challenges" / "demo"
    folder.mkdir(parents=True)
    (folder / "checks.py").write_text(
        "# --8<-- [start:checks]\ndef check_one(ns):\n"
        "    assert ns.f() == 2\n# --8<-- [end:checks]\n"
    )
    (folder / "starter.py").write_text(SECTION.format("starter", 1))
    (folder / "solution.py").write_text(SECTION.format("solution", 2))
    for n in range(wrongs):
        text = "# fails: check_one\n" + SECTION.format("wrong", n + 3)
        (folder / f"wrong_{n}.py").write_text(text)
    for n in range(alts):
        (folder / f"alt_{n}.py").write_text(SECTION.format("alt", "1 + 1"))
    return folder


def test_a_well_formed_exercise_folder_loads_and_passes(tmp_path):
    exercise = exercise_harness.load_exercise(demo_folder(tmp_path))
    names = [c.name for c in exercise.candidates]
    assert names == ["starter", "solution"] + [f"wrong_{n}" for n in range(5)] + [
        "alt_0",
        "alt_1",
    ]
    results = {
        c.name: exercise_harness.run_exercise(c.code, exercise.checks)
        for c in exercise.candidates
    }
    assert exercise_harness.problems(exercise, results, "here") == []


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda f: (f / "wrong_0.py").unlink(), r"checks\.py:1: .* at least 5 wrong"),
        (lambda f: (f / "alt_0.py").unlink(), r"checks\.py:1: .* at least 2 correct"),
        (
            lambda f: (f / "wrong.py").write_text(SECTION.format("wrong", 0)),
            r"wrong\.py:1: name each wrong solution after its mistake",
        ),
        (
            lambda f: (f / "wrong_0.py").write_text(SECTION.format("wrong", 0)),
            r"wrong_0\.py:1: needs a line `# fails: check_name`",
        ),
        (
            lambda f: (f / "wrong_0.py").write_text(
                SECTION.format("wrong", 0) + "# fails: check_one\n"
            ),
            r"wrong_0\.py:5: `# fails:` lines go above the section",
        ),
        (
            lambda f: (f / "wrong_0.py").write_text(
                "# fails check_one\n" + SECTION.format("wrong", 0)
            ),
            r"wrong_0\.py:1: write it as `# fails: check_a, check_b`",
        ),
        (
            lambda f: (f / "wrong_0.py").write_text(
                "# fails: check_one\n"
                + SECTION.format("wrong", 0)
                + SECTION.format("demo", 0)
            ),
            r"wrong_0\.py:1: holds only the section 'wrong', not also \['demo'\]",
        ),
        (
            lambda f: (f / "alt_0.py").write_text(SECTION.format("solution", 2)),
            r"alt_0\.py:1: needs a section 'alt'",
        ),
        (
            lambda f: (f / "alt_0.py").write_text(
                "# fails: check_one\n" + SECTION.format("alt", 2)
            ),
            r"alt_0\.py:1: a correct alternative fails nothing",
        ),
    ],
    ids=[
        "four-wrong",
        "one-alt",
        "plain-wrong-py",
        "no-fails-line",
        "fails-below-section",
        "malformed-fails-line",
        "two-sections",
        "alt-without-alt-section",
        "alt-with-fails",
    ],
)
def test_a_folder_of_the_wrong_shape_is_refused_at_its_line(tmp_path, change, error):
    folder = demo_folder(tmp_path)
    change(folder)
    with pytest.raises(exercise_harness.ExerciseError, match=error):
        exercise_harness.load_exercise(folder)


def test_each_candidate_must_do_what_its_file_says(tmp_path):
    folder = demo_folder(tmp_path)
    (folder / "wrong_0.py").write_text(
        "# fails: check_two\n" + SECTION.format("wrong", 0)
    )
    (folder / "wrong_1.py").write_text(
        "\n# fails: check_one\n" + SECTION.format("wrong", 2)  # passes after all
    )
    (folder / "alt_0.py").write_text(SECTION.format("alt", 3))  # not correct
    (folder / "solution.py").write_text(SECTION.format("solution", 0))
    exercise = exercise_harness.load_exercise(folder)
    results = {
        c.name: exercise_harness.run_exercise(c.code, exercise.checks)
        for c in exercise.candidates
    }
    found = exercise_harness.problems(exercise, results, "here")
    assert len(found) == 4, found
    assert "solution.py:1: on here, the solution fails ['check_one']" in found[0]
    assert (
        "wrong_0.py:1: on here, `# fails:` names unknown checks ['check_two']"
        in found[1]
    )
    assert (
        "wrong_1.py:2: on here, it should fail exactly ['check_one'] but fails []"
        in found[2]
    )
    assert (
        "alt_0.py:1: on here, this correct alternative fails ['check_one']" in found[3]
    )


def page_problems(exercise: exercise_harness.Exercise) -> list[str]:
    """Where the page that shows `exercise` breaks format 4: under the starter come
    "What Check tests", 2-3 hints `??? tip "Hint 1"`... in order, then the full answer;
    the full answer shows every wrong_*.py and alt_*.py, and names, beside each wrong
    answer, every check it fails."""
    import re

    folder = exercise.path.removeprefix("snippets/")
    starter = f'--8<-- "{folder}/starter.py:starter"'
    pages = [
        p for p in (ROOT / "docs").rglob("*.md") if starter in p.read_text("utf-8")
    ]
    if len(pages) != 1:
        return [f"{exercise.path}: shown as an exercise on {len(pages)} pages, not 1"]
    page = pages[0]
    lines = page.read_text("utf-8").splitlines()
    where = page.relative_to(ROOT).as_posix()
    start = next(n for n, line in enumerate(lines) if starter in line)
    end = next(
        (
            n
            for n in range(start, len(lines))
            if re.match(r"<!-- question:|## ", lines[n])
        ),
        len(lines),
    )
    blocks = [
        (n, line) for n in range(start, end) if (line := lines[n]).startswith("???")
    ]
    titles = [line for _, line in blocks]
    found = []
    hint_titles = [f'??? tip "Hint {n}"' for n in range(1, len(titles) - 1)]
    if not (
        4 <= len(titles) <= 5
        and titles[0] == '??? info "What Check tests"'
        and titles[1:-1] == hint_titles
        and titles[-1] == '??? note "Full answer"'
    ):
        found.append(
            f'{where}:{start + 1}: under the starter come `??? info "What Check '
            f'tests"`, `??? tip "Hint 1"`, `??? tip "Hint 2"` (and "Hint 3"), then '
            f'`??? note "Full answer"`; found {titles}'
        )
        return found
    answer = blocks[-1][0]
    for candidate in exercise.candidates:
        kind = "wrong" if candidate.fails is not None else "alt"
        if not candidate.name.startswith(("wrong_", "alt_")):
            continue
        include = f'--8<-- "{folder}/{candidate.name}.py:{kind}"'
        at = [n for n in range(answer, end) if include in lines[n]]
        if not at:
            found.append(
                f"{where}:{answer + 1}: the full answer does not show {include}"
            )
            continue
        if kind == "wrong":
            bullet = max(
                n for n in range(answer, at[0]) if lines[n].startswith("    - ")
            )
            said = " ".join(lines[bullet : at[0]])
            missing = sorted(c for c in candidate.fails if f"`{c}`" not in said)
            if missing:
                found.append(
                    f"{where}:{bullet + 1}: the text of this wrong answer does not "
                    f"name the checks that catch it: {missing}"
                )
    return found


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_the_page_gives_hints_then_the_wrong_answers_and_alternatives(folder):
    assert page_problems(exercise_harness.load_exercise(folder)) == []


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
