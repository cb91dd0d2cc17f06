// Stop at every point of a run, in the Pyodide the site ships (Node): the interrupt
// Pyodide reads every few dozen bytecodes must never escape web/guide_runner.py's own
// lines. Used by tests/test_guide_runner.py; prints one JSON object.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const pyodide = await loadPyodide({ stdout: () => {}, stderr: () => {} });
pyodide.runPython(read("web/guide_runner.py"), { filename: "<guide-runner>" });
const stop = new Int32Array(new SharedArrayBuffer(8)); // as web/runner.js makes it
pyodide.setInterruptBuffer(stop);
pyodide.globals.get("_guide_set_stop_buffer")(stop);
const guideRun = pyodide.globals.get("_guide_run");
const output = [];
const emit = (stream, text) => output.push(text);
const call = (id, code) => {
  try {
    return guideRun(id, code, emit);
  } catch (error) {
    return `escaped: ${error.type ?? error}`; // a PythonError names its exception
  }
};

// Pyodide polls the buffer once every N eval-breaker checks: a loop of `shift` turns
// first moves the poll to each point of the run in turn, the runner's set-up included.
const stoppedRuns = [];
let id = 0;
for (let shift = 0; shift < 120; shift++) {
  pyodide.runPython(`for _ in range(${shift}): pass`);
  id += 1;
  Atomics.store(stop, 1, id);
  Atomics.store(stop, 0, 2);
  stoppedRuns.push(call(id, "while True: pass"));
}
// A Stop meant for an earlier run is left unread in the buffer: this run ignores it.
Atomics.store(stop, 1, id);
Atomics.store(stop, 0, 2);
id += 1;
const otherRun = call(id, "print(sum(range(100_000)))");
const streams = pyodide.runPython("import sys; sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__");
console.log(JSON.stringify({ stoppedRuns, otherRun, output: output.join(""), streams }));
