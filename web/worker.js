// Module worker that owns the Python interpreter (Pyodide) for every example on a page.
//
// Messages in:  {type: "init", indexURL, wheelsURL, interruptBuffer?}  load Pyodide once
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

// Output limits, enforced here so a runaway loop never floods the page (main thread).
const MAX_LINES = 2000;
const MAX_CHARS = 100_000;
const FLUSH_MS = 50; // batch output: at most ~20 messages a second
// Pyodide's downloads worth a progress report (12 MB of the 13).
const BIG_FILES = ["pyodide.asm.wasm", "python_stdlib.zip"];

// Runs each example in a fresh namespace, so click order never changes a result (unless
// the page shares one: `scope` names it), and
// reports tracebacks without this helper's frames (the reader sees only their code).
// Output goes through sys.stdout/sys.stderr objects, exactly as tools/snippet_harness.py
// captures it, so the page shows what the tests check.
const RUNNER_PY = `
import io, json, linecache, sys, traceback, types

class _Stream(io.TextIOBase):
    def __init__(self, name, emit):
        self.name, self._emit = name, emit

    encoding = "utf-8"

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        self._emit(self.name, text)
        return len(text)

_shared = {}  # scope -> module, for pages whose examples share one namespace

def _forget_packages(imported_before):
    # As tools/snippet_harness.py does: packages (not the standard library) a run
    # imported are unloaded, so a framework one run configured starts afresh next time.
    for name in set(sys.modules) - imported_before:
        if name.partition(".")[0] not in sys.stdlib_module_names:
            del sys.modules[name]

def _guide_load_exercises(source):
    # tools/exercise_harness.py; under this file's name, so tracebacks leave it out.
    module = sys.modules["_guide_exercises"] = types.ModuleType("_guide_exercises")
    exec(compile(source, "<guide-runner>", "exec", dont_inherit=True), module.__dict__)

def _guide_run(code, emit, scope=None, checks=None, report=None):
    # The code runs as a script does, as the module __main__ (Django's import_string
    # and pickle look code up there). With checks (an exercise), each check then runs
    # against that module and report() gets the results as JSON.
    fresh = types.ModuleType("__main__")
    main = _shared.setdefault(scope, fresh) if scope else fresh
    out, err = _Stream("stdout", emit), _Stream("stderr", emit)
    saved = sys.stdin, sys.stdout, sys.stderr, sys.modules["__main__"]
    imported_before = set(sys.modules)
    # Empty stdin: input() raises EOFError, as under "python file.py < /dev/null".
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
    sys.modules["__main__"] = main
    # Lets tracebacks quote the reader's lines, as they would for a file.
    linecache.cache["<exec>"] = (len(code), None, code.splitlines(True), "<exec>")
    try:
        compiled = compile(code, "<exec>", "exec", dont_inherit=True)
        exec(compiled, main.__dict__)
        if checks:  # JavaScript's null arrives as pyodide.ffi.jsnull, which is falsy
            exercises = sys.modules["_guide_exercises"]
            found = exercises.collect_checks(checks)
            report(json.dumps(exercises.run_checks(main, found)))
        return "ok"
    except KeyboardInterrupt:
        return "interrupted"
    except SystemExit as exc:
        # As CPython exits: a number is the exit status, anything else is printed.
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=err)
        return "ok" if exc.code in (None, 0) else "error"
    except BaseException as exc:
        # The reader's frames only: this helper's (_guide_run, _Stream.write) are noise.
        report = traceback.TracebackException(type(exc), exc, exc.__traceback__)
        report.stack = traceback.StackSummary.from_list(
            [frame for frame in report.stack if frame.filename != "<guide-runner>"]
        )
        err.write("".join(report.format()))
        return "error"
    finally:
        sys.stdin, sys.stdout, sys.stderr, sys.modules["__main__"] = saved
        if not scope:
            _forget_packages(imported_before)
`;

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
    pyodide = await loadPyodide({
      indexURL,
      // Writes straight to file descriptors 1 and 2 (C code such as
      // sys._debugmallocstats) bypass sys.stdout; like the test harness, the page
      // does not show them. They stay visible to developers in the console.
      stdout: (line) => console.log(line),
      stderr: (line) => console.warn(line),
      // Pyodide's event loop always counts as running, so Django's guard against
      // synchronous ORM calls from async code would refuse every query.
      env: { HOME: "/home/pyodide", DJANGO_ALLOW_ASYNC_UNSAFE: "1" },
    });
    if (interruptBuffer) pyodide.setInterruptBuffer(interruptBuffer);
    // Its own file name keeps its frames apart from the reader's "<exec>".
    pyodide.runPython(RUNNER_PY, { filename: "<guide-runner>" });
    pyodide.globals.get("_guide_load_exercises")(EXERCISE_PY);
    guideRun = pyodide.globals.get("_guide_run");
    const python = pyodide.runPython("import sys; '%d.%d' % sys.version_info[:2]");
    post({ type: "ready", python });
  } catch (error) {
    post({ type: "load-error", message: String(error?.message ?? error) });
  }
}

// Pyodide has no progress callback and, when a download fails, it never settles. So wrap
// fetch while it loads: report "x of y MB" for its files and turn a failed download into
// a load error. The bytes are streamed through, never fetched twice.
function watchDownloads(indexURL) {
  const realFetch = self.fetch.bind(self);
  const sizes = new Map(); // file name -> [received, total], .done once complete
  let lastReport = 0;
  const failed = (name, reason) =>
    post({ type: "load-error", message: `${name}: ${reason}` });
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
        if (BIG_FILES.every((file) => sizes.get(file)?.done)) {
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
    status = await guideRun.callPromising(code, emit, scope ?? null, checks, report);
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
