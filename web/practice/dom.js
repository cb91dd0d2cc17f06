// Small DOM helpers for the practice features. Text always goes in as text nodes, never
// as HTML: question titles and answers come from questions.json and are Markdown.

// h("a", { href: url, class: "x" }, "text", child): an element with attributes and
// children (strings become text nodes). "on<event>" attributes add listeners.
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.flat(Infinity).filter((child) => child != null && child !== false));
  return node;
}

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const EMPHASIS = /\*\*(?=\S)([\s\S]*?\S)\*\*|\*(?=\S)([^*]*?\S)\*|\[([^\]]+)\]\([^)]*\)/g;

// The inline Markdown of a title or 30-second answer as DOM nodes: `code` spans,
// **strong**, *emphasis*; a [link](url) keeps only its text. Anything else stays text.
export function inlineMarkdown(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    fragment.append(...emphasis(text.slice(last, match.index)));
    let code = match[2].replace(/\n/g, " ");
    if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1); // CommonMark's padding
    fragment.append(h("code", {}, code));
    last = match.index + match[0].length;
  }
  fragment.append(...emphasis(text.slice(last)));
  return fragment;
}

function emphasis(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    nodes.push(text.slice(last, match.index));
    if (match[1] != null) nodes.push(h("strong", {}, match[1]));
    else if (match[2] != null) nodes.push(h("em", {}, match[2]));
    else nodes.push(match[3]);
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes.filter(Boolean);
}

// The same, as plain text (for aria-label and the like).
export function plainText(text) {
  return inlineMarkdown(text).textContent;
}

export function button(text, className, onclick) {
  return h("button", { type: "button", class: className, onclick }, text);
}

// plural(2, "question", "questions") == "2 questions"
export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}
