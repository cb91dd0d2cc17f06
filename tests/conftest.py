"""Shared pytest set-up: the --update-examples flag and the verified-runtimes record."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

# The snippet harness lives in tools/ (it also runs inside Pyodide); make it importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from runtimes import (
    HARNESS,
    ROOT,
    SNIPPET_DEPS,
    UnknownRuntimeError,
    all_runtimes,
    pyodide_version,
)

VERIFIED_RECORD = ROOT / ".cache" / "verified.json"
_outcomes: dict[str, Counter] = {}
_expected: Counter = Counter()
_versions: dict[str, str] = {}


def pytest_addoption(parser):
    parser.addoption(
        "--update-examples",
        action="store_true",
        help="rewrite the `#>` expected-output lines of the selected snippet sections "
        "(-k narrows) from real output on this interpreter, then test them; writes "
        "nothing if any run fails",
    )


def pytest_sessionstart(session):
    # Framework snippets import pinned packages (snippets/requirements.txt): fetch them
    # before any runtime starts, so plain `pytest` works as `make test` does.
    import snippet_deps

    try:
        snippet_deps.ensure()
    except snippet_deps.DepsError as exc:
        pytest.exit(f"snippet dependencies: {exc}", returncode=2)


def pytest_configure(config):
    """Stop at once on a runtime name that does not exist (GUIDE_RUNTIMES=3.11)."""
    try:
        all_runtimes()
    except UnknownRuntimeError as exc:
        pytest.exit(str(exc), returncode=4)


def pytest_collection_finish(session):
    """--update-examples rewrites the `#>` lines of the selected snippet tests only
    (`-k` narrows it), before they run; all or nothing (snippet_harness --update)."""
    if not session.config.getoption("--update-examples"):
        return
    targets = update_targets(session.items)
    if not targets:
        pytest.exit("--update-examples: no snippet test is selected", returncode=4)
    done = subprocess.run(
        [sys.executable, str(HARNESS), "--update", *targets],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(SNIPPET_DEPS)},
    )
    print(done.stdout + done.stderr)
    if done.returncode:
        pytest.exit("--update-examples failed (no file written); see above", 1)


def update_targets(items) -> list[str]:
    """`FILE:SECTION,...` for the selected tests/test_snippets.py cases."""
    sections: dict[str, set[str]] = {}
    for item in items:
        if getattr(item, "originalname", "") != "test_snippet_output":
            continue
        params = item.callspec.params
        sections.setdefault(params["path"], set()).add(params["section"])
    return [
        path if "<file>" in names else f"{path}:{','.join(sorted(names))}"
        for path, names in sections.items()
    ]


def pytest_collection_modifyitems(items):
    for item in items:
        runtime = getattr(item, "callspec", None) and item.callspec.params.get(
            "runtime_id"
        )
        if runtime:
            _expected[runtime] += 1


def record_version(runtime_id: str, full_version: str) -> None:
    _versions[runtime_id] = full_version


def pytest_runtest_logreport(report):
    runtime = dict(report.user_properties).get("runtime")
    if runtime and (report.when == "call" or report.outcome != "passed"):
        _outcomes.setdefault(runtime, Counter())[report.outcome] += 1


def pytest_sessionfinish(session, exitstatus):
    """Record the runtimes on which every snippet passed, for the footer stamp."""
    verified = []
    for runtime, outcomes in _outcomes.items():
        complete = outcomes["passed"] + outcomes["skipped"] == _expected[runtime]
        if complete and outcomes["passed"] and not outcomes["failed"]:
            impl = "pyodide" if runtime == "pyodide" else "cpython"
            entry = {"id": runtime, "impl": impl, "version": _versions[runtime]}
            if impl == "pyodide":
                entry["pyodide"] = pyodide_version()
            verified.append(entry)
    if verified:
        VERIFIED_RECORD.parent.mkdir(exist_ok=True)
        order = {r: i for i, r in enumerate(_expected)}
        verified.sort(key=lambda entry: order.get(entry["id"], 0))
        VERIFIED_RECORD.write_text(json.dumps({"runtimes": verified}, indent=2) + "\n")


FAILURE_SHOTS = ROOT / ".cache" / "browser-failures"  # CI uploads it when a test fails


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """When a browser test fails, save a screenshot of every open page, so a CI
    failure shows what the reader would have seen."""
    outcome = yield
    report = outcome.get_result()
    browser = item.funcargs.get("browser") if report.failed else None
    if browser is None:
        return
    FAILURE_SHOTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", item.nodeid)[:150]
    pages = [page for context in browser.contexts for page in context.pages]
    for number, page in enumerate(pages):
        try:
            page.screenshot(path=FAILURE_SHOTS / f"{name}-{number}.png", timeout=5000)
        except Exception as exc:  # a crashed page must not hide the real failure
            report.sections.append(("screenshot", f"page {number}: {exc}"))
