"""Examples that import a package (PEP 723 `dependencies`): the browser installs it
with micropip from the site's own wheels (tools/snippet_deps.py, browser_runtime.py)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .reader import blocks, button, data_attribute, run, set_code, show, wait_idle
from .site_server import built_site, runnable_pages

pytestmark = pytest.mark.browser

FLASK_APP = """\
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return {"hello": "world"}


print(app.test_client().get("/").json)
"""


def flask_wheels() -> set[str]:
    """Flask's wheel and its dependencies' wheels, from the manifest the site ships."""
    manifest = json.loads((built_site() / "assets/wheels/manifest.json").read_text())
    packages, wanted, todo = manifest["packages"], set(), ["flask"]
    while todo:
        name = todo.pop()
        if packages[name]["file"] not in wanted:
            wanted.add(packages[name]["file"])
            todo += packages[name]["requires"]
    return wanted


@pytest.fixture
def fresh_block(pool, request):
    """An example on a page of its own: its worker has installed nothing yet."""
    page = pool.get(runnable_pages()[0], tab=f"packages-{request.node.name}")
    block = blocks(page).first
    show(block)
    wait_idle(block)
    return block


def test_packages_install_from_the_site_then_run(fresh_block):
    page, requested = fresh_block.page, []
    page.on("request", lambda r: "/assets/wheels/" in r.url and requested.append(r.url))
    set_code(fresh_block, FLASK_APP)
    with data_attribute(fresh_block, "packages", "flask"):
        assert run(fresh_block) == ("Finished.", "{'hello': 'world'}\n")
        names = [url.rsplit("/", 1)[1] for url in requested]
        assert names[:2] == ["manifest.json", "micropip-0.11.1-py3-none-any.whl"]
        assert set(names[2:]) == flask_wheels(), "install what Flask needs, once each"
        # A second run downloads nothing and imports Flask afresh: same output.
        requested.clear()
        assert run(fresh_block) == ("Finished.", "{'hello': 'world'}\n")
        assert requested == []


def test_a_wheel_that_fails_to_download_is_reported(fresh_block):
    page = fresh_block.page
    page.route("**/assets/wheels/jinja2-*.whl", lambda route: route.fulfill(status=404))
    set_code(fresh_block, FLASK_APP)
    with data_attribute(fresh_block, "packages", "flask"):
        status, output = run(fresh_block)
    assert status == "Finished with an error."
    assert output.startswith("Could not install flask: jinja2-")
    assert output.endswith(".whl: the server answered 404\n")
    set_code(fresh_block, "print('still works')")
    assert run(fresh_block) == ("Finished.", "still works\n")
    expect(button(fresh_block, "Stop")).to_have_attribute("aria-disabled", "true")
