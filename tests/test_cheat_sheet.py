"""The cheat sheet hook: every question's 30-second answer, grouped by cluster in nav
order, each linking to its full answer; a misused marker stops the build."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from browser.site_server import built_site
from contract import load_hook, question_meta
from mkdocs.exceptions import PluginError

cheat_sheet = load_hook("cheat_sheet")
CLUSTERS = {"core": "Core language", "oop": "Objects", "web": "Web"}
SHEET = "practice/cheat-sheet.md"


def question(qid: str, cluster: str, page: str, level: str = "beginner") -> dict:
    return {
        "id": qid,
        "title": f"What is `{qid}`?",
        "level": level,
        "tags": ["t"],
        "answer": f"It is *{qid}*.\n",
        "cluster": cluster,
        "page": f"docs/{page}",
        "line": 5,
    }


QUESTIONS = [
    question("a1", "core", "core.md"),
    question("o1", "oop", "oop.md", "advanced"),
    question("a2", "core", "core.md", "intermediate"),
    question("o2", "oop", "more/oop-extra.md"),
]
# The nav puts objects before the core page: the sheet follows the nav, not mkdocs.yml's
# `extra.clusters` order and not the order the questions were read in.
NAV = [
    {"Home": "index.md"},
    {"Objects": [{"Basics": "oop.md"}, {"More": "more/oop-extra.md"}]},
    {"Core": "core.md"},
    {"Practice": [{"Cheat sheet": SHEET}]},
]


def test_nav_pages_flattens_sections_in_order():
    assert cheat_sheet.nav_pages(NAV) == [
        "index.md",
        "oop.md",
        "more/oop-extra.md",
        "core.md",
        SHEET,
    ]
    assert cheat_sheet.nav_pages(None) == []


def test_clusters_follow_the_nav_and_questions_their_pages():
    groups = cheat_sheet.group_by_cluster(
        QUESTIONS, CLUSTERS, cheat_sheet.nav_pages(NAV)
    )
    assert [(c, name, [q["id"] for q in qs]) for c, name, qs in groups] == [
        ("oop", "Objects", ["o1", "o2"]),
        ("core", "Core language", ["a1", "a2"]),
    ]


def test_rendered_sheet_has_every_answer_linking_to_its_question():
    markdown = cheat_sheet.render_cheat_sheet(
        QUESTIONS, CLUSTERS, cheat_sheet.nav_pages(NAV), SHEET
    )
    assert markdown.index("## Objects { #cluster-oop }") < markdown.index(
        "## Core language { #cluster-core }"
    )
    assert "## Web" not in markdown  # a cluster without questions is left out
    assert "### [What is `a1`?](../core.md#a1) { #a1 }" in markdown
    assert "### [What is `o2`?](../more/oop-extra.md#o2) { #o2 }" in markdown
    assert 'level-badge--advanced">Advanced</span>' in markdown
    assert "It is *a2*." in markdown
    assert markdown.count('<div class="cheat-entry" markdown>') == len(QUESTIONS)


def _config(hooks: dict) -> dict:
    return {"hooks": hooks, "extra": {"clusters": CLUSTERS}, "nav": NAV}


def _page(uri: str = SHEET):
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


@pytest.fixture
def registry():
    question_meta._questions.clear()
    question_meta._questions.update({q["id"]: dict(q) for q in QUESTIONS})
    yield {"hooks/question_meta.py": question_meta}
    question_meta._questions.clear()


def test_marker_is_replaced_and_other_pages_are_untouched(registry):
    text = "# Cheat sheet\n\nIntro.\n\n<!-- cheat-sheet -->\n"
    out = cheat_sheet.on_page_markdown(text, _page(), _config(registry), None)
    assert "<!-- cheat-sheet -->" not in out
    assert out.startswith("# Cheat sheet\n\nIntro.\n\n")
    assert out.count('class="cheat-entry"') == len(QUESTIONS)
    # A page may mention the marker in inline code, as the docs do.
    text = "Put `<!-- cheat-sheet -->` on a line of its own.\n"
    assert cheat_sheet.on_page_markdown(text, _page(), _config(registry), None) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "# Sheet\n\nSee <!-- cheat-sheet --> here.\n",
            f"docs/{SHEET}: body line 3: `<!-- cheat-sheet -->` must be alone",
        ),
        (
            "<!-- cheat-sheet -->\n\n<!-- cheat-sheet -->\n",
            f"docs/{SHEET}: `<!-- cheat-sheet -->` appears 2 times; use it once",
        ),
        (
            "<!-- cheat-sheet --> \n",
            f"docs/{SHEET}: body line 1: `<!-- cheat-sheet -->` must be alone",
        ),
    ],
)
def test_misused_marker_fails_naming_file_and_line(registry, text, message):
    with pytest.raises(PluginError) as error:
        cheat_sheet.on_page_markdown(text, _page(), _config(registry), None)
    assert str(error.value).startswith(message)


def test_marker_without_questions_or_without_question_meta_fails(registry):
    text = "<!-- cheat-sheet -->\n"
    with pytest.raises(PluginError, match=r"question_meta\.py must be registered"):
        cheat_sheet.on_page_markdown(text, _page(), _config({}), None)
    question_meta._questions.clear()
    with pytest.raises(PluginError, match="no page declares any question"):
        cheat_sheet.on_page_markdown(text, _page(), _config(registry), None)


class _Sheet(HTMLParser):
    """(cluster section id, question id, link) for each entry of the built page."""

    def __init__(self):
        super().__init__()
        self.entries: list[tuple[str, str, str]] = []
        self.section = None
        self.heading = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "h2":
            self.section = values.get("id")
        elif tag == "h3":
            self.heading = values.get("id")
        elif tag == "a" and self.heading and values.get("class") != "headerlink":
            self.entries.append((self.section, self.heading, values["href"]))
            self.heading = None


def test_built_cheat_sheet_lists_every_question_under_its_cluster():
    site = built_site()
    data = json.loads((site / "questions.json").read_text("utf-8"))
    html = (site / "practice" / "cheat-sheet" / "index.html").read_text("utf-8")
    parser = _Sheet()
    parser.feed(html[html.index('<div class="cheat-sheet">') :])
    entries = {qid: (section, href) for section, qid, href in parser.entries}
    assert len(entries) == len(parser.entries) == len(data["questions"])
    for q in data["questions"]:
        section, href = entries[q["id"]]
        assert section == f"cluster-{q['cluster']}", q["id"]
        assert href == f"../../{q['url']}", q["id"]  # the page is practice/cheat-sheet/
    # One section per cluster, named as in mkdocs.yml, each cluster in one piece.
    sections = [section for section, _, _ in parser.entries]
    runs = [s for i, s in enumerate(sections) if not i or s != sections[i - 1]]
    assert len(runs) == len(set(runs))
    names = re.findall(r'<h2 id="(cluster-[a-z0-9-]+)">([^<]+)<', html)
    assert names == [(c, data["clusters"][c.removeprefix("cluster-")]) for c in runs]
