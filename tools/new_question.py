"""Scaffold a new question: front-matter entry, body marker and a passing snippet file.

    python tools/new_question.py ID PAGE      e.g. gil docs/memory-performance.md

Every placeholder is a `TODO` line that says what to write (and `tags: [todo]`): the
build fails, naming each one's file and line, until all are replaced.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

ENTRY = """\
  - id: {id}
    title: TODO the question, as an interviewer asks it?
    also_asked: [TODO other phrasings, API names and error messages a reader searches]
    level: beginner
    tags: [todo]
    answer: >-
      TODO the 30-second answer: two to four sentences you could say out loud.
"""

BODY = """
<!-- question: {id} -->

??? note "Full answer"

    **Deep dive.** TODO explain how it works, in your own words.

    ```python
    --8<-- "{cluster}/{module}.py:example"
    ```

    **Pitfalls.** TODO

    **Follow-up questions.**

    - *TODO a follow-up question?* TODO its short answer.

    **References.** [TODO the Python docs section](https://docs.python.org/3/)
"""

SNIPPET = """\
# --8<-- [start:example]
# TODO replace this example with one that shows the answer, then run
# `make update-examples FILE=snippets/{cluster}/{module}.py` to write its output.
message = "replace me"
print(message)
#> replace me
# --8<-- [end:example]
"""


def insert_before_quiz(body: str, question: str) -> str:
    """The page body with the question added after the last question: before the
    `## Quiz` heading that ends every cluster page, or at the end if there is none."""
    quiz = re.search(r"^## Quiz\b.*\n", body, re.M)
    if not quiz:
        return body.rstrip("\n") + "\n" + question
    before = body[: quiz.start()].rstrip("\n") + "\n"
    return before + question + "\n" + body[quiz.start() :]


def scaffold(question_id: str, page: Path) -> Path:
    if not ID_RE.match(question_id):
        raise SystemExit(f"id {question_id!r} must be lowercase-with-dashes")
    text = page.read_text("utf-8")
    match = re.match(r"\A---\n(.*?\n)---\n", text, re.S)
    if not match or "questions" not in (data := yaml.safe_load(match[1]) or {}):
        raise SystemExit(f"{page}:1: no front matter with a `questions:` list")
    if any(q["id"] == question_id for q in data["questions"]):
        raise SystemExit(f"{page}: question {question_id!r} already exists")
    cluster = data["cluster"]
    module = question_id.replace("-", "_")
    snippet = ROOT / "snippets" / cluster / f"{module}.py"
    if snippet.exists():
        raise SystemExit(f"{snippet} already exists")
    # Append the entry at the end of the front matter's `questions:` block.
    front = match[1]
    lines = front.splitlines(keepends=True)
    start = next(i for i, row in enumerate(lines) if row.startswith("questions:"))
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"\S", lines[i])),
        len(lines),
    )
    lines.insert(end, ENTRY.format(id=question_id))
    body = insert_before_quiz(
        text[match.end() :], BODY.format(id=question_id, cluster=cluster, module=module)
    )
    page.write_text(f"---\n{''.join(lines)}---\n{body}", "utf-8")
    snippet.parent.mkdir(parents=True, exist_ok=True)
    snippet.write_text(SNIPPET.format(cluster=cluster, module=module), "utf-8")
    return snippet


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    created = scaffold(sys.argv[1], Path(sys.argv[2]))
    print(
        f"Added question {sys.argv[1]!r} to {sys.argv[2]} and created {created}.\n"
        "Replace every TODO and `tags: [todo]`; until then the build fails, naming "
        f"each one. `make check FILE='{sys.argv[2]} {created.relative_to(ROOT)}'` "
        "checks your question."
    )
