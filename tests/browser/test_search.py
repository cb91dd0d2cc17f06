"""The site's own search box lands on the question a reader searches for."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

QUERIES = {
    "mutable default": "mutable-defaults",
    "nonlocal": "scope-rules",
    "bytecode": "execution-model",
    "identity": "equality-vs-identity",
    "memory": "memory-management",
    "dynamic typing": "names-and-types",
    "UnboundLocalError": "scope-rules",
    "interning": "equality-vs-identity",
    "pyc": "execution-model",
    "reference counting": "memory-management",
    "default_factory": "mutable-defaults",
    "duck typing": "names-and-types",
}


@pytest.mark.parametrize(("query", "question"), QUERIES.items())
def test_search_lands_on_the_question(pool, servers, query, question):
    page = pool.get("", tab="search")
    page.goto(servers["isolated"].url)  # a fresh search box
    page.keyboard.press("/")  # Material's shortcut, as the home page tells readers
    expect(page.get_by_role("textbox", name="Search")).to_be_focused()
    page.keyboard.type(query)
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    # Results update after each keystroke: read them until two reads agree, so a
    # prefix's results ("mutable def") are never mistaken for the query's.
    links, previous = result_links(page), None
    while links != previous:
        page.wait_for_timeout(300)
        links, previous = result_links(page), links
    assert any(
        path.endswith("/core-fundamentals/") and fragment == question
        for path, fragment in links[:3]
    ), f"{query!r}: the first 3 result links are {links[:3]}"


def result_links(page) -> list[tuple[str, str]]:
    """Each result item is a page: its title link, then its best-matching sections
    (more fold under "N more on this page"). The links a reader sees, in order."""
    return [
        (url.path, url.fragment)
        for item in page.locator(".md-search-result__item").all()
        for link in item.locator(":scope > a.md-search-result__link").all()
        if (url := urlsplit(link.get_attribute("href")))
    ]
