"""Cheat sheet: every question's 30-second answer on one page, grouped by cluster.

The line `<!-- cheat-sheet -->` on a page becomes, at build time, one section per
cluster (named by mkdocs.yml `extra.clusters`, in the order the clusters' pages appear
in the nav) listing each question's title, level and 30-second answer, the title linking
to the full answer. The questions come from the question_meta hook, which reads every
page's front matter in on_files, so all of them are known before any page renders; the
links are relative Markdown links to the question's page and anchor, so they do not
depend on the order in which pages render, and the strict build checks them.
A marker that is not alone on its line, appears twice, or finds no questions stops the
build.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

MARKER = "<!-- cheat-sheet -->"
MARKER_LINE_RE = re.compile(rf"^{re.escape(MARKER)}$", re.M)
CODE_SPAN_RE = re.compile(r"(`+).*?\1")
LEVELS = {
    "beginner": "Beginner",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
}


def _question_meta(config):
    """The question_meta hook module MkDocs loaded (it holds the question registry)."""
    for hook in config["hooks"].values():
        if Path(getattr(hook, "__file__", "")).name == "question_meta.py":
            return hook
    raise PluginError(
        "cheat sheet: hooks/question_meta.py must be registered in mkdocs.yml `hooks`"
    )


def nav_pages(nav) -> list[str]:
    """The Markdown paths of mkdocs.yml's `nav`, in order (sections flattened)."""
    found: list[str] = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            found += nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            found.append(value)
    return found


def group_by_cluster(
    questions: list[dict], clusters: dict, nav: list[str]
) -> list[tuple[str, str, list[dict]]]:
    """(cluster id, name, questions) in nav order; questions in page order."""
    rank = {page: index for index, page in enumerate(nav)}

    def page_rank(question: dict) -> int:
        return rank.get(question["page"].removeprefix("docs/"), len(rank))

    ordered = sorted(questions, key=page_rank)  # stable: declaration order per page
    groups: dict[str, list[dict]] = {}
    for question in ordered:
        groups.setdefault(question["cluster"], []).append(question)
    return [(cluster, clusters[cluster], groups[cluster]) for cluster in groups]


def render_cheat_sheet(
    questions: list[dict], clusters: dict, nav: list[str], page_uri: str
) -> str:
    here = posixpath.dirname(page_uri) or "."
    parts = ['<div class="cheat-sheet" markdown>\n']
    for cluster, name, members in group_by_cluster(questions, clusters, nav):
        parts.append(f"## {name} {{ #cluster-{cluster} }}\n")
        for question in members:
            page = question["page"].removeprefix("docs/")
            link = f"{posixpath.relpath(page, here)}#{question['id']}"
            level = question["level"]
            parts.append(
                f'<div class="cheat-entry" markdown>\n\n'
                f"### [{question['title']}]({link}) {{ #{question['id']} }}\n\n"
                f'<span class="level-badge level-badge--{level}">'
                f"{LEVELS[level]}</span>\n\n"
                f"{question['answer'].strip()}\n\n"
                f"</div>\n"
            )
    parts.append("</div>\n")
    return "\n".join(parts)


def check_markers(markdown: str, path: str) -> int:
    """How many markers the page has (0 or 1); a misplaced or repeated one fails."""
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line != MARKER and MARKER in CODE_SPAN_RE.sub("", line):
            raise PluginError(
                f"{path}: body line {number}: `{MARKER}` must be alone on its line"
            )
    found = MARKER_LINE_RE.findall(markdown)
    if len(found) > 1:
        raise PluginError(f"{path}: `{MARKER}` appears {len(found)} times; use it once")
    return len(found)


def on_page_markdown(markdown, page, config, files):
    path = f"docs/{page.file.src_uri}"
    if not check_markers(markdown, path):
        return markdown
    questions = list(_question_meta(config)._questions.values())
    if not questions:
        raise PluginError(f"{path}: `{MARKER}` but no page declares any question")
    sheet = render_cheat_sheet(
        questions,
        config["extra"]["clusters"],
        nav_pages(config["nav"]),
        page.file.src_uri,
    )
    return MARKER_LINE_RE.sub(lambda _: sheet, markdown)
