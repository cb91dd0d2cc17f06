// In-browser example runner: turns every `div[data-runnable]` (emitted by
// hooks/runnable_snippets.py) into an editor with Run, Stop and Reset buttons, and runs
// the code with Pyodide in a module Web Worker (web/worker.js).
//
// An exercise (the block also has data-exercise and data-checks) gets a Check button:
// it runs the reader's code, then the exercise's checks against it, in the worker, and
// lists each check as passed or failed. The reader's code is kept in localStorage, per
// exercise, until Reset brings the starter back.
//
// Progressive enhancement: without JavaScript the block stays Material's highlighted code.
// Keyboard: Tab reaches the editor and the buttons; in the editor Tab indents (Python
// needs it), so press Escape and then Tab to move on; Ctrl+Enter (Cmd+Enter) runs.
//
// Pyodide (~12 MB, and the build's ~6.5 MB memory snapshot) is loaded when the reader
// shows intent (warmUpOnIntent) or on the first Run, never when a block scrolls into
// view: every page has examples, most readers only read, and a phone on a metered
// connection should not pay for a download nobody asked for. Once loaded, one interpreter serves every
// example on the page (and on pages reached through Material's instant navigation).

// A mouse that rests this long on an example shows intent: Python starts loading.
const INTENT_REST_MS = 150;
// A run longer than this is stopped (a block may set data-time-limit="SECONDS").
const TIME_LIMIT_S = 10;
// An interrupt that has not ended the run by then (Python stuck in C code): restart.
const STOP_GRACE_MS = 1000;
// Until then, Stop is sent again this often: see Python.stop.
const STOP_RESEND_MS = 50;
// Loading that shows no sign of life this long has failed (the worker reports download
// progress often, but starting Python takes ~5 s on a fast machine, more on a phone).
const LOAD_STALL_MS = 60_000;
// Layout of the built site, made by hooks/browser_runtime.py: this file is
// assets/runner/runner.js and Pyodide is pyodide/v<version>/. PYODIDE_VERSION is set by
// tools/build-js.mjs from node_modules/pyodide, the same version the hook copies.
const WORKER_URL = new URL("./worker.js", import.meta.url);
const PYODIDE_URL = new URL(`../../pyodide/v${PYODIDE_VERSION}/`, import.meta.url).href;
const WHEELS_URL = new URL("../wheels/", import.meta.url).href; // examples' packages
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
const EXERCISE_KEY = "python-interview-guide:exercise:"; // + the exercise's folder

// The one interpreter of the page, in a worker. Only one example runs at a time.
class Python {
  constructor() {
    this.worker = null;
    this.ready = null; // Promise of a loaded interpreter, null until the first Run
    this.version = null; // Python's "major.minor", once loaded
    this.run = null; // the run in progress: {id, handlers, stopReason, timers}
    this.nextId = 1;
    this.onProgress = () => {};
    // With cross-origin isolation, Stop interrupts Python (it raises KeyboardInterrupt)
    // and the interpreter keeps its state; without it the only way out is to terminate
    // the worker, which loses the state. [0] is the signal Pyodide polls, [1] the id of
    // the run it is meant for, so a Stop that reaches the worker before the run's code
    // starts, or after it ends, never interrupts the runner's own Python
    // (web/guide_runner.py).
    this.interrupt = self.crossOriginIsolated
      ? new Int32Array(new SharedArrayBuffer(8))
      : null;
  }

  load(onProgress) {
    this.onProgress = onProgress;
    this.ready ??= this.start();
    return this.ready;
  }

  // Start the worker and the download before the click (the reader showed intent). A
  // failure here is reported by the Run that follows, which then tries again.
  warmUp() {
    this.ready ??= this.start();
    this.ready.catch(() => {});
  }

  start() {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { type: "module" });
      this.worker = worker;
      let stall;
      const fail = (message) => {
        clearTimeout(stall);
        if (this.worker !== worker) return;
        worker.terminate();
        this.worker = null;
        this.ready = null; // a later Run (the Retry button) tries again
        reject(new Error(message));
      };
      const alive = () => {
        clearTimeout(stall);
        stall = setTimeout(() => fail("it stopped making progress"), LOAD_STALL_MS);
      };
      alive();
      worker.onmessage = ({ data }) => {
        if (this.worker !== worker) return;
        if (data.type === "progress") {
          alive();
          this.onProgress(data.text);
        } else if (data.type === "ready") {
          clearTimeout(stall);
          this.version = data.python;
          // "snapshot", or "plain (why)": for the tests and `make bench`.
          document.documentElement.dataset.pythonStart = data.start;
          resolve();
        } else if (data.type === "load-error") {
          fail(data.message);
        } else {
          this.dispatch(data);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        const reason = event.message || "the Python worker could not start";
        if (this.run) this.restart("crash");
        else fail(reason);
      };
      worker.postMessage({
        type: "init",
        indexURL: PYODIDE_URL,
        wheelsURL: WHEELS_URL,
        interruptBuffer: this.interrupt,
      });
    });
  }

  dispatch(data) {
    const run = this.run;
    if (!run || data.id !== run.id) return; // from a run that was already ended
    if (data.type === "output") run.handlers.output(data.chunks);
    else if (data.type === "status") run.handlers.status(data.text);
    else if (data.type === "started") this.started(run);
    else if (data.type === "truncated") run.handlers.truncated(data.text);
    else if (data.type === "checks") run.handlers.checks(data.results);
    else if (data.type === "done" && data.status === "crashed") this.restart("crash");
    else if (data.type === "done") this.finish(data.status);
    else throw new Error(`runner: unknown worker message ${data.type}`);
  }

  execute({ code, scope, packages, checks }, timeLimit, handlers) {
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0); // clear a late Stop
    const run = { id: this.nextId++, handlers, timeLimit, stopReason: null, timers: [] };
    this.run = run;
    this.worker.postMessage({ type: "run", id: run.id, code, scope, packages, checks });
  }

  // The time limit counts from here: installing packages first may take a while.
  started(run) {
    run.handlers.status(null);
    run.timers.push(setTimeout(() => this.stop("time"), run.timeLimit * 1000));
  }

  stop(reason) {
    const run = this.run;
    if (!run || run.stopReason) return;
    run.stopReason = reason;
    if (!this.interrupt) {
      this.restart(reason);
      return;
    }
    const send = () => {
      Atomics.store(this.interrupt, 1, run.id); // first: Python reads it on the signal
      Atomics.store(this.interrupt, 0, 2); // 2 = SIGINT: Python raises KeyboardInterrupt
    };
    // Pyodide's poll (CPython's Python/emscripten_signal.c) reads [0], then writes 0:
    // two steps, not one atomic exchange, so a Stop stored between them is lost (about
    // 1 in 40 under load). So Stop is stored again until the run ends; the id in [1]
    // makes a repeat that arrives after it harmless.
    send();
    run.timers.push(setInterval(send, STOP_RESEND_MS));
    run.timers.push(
      setTimeout(() => this.run === run && this.restart(reason), STOP_GRACE_MS),
    );
  }

  // End the worker and start a fresh one right away, so the next Run is quick.
  restart(reason) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
    // A Stop the old worker never took would interrupt the new one while it starts.
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    const run = this.run;
    if (run) {
      run.stopReason ??= reason;
      this.finish("restarted");
    }
    this.load(() => {}).catch(() => {}); // a failure shows on the next Run
  }

  finish(status) {
    const run = this.run;
    this.run = null;
    for (const timer of run.timers) clearTimeout(timer); // intervals too (one id pool)
    run.handlers.done(status, run.stopReason);
  }
}

const python = new Python();
let activeRunner = null; // the example that is loading Python or running

class Runner {
  constructor(container, createEditor) {
    const highlight = container.querySelector(".highlight");
    const code = highlight?.querySelector("pre code");
    if (!code) throw new Error("runner: data-runnable block without .highlight pre code");
    this.original = code.textContent.replace(/\n$/, "");
    this.container = container;
    this.notes = []; // status notes of the current run, e.g. the output cap
    // An exercise: its checks (checks.py) and where the reader's code is kept.
    const exercise = container.dataset.exercise;
    this.checks = exercise ? container.dataset.checks : null;
    this.storageKey = exercise ? EXERCISE_KEY + exercise : null;

    const root = element("div", { class: "runner" });
    const editorHost = element("div", { class: "runner__editor" });
    const toolbar = element("div", { class: "runner__toolbar" });
    const primary = "runner__button runner__button--primary";
    this.runButton = button("Run", primary, () => this.run());
    this.stopButton = button("Stop", "runner__button", () => this.stop());
    this.resetButton = button("Reset", "runner__button", () => this.reset());
    // The editor replaces Material's code block, and with it the block's copy button.
    this.copyButton = button("Copy", "runner__button", () => this.copy());
    const key = IS_MAC ? "⌘" : "Ctrl";
    const hint = element("span", { class: "runner__hint" });
    hint.textContent = `${key}+Enter runs · Esc then Tab leaves the editor`;
    toolbar.append(this.runButton, this.stopButton, this.resetButton, this.copyButton, hint);
    if (this.checks != null) {
      this.checkButton = button("Check", primary, () => this.run({ check: true }));
      this.runButton.after(this.checkButton);
    }
    this.status = element("div", { class: "runner__status", role: "status" });
    this.output = element("pre", {
      class: "runner__output",
      role: "log",
      "aria-live": "polite",
      "aria-label": "Output",
      tabindex: "0", // scrollable: keyboard users must be able to reach it
      hidden: "",
    });
    root.append(editorHost, toolbar, this.status);
    if (this.checks != null) {
      // One item per check: "✓ name" or "✗ name: why" (filled by showChecks).
      this.results = element("ul", {
        class: "runner__checks",
        role: "list",
        "aria-label": "Check results",
        hidden: "",
      });
      root.append(this.results);
    }
    root.append(this.output);
    highlight.after(root);
    container.classList.add("runner-ready"); // hides the static code (runner.css)

    this.editor = createEditor(editorHost, this.load() ?? this.original, {
      onRun: () => this.run(),
      onChange: (text) => this.save(text),
      label: `Python code of the example, editable. ${hint.textContent}.`,
    });
    this.setRunning(false);
  }

  // The reader's code of an exercise, kept across visits (null: none, or not stored).
  load() {
    if (!this.storageKey) return null;
    try {
      return localStorage.getItem(this.storageKey);
    } catch {
      return null; // storage refused (private mode, a policy): the starter it is
    }
  }

  save(text) {
    if (!this.storageKey) return;
    try {
      if (text === this.original) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, text);
    } catch {
      // Storage refused or full: the code stays in the editor for this visit.
    }
  }

  setRunning(running) {
    this.running = running;
    // aria-disabled, not disabled: a disabled button drops keyboard focus.
    this.runButton.setAttribute("aria-disabled", String(running));
    this.checkButton?.setAttribute("aria-disabled", String(running));
    this.stopButton.setAttribute("aria-disabled", String(!running));
  }

  setStatus(text, { retry = false } = {}) {
    this.status.replaceChildren(text);
    if (!retry) return;
    const again = () => {
      this.runButton.focus(); // the Retry button goes away: keep keyboard focus nearby
      this.run({ check: this.checking });
    };
    this.status.append(" ", button("Retry", "runner__button", again));
  }

  // Run the code; with check (an exercise's Check button), run its checks after it.
  async run({ check = false } = {}) {
    if (this.running) return;
    if (activeRunner) {
      this.setStatus("Another example is running: stop it first.");
      return;
    }
    activeRunner = this;
    this.setRunning(true);
    this.stopRequested = false;
    this.checking = check;
    this.verdicts = null; // the checks' results, once the worker sends them
    this.notes = [];
    this.output.replaceChildren();
    this.output.hidden = false;
    if (this.results) {
      this.results.replaceChildren();
      this.results.hidden = true;
    }
    this.setStatus("Loading Python…");
    try {
      await python.load((text) => this.setStatus(text));
    } catch (error) {
      this.end();
      this.setStatus(
        `Python could not be loaded (${error.message}). Check your connection, then retry.`,
        { retry: true },
      );
      return;
    }
    if (this.stopRequested) {
      this.end();
      this.setStatus("Stopped.");
      return;
    }
    const needs = this.container.dataset.requiresPython; // set by the snippet's header
    if (needs && versionKey(needs) > versionKey(python.version)) {
      this.notes.push(
        `This example needs Python ${needs}; the browser runs ${python.version}, ` +
          "so its output may differ.",
      );
    }
    this.setStatus(["Running…", ...this.notes].join(" "));
    this.timeLimit = Number(this.container.dataset.timeLimit) || TIME_LIMIT_S;
    // data-namespace="page" (hooks/runnable_snippets.py, from the page's front matter
    // `examples: shared`): the page's examples build on each other in one namespace.
    const scope = this.container.dataset.namespace === "page" ? location.pathname : null;
    // data-packages: the snippet's PEP 723 dependencies, installed before it runs.
    const packages = this.container.dataset.packages?.split(" ") ?? [];
    const code = this.editor.state.doc.toString();
    const checks = check ? this.checks : null;
    python.execute({ code, scope, packages, checks }, this.timeLimit, {
      output: (chunks) => this.append(chunks),
      checks: (results) => this.showChecks(results),
      status: (text) => this.setStatus([text ?? "Running…", ...this.notes].join(" ")),
      truncated: (text) => {
        this.notes.push(text);
        this.setStatus(["Running…", ...this.notes].join(" "));
      },
      done: (status, reason) => this.done(status, reason),
    });
  }

  stop() {
    if (!this.running) return;
    this.stopRequested = true;
    if (python.run) python.stop("user");
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.editor.state.doc.toString());
      this.setStatus("Code copied to the clipboard.");
    } catch {
      this.setStatus("The browser did not allow copying: select the code and copy it.");
    }
  }

  reset() {
    const doc = this.editor.state.doc;
    // The change also forgets an exercise's stored code (save() sees the original).
    this.editor.dispatch({ changes: { from: 0, to: doc.length, insert: this.original } });
    const what = this.checks != null ? "starter" : "original";
    this.setStatus(`The ${what} code is back.`);
  }

  end() {
    activeRunner = null;
    this.setRunning(false);
  }

  done(status, reason) {
    this.end();
    if (this.checking && status === "ok" && this.verdicts) {
      const passed = this.verdicts.filter((check) => check.passed).length;
      const total = this.verdicts.length;
      const summary = passed === total ? `All ${total}` : `${passed} of ${total}`;
      this.setStatus([`${summary} checks passed.`, ...this.notes].join(" "));
      return;
    }
    const limit = `the example ran longer than ${this.timeLimit} s`;
    const stopped = reason === "time" ? `Stopped: ${limit}.` : "Stopped.";
    const messages = {
      ok: "Finished.",
      error: this.checking
        ? "Finished with an error: the checks did not run."
        : "Finished with an error.",
      interrupted: stopped,
      restarted:
        reason === "crash"
          ? "Python crashed and was restarted."
          : `${stopped} Python was restarted: variables and imports from earlier runs are gone.`,
    };
    this.setStatus([messages[status], ...this.notes].join(" "));
  }

  // The checks' verdicts, in order: "✓ label" or "✗ label: message" (text only).
  showChecks(results) {
    this.verdicts = results;
    const items = results.map(({ name, label, passed, message }) => {
      const item = element("li", {
        class: `runner__check runner__check--${passed ? "pass" : "fail"}`,
        "data-check": name,
      });
      item.textContent = passed ? `✓ ${label}` : `✗ ${label}: ${message}`;
      return item;
    });
    this.results.replaceChildren(...items);
    this.results.hidden = false;
  }

  append(chunks) {
    const out = this.output;
    const atBottom = out.scrollHeight - out.scrollTop - out.clientHeight < 8;
    for (const [stream, text] of chunks) {
      // Text nodes only: printed HTML must stay text.
      if (stream === "stderr") {
        const span = element("span", { class: "runner__stderr" });
        span.textContent = text;
        out.append(span);
      } else {
        out.append(document.createTextNode(text));
      }
    }
    if (atBottom) out.scrollTop = out.scrollHeight;
  }
}

// "3.14" -> 314, comparable as a number.
function versionKey(version) {
  const [major, minor] = version.split(".").map(Number);
  return major * 100 + minor;
}

function element(tag, attributes) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function button(label, className, onClick) {
  const node = element("button", { type: "button", class: className });
  node.textContent = label;
  node.addEventListener("click", () => {
    if (node.getAttribute("aria-disabled") !== "true") onClick();
  });
  return node;
}

// Editors are made when a block comes near the viewport; a block inside a closed answer
// has no box, so it waits until the reader opens it. A page of fifty examples then costs
// the main thread nothing at load, and CodeMirror (web/editor.js) loads with the first.
const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const { isIntersecting, target } of entries) {
      if (!isIntersecting) continue;
      nearViewport.unobserve(target);
      enhance(target).catch((error) => {
        target.dataset.runner = "failed"; // the static, highlighted code stays
        console.error("runner: could not make the example editable", error);
      });
    }
  },
  { rootMargin: "300px 0px" },
);
let editorModule = null;

async function enhance(container) {
  editorModule ??= import("./editor.js");
  const { createEditor } = await editorModule;
  new Runner(container, createEditor);
  warmUpOnIntent(container);
  container.dataset.runner = "ready";
}

// Python starts loading when the reader shows intent, so a click finds it ready or
// nearly: a mouse resting on an example, focus in its editor or on its buttons, a
// pointer (or finger) down on it. Scrolling past is no intent: a reader who only reads
// downloads no Python.
function warmUpOnIntent(container) {
  let resting = null;
  const warm = () => {
    clearTimeout(resting);
    python.warmUp();
  };
  container.addEventListener("pointerenter", (event) => {
    if (event.pointerType === "mouse") resting = setTimeout(warm, INTENT_REST_MS);
  });
  container.addEventListener("pointerleave", () => clearTimeout(resting));
  container.addEventListener("focusin", warm);
  container.addEventListener("pointerdown", warm);
}

function enhanceAll() {
  nearViewport.disconnect(); // instant navigation replaced the previous page's blocks
  for (const container of document.querySelectorAll("div[data-runnable]")) {
    if (container.dataset.runner) continue;
    container.dataset.runner = "waiting"; // tests wait for every block to be observed
    nearViewport.observe(container);
  }
}

// Material's instant navigation swaps the page without reloading scripts: document$
// emits after every swap. Without that feature, enhance once.
if (window.document$) window.document$.subscribe(enhanceAll);
else enhanceAll();
