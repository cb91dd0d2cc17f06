"""Ship the in-browser example runner and its Python with the built site.

After the pages are built this hook:
  - bundles web/ with esbuild (node tools/build-js.mjs) into assets/runner/;
  - copies Pyodide's core files from node_modules into pyodide/v<version>/: versioned,
    so a new Pyodide never mixes with files a browser cached for the old one;
  - copies coi-serviceworker.js to the site root, where its scope covers every page
    (it makes GitHub Pages, which cannot send COOP/COEP headers, cross-origin isolated).

It runs in on_post_build, not before the pages, so a content error (a missing snippet)
is still reported as such in a checkout without node_modules; tests/test_breakages.py
builds exactly such copies. Without node_modules the build still fails, naming what is
missing. `mkdocs serve` runs it on every rebuild and watches web/ too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
NEEDED = (
    "node_modules/esbuild",
    "node_modules/codemirror",
    "node_modules/pyodide/package.json",
    "node_modules/coi-serviceworker/coi-serviceworker.js",
)
BUILD_TIMEOUT = 120  # seconds; esbuild takes well under one


def _root(config) -> Path:
    return Path(config["config_file_path"]).parent


def pyodide_version(root: Path) -> str:
    package = root / "node_modules" / "pyodide" / "package.json"
    return json.loads(package.read_text("utf-8"))["version"]


def on_post_build(config):
    root, site = _root(config), Path(config["site_dir"])
    missing = [name for name in NEEDED if not (root / name).exists()]
    if missing:
        raise PluginError(
            f"browser runtime: {', '.join(missing)} missing in {root}; run `npm ci` "
            "(`make build` and `make serve` do it first)"
        )
    node = shutil.which("node")
    if not node:
        raise PluginError("browser runtime: `node` is not on PATH (Node.js >= 20)")
    try:
        done = subprocess.run(
            [node, "tools/build-js.mjs", str(site / "assets" / "runner")],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise PluginError(
            f"browser runtime: tools/build-js.mjs ran over {BUILD_TIMEOUT} s"
        ) from None
    if done.returncode:
        raise PluginError(f"browser runtime: tools/build-js.mjs failed:\n{done.stderr}")

    source = root / "node_modules" / "pyodide"
    target = site / "pyodide" / f"v{pyodide_version(root)}"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        if not (source / name).is_file():
            raise PluginError(f"browser runtime: {source / name} is missing")
        shutil.copy2(source / name, target / name)
    shutil.copy2(
        root / "node_modules" / "coi-serviceworker" / "coi-serviceworker.js",
        site / "coi-serviceworker.js",
    )


def on_serve(server, config, builder):
    root = _root(config)
    server.watch(str(root / "web"))
    server.watch(str(root / "tools" / "build-js.mjs"))
    return server
