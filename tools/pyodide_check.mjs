// Run snippet sections on the Pyodide the site ships (npm "pyodide"), in Node.
//   node tools/pyodide_check.mjs FILE...    human report, exit 1 on a mismatch
//   node tools/pyodide_check.mjs --json     batch mode for pytest (JSON on stdin/stdout)
//   node tools/pyodide_check.mjs --json --harness exercise_harness
//                                            the same, for tools/exercise_harness.py
// The comparison itself is tools/snippet_harness.py, the same code CPython runs.
import { existsSync, readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const args = process.argv.slice(2);
const json = args[0] === "--json";
const harnessName = json && args[1] === "--harness" ? args[2] : "snippet_harness";
if (!["snippet_harness", "exercise_harness"].includes(harnessName)) {
  throw new Error(`unknown harness ${harnessName}`);
}
const harness = readFileSync(new URL(`./${harnessName}.py`, import.meta.url), "utf8");
const request = json
  ? JSON.parse(readFileSync(0, "utf8"))
  : { files: args.map((path) => ({ path, text: readFileSync(path, "utf8") })) };

// Keep the harness's stdout capture the only consumer of Python output.
const pyodide = await loadPyodide({
  stdout: () => {},
  stderr: () => {},
  // Set as web/worker.js sets it: Pyodide's event loop always counts as running, so
  // Django would refuse synchronous ORM calls as if they came from async code.
  env: { HOME: "/home/pyodide", DJANGO_ALLOW_ASYNC_UNSAFE: "1" },
});
pyodide.FS.writeFile(`/home/pyodide/${harnessName}.py`, harness);
// The pins, where the harness looks for them (../snippets/): a package they do not pin
// (numpy, pandas) is skipped when missing, a pinned one fails (skip_reason).
pyodide.FS.mkdirTree("/home/snippets");
pyodide.FS.writeFile(
  "/home/snippets/requirements.txt",
  readFileSync(new URL("../snippets/requirements.txt", import.meta.url), "utf8"),
);
// The packages framework snippets import (tools/snippet_deps.py unpacks them there).
const deps = new URL("../.cache/snippet-deps", import.meta.url).pathname;
if (existsSync(deps)) {
  pyodide.FS.mkdirTree("/snippet-deps");
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: deps }, "/snippet-deps");
  pyodide.runPython("import sys; sys.path.append('/snippet-deps')");
}
pyodide.globals.set("request_json", JSON.stringify(request));
const reply = JSON.parse(
  pyodide.runPython(`
import json, sys
sys.path.insert(0, "/home/pyodide")
import ${harnessName} as harness
json.dumps(harness.run_batch(json.loads(request_json)))
`),
);

if (json) {
  process.stdout.write(JSON.stringify(reply));
} else {
  let failed = 0;
  for (const result of reply.results) {
    const path = result.path;
    if (result.error) {
      console.log(result.error);
      failed++;
      continue;
    }
    for (const [name, outcome] of Object.entries(result.sections)) {
      console.log(`${path} [${name}] ${outcome.status} on Pyodide ${reply.runtime.full_version}`);
      if (outcome.message) console.log(outcome.message);
      if (outcome.status === "mismatch" || outcome.status === "error") failed++;
    }
  }
  process.exitCode = failed ? 1 : 0;
}
