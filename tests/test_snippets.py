"""Every snippet section, on every runtime: real output must equal the `#>` lines."""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest
from conftest import record_version
from runtimes import (
    ROOT,
    all_runtimes,
    judge,
    read_files,
    required_runtimes,
    run_batch,
    snippet_files,
)

RUNTIMES = {runtime.id: runtime for runtime in all_runtimes()}


def _folder(path: Path) -> str:
    return path.relative_to(ROOT / "snippets").parts[0]


@cache
def _batches(session: pytest.Session) -> dict[tuple[str, str], Future]:
    """Start every (runtime, snippets folder) batch the session's selected tests need
    at once, as many at a time as there are cores: one process each, so a slow folder
    (Django re-imported in every section) neither holds up nor times out the rest.
    A batch holds only the selected files, so `-k my_file` runs just that file."""
    wanted: dict[tuple[str, str], set[str]] = {}
    for item in session.items:
        if getattr(item, "originalname", "") == "test_snippet_output":
            params = item.callspec.params
            if RUNTIMES[params["runtime_id"]].command:
                key = params["runtime_id"], _folder(ROOT / params["path"])
                wanted.setdefault(key, set()).add(params["path"])
    pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)
    return {
        (runtime_id, folder): pool.submit(
            run_batch,
            RUNTIMES[runtime_id],
            read_files([ROOT / path for path in sorted(paths)]),
        )
        for (runtime_id, folder), paths in wanted.items()
    }


def batch(runtime_id: str, path: str, session: pytest.Session) -> dict:
    """The harness's reply for the batch that holds `path`: {runtime, by_path}."""
    reply = _batches(session)[runtime_id, _folder(ROOT / path)].result()
    return {
        "runtime": reply["runtime"],
        "by_path": {r["path"]: r for r in reply["results"]},
    }


def _cases():
    import snippet_harness  # tools/ is on sys.path (conftest.py)

    for path in snippet_files():
        relative = str(path.relative_to(ROOT))  # nested folders too
        try:
            sections = snippet_harness.load(relative, path.read_text("utf-8")).sections
        except snippet_harness.SnippetError:
            sections = {"<file>": None}  # the test reports the parse error
        for name in sections:
            for runtime_id in RUNTIMES:
                yield pytest.param(
                    runtime_id, relative, name, id=f"{runtime_id}:{relative}:{name}"
                )


@pytest.mark.parametrize(("runtime_id", "path", "section"), list(_cases()))
def test_snippet_output(runtime_id, path, section, request):
    request.node.user_properties.append(("runtime", runtime_id))
    runtime = RUNTIMES[runtime_id]
    if runtime.command is None:
        if runtime_id in required_runtimes():
            pytest.fail(
                f"{runtime_id} is required here but missing: {runtime.missing_reason}"
            )
        pytest.skip(runtime.missing_reason)
    reply = batch(runtime_id, path, request.session)
    record_version(runtime_id, reply["runtime"]["full_version"])
    verdict, message = judge(runtime_id, reply["by_path"][path], section)
    if verdict == "skip":
        pytest.skip(message)
    assert verdict == "pass", message
