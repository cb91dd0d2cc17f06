"""The Content-Security-Policy (overrides/main.html, hooks/csp.py) blocks nothing the
site itself does.

Every page is opened twice: by a full load, and by Material's instant navigation from
the home page (a later page's inline scripts then run under the first page's policy).
Then a reader uses every feature: run, stop, check, a quiz, the progress export and
import, and search, on the GitHub Pages server, where coi-serviceworker must still make
the page cross-origin isolated. Any `securitypolicyviolation` event, console error or
uncaught page error fails the test. The built pages are checked too: one policy, first
in <head>, with no placeholder left.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from . import reader
from .site_server import all_pages, built_site, guard, wait_enhanced

pytestmark = pytest.mark.browser

# Reports every violation to the test, whichever page (or page swap) it happens on.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportViolation(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});
"""


class Problems:
    """CSP violations, console errors and page errors, in the order they happened."""

    def __init__(self, context: BrowserContext) -> None:
        self.found: list[str] = []
        context.expose_function(
            "reportViolation", lambda text: self.found.append(f"violation: {text}")
        )
        context.add_init_script(REPORT_VIOLATIONS)

    def watch(self, page: Page) -> Page:
        page.on(
            "console",
            lambda m: m.type == "error" and self.found.append(f"console: {m.text}"),
        )
        page.on("pageerror", lambda error: self.found.append(f"page error: {error}"))
        return page

    def assert_none(self, where: str) -> None:
        assert not self.found, f"{where}:\n" + "\n".join(self.found)


@pytest.fixture
def watched(browser):
    """A new context and page that record every problem (see Problems)."""
    context = guard(browser.new_context(accept_downloads=True))
    problems = Problems(context)
    page = problems.watch(context.new_page())
    yield page, problems
    context.close()


def page_urls() -> list[str]:
    return [path.removeprefix("./") for path in all_pages()]


def test_every_page_has_one_policy_first_in_head():
    site = built_site()
    pages = [*site.rglob("index.html"), site / "404.html"]
    for path in pages:
        html = path.read_text("utf-8")
        head = html[: html.index("</head>")]
        policies = re.findall(r'<meta http-equiv="Content-Security-Policy"', html)
        assert len(policies) == 1, path
        # Before every script and stylesheet, or those would escape it.
        first = head.index("Content-Security-Policy")
        assert (
            "<script" not in head[:first]
            and '<link rel="stylesheet' not in head[:first]
        ), path
        assert "'inline-script-hashes'" not in html, f"{path}: hooks/csp.py did not run"
        policy = re.search(r'Content-Security-Policy" content="([^"]*)"', html)[1]
        scripts = next(d for d in policy.split("; ") if d.startswith("script-src "))
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts


def test_every_page_loads_and_enhances_without_a_violation(watched, servers):
    page, problems = watched
    base = servers["isolated"].url
    for path in page_urls():
        page.goto(base + path)
        wait_enhanced(page)
        # Open every answer and bring every example near the viewport: the editors
        # (CodeMirror adds its styles), quizzes and progress controls are made then.
        page.evaluate(
            """async () => {
              for (const details of document.querySelectorAll("details"))
                details.open = true;
              for (const block of document.querySelectorAll("div[data-runnable]")) {
                block.scrollIntoView();
                // A frame, or 50 ms: a page Chromium does not paint gets no frames,
                // and an evaluate that waits for one would wait forever.
                await new Promise((done) => {
                  requestAnimationFrame(done);
                  setTimeout(done, 50);
                });
              }
            }"""
        )
        page.wait_for_timeout(200)
        problems.assert_none(path or "home page")


def local_sitemap(route, base: str) -> None:
    """The sitemap with the test server's URLs in place of site_url's. Material's
    instant navigation takes only links to pages in the sitemap, and keeps the port and
    path of its URLs (it copies only the protocol and host name from the page), so
    with site_url's it would load every page in full here."""
    sitemap = route.fetch().text()
    site_url = re.search(r"<loc>([^<]*)</loc>", sitemap)[1]  # the home page comes first
    route.fulfill(body=sitemap.replace(site_url, base), content_type="application/xml")


def test_instant_navigation_to_every_page_without_a_violation(watched, servers):
    page, problems = watched
    base = servers["isolated"].url
    page.context.route(base + "sitemap.xml", lambda route: local_sitemap(route, base))
    page.goto(base)
    wait_enhanced(page)
    page.evaluate("window.firstDocument = true")  # gone if a page loads in full
    for path in page_urls():
        if not path:
            continue
        # A click on a link to the page, which Material's navigation.instant takes.
        page.evaluate(
            """(url) => {
              const link = document.createElement("a");
              link.href = url;
              document.body.append(link);
              link.click();
            }""",
            base + path,
        )
        expect(page).to_have_url(base + path)
        page.wait_for_function(
            "(url) => document.querySelector('link[rel=canonical]').href.endsWith(url)",
            arg=path,
        )
        wait_enhanced(page)
        assert page.evaluate("window.firstDocument"), f"{path} loaded in full"
        # web/main.js loaded the quiz and progress code for the new page.
        if page.locator(".quiz-question").count():
            expect(page.locator(".quiz-check").first).to_be_attached()
        if page.locator(".question-progress[data-question]").count():
            expect(page.locator(".practice-toggle").first).to_be_attached()
        problems.assert_none(f"instant navigation to {path}")


def test_every_feature_works_under_the_policy(watched, servers, tmp_path):
    """On the GitHub Pages server: the service worker, then every reader feature."""
    page, problems = watched
    base = servers["pages"].url
    page.goto(base + "core-fundamentals/")
    # coi-serviceworker installs itself and reloads once: then Stop can interrupt.
    page.wait_for_function("self.crossOriginIsolated", timeout=30_000)
    wait_enhanced(page)

    block = reader.blocks(page).first
    reader.show(block)
    status, _ = reader.run(block)
    assert status.startswith("Finished"), status
    reader.stop_runaway(block, "while True:\n    pass")
    assert reader.status(block).startswith("Stopped."), reader.status(block)

    # A quiz: choose an answer, check it.
    question = page.locator(".quiz-question").first
    question.scroll_into_view_if_needed()
    question.locator('.quiz-options input[type="radio"]').first.check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".quiz-verdict")).to_be_visible()

    # Progress: mark a question, export it, clear it, import the file back.
    group = page.locator(".question-progress[data-question]").first
    group.get_by_role("button", name="Reviewed", exact=True).click()
    page.goto(base + "practice/progress/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["questions"], "nothing was exported"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear progress").click()
    page.get_by_label("Import progress from a file").set_input_files(exported)
    expect(page.locator(".progress-message")).to_contain_text("Imported your progress")

    # An exercise: Check runs the checks in the worker.
    page.goto(base + "challenges/")
    wait_enhanced(page)
    exercise = page.locator("div[data-runnable][data-exercise]").first
    reader.show(exercise)
    reader.button(exercise, "Check").click()
    reader.wait_idle(exercise)
    expect(exercise.locator(".runner__check").first).to_be_attached()

    # Search: Material's worker and its index.
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    page.keyboard.type("mutable default")
    expect(page.locator(".md-search-result__item").first).to_be_visible()

    problems.assert_none("features on the GitHub Pages server")
