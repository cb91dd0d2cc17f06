"""The built site: strict build, question structure, questions.json, outside loads."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser.site_server import built_site

PARTS = ("Deep dive.", "Pitfalls.", "Follow-up questions.", "References.")
# Attributes that make the browser fetch something when the page loads.
LOADING = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
}
LOADING_LINK_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "manifest",
    "prefetch",
    "preconnect",
    "dns-prefetch",
}


@pytest.fixture(scope="session")
def site() -> Path:
    return built_site()  # the strict build the browser tests use too


@pytest.fixture(scope="session")
def questions(site) -> list[dict]:
    return json.loads((site / "questions.json").read_text("utf-8"))["questions"]


class _Loads(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.ids.add(values["id"])
        for name, value in attrs:
            rel = set((values.get("rel") or "").split())
            if value and (
                (tag, name) in LOADING
                or (tag == "link" and name == "href" and rel & LOADING_LINK_RELS)
            ):
                self.urls.append(value)


def parse(path: Path) -> _Loads:
    parser = _Loads()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_no_page_loads_anything_from_outside_the_site(site):
    outside = {}
    for page in site.rglob("*.html"):
        urls = [u for u in parse(page).urls if re.match(r"^(?:[a-z]+:)?//", u, re.I)]
        if urls:
            outside[str(page.relative_to(site))] = urls
    assert outside == {}


def test_questions_json_lists_every_question_with_its_metadata(site, questions):
    assert len(questions) == len({q["id"] for q in questions}) >= 6
    for question in questions:
        assert set(question) == {
            "id",
            "title",
            "cluster",
            "level",
            "tags",
            "answer",
            "url",
        }
        assert question["level"] in ("beginner", "intermediate", "advanced")
        page, anchor = question["url"].split("#")
        assert anchor in parse(site / page / "index.html").ids, question["url"]


# The Python docs and PEPs, or the official docs of the framework a question is about.
PRIMARY_SOURCES = "|".join(
    re.escape(host)
    for host in (
        "docs.python.org",
        "peps.python.org",
        "docs.djangoproject.com",
        "flask.palletsprojects.com",
        "werkzeug.palletsprojects.com",
        "pyjwt.readthedocs.io",
        "numpy.org/doc",
        "pandas.pydata.org/docs",
    )
)


def test_each_question_has_badge_answer_and_all_parts_of_the_full_answer(
    site, questions
):
    for question in questions:
        html = (site / question["url"].split("#")[0] / "index.html").read_text("utf-8")
        start = html.index(f'id="{question["id"]}"')
        following = html.find("<h2", start + 1)
        section = html[start : following if following > 0 else None]
        assert f"level-badge--{question['level']}" in section, question["id"]
        assert "30-second answer" in section, question["id"]
        assert "<summary>Full answer</summary>" in section, question["id"]
        for part in PARTS:
            assert f"<strong>{part}</strong>" in section, (question["id"], part)
        assert "data-snippet=" in section, question["id"]
        assert "Report a problem with this answer" in section, question["id"]
        assert re.search(rf'href="https://({PRIMARY_SOURCES})', section), (
            question["id"],
            "cites no primary source",
        )


def test_tags_page_links_every_tag_to_its_questions(site, questions):
    tags_page = parse(site / "tags" / "index.html")
    html = (site / "tags" / "index.html").read_text("utf-8")
    for question in questions:
        assert f'#{question["id"]}"' in html
        for tag in question["tags"]:
            assert "tag-" + re.sub(r"[^a-z0-9]+", "-", tag).strip("-") in tags_page.ids


def test_every_page_has_edit_link_footer_stamp_and_there_is_a_404(site):
    for page in site.rglob("index.html"):
        html = page.read_text("utf-8")
        assert "/edit/main/docs/" in html, page
        assert 'class="verified-stamp"' in html, page
    assert "Page not found" in (site / "404.html").read_text("utf-8")
