// In-browser example runner: turns every `div[data-runnable]` (emitted by
// hooks/runnable_snippets.py) into an editor with Run, Stop and Reset buttons, and runs
// the code with Pyodide in a module Web Worker (web/worker.js).
//
// Progressive enhancement: without JavaScript the block stays Material's highlighted code.
// Keyboard: Tab reaches the editor and the buttons; in the editor Tab indents (Python
// needs it), so press Escape and then Tab to move on; Ctrl+Enter (Cmd+Enter) runs.
//
// Pyodide (~12 MB) is loaded on the first Run, not when a block scrolls into view: every
// page has examples, most readers only read, and a phone on a metered connection should
// not pay for a download nobody asked for. Once loaded, one interpreter serves every
// example on the page (and on pages reached through Material's instant navigation).
import { indentWithTab } from "@codemirror/commands";
import { python as pythonLanguage } from "@codemirror/lang-python";
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { minimalSetup } from "codemirror";

// A run longer than this is stopped (a block may set data-time-limit="SECONDS").
const TIME_LIMIT_S = 10;
// An interrupt that has not ended the run by then (Python stuck in C code): restart.
const STOP_GRACE_MS = 1500;
// Layout of the built site, made by hooks/browser_runtime.py: this file is
// assets/runner/runner.js and Pyodide is pyodide/v<version>/. PYODIDE_VERSION is set by
// tools/build-js.mjs from node_modules/pyodide, the same version the hook copies.
const WORKER_URL = new URL("./worker.js", import.meta.url);
const PYODIDE_URL = new URL(`../../pyodide/v${PYODIDE_VERSION}/`, import.meta.url).href;
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

// The one interpreter of the page, in a worker. Only one example runs at a time.
class Python {
  constructor() {
    this.worker = null;
    this.ready = null; // Promise of a loaded interpreter, null until the first Run
    this.run = null; // the run in progress: {id, handlers, stopReason, timers}
    this.nextId = 1;
    this.onProgress = () => {};
    // With cross-origin isolation, Stop interrupts Python (it raises KeyboardInterrupt)
    // and the interpreter keeps its state; without it the only way out is to terminate
    // the worker, which loses the state.
    this.interrupt = self.crossOriginIsolated
      ? new Int32Array(new SharedArrayBuffer(4))
      : null;
  }

  load(onProgress) {
    this.onProgress = onProgress;
    this.ready ??= this.start();
    return this.ready;
  }

  start() {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { type: "module" });
      this.worker = worker;
      const fail = (message) => {
        if (this.worker !== worker) return;
        worker.terminate();
        this.worker = null;
        this.ready = null; // a later Run (the Retry button) tries again
        reject(new Error(message));
      };
      worker.onmessage = ({ data }) => {
        if (this.worker !== worker) return;
        if (data.type === "progress") this.onProgress(data.text);
        else if (data.type === "ready") resolve(data.version);
        else if (data.type === "load-error") fail(data.message);
        else this.dispatch(data);
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
        interruptBuffer: this.interrupt,
      });
    });
  }

  dispatch(data) {
    const run = this.run;
    if (!run || data.id !== run.id) return; // from a run that was already ended
    if (data.type === "output") run.handlers.output(data.chunks);
    else if (data.type === "truncated") run.handlers.truncated(data.text);
    else if (data.type === "done") this.finish(data.status);
    else throw new Error(`runner: unknown worker message ${data.type}`);
  }

  execute(code, timeLimit, handlers) {
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0); // clear a late Stop
    const run = { id: this.nextId++, handlers, stopReason: null, timers: [] };
    this.run = run;
    run.timers.push(setTimeout(() => this.stop("time"), timeLimit * 1000));
    this.worker.postMessage({ type: "run", id: run.id, code });
  }

  stop(reason) {
    const run = this.run;
    if (!run || run.stopReason) return;
    run.stopReason = reason;
    if (!this.interrupt) {
      this.restart(reason);
      return;
    }
    Atomics.store(this.interrupt, 0, 2); // 2 = SIGINT: Python raises KeyboardInterrupt
    run.timers.push(
      setTimeout(() => this.run === run && this.restart(reason), STOP_GRACE_MS),
    );
  }

  // End the worker and start a fresh one right away, so the next Run is quick.
  restart(reason) {
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
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
    for (const timer of run.timers) clearTimeout(timer);
    run.handlers.done(status, run.stopReason);
  }
}

const python = new Python();
let activeRunner = null; // the example that is loading Python or running

// Colours from Material's code theme, so the editor follows the light/dark palette.
const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--md-code-hl-keyword-color)" },
  {
    tag: [tags.string, tags.special(tags.string)],
    color: "var(--md-code-hl-string-color)",
  },
  { tag: [tags.number, tags.bool, tags.null], color: "var(--md-code-hl-number-color)" },
  { tag: tags.comment, color: "var(--md-code-hl-comment-color)" },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: "var(--md-code-hl-function-color)",
  },
  {
    tag: [tags.definition(tags.variableName), tags.className],
    color: "var(--md-code-hl-name-color)",
  },
  { tag: [tags.operator, tags.derefOperator], color: "var(--md-code-hl-operator-color)" },
  { tag: tags.punctuation, color: "var(--md-code-hl-punctuation-color)" },
  { tag: tags.self, color: "var(--md-code-hl-constant-color)" },
]);

const editorTheme = EditorView.theme({
  "&": {
    color: "var(--md-code-fg-color)",
    backgroundColor: "var(--md-code-bg-color)",
    fontSize: ".85em",
  },
  "&.cm-focused": { outline: "2px solid var(--md-accent-fg-color)" },
  ".cm-scroller": { fontFamily: "var(--md-code-font-family)", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--md-code-fg-color)" },
  ".cm-gutters": {
    backgroundColor: "var(--md-code-bg-color)",
    color: "var(--md-default-fg-color--light)",
    border: "none",
  },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--md-accent-fg-color--transparent)",
  },
});

class Runner {
  constructor(container) {
    const highlight = container.querySelector(".highlight");
    const code = highlight?.querySelector("pre code");
    if (!code) throw new Error("runner: data-runnable block without .highlight pre code");
    this.original = code.textContent.replace(/\n$/, "");
    this.container = container;
    this.notes = []; // status notes of the current run, e.g. the output cap

    const root = element("div", { class: "runner" });
    const editorHost = element("div", { class: "runner__editor" });
    const toolbar = element("div", { class: "runner__toolbar" });
    this.runButton = button("Run", "md-button md-button--primary", () => this.run());
    this.stopButton = button("Stop", "md-button", () => this.stop());
    this.resetButton = button("Reset", "md-button", () => this.reset());
    const key = IS_MAC ? "⌘" : "Ctrl";
    const hint = element("span", { class: "runner__hint" });
    hint.textContent = `${key}+Enter runs · Esc then Tab leaves the editor`;
    toolbar.append(this.runButton, this.stopButton, this.resetButton, hint);
    this.status = element("div", { class: "runner__status", role: "status" });
    this.output = element("pre", {
      class: "runner__output",
      role: "log",
      "aria-live": "polite",
      "aria-label": "Output",
      tabindex: "0", // scrollable: keyboard users must be able to reach it
      hidden: "",
    });
    root.append(editorHost, toolbar, this.status, this.output);
    highlight.after(root);
    container.classList.add("runner-ready"); // hides the static code (runner.css)

    this.editor = new EditorView({
      parent: editorHost,
      state: EditorState.create({
        doc: this.original,
        extensions: [
          Prec.highest(
            keymap.of([{ key: "Mod-Enter", run: () => (this.run(), true) }]),
          ),
          minimalSetup,
          lineNumbers(),
          indentOnInput(),
          bracketMatching(),
          keymap.of([indentWithTab]),
          pythonLanguage(),
          syntaxHighlighting(highlightStyle),
          editorTheme,
          EditorView.contentAttributes.of({
            "aria-label": `Python code of the example, editable. ${hint.textContent}.`,
          }),
        ],
      }),
    });
    this.setRunning(false);
  }

  setRunning(running) {
    this.running = running;
    // aria-disabled, not disabled: a disabled button drops keyboard focus.
    this.runButton.setAttribute("aria-disabled", String(running));
    this.stopButton.setAttribute("aria-disabled", String(!running));
  }

  setStatus(text, { retry = false } = {}) {
    this.status.replaceChildren(text);
    if (retry) this.status.append(" ", button("Retry", "md-button", () => this.run()));
  }

  async run() {
    if (this.running) return;
    if (activeRunner) {
      this.setStatus("Another example is running: stop it first.");
      return;
    }
    activeRunner = this;
    this.setRunning(true);
    this.stopRequested = false;
    this.notes = [];
    this.output.replaceChildren();
    this.output.hidden = false;
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
    this.setStatus("Running…");
    this.timeLimit = Number(this.container.dataset.timeLimit) || TIME_LIMIT_S;
    python.execute(this.editor.state.doc.toString(), this.timeLimit, {
      output: (chunks) => this.append(chunks),
      truncated: (text) => {
        this.notes.push(text);
        this.setStatus(`Running… ${text}`);
      },
      done: (status, reason) => this.done(status, reason),
    });
  }

  stop() {
    if (!this.running) return;
    this.stopRequested = true;
    if (python.run) python.stop("user");
  }

  reset() {
    const doc = this.editor.state.doc;
    this.editor.dispatch({ changes: { from: 0, to: doc.length, insert: this.original } });
    this.setStatus("The original code is back.");
  }

  end() {
    activeRunner = null;
    this.setRunning(false);
  }

  done(status, reason) {
    this.end();
    const limit = `the example ran longer than ${this.timeLimit} s`;
    const stopped = reason === "time" ? `Stopped: ${limit}.` : "Stopped.";
    const messages = {
      ok: "Finished.",
      error: "Finished with an error.",
      interrupted: stopped,
      restarted:
        reason === "crash"
          ? "Python crashed and was restarted."
          : `${stopped} Python was restarted: variables and imports from earlier runs are gone.`,
    };
    this.setStatus([messages[status], ...this.notes].join(" "));
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

function enhanceAll() {
  for (const container of document.querySelectorAll("div[data-runnable]")) {
    if (!container.classList.contains("runner-ready")) new Runner(container);
  }
}

// Material's instant navigation swaps the page without reloading scripts: document$
// emits after every swap. Without that feature, enhance once.
if (window.document$) window.document$.subscribe(enhanceAll);
else enhanceAll();
