"""Ship the in-browser example runner and its Python with the built site.

Before the pages are built (on_pre_build) this hook checks that node_modules has what it
needs, failing the build and naming what is missing, and bundles web/ with esbuild
(node tools/build-js.mjs) into a temporary folder. After the build (on_post_build) it
copies into the site:
  - the bundle, as assets/runner/;
  - Pyodide's core files from node_modules, as pyodide/v<version>/: versioned, so a new
    Pyodide never mixes with files a browser cached for the old one;
  - beside them, the memory snapshot Python starts from (tools/snapshot.mjs, cached in
    .cache/pyodide-snapshot/ under a name that changes with everything in it);
  - coi-serviceworker.js, at the site root, where its scope covers every page (it makes
    GitHub Pages, which cannot send COOP/COEP headers, cross-origin isolated);
  - the pure-Python wheels framework examples import, and micropip to install them
    (tools/snippet_deps.py fetches them), as assets/wheels/ with their manifest.json.
`mkdocs serve` runs both on every rebuild, and watches web/ too.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import snippet_deps

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
log = logging.getLogger("mkdocs.hooks.browser_runtime")
BUILD_TIMEOUT = 120  # seconds; esbuild takes well under one
SNAPSHOT_TIMEOUT = 180  # seconds; making a snapshot takes about 6


def _root(config) -> Path:
    return Path(config["config_file_path"]).parent


def _node(root: Path, script: str, *args: str, timeout: int) -> str:
    """Run a tools/ script with Node; its stdout, or a build error naming it."""
    try:
        done = subprocess.run(
            [shutil.which("node") or "node", script, *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise PluginError(f"browser runtime: {script} ran over {timeout} s") from None
    if done.returncode:
        raise PluginError(f"browser runtime: {script} failed:\n{done.stderr}")
    return done.stdout


def pyodide_version(root: Path) -> str:
    package = root / "node_modules" / "pyodide" / "package.json"
    return json.loads(package.read_text("utf-8"))["version"]


_bundle: Path | None = None  # this build's esbuild output, until on_post_build


def on_pre_build(config):
    global _bundle
    root = _root(config)
    missing = [name for name in NEEDED if not (root / name).exists()]
    if missing:
        raise PluginError(
            f"browser runtime: {', '.join(missing)} missing in {root}; run `npm ci` "
            "(`make build` and `make serve` do it first)"
        )
    node = shutil.which("node")
    if not node:
        raise PluginError("browser runtime: `node` is not on PATH (Node.js >= 20)")
    # A folder per build: builds that run at the same time (tests) never share one.
    _bundle = Path(tempfile.mkdtemp(prefix="guide-runner-"))
    _node(root, "tools/build-js.mjs", str(_bundle), timeout=BUILD_TIMEOUT)


def on_post_build(config):
    global _bundle
    root, site = _root(config), Path(config["site_dir"])
    if _bundle is None:
        raise PluginError("browser runtime: on_pre_build did not bundle web/")
    shutil.copytree(_bundle, site / "assets" / "runner", dirs_exist_ok=True)
    shutil.rmtree(_bundle, ignore_errors=True)
    _bundle = None

    source = root / "node_modules" / "pyodide"
    target = site / "pyodide" / f"v{pyodide_version(root)}"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        if not (source / name).is_file():
            raise PluginError(f"browser runtime: {source / name} is missing")
        shutil.copy2(source / name, target / name)
    cache = root / ".cache" / "pyodide-snapshot"
    made = _node(root, "tools/snapshot.mjs", str(cache), timeout=SNAPSHOT_TIMEOUT)
    made = made.strip()
    if made.startswith("skip: "):  # no Node with JSPI here: pages start Python slowly
        log.info("browser runtime: no Pyodide snapshot (%s)", made[len("skip: ") :])
    else:
        shutil.copy2(made, target / Path(made).name)
    shutil.copy2(
        root / "node_modules" / "coi-serviceworker" / "coi-serviceworker.js",
        site / "coi-serviceworker.js",
    )
    try:
        snippet_deps.ensure()
    except snippet_deps.DepsError as exc:
        raise PluginError(f"browser runtime: snippet dependencies: {exc}") from None
    shutil.copytree(snippet_deps.WHEELS, site / "assets" / "wheels", dirs_exist_ok=True)


def on_build_error(error):
    global _bundle
    if _bundle is not None:
        shutil.rmtree(_bundle, ignore_errors=True)
        _bundle = None


def on_serve(server, config, builder):
    root = _root(config)
    server.watch(str(root / "web"))
    server.watch(str(root / "tools" / "build-js.mjs"))
    return server
