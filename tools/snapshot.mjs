// Make the Pyodide memory snapshot the browser starts from (issue 12).
//   node tools/snapshot.mjs CACHEDIR    prints the path of CACHEDIR/<snapshotName()>
// hooks/browser_runtime.py runs this on every build and copies the file next to Pyodide;
// tools/build-js.mjs bakes snapshotName() into the worker, so a page only ever asks for
// the snapshot its own build made.
//
// A snapshot is the interpreter's memory after start-up, after web/guide_runner.py and
// tools/exercise_harness.py have run and after the standard-library modules the examples
// import most are imported. Restoring it skips all of that (web/worker.js).
//
// `_makeSnapshot`, `makeMemorySnapshot` and `_loadSnapshot` are private Pyodide options:
// package.json pins Pyodide exactly, the name below changes with its version, and the
// worker falls back to a plain start whenever a snapshot does not load.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { PYTHON_ENV } from "../web/python_env.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, "utf8");


// What the examples import most (counted over snippets/); all exist in Pyodide's core.
const PRELOADED = [
  "abc", "array", "asyncio", "bisect", "collections", "concurrent.futures",
  "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal", "dis", "enum",
  "fractions", "functools", "gc", "heapq", "inspect", "itertools", "json", "math",
  "operator", "pathlib", "random", "re", "sqlite3", "statistics", "string", "sysconfig",
  "tempfile", "textwrap", "time", "timeit", "tracemalloc", "typing", "warnings",
  "weakref",
];

// Everything that goes into a snapshot; a change to any of it gives a new file name.
const INPUTS = [
  "tools/snapshot.mjs",
  "web/guide_runner.py",
  "web/python_env.mjs",
  "tools/exercise_harness.py",
];

export function pyodideVersion() {
  return JSON.parse(read("node_modules/pyodide/package.json")).version;
}

export function snapshotName() {
  const hash = createHash("sha256").update(pyodideVersion());
  for (const path of INPUTS) hash.update(`\0${path}\0${read(path)}`);
  return `snapshot-${hash.digest("hex").slice(0, 16)}.bin.gz`;
}

async function makeSnapshot() {
  const { loadPyodide } = await import(`${root}node_modules/pyodide/pyodide.mjs`);
  const pyodide = await loadPyodide({ _makeSnapshot: true, env: PYTHON_ENV });
  pyodide.runPython(read("web/guide_runner.py"), { filename: "<guide-runner>" });
  pyodide.globals.get("_guide_load_exercises")(read("tools/exercise_harness.py"));
  pyodide.runPython(PRELOADED.map((name) => `import ${name}\n`).join(""));
  // The browser decompresses it with DecompressionStream("gzip"): the saving does not
  // depend on how the host serves files.
  return gzipSync(pyodide.makeMemorySnapshot(), { level: 9 });
}

// The snapshot keeps what Pyodide found at start-up, including which kind of WebAssembly
// stack switching (JSPI, which asyncio.run() and time.sleep() need in the browser) it
// had. It must be the standard kind browsers ship, WebAssembly.Suspending: a snapshot
// made without it, or with Node 20's older experimental API, crashes in Chromium. Older
// Nodes lack it, so package.json pins a Node that has it, per platform, as optional
// dependencies (npm installs the one for this machine), and this script runs under it.
const hasJspi = () => "Suspending" in WebAssembly;
const platform = process.platform === "win32" ? "win" : process.platform;
const pinnedNode = `${root}node_modules/node-${platform}-${process.arch}/bin/node`;

if (process.argv[1] === fileURLToPath(import.meta.url) && !hasJspi()) {
  if (existsSync(pinnedNode)) {
    execFileSync(pinnedNode, process.argv.slice(1), { stdio: "inherit" });
  } else {
    // No such Node for this platform (npm has none for Apple silicon): the site works,
    // and Python starts the slow way (web/worker.js falls back).
    console.log(`skip: Node ${process.version} has no WebAssembly.Suspending and npm `
      + `installed no node-${platform}-${process.arch}`);
  }
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cache = process.argv[2];
  if (!cache) throw new Error("usage: node tools/snapshot.mjs CACHEDIR");
  mkdirSync(cache, { recursive: true });
  const target = `${cache}/${snapshotName()}`;
  if (!existsSync(target)) {
    const partial = `${target}.${process.pid}.partial`; // never a half-written snapshot
    writeFileSync(partial, await makeSnapshot());
    renameSync(partial, target);
  }
  console.log(target);
}
