// practice/mock-interview/: questions drawn at random from questions.json that match the
// chosen tags (a question matches if it has ANY of them) and levels, one at a time, with
// a timer, the 30-second answer on demand, a link to the full answer, and a summary.

import { LEVELS, loadBank, siteUrl } from "./bank.js";
import { button, h, inlineMarkdown, plainText, plural } from "./dom.js";
import { progressControls } from "./progress.js";
import { PROGRESS_EVENT } from "./store.js";

const LENGTHS = [3, 5, 10]; // and 0: every question that matches
const PRIMARY = "md-button md-button--primary practice-button";
const SECONDARY = "md-button practice-button";

let timer = null; // the running setInterval, stopped when the page goes away
// The reader's choices, kept while they stay on the site (instant navigation).
const choices = { tags: new Set(), levels: new Set(), length: 5 };

export function matching(questions, { tags, levels }) {
  return questions.filter(
    (q) =>
      (!tags.size || q.tags.some((tag) => tags.has(tag))) &&
      (!levels.size || levels.has(q.level)),
  );
}

function draw(questions, count) {
  const pool = [...questions];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

function clock(ms) {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function stopTimer() {
  clearInterval(timer);
  timer = null;
}

export async function mockInterview() {
  const root = document.getElementById("mock-interview");
  if (!root) return stopTimer(); // instant navigation left the page mid-interview
  if (root.dataset.practice) return;
  root.dataset.practice = "loading";
  let bank;
  try {
    bank = await loadBank();
  } catch (error) {
    console.error("practice: could not load questions.json", error);
    root.replaceChildren(
      h("p", {}, "The questions could not be loaded. Reload the page to try again."),
    );
    return;
  }
  root.dataset.practice = "ready";
  showForm(root, bank);
}

function showForm(root, bank) {
  stopTimer();
  const counts = new Map();
  for (const q of bank.questions) {
    for (const tag of q.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const status = h("p", { class: "mock-count", role: "status", tabindex: "-1" });
  const update = () => {
    const found = matching(bank.questions, choices).length;
    status.textContent = found
      ? `${plural(found, "question matches", "questions match")} your choice.`
      : "No question matches your choice. Untick a level or tick another tag.";
    status.classList.toggle("mock-count--none", !found);
  };
  const box = (name, value, text, chosen) =>
    h(
      "label",
      { class: "mock-choice", "data-value": value },
      h("input", {
        type: "checkbox",
        name,
        value,
        checked: chosen.has(value),
        onchange: (event) => {
          if (event.target.checked) chosen.add(value);
          else chosen.delete(value);
          update();
        },
      }),
      ` ${text}`,
    );
  const tagList = h(
    "div",
    { class: "mock-tags" },
    [...counts.keys()]
      .sort()
      .map((tag) => box("tag", tag, `${tag} (${counts.get(tag)})`, choices.tags)),
  );
  const filter = h("input", {
    type: "search",
    id: "mock-tag-filter",
    autocomplete: "off",
    oninput: () => {
      const needle = filter.value.trim().toLowerCase();
      for (const label of tagList.children) {
        label.hidden = !label.dataset.value.includes(needle);
      }
    },
  });
  const untickTags = () => {
    choices.tags.clear();
    for (const input of tagList.querySelectorAll("input")) input.checked = false;
    update();
  };
  const length = h(
    "select",
    { id: "mock-length" },
    LENGTHS.map((n) => h("option", { value: n, selected: n === choices.length }, `${n}`)),
    h("option", { value: 0, selected: choices.length === 0 }, "All that match"),
  );
  const form = h(
    "form",
    {
      class: "mock-form",
      onsubmit: (event) => {
        event.preventDefault();
        const found = matching(bank.questions, choices);
        update();
        if (!found.length) return status.focus();
        choices.length = Number(length.value);
        start(root, bank, draw(found, choices.length || found.length));
      },
    },
    h(
      "fieldset",
      {},
      h(
        "legend",
        {},
        "Tags: a question matches if it has any ticked tag (none ticked: all tags)",
      ),
      h(
        "p",
        { class: "mock-filter" },
        h("label", { for: "mock-tag-filter" }, "Find a tag: "),
        filter,
      ),
      tagList,
      h("p", {}, button("Untick all tags", SECONDARY, untickTags)),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Levels (none ticked: all levels)"),
      h(
        "div",
        { class: "mock-levels" },
        Object.entries(LEVELS).map(([level, text]) =>
          box("level", level, text, choices.levels),
        ),
      ),
    ),
    h("p", {}, h("label", { for: "mock-length" }, "Number of questions: "), length),
    status,
    h("p", {}, h("button", { type: "submit", class: PRIMARY }, "Start the interview")),
  );
  update();
  root.replaceChildren(form);
}

function start(root, bank, questions) {
  const results = questions.map((question) => ({ question, ms: 0, revealed: false }));
  const view = h("div", { class: "mock-question" });
  root.replaceChildren(view);

  const show = (index) => {
    stopTimer();
    const result = results[index];
    const { question } = result;
    const last = index === results.length - 1;
    const started = performance.now();
    const time = h("span", { class: "mock-timer__value", role: "timer" }, "0:00");
    const tick = () => {
      result.ms = performance.now() - started;
      time.textContent = clock(result.ms);
    };
    timer = setInterval(tick, 250);

    const answer = h(
      "div",
      { id: "mock-answer", class: "admonition abstract mock-answer", hidden: true },
      h("p", { class: "admonition-title" }, "30-second answer"),
      h("p", {}, inlineMarkdown(question.answer)),
      h(
        "p",
        {},
        h("a", { href: siteUrl(question.url), class: "mock-full-answer" }, "Read the full answer"),
      ),
    );
    const reveal = h(
      "button",
      {
        type: "button",
        class: SECONDARY,
        "aria-expanded": "false",
        "aria-controls": "mock-answer",
        onclick: () => {
          const open = answer.hidden;
          answer.hidden = !open;
          result.revealed ||= open;
          reveal.setAttribute("aria-expanded", String(open));
          reveal.textContent = `${open ? "Hide" : "Show"} the 30-second answer`;
        },
      },
      "Show the 30-second answer",
    );
    const next = () => {
      tick();
      show(index + 1);
    };
    const finish = () => {
      tick();
      stopTimer();
      summary(root, bank, results.slice(0, index + 1));
    };
    const title = inlineMarkdown(question.title);
    const heading = h("h2", { class: "mock-title", tabindex: "-1" }, title);
    const cluster = bank.clusters[question.cluster] ?? question.cluster;
    view.replaceChildren(
      h("p", { class: "mock-position" }, `Question ${index + 1} of ${results.length}`),
      heading,
      h(
        "p",
        { class: "question-meta" },
        h("span", { class: `level-badge level-badge--${question.level}` }, LEVELS[question.level]),
        ` ${cluster} · tags: ${question.tags.join(", ")}`,
      ),
      h("p", { class: "mock-timer" }, "Time on this question: ", time),
      h("p", {}, "Answer out loud first, then compare with the 30-second answer."),
      h("p", {}, reveal),
      answer,
      h(
        "div",
        { class: "practice-buttons" },
        last ? null : button("Next question", PRIMARY, next),
        last
          ? button("Finish", PRIMARY, finish)
          : button("End the interview", SECONDARY, finish),
      ),
    );
    heading.focus();
  };
  show(0);
}

function summary(root, bank, results) {
  const total = results.reduce((sum, result) => sum + result.ms, 0);
  const heading = h("h2", { tabindex: "-1" }, "Your interview");
  const row = ({ question, ms, revealed }) =>
    h(
      "tr",
      { "data-question-id": question.id },
      h("td", {}, h("a", { href: siteUrl(question.url) }, inlineMarkdown(question.title))),
      h("td", {}, LEVELS[question.level]),
      h("td", {}, clock(ms)),
      h("td", {}, revealed ? "Yes" : "No"),
      h("td", {}, progressControls(question.id, plainText(question.title))),
    );
  const columns = ["Question", "Level", "Time", "Answer shown", "Your progress"];
  root.replaceChildren(
    h(
      "div",
      { class: "mock-summary" },
      heading,
      h(
        "p",
        {},
        `You answered ${plural(results.length, "question", "questions")} in ${clock(total)}. ` +
          "Mark each one to track it on ",
        h("a", { href: siteUrl("practice/progress/") }, "your progress"),
        " page.",
      ),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, columns.map((text) => h("th", {}, text)))),
        h("tbody", {}, results.map(row)),
      ),
      h(
        "p",
        {},
        button("Start another interview", PRIMARY, () => showForm(root, bank)),
      ),
    ),
  );
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT)); // show the current marks
  heading.focus();
}
