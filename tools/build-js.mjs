// Bundle the in-browser example runner (web/) with esbuild.
//   node tools/build-js.mjs [OUTDIR]     default OUTDIR: site/assets/runner
// hooks/browser_runtime.py runs this on every `mkdocs build` / `mkdocs serve` rebuild,
// with OUTDIR = <site dir>/assets/runner: the bundle is a build artefact, never committed.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { snapshotName } from "./snapshot.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = process.argv[2] ?? `${root}site/assets/runner`;
const pyodide = JSON.parse(readFileSync(`${root}node_modules/pyodide/package.json`, "utf8"));

await esbuild.build({
  absWorkingDir: root,
  entryPoints: [
    "web/runner.js",
    "web/worker.js",
    "web/runner.css",
    // Progress, mock interview, printing (issue 6): their own bundle, loaded everywhere.
    "web/practice.js",
    "web/practice.css",
    // "What does this print?" quizzes (hooks/quiz.py): checks the reader's answer.
    "web/quiz.js",
    "web/quiz.css",
  ],
  splitting: true, // web/editor.js (CodeMirror) becomes a chunk loaded on first use
  chunkNames: "[name]-[hash]",
  outdir,
  bundle: true,
  format: "esm", // runner.js loads as <script type="module">, worker.js as a module worker
  target: ["es2022"],
  minify: true,
  sourcemap: "linked",
  legalComments: "linked", // keeps the MIT/MPL notices of the bundled packages
  // The worker imports Pyodide at run time from the site's versioned copy, and starts it
  // from this build's snapshot (tools/snapshot.mjs), which the hook copies beside it.
  define: {
    PYODIDE_VERSION: JSON.stringify(pyodide.version),
    SNAPSHOT_NAME: JSON.stringify(snapshotName()),
  },
  logLevel: "warning",
});
