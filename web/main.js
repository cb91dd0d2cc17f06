// The guide's one script entry (tools/build-js.mjs bundles it as assets/runner/main.js,
// loaded on every page as <script type="module">). It carries what every page needs:
// the example runner, printing with every answer open, and two small page fixes from
// docs/assets/. Quiz and practice code load only on a page that has their elements: a
// dynamic import, so each becomes its own chunk that most pages never fetch.

import "./runner.js";
import "./practice/print.js";
import "../docs/assets/a11y.js";
import "../docs/assets/search-offer.js";

// This file is assets/runner/main.js: the site root is two folders up.
const SITE_ROOT = new URL("../../", import.meta.url);

// The progress features live on question pages (the Reviewed / Needs work toggles), the
// progress page, the mock interview, and the home page (its clusters table).
const PRACTICE_ELEMENTS = ".question-progress, #progress-app, #mock-interview";

const loaded = {}; // module name -> Promise of the module, once a page needed it

function enhanceWith(name, importModule) {
  loaded[name] ??= importModule();
  loaded[name].then(
    (module) => module.init(),
    (error) => {
      delete loaded[name]; // the next page tries again
      console.error(`${name}: could not load its code`, error);
    },
  );
}

function enhancePage() {
  if (document.querySelector(".quiz-question")) {
    enhanceWith("quiz", () => import("./quiz.js"));
  }
  const home = location.pathname.replace(/index\.html$/, "") === SITE_ROOT.pathname;
  if (home || document.querySelector(PRACTICE_ELEMENTS)) {
    enhanceWith("practice", () => import("./practice.js"));
  }
}

// Material's instant navigation swaps the page without reloading scripts: document$
// emits after every swap (as in web/runner.js). Without it, run once.
if (window.document$) window.document$.subscribe(enhancePage);
else enhancePage();
