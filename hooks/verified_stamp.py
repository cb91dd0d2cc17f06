"""Footer stamp: which runtimes the examples were verified on.

The snippet tests write `.cache/verified.json`, listing each runtime on which every
passed; this hook reads it, so the stamp states what was actually tested, never a guess.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError

RECORD = Path(".cache/verified.json")


def stamp_text(record: dict | None) -> str:
    if record is None:
        return "Examples not verified in this build: run <code>make test</code> first."
    cpython = [r["version"] for r in record["runtimes"] if r["impl"] == "cpython"]
    pyodide = [r for r in record["runtimes"] if r["impl"] == "pyodide"]
    if not cpython and not pyodide:
        raise PluginError(f"{RECORD}: lists no runtimes")
    parts = []
    if cpython:
        parts.append("CPython " + ", ".join(cpython))
    if pyodide:
        parts.append(
            f"Pyodide {pyodide[0]['pyodide']} (Python {pyodide[0]['version']})"
        )
    return "Examples verified on " + " and ".join(parts) + "."


def on_config(config):
    record_path = Path(config["docs_dir"]).parent / RECORD
    record = None
    if record_path.exists():
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise PluginError(f"{RECORD}:{exc.lineno}: {exc.msg}") from None
    stamp = f'<span class="verified-stamp">{stamp_text(record)}</span>'
    config["copyright"] = f"{config['copyright'] or ''}<br>{stamp}"
    return config
