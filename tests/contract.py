"""Checks of the snippet contract across the whole tree; each returns its problems.

Every problem names a file and line. The real tree must have none (test_contract.py);
the breakage tests inject faults into a copy and expect the right problem.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

HOOKS = Path(__file__).resolve().parent.parent / "hooks"


def load_hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hooks_{name}", HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


runnable = load_hook("runnable_snippets")
question_meta = load_hook("question_meta")


def page_fences(root: Path):
    """(page path, file line, fence) for every fenced block in docs/."""
    for page in sorted((root / "docs").rglob("*.md")):
        text = page.read_text("utf-8")
        front = question_meta.FRONT_MATTER_RE.match(text)
        offset = text[: front.end()].count("\n") if front else 0
        body = text[front.end() :] if front else text
        relative = str(page.relative_to(root))
        for fence in runnable.iter_fences(body, relative):
            yield relative, fence.line + offset, fence


def unreferenced_sections(root: Path) -> list[str]:
    import snippet_harness

    shown = {
        (f.include["file"], f.include["section"])
        for _, _, f in page_fences(root)
        if f.include
    }
    # A page's `<!-- quiz: NAME -->` shows every section of its quiz (hooks/quiz.py).
    quiz = load_hook("quiz")
    quizzes = {
        quiz.quiz_file(match["name"])
        for page in (root / "docs").rglob("*.md")
        for match in quiz.MARKER_RE.finditer(page.read_text("utf-8"))
    }
    problems = []
    for path in sorted((root / "snippets").rglob("*.py")):
        relative = path.relative_to(root / "snippets").as_posix()
        snippet = snippet_harness.load(f"snippets/{relative}", path.read_text("utf-8"))
        if not snippet.sections:
            problems.append(
                f"snippets/{relative}:1: has no `# --8<-- [start:name]` section"
            )
        for name, section in snippet.sections.items():
            if (relative, name) not in shown and relative not in quizzes:
                problems.append(
                    f"snippets/{relative}:{section.start - 1}: section {name!r} "
                    "is not included by any page under docs/"
                )
    return problems


def scaffold_placeholders(root: Path) -> list[str]:
    """`make question`'s TODO lines and `tags: [todo]` (hooks/scaffold_placeholders.py
    stops the build on them too)."""
    return load_hook("scaffold_placeholders").placeholders(root)


def unlisted_blocks(root: Path) -> list[str]:
    listing_path = root / "docs" / "unchecked-blocks.yml"
    listed = yaml.safe_load(listing_path.read_text("utf-8")) or []
    wanted = {(entry["page"], entry["first_line"]) for entry in listed}
    problems, seen = [], set()
    for page, line, fence in page_fences(root):
        if fence.include:
            continue
        first = next((row.strip() for row in fence.body if row.strip()), "")
        key = (page, first)
        seen.add(key)
        if key not in wanted:
            problems.append(
                f"{page}:{line}: code block is not a snippet include; make it "
                f"a snippet or list it in docs/unchecked-blocks.yml with a reason"
            )
    for entry in listed:
        if not entry.get("reason"):
            problems.append(f"docs/unchecked-blocks.yml: entry {entry} has no reason")
        if (entry["page"], entry["first_line"]) not in seen:
            problems.append(
                f"docs/unchecked-blocks.yml: {entry['page']} has no block "
                f"starting {entry['first_line']!r}; remove the stale entry"
            )
    return problems
