"""The Python half of the in-browser runner (web/worker.js runs it in Pyodide).

The worker bundles this file as text (esbuild's text loader), runs it once under the
file name "<guide-runner>", and calls _guide_run for every example. The build also
runs it before taking the memory snapshot (tools/snapshot.mjs), so a page restored
from the snapshot finds these functions already defined.
"""

# Runs each example in a fresh namespace, so click order never changes a result (unless
# the page shares one: `scope` names it), and reports tracebacks without this helper's
# frames (the reader sees only their code). Output goes through sys.stdout/sys.stderr
# objects, exactly as tools/snippet_harness.py captures it, so the page shows what the
# tests check.
import io
import json
import linecache
import signal
import sys
import traceback
import types


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

# Stop (web/runner.js) writes the run's id to _stop_buffer[1], then 2 (SIGINT) to
# [0], which Pyodide reads every few dozen bytecodes and turns into a call of
# _on_stop. A Stop may be read before the reader's code starts or after it ends,
# while this file's own lines run: raised there, KeyboardInterrupt would escape
# _guide_run half-way (a crash, so the page would restart Python and lose its state).
# So it is raised only while the run it was meant for is inside the reader's code;
# _guide_run itself checks for a Stop that came earlier.
_stop_buffer = None  # the page's Int32Array, set by _guide_set_stop_buffer
_interruptible = None  # id of the run whose code is executing, else None


def _guide_set_stop_buffer(buffer):
    global _stop_buffer
    _stop_buffer = buffer


def _stop_requested(run_id):
    return _stop_buffer is not None and _stop_buffer[1] == run_id


def _on_stop(signum, frame):
    if _interruptible is not None and _stop_requested(_interruptible):
        raise KeyboardInterrupt


signal.signal(signal.SIGINT, _on_stop)


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


def _guide_run(run_id, code, emit, scope=None, checks=None, report=None):
    # The code runs as a script does, as the module __main__ (Django's import_string
    # and pickle look code up there). With checks (an exercise), each check then runs
    # against that module and report() gets the results as JSON.
    global _interruptible
    fresh = types.ModuleType("__main__")
    main = _shared.setdefault(scope, fresh) if scope else fresh
    out, err = _Stream("stdout", emit), _Stream("stderr", emit)
    saved = sys.stdin, sys.stdout, sys.stderr, sys.modules["__main__"]
    # A run that raises the recursion limit must not change how the next one behaves.
    recursion_limit = sys.getrecursionlimit()
    imported_before = set(sys.modules)
    # Empty stdin: input() raises EOFError, as under "python file.py < /dev/null".
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
    sys.modules["__main__"] = main
    # Lets tracebacks quote the reader's lines, as they would for a file.
    linecache.cache["<exec>"] = (len(code), None, code.splitlines(True), "<exec>")
    try:
        compiled = compile(code, "<exec>", "exec", dont_inherit=True)
        _interruptible = run_id
        try:
            if _stop_requested(run_id):  # Stop came before the code started
                raise KeyboardInterrupt
            exec(compiled, main.__dict__)
            if checks:  # JavaScript's null arrives as pyodide.ffi.jsnull (falsy)
                exercises = sys.modules["_guide_exercises"]
                found = exercises.collect_checks(checks)
                report(json.dumps(exercises.run_checks(main, found)))
        finally:
            _interruptible = None
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
        sys.setrecursionlimit(recursion_limit)
        signal.signal(signal.SIGINT, _on_stop)  # in case the code replaced it
        if not scope:
            _forget_packages(imported_before)
