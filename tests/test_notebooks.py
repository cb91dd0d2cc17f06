"""The data-science notebooks: committed clean, linked, executed by the build."""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from pathlib import Path

import pytest
from browser.site_server import built_site
from runtimes import ROOT

NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.ipynb"))
PAGE = ROOT / "docs" / "data-science.md"
# A line that only an executed cell prints, per notebook: without execution the page
# shows the code but not this.
EXECUTED = {
    "numpy-vs-pandas": r"NumPy is about \d+x faster than the loop",
    "dataframe-merge": r"category keys: \d+\.\dx faster than object",
    "numpy-broadcasting": re.escape(
        "operands could not be broadcast together with shapes (4,3) (4,)"
    ),
}


@pytest.fixture(scope="session")
def site() -> Path:
    return built_site()  # the strict build the other site tests use


def test_every_notebook_has_a_known_executed_output():
    assert NOTEBOOKS, "no notebooks under docs/notebooks"
    assert {path.stem for path in NOTEBOOKS} == set(EXECUTED)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    notebook = json.loads(path.read_text("utf-8"))
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], (path.name, cell.get("id"))
            assert cell["execution_count"] is None, (path.name, cell.get("id"))


def code_of(path: Path) -> str:
    notebook = json.loads(path.read_text("utf-8"))
    cells = notebook["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


# A claim check in a notebook: `check("claim", condition)`, printed as "checked: claim".
CHECK_CALL = re.compile(r"^\s*check\(\s*\n?\s*(?:f?\"([^\"]+)\")", re.MULTILINE)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_timings_are_interleaved_rounds_not_a_best_of_three(path):
    """A speed claim needs >= 7 interleaved rounds (CONTRIBUTING.md, Style): the
    notebooks time with their `compare` helper and ROUNDS, never with timeit."""
    code = code_of(path)
    clocks = ("perf_counter", "process_time", "thread_time", "timeit")
    if not any(clock in code for clock in clocks):
        return  # this notebook times nothing
    assert "timeit" not in code, f"{path.name}: time with compare(), not timeit"
    # CPU time of the calling thread: waiting for a core on a busy build machine
    # must not decide a claim.
    assert "perf_counter" not in code, f"{path.name}: time with time.thread_time()"
    rounds = re.search(r"^ROUNDS = (\d+)$", code, re.MULTILINE)
    assert rounds and int(rounds.group(1)) >= 7, f"{path.name}: ROUNDS >= 7 needed"
    assert "statistics.median" in code and "min(" in code, path.name
    assert CHECK_CALL.search(code), f"{path.name}: times things but checks no claim"


def test_build_stores_str_as_python_objects_as_the_page_says(site):
    """The page says the build has no PyArrow, so `str` keys are Python objects, and
    the merge notebook makes its `str` claim only then: a build with PyArrow must
    fail here until the text is updated."""
    html = (site / "notebooks" / "dataframe-merge" / "index.html").read_text("utf-8")
    assert "str storage in this run: python" in html
    assert "checked: int64 keys, either order, at least 2x faster than str" in html
    page = PAGE.read_text("utf-8")
    assert re.search(r"without PyArrow \(the build\s+machine\)", page)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_linked_from_its_question(path):
    assert f"](notebooks/{path.name})" in PAGE.read_text("utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_built_notebook_page_shows_executed_output(site, path):
    html = (site / "notebooks" / path.stem / "index.html").read_text("utf-8")
    assert re.search(EXECUTED[path.stem], html), path.name
    # Every claim check ran and held (a failed one stops the build).
    for claim in CHECK_CALL.findall(code_of(path)):
        assert f"checked: {html_escape(claim, quote=False)}" in html, (path.name, claim)
    # include_source copies the notebook next to its page, for the download link.
    assert (site / "notebooks" / path.stem / path.name).is_file()
    assert f'href="./{path.name}"' in html
    # The link back to the question resolves to a real anchor.
    assert f'href="../../data-science/#{path.stem}"' in html
    question = (site / "data-science" / "index.html").read_text("utf-8")
    assert f'id="{path.stem}"' in question
    assert f'href="../notebooks/{path.stem}/"' in question
