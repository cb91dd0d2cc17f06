"""Quizzes: short "what does this print?" questions at the end of each cluster page.

The line `<!-- quiz: NAME -->` on a page becomes the quiz kept in
snippets/quiz/NAME.py (dashes in NAME become underscores). Each section of that file
is one question, and the `# quiz:` comment block right above its start marker says the
rest, in YAML:

    # quiz:
    #   tests: scope-rules          # the question id it tests (the link goes there)
    #   anchor: for-else            # optional: link to this anchor on its page instead
    #   ask: What does this print?  # optional: the prompt
    #   wrong: ["[0, 1, 2]", "[0, 0, 0]"]  # 2 or 3 wrong answers
    #   why: >-
    #     One or two sentences that explain the right answer.
    # --8<-- [start:late-binding]

The right answer is never typed: it is the section's `#>` lines, which the snippet
suite checks against real output on every runtime. A quiz that only the build's Python
can run (numpy, pandas: no test runtime has them) is run by this hook instead, which
stops the build (file:line) if the output differs. A quiz answer must be one answer
everywhere, so its `#>` lines carry no variant tag and no `<varies>`. Options are
shuffled, the same way every build.

The page gets plain highlighted code, radio buttons in a fieldset and the answer in a
collapsed `<details>` block, so it works without JavaScript; web/quiz.js adds the
"Check answer" button. The code is not a runnable editor: hooks/runnable_snippets.py
only wraps fenced blocks that include a snippet, and this hook writes the code itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import posixpath
import random
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import snippet_deps
import snippet_harness

ROOT = Path(__file__).resolve().parent.parent

MARKER_RE = re.compile(r"^<!-- quiz: (?P<name>[^ ]*) -->$", re.M)
QUIZ_START = "# quiz:"
KEYS = {"tests", "anchor", "ask", "wrong", "why"}
REQUIRED = {"tests", "wrong", "why"}
DEFAULT_ASK = "What does this print?"


@dataclass
class Question:
    name: str  # the section's name
    line: int  # 1-based line of the section's start marker
    tests: str
    anchor: str
    ask: str
    why: str
    code: str
    key: str  # the real output
    options: list[str]  # shuffled; one of them is the key

    @property
    def correct(self) -> int:
        return self.options.index(self.key)


def quiz_file(name: str) -> str:
    """The snippet file (under snippets/) of the quiz named NAME."""
    return f"quiz/{name.replace('-', '_')}.py"


def normalise(text: str) -> str:
    """An answer as compared and shown: no trailing spaces, no edge newlines."""
    return "\n".join(row.rstrip() for row in text.strip("\n").splitlines())


def quiz_blocks(path: str, text: str) -> dict[str, tuple[int, str]]:
    """{section name: (line of the first YAML line, YAML text)} of the `# quiz:`
    blocks; each must sit right above a section's start marker."""
    lines, blocks, index = text.splitlines(), {}, 0
    while index < len(lines):
        if lines[index].rstrip() != QUIZ_START:
            index += 1
            continue
        start, body = index + 1, []
        index += 1
        while index < len(lines) and lines[index].startswith("#"):
            if snippet_harness.SECTION_RE.match(lines[index]):
                break
            body.append(lines[index][2:] if lines[index].startswith("# ") else "")
            index += 1
        marker = index < len(lines) and snippet_harness.SECTION_RE.match(lines[index])
        if not marker or marker[1] != "start":
            raise PluginError(
                f"{path}:{start}: a `# quiz:` block must end right above a "
                "`# --8<-- [start:NAME]` line"
            )
        blocks[marker[2]] = (start + 1, textwrap.dedent("\n".join(body)))
    return blocks


def _value_lines(path: str, first: int, text: str) -> dict:
    """{key: line} of a block's top-level keys, and {"wrong", i: line} of its items."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first + mark.line if mark else first
        raise PluginError(f"{path}:{line}: malformed quiz block: {exc}") from None
    if not isinstance(node, yaml.MappingNode):
        raise PluginError(f"{path}:{first}: a quiz block must be a YAML mapping")
    lines = {}
    for key, value in node.value:
        lines[key.value] = first + value.start_mark.line
        if isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                lines[key.value, index] = first + item.start_mark.line
    return lines


def parse_question(
    snippet, section, first: int, text: str, questions: dict
) -> Question:
    """Check one question's metadata and expected output; return it, shuffled."""
    path = snippet.path
    lines = _value_lines(path, first, text)
    data = yaml.safe_load(text)
    unknown, missing = set(data) - KEYS, REQUIRED - set(data)
    if unknown:
        raise PluginError(f"{path}:{first}: unknown quiz keys {sorted(unknown)}")
    if missing:
        raise PluginError(
            f"{path}:{first}: quiz question {section.name!r} has no {sorted(missing)}"
        )
    if not isinstance(data["tests"], str) or data["tests"] not in questions:
        raise PluginError(
            f"{path}:{lines['tests']}: quiz question {section.name!r} tests "
            f"{data['tests']!r}, which no page declares under `questions:`"
        )
    for key in ("why", "ask", "anchor"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            raise PluginError(f"{path}:{lines[key]}: `{key}` must be text")
    # One or two sentences (code spans may hold dots of their own).
    sentences = re.findall(r"[.!?](?:\s|$)", re.sub(r"`[^`]*`", "code", data["why"]))
    if not 1 <= len(sentences) <= 2:
        raise PluginError(
            f"{path}:{lines['why']}: `why` must be one or two sentences ending in "
            f"a full stop, not {len(sentences)}"
        )
    expected = [e for block in section.expected.values() for e in block]
    if not expected:
        raise PluginError(
            f"{path}:{section.start}: quiz question {section.name!r} prints nothing"
        )
    for found in expected:
        if found.tags or snippet_harness.PLACEHOLDER in found.text:
            raise PluginError(
                f"{path}:{found.line}: a quiz answer must be the same on every "
                "runtime: no variant tag, no `<varies>`"
            )
    key = normalise("\n".join(snippet_harness.expected_lines(section, {})))
    wrong = data["wrong"]
    if not isinstance(wrong, list) or not 2 <= len(wrong) <= 3:
        raise PluginError(f"{path}:{lines['wrong']}: `wrong` must list 2 or 3 answers")
    options = [key]
    for index, answer in enumerate(wrong):
        where = f"{path}:{lines['wrong', index]}"
        if not isinstance(answer, str) or not answer.strip():
            raise PluginError(f"{where}: a wrong answer must be text")
        answer = normalise(answer)
        if answer == key:
            raise PluginError(
                f"{where}: wrong answer {answer!r} is the real output of "
                f"section {section.name!r}"
            )
        if answer in options:
            raise PluginError(f"{where}: wrong answer {answer!r} is listed twice")
        options.append(answer)
    # Seeded by file and section: the same order every build, a different one per
    # question.
    random.Random(f"{path}:{section.name}").shuffle(options)
    code = "\n".join(
        row for row in section.lines if not snippet_harness.EXPECTED_RE.match(row)
    ).strip("\n")
    return Question(
        name=section.name,
        line=section.start - 1,
        tests=data["tests"],
        anchor=data.get("anchor", data["tests"]),
        ask=data.get("ask", DEFAULT_ASK).strip(),
        why=data["why"].strip(),
        code=textwrap.dedent(code),
        key=key,
        options=options,
    )


def load_quiz(path: str, text: str, questions: dict, allowed: set[str]) -> tuple:
    """(snippet, [Question]) of a quiz file; every section is a question."""
    try:
        snippet = snippet_harness.load(path, text)
    except snippet_harness.SnippetError as exc:
        raise PluginError(str(exc)) from None
    unknown = set(snippet.header.dependencies) - allowed
    if unknown:
        raise PluginError(
            f"{path}:1: depends on {sorted(unknown)}, which snippets/requirements.txt "
            "does not pin and hooks/runnable_snippets.py BUILD_ONLY_PACKAGES does "
            "not list"
        )
    blocks = quiz_blocks(path, text)
    quiz = []
    for name, section in snippet.sections.items():
        if name not in blocks:
            raise PluginError(
                f"{path}:{section.start - 1}: section {name!r} has no `# quiz:` "
                "block above it"
            )
        quiz.append(parse_question(snippet, section, *blocks[name], questions))
    return snippet, quiz


@contextlib.contextmanager
def _snippet_deps(snippet):
    """The pinned packages importable, from .cache/snippet-deps, as tests/runtimes.py
    makes them for every runtime (the harness imports the build-only ones itself)."""
    folder = str(snippet_deps.UNPACKED)
    added = bool(snippet.header.dependencies) and folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    try:
        yield
    finally:
        if added:
            sys.path.remove(folder)


# Digests of the quiz files already checked by this process: `mkdocs serve` rebuilds
# on every edit and need not run an unchanged quiz again. A new build always runs them.
_checked: set[str] = set()


def check_output(snippet, quiz: list[Question]) -> None:
    """Run each question's section in this Python; its output must be the key."""
    digest = hashlib.sha256(snippet.text.encode()).hexdigest()
    if digest in _checked:
        return
    runtime = snippet_harness.current_runtime()
    with _snippet_deps(snippet):
        for question in quiz:
            section = snippet.sections[question.name]
            result = snippet_harness.compare(snippet, section, runtime)
            if result["status"] == "skip":
                raise PluginError(
                    f"{snippet.path}:{question.line}: the build cannot check quiz "
                    f"question {question.name!r}: {result['message']}"
                )
            if result["status"] != "pass":
                raise PluginError(
                    "quiz answer is not the real output of the build's Python:\n"
                    + result["message"]
                )
    _checked.add(digest)


def _inline(text: str) -> str:
    """Escaped text whose `code spans` become <code> (the legend is raw HTML)."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(
        f"<code>{html.escape(part)}</code>" if index % 2 else html.escape(part)
        for index, part in enumerate(parts)
    )


def _fence(text: str, info: str) -> str:
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    return f"{ticks}{info}\n{text}\n{ticks}"


def render_quiz(name: str, quiz: list[Question], page_uri: str, questions: dict) -> str:
    here = posixpath.dirname(page_uri) or "."
    parts = [f'<div class="quiz" data-quiz="{name}" markdown>\n']
    for number, question in enumerate(quiz, start=1):
        qid = f"quiz-{name}-{question.name}"
        target = questions[question.tests]
        page = target["page"].removeprefix("docs/")
        link = f"{posixpath.relpath(page, here)}#{question.anchor}"
        choices = "\n".join(
            f'<label class="quiz-option"><input type="radio" name="{qid}" '
            f'value="{index}"> <code class="quiz-output">{html.escape(option)}'
            "</code></label>"
            for index, option in enumerate(question.options)
        )
        parts.append(
            f'<div class="quiz-question" id="{qid}" data-correct="{question.correct}" '
            "markdown>\n\n"
            '<fieldset class="quiz-options" markdown>\n'
            f"<legend>Question {number} of {len(quiz)}: "
            f"{_inline(question.ask)}</legend>\n\n"
            f"{_fence(question.code, 'python')}\n\n"
            f'<div class="quiz-choices">\n{choices}\n</div>\n\n'
            "</fieldset>\n\n"
            '<details class="quiz-answer" markdown>\n'
            "<summary>Show the answer</summary>\n\n"
            "It prints:\n\n"
            f"{_fence(question.key, 'text')}\n\n"
            '<div class="quiz-why" markdown>\n\n'
            f"{question.why}\n\n"
            f"Review: [{target['title']}]({link})\n\n"
            "</div>\n\n"
            "</details>\n\n"
            "</div>\n"
        )
    parts.append("</div>\n")
    return "\n".join(parts)


def _hook(config, filename: str):
    """Another hook module MkDocs loaded (question_meta holds the question registry,
    runnable_snippets the package rules)."""
    for hook in config["hooks"].values():
        if Path(getattr(hook, "__file__", "")).name == filename:
            return hook
    raise PluginError(f"quiz: hooks/{filename} must be registered in mkdocs.yml")


def on_page_markdown(markdown, page, config, files):
    markers = list(MARKER_RE.finditer(markdown))
    if not markers:
        return markdown
    path = f"docs/{page.file.src_uri}"
    questions = _hook(config, "question_meta.py")._questions
    runnable = _hook(config, "runnable_snippets.py")
    snippets_dir = Path(config["docs_dir"]).parent / "snippets"
    allowed = runnable.shipped_packages(snippets_dir) | runnable.BUILD_ONLY_PACKAGES
    seen = set()

    def replace(match: re.Match) -> str:
        name = match["name"]
        line = markdown[: match.start()].count("\n") + 1
        where = f"{path}: body line {line}"
        if name in seen:
            raise PluginError(f"{where}: quiz {name!r} placed twice")
        seen.add(name)
        if name not in config["extra"]["clusters"]:
            raise PluginError(
                f"{where}: quiz {name!r} is not a cluster of mkdocs.yml extra.clusters"
            )
        file = snippets_dir / quiz_file(name)
        if not file.is_file():
            raise PluginError(f"{where}: snippets/{quiz_file(name)} does not exist")
        snippet, quiz = load_quiz(
            f"snippets/{quiz_file(name)}", file.read_text("utf-8"), questions, allowed
        )
        # Only the build's Python has numpy and pandas; the snippet suite runs the rest.
        if set(snippet.header.dependencies) & runnable.BUILD_ONLY_PACKAGES:
            check_output(snippet, quiz)
        return render_quiz(name, quiz, page.file.src_uri, questions)

    return MARKER_RE.sub(replace, markdown)
