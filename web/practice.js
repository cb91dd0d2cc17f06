// Practice features, all in the reader's browser (issue 6):
//   - "Reviewed" / "Needs work" marks on every question, kept in localStorage
//     (practice/store.js), summed up on cluster pages, the home page and
//     practice/progress/ (practice/progress.js);
//   - the mock interview (practice/mock-interview.js);
//   - every answer opened for printing (practice/print.js).
// The cheat sheet is made at build time (hooks/cheat_sheet.py).
// Progressive enhancement: without JavaScript none of these controls exist, and the two
// practice pages say that they need it.

import { mockInterview } from "./practice/mock-interview.js";
import { refreshProgress } from "./practice/progress.js";
import { PROGRESS_EVENT } from "./practice/store.js";
import "./practice/print.js";

function init() {
  refreshProgress();
  mockInterview().catch((error) => console.error("practice: mock interview", error));
}

document.addEventListener(PROGRESS_EVENT, refreshProgress);
// Material's instant navigation swaps the page without reloading scripts: document$
// emits after every swap (as in web/runner.js). Without it, run once.
if (window.document$) window.document$.subscribe(init);
else init();
