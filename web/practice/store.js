// The reader's progress: which questions they marked "Reviewed" or "Needs work".
// It lives in this browser's localStorage only, under one key, as versioned JSON:
//   {"version": 1, "questions": {"<question id>": "reviewed" | "needs-work"}}
// Nothing is sent anywhere. Every change fires PROGRESS_EVENT on document, and so does
// a change made in another tab (the "storage" event), so every view can redraw itself.

export const STORAGE_KEY = "python-interview-guide:progress";
export const VERSION = 1;
export const STATUSES = { reviewed: "Reviewed", "needs-work": "Needs work" };
export const PROGRESS_EVENT = "practice:progress";
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

let fallback = null; // the progress, when the browser refuses localStorage

export function storageWorks() {
  try {
    localStorage.getItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

// {id: status}. Stored data this version cannot read counts as no progress.
export function readProgress() {
  let text = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { ...(fallback ?? {}) };
  }
  if (text == null) return {};
  try {
    return parseProgress(text);
  } catch (error) {
    console.warn(`practice: ignoring the stored progress (${error.message})`);
    return {};
  }
}

function write(questions) {
  const text = JSON.stringify({ version: VERSION, questions });
  try {
    if (Object.keys(questions).length) localStorage.setItem(STORAGE_KEY, text);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    fallback = questions; // kept for this page's life only
  }
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

// status: a key of STATUSES, or null to forget the question.
export function setStatus(id, status) {
  const questions = readProgress();
  if (status) questions[id] = status;
  else delete questions[id];
  write(questions);
}

export function replaceProgress(questions) {
  write({ ...questions });
}

export function clearProgress() {
  write({});
}

export function exportProgress() {
  const questions = readProgress();
  return JSON.stringify(
    { version: VERSION, exported: new Date().toISOString(), questions },
    null,
    2,
  );
}

// The {id: status} of an exported (or stored) file; throws an Error whose message says
// what is wrong, in words a reader can act on.
export function parseProgress(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not JSON (${error.message}).`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new Error("it is JSON, but not a progress file: expected an object.");
  }
  if (data.version !== VERSION) {
    throw new Error(
      data.version === undefined
        ? 'it has no "version": it is not a progress file exported by this guide.'
        : `it has version ${JSON.stringify(data.version)}; this guide reads version ${VERSION}.`,
    );
  }
  const questions = data.questions;
  if (questions === null || typeof questions !== "object" || Array.isArray(questions)) {
    throw new Error('its "questions" must be an object of question id to status.');
  }
  for (const [id, status] of Object.entries(questions)) {
    if (!ID.test(id)) throw new Error(`${JSON.stringify(id)} is not a question id.`);
    if (!Object.hasOwn(STATUSES, status)) {
      throw new Error(
        `question "${id}" has status ${JSON.stringify(status)}; ` +
          `expected "reviewed" or "needs-work".`,
      );
    }
  }
  return { ...questions };
}

// "3 of 6 reviewed, 1 needs work" for these question ids.
export function describe(ids, progress = readProgress()) {
  const reviewed = ids.filter((id) => progress[id] === "reviewed").length;
  const needsWork = ids.filter((id) => progress[id] === "needs-work").length;
  let text = `${reviewed} of ${ids.length} reviewed`;
  if (needsWork) text += `, ${needsWork} ${needsWork === 1 ? "needs" : "need"} work`;
  return text;
}

// Another tab changed the progress: tell this page's views.
window.addEventListener("storage", (event) => {
  if (event.key === STORAGE_KEY || event.key === null) {
    document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  }
});
