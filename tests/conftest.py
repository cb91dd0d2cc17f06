"""Shared pytest set-up: the --update-examples flag and the verified-runtimes record."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

# The snippet harness lives in tools/ (it also runs inside Pyodide); make it importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from runtimes import HARNESS, ROOT, pyodide_version, snippet_files

VERIFIED_RECORD = ROOT / ".cache" / "verified.json"
_outcomes: dict[str, Counter] = {}
_expected: Counter = Counter()
_versions: dict[str, str] = {}


def pytest_addoption(parser):
    parser.addoption(
        "--update-examples",
        action="store_true",
        help="rewrite the `#>` expected-output lines of every snippet from real output "
        "(on this interpreter) before testing",
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
    if config.getoption("--update-examples"):
        paths = [str(p) for p in snippet_files()]
        done = subprocess.run(
            [sys.executable, str(HARNESS), "--update", *paths],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        print(done.stdout + done.stderr)
        if done.returncode:
            raise pytest.UsageError("--update-examples failed; see above")


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
