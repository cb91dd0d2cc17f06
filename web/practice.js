// Practice features, all in the reader's browser (issue 6):
//   - "Reviewed" / "Needs work" marks on every question, kept in localStorage
//     (practice/store.js), summed up on cluster pages, the home page and
//     practice/progress/ (practice/progress.js);
//   - the mock interview (practice/mock-interview.js);
//   - every answer opened for printing (practice/print.js, which web/main.js loads).
// The cheat sheet is made at build time (hooks/cheat_sheet.py).
// Progressive enhancement: without JavaScript none of these controls exist, and the two
// practice pages say that they need it.

import { mockInterview } from "./practice/mock-interview.js";
import { refreshProgress } from "./practice/progress.js";
import { PROGRESS_EVENT } from "./practice/store.js";

// web/main.js imports this module on the first page that shows progress or the mock
// interview, and calls init() after every page swap of Material's instant navigation
// that shows them. Printing with every answer open (practice/print.js) is in main.js:
// every page prints.
export function init() {
  refreshProgress();
  mockInterview().catch((error) => console.error("practice: mock interview", error));
}

document.addEventListener(PROGRESS_EVENT, refreshProgress);
