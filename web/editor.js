// The code editor of a runnable example: CodeMirror 6 with Python highlighting, in
// Material's code colours. A separate module that web/runner.js imports when the first
// example comes into view, so a page that is only read never parses CodeMirror.
import { indentWithTab } from "@codemirror/commands";
import { python as pythonLanguage } from "@codemirror/lang-python";
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { minimalSetup } from "codemirror";

// Colours from Material's code theme, so the editor follows the light/dark palette,
// moved a little towards the text colour: several of Material's own token colours are
// just under 4.5:1 against the code background (comments in light, keywords in dark).
const tone = (name, share = 85) =>
  `color-mix(in srgb, var(--md-code-hl-${name}-color) ${share}%, var(--md-code-fg-color))`;
const MUTED = tone("comment", 75);

const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: tone("keyword") },
  { tag: [tags.string, tags.special(tags.string)], color: tone("string") },
  { tag: [tags.number, tags.bool, tags.null], color: tone("number") },
  { tag: tags.comment, color: MUTED },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: tone("function"),
  },
  { tag: [tags.definition(tags.variableName), tags.className], color: tone("name") },
  { tag: [tags.operator, tags.derefOperator], color: tone("operator") },
  { tag: tags.punctuation, color: tone("punctuation") },
  { tag: tags.self, color: tone("constant") },
]);

const editorTheme = EditorView.theme({
  "&": {
    color: "var(--md-code-fg-color)",
    backgroundColor: "var(--md-code-bg-color)",
    fontSize: ".85em",
  },
  "&.cm-focused": { outline: "2px solid var(--md-accent-fg-color)" },
  ".cm-scroller": { fontFamily: "var(--md-code-font-family)", lineHeight: "1.5" },
  ".cm-content": { caretColor: "var(--md-code-fg-color)" },
  ".cm-gutters": {
    backgroundColor: "var(--md-code-bg-color)",
    color: MUTED,
    border: "none",
  },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--md-accent-fg-color--transparent)",
  },
});

// An editor under `parent` holding `doc`; Ctrl/Cmd+Enter calls `onRun`, and every
// edit calls `onChange` (if given) with the new text.
export function createEditor(parent, doc, { onRun, onChange, label }) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
        minimalSetup,
        lineNumbers(),
        indentOnInput(),
        bracketMatching(),
        keymap.of([indentWithTab]),
        pythonLanguage(),
        syntaxHighlighting(highlightStyle),
        editorTheme,
        // tabindex: the editor is already focusable (contenteditable); saying so lets
        // checkers see that a long line's scroll area can be reached by keyboard.
        EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange?.(update.state.doc.toString());
        }),
      ],
    }),
  });
}
