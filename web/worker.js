// Module worker that owns the Python interpreter (Pyodide) for every example on a page.
//
// Messages in:  {type: "init", indexURL, interruptBuffer?}   load Pyodide once
//               {type: "run", id, code}                     run one example
// Messages out: {type: "progress", text} | {type: "ready", version}
//               {type: "load-error", message}
//               {type: "output", id, chunks: [[stream, text], ...]}
//               {type: "truncated", id, text}   output cap reached; the run goes on
//               {type: "done", id, status: "ok" | "error" | "interrupted"}
//
// The worker must be a *module* worker: pyodide.mjs loads pyodide.asm.mjs with import().

// Output limits, enforced here so a runaway loop never floods the page (main thread).
const MAX_LINES = 2000;
const MAX_CHARS = 100_000;
const FLUSH_MS = 50; // batch output: at most ~20 messages a second

// Runs each example in a fresh namespace, so click order never changes a result, and
// reports the traceback without this helper's frame (the reader sees only their code).
// Output goes through sys.stdout/sys.stderr objects, exactly as tools/snippet_harness.py
// captures it, so the page shows what the tests check.
const RUNNER_PY = `
import builtins, io, linecache, sys, traceback

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

def _guide_run(code, emit):
    out, err = _Stream("stdout", emit), _Stream("stderr", emit)
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    # Lets tracebacks quote the reader's lines, as they would for a file.
    linecache.cache["<exec>"] = (len(code), None, code.splitlines(True), "<exec>")
    try:
        compiled = compile(code, "<exec>", "exec", dont_inherit=True)
        exec(compiled, {"__name__": "__main__", "__builtins__": builtins})
        return "ok"
    except KeyboardInterrupt:
        return "interrupted"
    except SystemExit as exc:
        if exc.code not in (None, 0):
            print(exc.code, file=err)
        return "ok" if exc.code in (None, 0) else "error"
    except BaseException as exc:
        # tb_next drops _guide_run's own frame; compile errors have no frame left.
        traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=err)
        return "error"
    finally:
        sys.stdout, sys.stderr = saved
`;

let pyodide = null;
let guideRun = null;

self.onmessage = async ({ data }) => {
  if (data.type === "init") await init(data);
  else if (data.type === "run") run(data);
  else throw new Error(`worker: unknown message ${JSON.stringify(data.type)}`);
};

async function init({ indexURL, interruptBuffer }) {
  try {
    reportDownloads();
    post({ type: "progress", text: "Downloading Python…" });
    const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
    pyodide = await loadPyodide({
      indexURL,
      // Writes straight to file descriptors 1 and 2 (C code such as
      // sys._debugmallocstats) bypass sys.stdout; like the test harness, the page
      // does not show them. They stay visible to developers in the console.
      stdout: (line) => console.log(line),
      stderr: (line) => console.warn(line),
    });
    post({ type: "progress", text: "Starting Python…" });
    pyodide.setStdin({ error: true }); // input() raises instead of blocking forever
    if (interruptBuffer) pyodide.setInterruptBuffer(interruptBuffer);
    pyodide.runPython(RUNNER_PY);
    guideRun = pyodide.globals.get("_guide_run");
    post({ type: "ready", version: pyodide.version });
  } catch (error) {
    post({ type: "load-error", message: String(error?.message ?? error) });
  }
}

// Turn Pyodide's two big downloads into "x of y MB" progress text by wrapping fetch
// (Pyodide has no progress callback). The bytes are streamed through, never fetched twice.
function reportDownloads() {
  const realFetch = self.fetch.bind(self);
  const sizes = new Map(); // url -> [received, total]
  let lastReport = 0;
  self.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const url = String(input?.url ?? input);
    if (!response.ok || !response.body || !/\.(wasm|zip)$/.test(url)) return response;
    const entry = [0, Number(response.headers.get("content-length")) || 0];
    sizes.set(url, entry);
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
    });
    return new Response(response.body.pipeThrough(counter), {
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

function run({ id, code }) {
  const output = new OutputBatcher(id);
  let status;
  try {
    status = guideRun(code, (stream, text) => output.write(stream, text));
  } catch (error) {
    // Only a bug in this worker gets here: user errors are caught in Python.
    output.write("stderr", `Internal error in the example runner: ${error}\n`);
    status = "error";
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
