// Progress views: the "Reviewed" / "Needs work" toggles under each question, the summary
// and expand/collapse buttons at the top of a cluster page, the progress column of the
// home page's clusters table, and the full view on practice/progress/.
// refreshProgress() is safe to call again: it builds what is missing and refreshes the
// rest. It runs after every page swap and after every change of the marks.

import { byCluster, clusterPages, loadBank, SITE_ROOT, siteUrl } from "./bank.js";
import { button, h, inlineMarkdown, plural } from "./dom.js";
import {
  clearProgress,
  describe,
  exportProgress,
  parseProgress,
  readProgress,
  replaceProgress,
  setStatus,
  STATUSES,
  storageWorks,
} from "./store.js";

const BUTTON = "md-button practice-button";

export function refreshProgress() {
  const progress = readProgress();
  enhanceQuestions();
  refreshToggles(progress);
  clusterToolbar(progress);
  const failed = (error) => console.error("practice: could not load questions.json", error);
  homeColumn(progress).catch(failed);
  progressPage(progress).catch((error) => {
    failed(error);
    document
      .getElementById("progress-app")
      ?.replaceChildren(
        h("p", {}, "The list of questions could not be loaded. Reload the page to try again."),
      );
  });
}

// The two toggle buttons of one question, in a group named after the question (every
// question has the same two buttons).
export function progressControls(id, title) {
  // --inline: not a question of this page, so the page's count leaves it out.
  const group = h("div", {
    class: "question-progress question-progress--inline",
    "data-question": id,
  });
  fillToggles(group, title);
  return group;
}

function fillToggles(group, title) {
  const id = group.dataset.question;
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", `Your progress: ${title}`);
  for (const [status, text] of Object.entries(STATUSES)) {
    const toggle = h(
      "button",
      {
        type: "button",
        class: `md-button practice-toggle practice-toggle--${status}`,
        "aria-pressed": "false",
        "data-status": status,
        onclick: () => {
          const pressed = toggle.getAttribute("aria-pressed") === "true";
          setStatus(id, pressed ? null : status); // pressed again: the mark goes
        },
      },
      h("span", { class: "practice-toggle__mark", "aria-hidden": "true" }),
      text,
    );
    group.append(toggle);
  }
  group.dataset.practice = "ready";
}

// Fill the empty placeholders hooks/question_meta.py puts under each question's heading.
function enhanceQuestions() {
  for (const group of document.querySelectorAll(".question-progress[data-question]")) {
    if (group.dataset.practice) continue;
    const heading = document.getElementById(group.dataset.question);
    fillToggles(group, heading ? headingText(heading) : group.dataset.question);
  }
}

function headingText(heading) {
  const copy = heading.cloneNode(true);
  copy.querySelector(".headerlink")?.remove();
  return copy.textContent.trim();
}

function refreshToggles(progress) {
  for (const toggle of document.querySelectorAll(".question-progress .practice-toggle")) {
    const id = toggle.closest("[data-question]").dataset.question;
    const pressed = progress[id] === toggle.dataset.status;
    toggle.setAttribute("aria-pressed", String(pressed));
    // A check mark, so the state does not rest on colour alone.
    toggle.querySelector(".practice-toggle__mark").textContent = pressed ? "✓ " : "";
  }
}

// Cluster page: the page's count and the expand/collapse buttons under its title.
// hooks/practice_toolbar.py writes them into the HTML, so nothing moves when this runs.
function clusterToolbar(progress) {
  const toolbar = document.querySelector(".md-content .practice-toolbar");
  if (!toolbar) return;
  const ids = [...document.querySelectorAll(
    ".md-content .question-progress[data-question]:not(.question-progress--inline)",
  )].map((group) => group.dataset.question);
  if (!toolbar.dataset.ready) {
    toolbar.dataset.ready = "true";
    for (const action of toolbar.querySelectorAll("button[data-practice]")) {
      const open = { expand: true, collapse: false }[action.dataset.practice];
      if (open === undefined) throw new Error(`unknown toolbar button ${action.dataset.practice}`);
      action.addEventListener("click", () => {
        for (const details of document.querySelectorAll(".md-content details")) {
          details.open = open;
        }
      });
    }
  }
  toolbar.querySelector(".practice-summary__text").textContent =
    `On this page: ${describe(ids, progress)}`;
}

// Home page: a "Your progress" column in the table whose rows link to cluster pages.
async function homeColumn(progress) {
  if (location.pathname.replace(/index\.html$/, "") !== SITE_ROOT.pathname) return;
  const bank = await loadBank();
  const pages = clusterPages(bank);
  const clusterOf = (row) => {
    const link = row.cells[0]?.querySelector("a[href]");
    return link ? pages.get(new URL(link.href).pathname) : undefined;
  };
  for (const table of document.querySelectorAll(".md-content table")) {
    const rows = [...table.querySelectorAll("tbody tr")];
    if (!rows.some(clusterOf)) continue;
    if (!table.dataset.practice) {
      table.dataset.practice = "progress";
      table.querySelector("thead tr")?.append(h("th", {}, "Your progress"));
      for (const row of rows) row.append(h("td", { class: "practice-cell" }));
    }
    for (const row of rows) {
      const cluster = clusterOf(row);
      const ids = bank.questions.filter((q) => q.cluster === cluster).map((q) => q.id);
      row.querySelector(".practice-cell").textContent = cluster ? describe(ids, progress) : "";
    }
  }
}

// practice/progress/: counts per cluster, the questions that need work, and the export,
// import and clear controls.
async function progressPage(progress) {
  const root = document.getElementById("progress-app");
  if (!root) return;
  const bank = await loadBank();
  if (!root.dataset.practice) {
    root.dataset.practice = "ready";
    root.replaceChildren(
      h("div", { class: "progress-view" }),
      h("h2", { id: "keep-a-copy" }, "Keep a copy, move it, or start again"),
      h(
        "p",
        {},
        "Export saves your marks to a JSON file. Import reads such a file and replaces " +
          "the marks in this browser with its own. Clear forgets them all.",
      ),
      transferControls(),
    );
  }
  root.querySelector(".progress-view").replaceChildren(...progressView(bank, progress));
}

function progressView(bank, progress) {
  const clusters = byCluster(bank);
  const ids = (questions) => questions.map((q) => q.id);
  const clusterRow = (cluster) =>
    h(
      "tr",
      { "data-cluster": cluster.id },
      h("td", {}, h("a", { href: siteUrl(cluster.questions[0].url.split("#")[0]) }, cluster.name)),
      h("td", {}, describe(ids(cluster.questions), progress)),
    );
  const table = h(
    "table",
    {},
    h("thead", {}, h("tr", {}, h("th", {}, "Cluster"), h("th", {}, "Your progress"))),
    h(
      "tbody",
      {},
      clusters.map(clusterRow),
      h(
        "tr",
        { class: "progress-total" },
        h("th", { scope: "row" }, "All questions"),
        h("td", {}, describe(ids(bank.questions), progress)),
      ),
    ),
  );
  const needWork = clusters
    .map((cluster) => ({
      ...cluster,
      questions: cluster.questions.filter((q) => progress[q.id] === "needs-work"),
    }))
    .filter((cluster) => cluster.questions.length);
  const needWorkList = (cluster) => [
    h("h3", {}, cluster.name),
    h(
      "ul",
      { class: "progress-needs-work", "data-cluster": cluster.id },
      cluster.questions.map((q) =>
        h("li", {}, h("a", { href: siteUrl(q.url) }, inlineMarkdown(q.title))),
      ),
    ),
  ];
  const noStorage = h(
    "div",
    { class: "admonition warning" },
    h("p", { class: "admonition-title" }, "This browser does not let the site store data"),
    h("p", {}, "Your marks last until you leave the page. Export them to keep them."),
  );
  return [
    storageWorks() ? "" : noStorage,
    h("h2", { id: "by-cluster" }, "By cluster"),
    table,
    h("h2", { id: "needs-work" }, "Questions that need work"),
    ...(needWork.length
      ? needWork.flatMap(needWorkList)
      : [h("p", { class: "progress-none" }, "No question is marked “Needs work”.")]),
  ];
}

function transferControls() {
  const message = h("div", { class: "progress-message", role: "status" });
  const error = h("div", { class: "progress-error", role: "alert" });
  const say = (text) => {
    error.replaceChildren();
    message.replaceChildren(h("p", {}, text));
  };
  const refuse = (name, reason) => {
    message.replaceChildren();
    error.replaceChildren(
      h(
        "div",
        { class: "admonition failure" },
        h("p", { class: "admonition-title" }, "Nothing was imported"),
        h("p", {}, `The file “${name}” cannot be read: ${reason}`),
        h("p", {}, "Your current progress is unchanged."),
      ),
    );
  };
  const input = h("input", {
    type: "file",
    id: "progress-import",
    accept: ".json,application/json",
    onchange: async () => {
      const file = input.files[0];
      if (!file) return;
      input.value = ""; // choosing the same file again imports it again
      let questions;
      try {
        questions = parseProgress(await file.text());
      } catch (problem) {
        return refuse(file.name, problem.message);
      }
      replaceProgress(questions);
      const what = plural(Object.keys(questions).length, "question", "questions");
      say(`Imported your progress on ${what} from “${file.name}”.`);
    },
  });
  const exportFile = () => {
    const blob = new Blob([exportProgress()], { type: "application/json" });
    const day = new Date().toISOString().slice(0, 10);
    const link = h("a", {
      href: URL.createObjectURL(blob),
      download: `python-interview-guide-progress-${day}.json`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say("Your progress was saved to a file (see your downloads).");
  };
  const clear = () => {
    const count = Object.keys(readProgress()).length;
    if (!count) return say("There is no progress to clear.");
    const sure = confirm(
      `Clear your marks on ${plural(count, "question", "questions")}? ` +
        "This cannot be undone: export them first to keep a copy.",
    );
    if (!sure) return;
    clearProgress();
    say("Your progress was cleared.");
  };
  return h(
    "div",
    { class: "progress-transfer" },
    h(
      "div",
      { class: "practice-buttons" },
      button("Export progress", BUTTON, exportFile),
      button("Clear progress", BUTTON, clear),
    ),
    h(
      "p",
      { class: "progress-import" },
      h("label", { for: "progress-import" }, "Import progress from a file: "),
      input,
    ),
    message,
    error,
  );
}
