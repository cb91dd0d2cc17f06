// Bundle the in-browser example runner (web/) with esbuild.
//   node tools/build-js.mjs [OUTDIR]     default OUTDIR: site/assets/runner
// hooks/browser_runtime.py runs this on every `mkdocs build` / `mkdocs serve` rebuild,
// with OUTDIR = <site dir>/assets/runner: the bundle is a build artefact, never committed.
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { pyodideVersion, snapshotName } from "./snapshot.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = process.argv[2] ?? `${root}site/assets/runner`;

await esbuild.build({
  absWorkingDir: root,
  // One script and one stylesheet on every page (issue 12): main.js carries the runner,
  // and imports the quiz and practice code only on a page that has their elements.
  entryPoints: ["web/main.js", "web/main.css", "web/worker.js"],
  // Each dynamic import becomes a chunk loaded on first use: web/editor.js (CodeMirror),
  // web/quiz.js, web/practice.js.
  splitting: true,
  chunkNames: "[name]-[hash]",
  outdir,
  bundle: true,
  format: "esm", // main.js loads as <script type="module">, worker.js as a module worker
  target: ["es2022"],
  minify: true,
  sourcemap: "linked",
  legalComments: "linked", // keeps the MIT/MPL notices of the bundled packages
  // The worker imports Pyodide at run time from the site's versioned copy, and starts it
  // from this build's snapshot (tools/snapshot.mjs), which the hook copies beside it.
  define: {
    PYODIDE_VERSION: JSON.stringify(pyodideVersion()),
    SNAPSHOT_NAME: JSON.stringify(snapshotName()),
  },
  logLevel: "warning",
});
