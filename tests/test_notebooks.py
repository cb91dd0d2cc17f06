"""The data-science notebooks: committed clean, linked, executed by the build."""

from __future__ import annotations

import json
import re
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


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_linked_from_its_question(path):
    assert f"](notebooks/{path.name})" in PAGE.read_text("utf-8")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_built_notebook_page_shows_executed_output(site, path):
    html = (site / "notebooks" / path.stem / "index.html").read_text("utf-8")
    assert re.search(EXECUTED[path.stem], html), path.name
    # include_source copies the notebook next to its page, for the download link.
    assert (site / "notebooks" / path.stem / path.name).is_file()
    assert f'href="./{path.name}"' in html
    # The link back to the question resolves to a real anchor.
    assert f'href="../../data-science/#{path.stem}"' in html
    question = (site / "data-science" / "index.html").read_text("utf-8")
    assert f'id="{path.stem}"' in question
    assert f'href="../notebooks/{path.stem}/"' in question
