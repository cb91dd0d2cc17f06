// "What does this print?" quizzes, made at build time by hooks/quiz.py.
// Without JavaScript a reader picks an option and opens "Show the answer". With it,
// "Check answer" says whether the chosen option is right, marks the right one, and shows
// the explanation and the link to the question it tests; the answer block, which would
// say the same, is hidden. The reader may change the answer and check again.

function paragraph(text, className) {
  const element = document.createElement("p");
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

function mark(input, kind, text) {
  const label = input.closest("label");
  label.classList.add(`quiz-option--${kind}`);
  const note = document.createElement("span");
  note.className = "quiz-mark";
  note.textContent = text;
  label.append(note);
}

function check(question, feedback) {
  const inputs = [...question.querySelectorAll('.quiz-options input[type="radio"]')];
  for (const input of inputs) {
    const label = input.closest("label");
    label.classList.remove("quiz-option--right", "quiz-option--wrong");
    label.querySelector(".quiz-mark")?.remove();
  }
  const chosen = inputs.find((input) => input.checked);
  if (!chosen) {
    feedback.replaceChildren(paragraph("Choose an answer first.", "quiz-verdict"));
    return;
  }
  const right = inputs[Number(question.dataset.correct)];
  const correct = chosen === right;
  mark(right, "right", correct ? "Your answer: right" : "Right answer");
  if (!correct) mark(chosen, "wrong", "Your answer");
  const parts = [];
  if (correct) {
    parts.push(paragraph("Correct.", "quiz-verdict quiz-verdict--right"));
  } else {
    parts.push(paragraph("Not quite. The right answer is:", "quiz-verdict quiz-verdict--wrong"));
    const output = document.createElement("pre");
    output.className = "quiz-key";
    const code = document.createElement("code");
    code.textContent = right.closest("label").querySelector(".quiz-output").textContent;
    output.append(code);
    parts.push(output);
  }
  const why = question.querySelector(".quiz-why");
  if (why) parts.push(...why.cloneNode(true).children);
  feedback.replaceChildren(...parts);
}

function enhance(question) {
  if (question.dataset.quizReady) return;
  question.dataset.quizReady = "true";
  const answer = question.querySelector(".quiz-answer");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button quiz-check";
  button.textContent = "Check answer";
  // A polite live region: screen readers announce the verdict after each check.
  const feedback = document.createElement("div");
  feedback.className = "quiz-feedback";
  feedback.setAttribute("role", "status");
  button.addEventListener("click", () => check(question, feedback));
  answer.before(button, feedback);
  answer.hidden = true;
}

// web/main.js imports this module on the first page that has a quiz, and calls init()
// after every page swap of Material's instant navigation that shows one.
export function init() {
  for (const question of document.querySelectorAll(".quiz-question")) enhance(question);
}
