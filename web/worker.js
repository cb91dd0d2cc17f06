// Module worker that owns the Python interpreter (Pyodide) for every example on a page.
//
// Messages in:  {type: "init", indexURL, wheelsURL, interruptBuffer?}  load Pyodide once;
//                               the buffer is [signal, id of the run to stop] (runner.js)
//               {type: "run", id, code, scope?, packages?, checks?}
//                               run one example; a scope names a shared namespace;
//                               packages are installed first; checks (the source of
//                               an exercise's checks.py) run against the code after it
// Messages out: {type: "progress", text} | {type: "ready", python: "3.14"}
//               {type: "load-error", message}
//               {type: "status", id, text}      e.g. "Installing django…"
//               {type: "started", id}           the reader's code starts now
//               {type: "output", id, chunks: [[stream, text], ...]}
//               {type: "truncated", id, text}   output cap reached; the run goes on
//               {type: "checks", id, results: [{name, label, passed, message}, ...]}
//               {type: "done", id, status: "ok" | "error" | "interrupted" | "crashed"}
//
// The worker must be a *module* worker: pyodide.mjs loads pyodide.asm.mjs with import().

// How checks run and what they report: the same file the tests run on every runtime.
import EXERCISE_PY from "../tools/exercise_harness.py" with { type: "text" };
// The runner's own helpers (_guide_run and friends).
import RUNNER_PY from "./guide_runner.py" with { type: "text" };
import { PYTHON_ENV } from "./python_env.mjs";

// Output limits, enforced here so a runaway loop never floods the page (main thread).
const MAX_LINES = 2000;
const MAX_CHARS = 100_000;
const FLUSH_MS = 50; // batch output: at most ~20 messages a second
// Pyodide's downloads worth a progress report (12 MB of the 13).
const BIG_FILES = ["pyodide.asm.wasm", "python_stdlib.zip", SNAPSHOT_NAME];


let pyodide = null;
let guideRun = null;
let wheelsURL = null; // the site's wheels (hooks/browser_runtime.py) and manifest.json
let manifest = null; // Promise of {packages: {name: {file, requires}}}
let micropip = null;
const installed = new Set();

self.onmessage = async ({ data }) => {
  if (data.type === "init") await init(data);
  else if (data.type === "run") run(data);
  else throw new Error(`worker: unknown message ${JSON.stringify(data.type)}`);
};

async function init({ indexURL, interruptBuffer, ...urls }) {
  wheelsURL = urls.wheelsURL;
  try {
    watchDownloads(indexURL);
    post({ type: "progress", text: "Downloading Python…" });
    const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
    const options = {
      indexURL,
      // Writes straight to file descriptors 1 and 2 (C code such as
      // sys._debugmallocstats) bypass sys.stdout; like the test harness, the page
      // does not show them. They stay visible to developers in the console.
      stdout: (line) => console.log(line),
      stderr: (line) => console.warn(line),
      env: PYTHON_ENV,
    };
    let start = "snapshot";
    try {
      pyodide = await loadPyodide({ ...options, _loadSnapshot: snapshot(indexURL) });
      guideRun = pyodide.globals.get("_guide_run");
      if (!guideRun || pyodide.runPython("6 * 7") !== 42) throw new Error("not usable");
    } catch (error) {
      // Any failure (a corrupt or missing file, an old browser) costs only time.
      start = `plain (the snapshot did not load: ${error?.message ?? error})`;
      console.warn(`Python starts without its snapshot: ${error?.message ?? error}`);
      pyodide = null; // so the download watcher reports the plain start's files
      pyodide = await loadPyodide(options);
      // Its own file name keeps its frames apart from the reader's "<exec>".
      pyodide.runPython(RUNNER_PY, { filename: "<guide-runner>" });
      pyodide.globals.get("_guide_load_exercises")(EXERCISE_PY);
      guideRun = pyodide.globals.get("_guide_run");
    }
    if (interruptBuffer) {
      pyodide.setInterruptBuffer(interruptBuffer); // Pyodide reads index 0 only
      pyodide.globals.get("_guide_set_stop_buffer")(interruptBuffer); // and the id
    }
    const python = pyodide.runPython("import sys; '%d.%d' % sys.version_info[:2]");
    post({ type: "ready", python, start });
  } catch (error) {
    post({ type: "load-error", message: String(error?.message ?? error) });
  }
}

// The build's memory snapshot (tools/snapshot.mjs), fetched while Pyodide fetches its
// own files. It is gzipped on disk and unpacked here, whatever the server does.
async function snapshot(indexURL) {
  if (typeof DecompressionStream !== "function") throw new Error("no DecompressionStream");
  // It was made with JSPI on (tools/snapshot.mjs): without it, time.sleep() would fail.
  if (!("Suspending" in WebAssembly || "Suspender" in WebAssembly)) {
    throw new Error("this browser has no WebAssembly stack switching (JSPI)");
  }
  const response = await fetch(`${indexURL}${SNAPSHOT_NAME}`);
  if (!response.ok) throw new Error(`${SNAPSHOT_NAME}: the server answered ${response.status}`);
  const unpacked = response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(unpacked).arrayBuffer());
}

// Pyodide has no progress callback and, when a download fails, it never settles. So wrap
// fetch while it loads: report "x of y MB" for its files and turn a failed download into
// a load error. The bytes are streamed through, never fetched twice.
function watchDownloads(indexURL) {
  const realFetch = self.fetch.bind(self);
  const sizes = new Map(); // file name -> [received, total], .done once complete
  let lastReport = 0;
  // The snapshot is optional: without it Python starts the slow way (init).
  const failed = (name, reason) =>
    name === SNAPSHOT_NAME || post({ type: "load-error", message: `${name}: ${reason}` });
  self.fetch = async (input, init) => {
    const url = String(input?.url ?? input);
    if (pyodide || !url.startsWith(indexURL)) return realFetch(input, init);
    const name = url.slice(indexURL.length);
    let response;
    try {
      response = await realFetch(input, init);
    } catch (error) {
      failed(name, `download failed (${error.message})`);
      throw error;
    }
    if (!response.ok) failed(name, `the server answered ${response.status}`);
    if (!response.ok || !response.body || !BIG_FILES.includes(name)) return response;
    const entry = [0, Number(response.headers.get("content-length")) || 0];
    sizes.set(name, entry);
    const counter = new TransformStream({
      transform(chunk, controller) {
        entry[0] += chunk.byteLength;
        const now = performance.now();
        if (now - lastReport > 100) {
          lastReport = now;
          post({ type: "progress", text: downloadText(sizes) });
        }
        controller.enqueue(chunk);
      },
      flush() {
        entry.done = true;
        const all = [...sizes.values()];
        if (sizes.get(BIG_FILES[0])?.done && all.every((download) => download.done)) {
          post({ type: "progress", text: "Starting Python…" });
        }
      },
    });
    response.body
      .pipeTo(counter.writable)
      .catch((error) => failed(name, `download broke off (${error.message})`));
    return new Response(counter.readable, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

function downloadText(sizes) {
  let received = 0;
  let total = 0;
  for (const [got, size] of sizes.values()) {
    received += got;
    total += size;
  }
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  // A compressed transfer reports the compressed length: then show bytes only.
  return received <= total
    ? `Downloading Python… ${mb(received)} of ${mb(total)} MB`
    : `Downloading Python… ${mb(received)} MB`;
}

// Install the packages an example declares (its PEP 723 `dependencies`) and what they
// need, from the site's own wheels, with micropip (itself one of those wheels).
async function installPackages(id, names) {
  if (!names.length) return; // most examples: no round trip to the server
  manifest ??= fetch(`${wheelsURL}manifest.json`).then((response) => {
    if (!response.ok) throw new Error(`manifest.json: the server answered ${response.status}`);
    return response.json();
  });
  const { packages } = await manifest;
  const wanted = [];
  const visit = (name) => {
    if (installed.has(name) || wanted.includes(name)) return;
    if (!packages[name]) throw new Error(`the site does not ship the package ${name}`);
    wanted.push(name);
    packages[name].requires.forEach(visit);
  };
  names.forEach(visit);
  if (!wanted.length) return;
  post({ type: "status", id, text: `Installing ${wanted.join(", ")}…` });
  if (!micropip) {
    await pyodide.loadPackage(`${wheelsURL}${packages.micropip.file}`, {
      messageCallback: () => {},
    });
    micropip = pyodide.pyimport("micropip");
  }
  // Fetched here rather than by micropip, which reads an error page as a broken zip:
  // a failed download is then reported by name.
  pyodide.FS.mkdirTree("/tmp/wheels");
  const files = await Promise.all(
    wanted.map(async (name) => {
      const file = packages[name].file;
      const response = await fetch(`${wheelsURL}${file}`);
      if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
      pyodide.FS.writeFile(`/tmp/wheels/${file}`, new Uint8Array(await response.arrayBuffer()));
      return `emfs:/tmp/wheels/${file}`;
    }),
  );
  await micropip.install.callKwargs(files, { deps: false });
  for (const file of files) pyodide.FS.unlink(file.slice("emfs:".length));
  for (const name of wanted) installed.add(name);
}

async function run({ id, code, scope, packages = [], checks = null }) {
  const output = new OutputBatcher(id);
  let status;
  try {
    await installPackages(id, packages);
  } catch (error) {
    output.write("stderr", `Could not install ${packages.join(", ")}: ${error.message}\n`);
    output.flush();
    post({ type: "done", id, status: "error" });
    return;
  }
  post({ type: "started", id });
  try {
    // callPromising lets Python suspend on JavaScript promises (JSPI stack switching),
    // which asyncio.run() needs in the browser; plain code runs as with a normal call.
    const emit = (stream, text) => output.write(stream, text);
    const report = (results) => {
      output.flush(); // the code's output first, then the verdicts
      post({ type: "checks", id, results: JSON.parse(results) });
    };
    status = await guideRun.callPromising(id, code, emit, scope ?? null, checks, report);
  } catch (error) {
    // Python's own errors are caught in _guide_run: this is Pyodide failing (a fatal
    // error leaves the interpreter unusable), so the page replaces this worker.
    output.write("stderr", `${error}\n`);
    status = "crashed";
  }
  output.flush();
  post({ type: "done", id, status });
}

// Collects output and posts it at most every FLUSH_MS, up to the caps. The run itself
// blocks this worker, so flushing happens inside write(), not on a timer.
class OutputBatcher {
  constructor(id) {
    this.id = id;
    this.chunks = [];
    this.lines = 0;
    this.chars = 0;
    this.truncated = null; // the reason, once a cap is reached
    this.lastFlush = performance.now();
  }

  write(stream, text) {
    if (this.truncated) return; // past the cap: drop, but let the code keep running
    let kept = text;
    const roomChars = MAX_CHARS - this.chars;
    if (kept.length > roomChars) {
      kept = kept.slice(0, roomChars);
      this.truncated = `Output truncated at ${MAX_CHARS.toLocaleString("en")} characters.`;
    }
    const end = indexAfterNewlines(kept, MAX_LINES - this.lines);
    if (end >= 0 && end < kept.length) {
      kept = kept.slice(0, end); // keep exactly MAX_LINES lines
      this.truncated = `Output truncated at ${MAX_LINES.toLocaleString("en")} lines.`;
    }
    this.lines += countNewlines(kept);
    this.chars += kept.length;
    if (kept) this.chunks.push([stream, kept]);
    if (this.truncated) {
      this.flush();
      post({ type: "truncated", id: this.id, text: this.truncated });
    } else if (performance.now() - this.lastFlush >= FLUSH_MS) {
      this.flush();
    }
  }

  flush() {
    this.lastFlush = performance.now();
    if (this.chunks.length) post({ type: "output", id: this.id, chunks: this.chunks });
    this.chunks = [];
  }
}

// Index just after the count-th newline of text (0 for count 0), or -1 if it has fewer.
function indexAfterNewlines(text, count) {
  let index = 0;
  for (let i = 0; i < count; i++) {
    index = text.indexOf("\n", index) + 1;
    if (index === 0) return -1;
  }
  return index;
}

function countNewlines(text) {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function post(message) {
  self.postMessage(message);
}
