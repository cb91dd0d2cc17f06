"""Exercises in real Chromium: Check runs each exercise's checks in the worker.

The reference solution and each alt_*.py, typed into the editor, pass every check;
each wrong_*.py fails exactly the checks its `# fails:` lines name; the starter fails
at least one. The code survives a reload (localStorage) until Reset, and Check on code
that never ends stops.
"""

from __future__ import annotations

import re

import exercise_harness  # tools/ is on sys.path (tests/conftest.py)
import pytest
from playwright.sync_api import expect

from .reader import (
    button,
    data_attribute,
    output,
    set_code,
    show,
    status,
    wait_idle,
    wait_running,
)
from .site_server import AXE, ROOT, guard, wait_enhanced
from .test_accessibility import AXE_RUN

pytestmark = pytest.mark.browser

PAGE = "challenges/"
FOLDERS = sorted(path.parent for path in (ROOT / "snippets").rglob("checks.py"))
BINARY_SEARCH = ROOT / "snippets" / "challenges" / "binary_search"  # on PAGE
OTHER_ON_PAGE = ROOT / "snippets" / "challenges" / "dfs_traversal"
STORAGE_KEY = "python-interview-guide:exercise:"
ENDLESS = "def binary_search(items, target):\n    while True:\n        pass"


def exercise(folder) -> exercise_harness.Exercise:
    return exercise_harness.load_exercise(folder)


def check_names(exercise: exercise_harness.Exercise) -> list[str]:
    return re.findall(r"^def (check_\w+)\(", exercise.checks, re.M)


def page_of(folder) -> str:
    """The site path of the page that shows the exercise in `folder`."""
    starter = f'--8<-- "{folder.relative_to(ROOT / "snippets").as_posix()}/starter.py'
    (page,) = [
        path for path in (ROOT / "docs").rglob("*.md") if starter in path.read_text()
    ]
    return page.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"


@pytest.fixture
def page(pool, request):
    """The page of the test's `folder` parameter, or else binary search's page."""
    callspec = getattr(request.node, "callspec", None)
    folder = callspec.params.get("folder", BINARY_SEARCH) if callspec else BINARY_SEARCH
    return pool.get(page_of(folder), tab="exercises")


def block_of(page, exercise: exercise_harness.Exercise):
    folder = exercise.path.removeprefix("snippets/")
    block = page.locator(f'div[data-exercise="{folder}"]')
    show(block)
    wait_idle(block)  # a test before may have left it stopping
    return block


def check(block, code: str) -> dict[str, str]:
    """Type the code, press Check, wait for the end; the results by check name."""
    set_code(block, code)
    button(block, "Check").click()
    wait_idle(block)
    items = block.get_by_role("list", name="Check results").get_by_role("listitem")
    return {
        item.get_attribute("data-check"): item.text_content() for item in items.all()
    }


def fails(results: dict[str, str]) -> set[str]:
    return {name for name, text in results.items() if text.startswith("✗")}


@pytest.mark.parametrize(
    ("folder", "correct"),
    [
        (folder, name)
        for folder in FOLDERS
        for name in ["solution", *sorted(f.stem for f in folder.glob("alt_*.py"))]
    ],
    ids=lambda value: getattr(value, "name", value),
)
def test_the_solution_and_each_alternative_pass_every_check(page, folder, correct):
    ex = exercise(folder)
    solution = next(c for c in ex.candidates if c.name == correct)
    block = block_of(page, ex)
    results = check(block, solution.code)
    names = check_names(ex)
    assert list(results) == names, results  # every check, in order
    assert fails(results) == set(), results
    for name, text in results.items():
        assert text == f"✓ {exercise_harness.label(name)}"
    assert status(block) == f"All {len(names)} checks passed."


@pytest.mark.parametrize(
    ("folder", "wrong"),
    [
        (folder, file.stem)
        for folder in FOLDERS
        for file in sorted(folder.glob("wrong_*.py"))
    ],
    ids=lambda value: getattr(value, "name", value),
)
def test_a_wrong_solution_fails_the_checks_it_names(page, folder, wrong):
    ex = exercise(folder)
    candidate = next(c for c in ex.candidates if c.name == wrong)
    block = block_of(page, ex)
    results = check(block, candidate.code)
    assert fails(results) == candidate.fails, results
    for name in candidate.fails:
        assert results[name].startswith(f"✗ {exercise_harness.label(name)}: ")
    passed = len(results) - len(candidate.fails)
    assert status(block) == f"{passed} of {len(results)} checks passed."


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda folder: folder.name)
def test_the_starter_fails_at_least_one_check(page, folder):
    ex = exercise(folder)
    block = block_of(page, ex)
    button(block, "Reset").click()
    expect(block.get_by_role("status")).to_have_text("The starter code is back.")
    button(block, "Check").click()
    wait_idle(block)
    items = block.get_by_role("list", name="Check results").get_by_role("listitem")
    expect(items).to_have_count(len(check_names(ex)))
    assert any(text.startswith("✗") for text in items.all_text_contents())


def test_run_runs_the_code_without_the_checks(page):
    block = block_of(page, exercise(BINARY_SEARCH))
    set_code(block, 'print("just run")')
    button(block, "Run").click()
    wait_idle(block)
    assert (status(block), output(block)) == ("Finished.", "just run\n")
    expect(block.get_by_role("list", name="Check results")).to_be_hidden()


def test_code_that_raises_before_the_checks_says_so(page):
    block = block_of(page, exercise(BINARY_SEARCH))
    results = check(block, "1 / 0")
    assert results == {}
    assert status(block) == "Finished with an error: the checks did not run."
    assert output(block).rstrip().endswith("ZeroDivisionError: division by zero")
    expect(block.get_by_role("list", name="Check results")).to_be_hidden()


def test_check_on_code_that_never_ends_can_be_stopped(page):
    block = block_of(page, exercise(BINARY_SEARCH))
    set_code(block, ENDLESS)
    button(block, "Check").click()
    wait_running(block)
    page.wait_for_timeout(300)  # inside the endless loop
    button(block, "Stop").click()
    wait_idle(block)
    assert status(block) == "Stopped."
    expect(block.get_by_role("list", name="Check results")).to_be_hidden()
    # The interpreter survived: the next Check works.
    results = check(block, "def binary_search(items, target):\n    return -1")
    assert "check_missing_item" not in fails(results)
    assert "check_finds_every_item" in fails(results)


def test_check_on_code_that_never_ends_stops_at_the_time_limit(page):
    block = block_of(page, exercise(BINARY_SEARCH))
    with data_attribute(block, "timeLimit", "1"):
        set_code(block, ENDLESS)
        button(block, "Check").click()
        wait_idle(block)
    assert status(block) == "Stopped: the example ran longer than 1 s."


def test_edited_code_survives_a_reload_and_reset_restores_the_starter(browser, servers):
    # A context of its own: the pool's pages forget stored exercise code on load.
    context = guard(browser.new_context())
    try:
        page = context.new_page()
        page.goto(servers["isolated"].url + PAGE)
        wait_enhanced(page)
        ex = exercise(BINARY_SEARCH)
        folder = ex.path.removeprefix("snippets/")
        block = page.locator(f'div[data-exercise="{folder}"]')
        show(block)
        textbox = block.get_by_role("textbox")
        original = textbox.text_content()
        code = "def binary_search(items, target):\n    return 'kept'"
        set_code(block, code)
        key = STORAGE_KEY + folder
        assert page.evaluate("(key) => localStorage.getItem(key)", key) == code

        page.reload()
        wait_enhanced(page)
        show(block)
        expect(textbox).to_have_text(code.replace("\n", ""))
        # The other exercises still show their starters.
        other_folder = OTHER_ON_PAGE.relative_to(ROOT / "snippets").as_posix()
        other = page.locator(f'div[data-exercise="{other_folder}"]')
        show(other)
        assert "NotImplementedError" in other.get_by_role("textbox").text_content()

        button(block, "Reset").click()
        expect(textbox).to_have_text(original)
        assert page.evaluate("(key) => localStorage.getItem(key)", key) is None
        page.reload()
        wait_enhanced(page)
        show(block)
        expect(textbox).to_have_text(original)
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_check_results_have_no_axe_violations(page, scheme):
    page.emulate_media(color_scheme=scheme)
    ex = exercise(BINARY_SEARCH)
    wrong = next(c for c in ex.candidates if c.fails)
    block = block_of(page, ex)
    results = check(block, wrong.code)
    assert fails(results) and len(fails(results)) < len(results)  # both kinds shown
    page.evaluate(AXE.read_text("utf-8"))  # the CSP blocks an injected <script>
    violations = page.evaluate(AXE_RUN)
    found = [v["text"] for v in violations]
    assert not found, "\n".join(found)
