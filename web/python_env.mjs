// Python's environment in the browser: the same when the build makes the memory snapshot
// (tools/snapshot.mjs) and when the worker starts Python (web/worker.js).
export const PYTHON_ENV = {
  HOME: "/home/pyodide",
  // Pyodide's event loop always counts as running, so Django's guard against
  // synchronous ORM calls from async code would refuse every query.
  DJANGO_ALLOW_ASYNC_UNSAFE: "1",
};
