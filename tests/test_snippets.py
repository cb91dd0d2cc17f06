"""Every snippet section, on every runtime: real output must equal the `#>` lines."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import record_version
from runtimes import (
    all_runtimes,
    judge,
    read_files,
    required_runtimes,
    run_batch,
    snippet_files,
)

RUNTIMES = {runtime.id: runtime for runtime in all_runtimes()}


@cache
def batch(runtime_id: str) -> dict:
    """One process per runtime checks every snippet file; results by path."""
    reply = run_batch(RUNTIMES[runtime_id], read_files(snippet_files()))
    return {
        "runtime": reply["runtime"],
        "by_path": {r["path"]: r for r in reply["results"]},
    }


def _cases():
    import snippet_harness  # tools/ is on sys.path (conftest.py)

    for path in snippet_files():
        relative = str(path.relative_to(path.parents[2]))
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
    reply = batch(runtime_id)
    record_version(runtime_id, reply["runtime"]["full_version"])
    verdict, message = judge(runtime_id, reply["by_path"][path], section)
    if verdict == "skip":
        pytest.skip(message)
    assert verdict == "pass", message
