"""web/guide_runner.py under the Pyodide the site ships: Stop never crashes a run.

A Stop that Pyodide reads while the runner's own lines set a run up (or tear it down)
used to raise KeyboardInterrupt there; it escaped _guide_run, the page took that for a
crash and restarted Python, losing the reader's variables (issue 12). The browser test
test_stop_at_any_moment_of_a_run_keeps_state hits that moment only by chance; this one
moves Pyodide's poll across every point of the run.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from runtimes import PYODIDE_PACKAGE, ROOT


@pytest.fixture(scope="module")
def report() -> dict:
    node = shutil.which("node")
    if not node or not PYODIDE_PACKAGE.exists():
        pytest.fail("node and node_modules/pyodide are needed: make test installs them")
    done = subprocess.run(
        [node, str(ROOT / "tests" / "stop_race.mjs")],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_stop_at_any_point_of_a_run_only_interrupts_it(report):
    escaped = [
        f"shift {shift}: {status}"
        for shift, status in enumerate(report["stoppedRuns"])
        if status != "interrupted"
    ]
    assert not escaped, "\n".join(escaped)
    assert report["streams"], "sys.stdout/sys.stderr were left redirected"


def test_a_stop_meant_for_an_earlier_run_is_ignored(report):
    assert report["otherRun"] == "ok"
    assert report["output"] == "4999950000\n"
