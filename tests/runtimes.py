"""The Python runtimes the snippets are checked on, and how to run a batch on each.

CPython interpreters run tools/snippet_harness.py in a subprocess; Pyodide runs the same
harness inside Node (tools/pyodide_check.mjs). Each runtime gets one process per batch,
with a fresh namespace per snippet section, so the suite stays fast.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import snippet_deps  # tools/ is on sys.path (tests/conftest.py, tools/bench.py)

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "tools" / "snippet_harness.py"
EXERCISE_HARNESS = ROOT / "tools" / "exercise_harness.py"
PYODIDE_RUNNER = ROOT / "tools" / "pyodide_check.mjs"
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide" / "package.json"
# The packages framework snippets import, where tools/snippet_deps.py unpacks them.
SNIPPET_DEPS = snippet_deps.UNPACKED
BATCH_TIMEOUT = 300  # seconds for a whole batch; a hung snippet must not hang CI


def facts(runtime_id: str) -> dict:
    """What the harness's variant tags test, for a runtime named like "cpython-3.12",
    known without starting it (the harness's current_runtime() reports the same)."""
    if runtime_id == "pyodide":  # Pyodide 314 is CPython 3.14 on 32-bit wasm
        return {
            "impl": "pyodide",
            "version": [3, 14],
            "bits": 32,
            "free_threaded": False,
        }
    version = runtime_id.removeprefix("cpython-")
    major, minor = version.removesuffix("t").split(".")
    return {
        "impl": "cpython",
        "version": [int(major), int(minor)],
        "bits": 64,
        "free_threaded": version.endswith("t"),
    }


@dataclass(frozen=True)
class Runtime:
    id: str  # "cpython-3.12", "cpython-3.14t", "pyodide"
    command: tuple[str, ...] | None  # None: not on this machine
    missing_reason: str = ""


def configured_versions() -> list[str]:
    """CPython versions the guide supports, from pyproject.toml [tool.guide]."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["tool"]["guide"]["cpython"]


def _find_cpython(version: str) -> str | None:
    free_threaded = version.endswith("t")
    base = version.removesuffix("t")
    # pyenv's shims exist for every installed version but fail for inactive ones: look
    # in pyenv's versions folder first, then on PATH (e.g. actions/setup-python).
    root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    wanted = re.compile(rf"{re.escape(base)}\.\d+{'t' if free_threaded else ''}")
    for folder in sorted(glob.glob(f"{root}/versions/{base}.*")):
        if wanted.fullmatch(Path(folder).name):
            return f"{folder}/bin/python{version}"
    found = shutil.which(f"python{version}")
    if (
        found
        and subprocess.run([found, "-c", "pass"], capture_output=True).returncode == 0
    ):
        return found
    return None


@cache
def all_runtimes() -> list[Runtime]:
    """Every runtime, or only those named in GUIDE_RUNTIMES (comma-separated)."""
    runtimes = []
    for version in configured_versions():
        python = _find_cpython(version)
        runtimes.append(
            Runtime(
                f"cpython-{version}",
                (python, str(HARNESS), "--json") if python else None,
                f"python{version} is not installed here (not in pyenv, not on PATH); "
                f"the CI job 'snippets ({version})' runs it",
            )
        )
    node = shutil.which("node")
    runtimes.append(
        Runtime(
            "pyodide",
            (node, str(PYODIDE_RUNNER), "--json")
            if node and PYODIDE_PACKAGE.exists()
            else None,
            "Node or node_modules/pyodide is missing: `make test` installs them",
        )
    )
    valid = [runtime.id for runtime in runtimes]
    only = _names("GUIDE_RUNTIMES", "")
    for variable, names in (
        ("GUIDE_RUNTIMES", only),
        ("GUIDE_REQUIRE_RUNTIMES", _names("GUIDE_REQUIRE_RUNTIMES", "")),
    ):
        check_runtime_names(variable, names, valid)
    return [runtime for runtime in runtimes if not only or runtime.id in only]


class UnknownRuntimeError(ValueError):
    """GUIDE_RUNTIMES or GUIDE_REQUIRE_RUNTIMES names a runtime that does not exist."""


def check_runtime_names(variable: str, names: set[str], valid: list[str]) -> None:
    """A typo must stop the run: an unknown name would silently select nothing."""
    unknown = sorted(names - set(valid))
    if unknown:
        raise UnknownRuntimeError(
            f"{variable} names unknown runtime(s) {', '.join(unknown)}; "
            f"valid names (comma-separated): {', '.join(valid)}"
        )


def _names(variable: str, default: str) -> set[str]:
    return {name.strip() for name in os.environ.get(variable, default).split(",")} - {
        ""
    }


def required_runtimes() -> set[str]:
    """Runtimes that must be present (GUIDE_REQUIRE_RUNTIMES, comma-separated), and
    every runtime GUIDE_RUNTIMES asks for by name: asked for and missing is a
    failure, never a run of skips that looks green."""
    return _names("GUIDE_REQUIRE_RUNTIMES", "pyodide") | _names("GUIDE_RUNTIMES", "")


def pyodide_version() -> str:
    return json.loads(PYODIDE_PACKAGE.read_text(encoding="utf-8"))["version"]


def run_batch(runtime: Runtime, files: list[dict]) -> dict:
    """Run the harness on `files` ([{"path", "text"}]) in `runtime`."""
    completed = subprocess.run(
        runtime.command,
        input=json.dumps({"files": files}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=BATCH_TIMEOUT,
        # CPython reads PYTHONPATH; tools/pyodide_check.mjs mounts the same folder.
        env={**os.environ, "PYTHONPATH": str(SNIPPET_DEPS)},
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{runtime.id} harness failed:\n{completed.stderr}")
    return json.loads(completed.stdout)


def run_exercise_batch(runtime: Runtime, runs: list[dict]) -> dict:
    """Run tools/exercise_harness.py on `runs` ([{"id", "code", "checks"}]) in
    `runtime`: the same interpreter as run_batch, the other harness."""
    if runtime.id == "pyodide":
        command = (*runtime.command, "--harness", "exercise_harness")
    else:
        command = (runtime.command[0], str(EXERCISE_HARNESS), "--json")
    completed = subprocess.run(
        command,
        input=json.dumps({"runs": runs}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=BATCH_TIMEOUT,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"{runtime.id} exercise harness failed:\n{completed.stderr}")
    return json.loads(completed.stdout)


def snippet_files() -> list[Path]:
    return sorted((ROOT / "snippets").rglob("*.py"))


def read_files(paths: list[Path]) -> list[dict]:
    return [
        {"path": str(p.relative_to(ROOT)), "text": p.read_text("utf-8")} for p in paths
    ]


def judge(runtime_id: str, result: dict, section: str) -> tuple[str, str]:
    """Turn one section's harness result into ("pass" | "skip" | "fail", message)."""
    if "error" in result:
        return "fail", result["error"]
    outcome = result["sections"][section]
    if runtime_id == "pyodide" and result["browser"]:
        # The header claims the browser cannot run this: prove it by failing here.
        if outcome["status"] in ("error", "mismatch"):
            return "pass", ""
        return "fail", (
            f"{result['path']}:1: header says browser = {result['browser']!r}, "
            f"but section {section!r} ran correctly under Pyodide; remove the "
            "claim so readers can run it"
        )
    if outcome["status"] == "skip":
        return "skip", outcome["message"]
    return ("pass", "") if outcome["status"] == "pass" else ("fail", outcome["message"])
