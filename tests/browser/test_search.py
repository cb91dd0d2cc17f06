"""The site's own search box lands on the question a reader searches for."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Query -> the questions a reader would accept as the answer (a broad word such as
# "memory" fits several).
QUERIES = {
    "mutable default": {"mutable-defaults"},
    "nonlocal": {"scope-rules"},
    "bytecode": {"execution-model"},
    "identity": {"equality-vs-identity"},
    "pymalloc": {"memory-management"},
    "dynamic typing": {"names-and-types"},
    "UnboundLocalError": {"scope-rules", "closures-decorators-scoping"},
    "interning": {"equality-vs-identity"},
    "pyc": {"execution-model"},
    "getrefcount": {"shared-references"},
    "default_factory": {"mutable-defaults"},
    "duck typing": {"names-and-types"},
    "GIL": {"gil"},
    "N+1": {"django-slow-queries"},
    "select_related": {"django-slow-queries"},
    "__slots__": {"memory-optimisation"},
    "MRO": {"super-and-mro"},
    "descriptor": {"descriptors"},
    "__init_subclass__": {"metaclass-registration"},
    "blueprint": {"flask-blueprints"},
    "broadcasting": {"numpy-broadcasting"},
    "ExitStack": {"context-managers"},
    "functools.wraps": {"decorators"},
    "binary search": {"binary-search"},
    "LRU": {"cache-system"},
}


@pytest.mark.parametrize(("query", "questions"), QUERIES.items())
def test_search_lands_on_the_question(pool, servers, query, questions):
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
    # The first result item shows a page's title link and its best sections: the
    # question must be among the first five links a reader sees.
    assert any(fragment in questions for _, fragment in links[:5]), (
        f"{query!r}: the first 5 result links are {links[:5]}"
    )


def result_links(page) -> list[tuple[str, str]]:
    """Each result item is a page: its title link, then its best-matching sections
    (more fold under "N more on this page"). The links a reader sees, in order."""
    return [
        (url.path, url.fragment)
        for item in page.locator(".md-search-result__item").all()
        for link in item.locator(":scope > a.md-search-result__link").all()
        if (url := urlsplit(link.get_attribute("href")))
    ]
