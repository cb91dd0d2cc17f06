"""What a reader does with an example: show it, type code, run it, read the output."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser

from playwright.sync_api import Locator, Page, expect

from .site_server import TIMEOUT_MS, built_site, runnable_pages


@dataclass(frozen=True)
class Example:
    """One runnable block of a built page; index counts the page's blocks in order."""

    page: str
    index: int
    snippet: str
    section: str

    def __str__(self) -> str:
        return f"{self.page}#{self.index}:{self.snippet}:{self.section}"


class _BlockFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "div" and "data-runnable" in attributes:
            self.found.append((attributes["data-snippet"], attributes["data-section"]))


def examples() -> list[Example]:
    found = []
    for page in runnable_pages():
        finder = _BlockFinder()
        finder.feed((built_site() / page / "index.html").read_text("utf-8"))
        found += [Example(page, i, *block) for i, block in enumerate(finder.found)]
    return found


def blocks(page: Page) -> Locator:
    return page.locator("div[data-runnable]")


def show(block: Locator) -> None:
    """Open the collapsed answer around the block, as a reader clicks its summary,
    and select the content tab it sits in (the Pythonic table's pairs), as a reader
    clicks the tab."""
    block.evaluate(
        """(block) => {
          let details = block.closest("details");
          for (; details; details = details.parentElement.closest("details"))
            details.open = true;
          let tab = block.closest(".tabbed-block");
          for (; tab; tab = tab.parentElement.closest(".tabbed-block")) {
            const index = [...tab.parentElement.children].indexOf(tab);
            const set = tab.closest(".tabbed-set");
            set.querySelectorAll(":scope > input")[index].click();
          }
        }"""
    )
    block.scroll_into_view_if_needed()
    # In view, the runner turns the block into an editor (web/runner.js).
    expect(block.get_by_role("textbox")).to_be_visible()


def button(block: Locator, name: str) -> Locator:
    return block.get_by_role("button", name=name, exact=True)


def status(block: Locator) -> str:
    return block.get_by_role("status").text_content()


def output(block: Locator) -> str:
    return block.locator('[role="log"]').text_content()


def set_code(block: Locator, code: str) -> None:
    """Replace the editor's text, as a paste would."""
    block.get_by_role("textbox").click()
    page = block.page
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.insert_text(code)
    expect(block.get_by_role("textbox")).to_have_text(code.replace("\n", ""))


def wait_idle(block: Locator, timeout: float = TIMEOUT_MS) -> float:
    """Wait until Run is enabled again; return the wait in milliseconds."""
    start = time.monotonic()
    expect(button(block, "Run")).to_have_attribute(
        "aria-disabled", "false", timeout=timeout
    )
    return (time.monotonic() - start) * 1000


def wait_running(block: Locator) -> None:
    expect(block.get_by_role("status")).to_contain_text("Running…")


def stop_runaway(block: Locator, code: str) -> float:
    """Run code that never ends, press Stop; return seconds until Run works again."""
    set_code(block, code)
    button(block, "Run").click()
    wait_running(block)
    time.sleep(0.3)  # well inside the code
    start = time.monotonic()
    button(block, "Stop").click()
    wait_idle(block)
    return time.monotonic() - start


def run(block: Locator, timeout: float = TIMEOUT_MS) -> tuple[str, str]:
    """Click Run, wait for the end; return (status, output) as the reader sees them."""
    button(block, "Run").click()
    wait_idle(block, timeout)
    return status(block), output(block)


def lines(text: str) -> list[str]:
    return text.removesuffix("\n").split("\n") if text else []


@contextmanager
def data_attribute(block: Locator, name: str, value: str) -> Iterator[None]:
    """Give the block a data-* attribute (as a hook or page would) for the duration."""
    block.evaluate("(block, [k, v]) => { block.dataset[k] = v; }", [name, value])
    try:
        yield
    finally:
        block.evaluate("(block, k) => { delete block.dataset[k]; }", name)
