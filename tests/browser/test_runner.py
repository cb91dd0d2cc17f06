"""The example runner in real Chromium: every example's output, editing, Stop, caps."""

from __future__ import annotations

import gzip
import statistics
import time

import pytest
import snippet_harness
from playwright.sync_api import expect
from runtimes import pyodide_version

from . import reader
from .reader import (
    blocks,
    button,
    data_attribute,
    examples,
    lines,
    output,
    run,
    set_code,
    show,
    status,
    wait_idle,
    wait_running,
)
from .site_server import (
    CHROMIUM_ARGS,
    PYODIDE_RUNTIME,
    SOURCE,
    browser_path,
    built_site,
    guard,
    runnable_pages,
    wait_enhanced,
    watch_only,
)

pytestmark = pytest.mark.browser


def first_page() -> str:
    """The first page whose examples are plain ones (an exercise's adds Check)."""
    site = built_site()
    return next(
        page
        for page in runnable_pages()
        if "data-exercise" not in (site / page / "index.html").read_text("utf-8")
    )


@pytest.fixture
def playground(pool):
    """The first example of a page of its own, for tests that change its code."""
    page = pool.get(first_page(), tab="playground")
    block = blocks(page).first
    show(block)
    wait_idle(block)  # a test before may have left it stopping
    yield block
    if button(block, "Stop").get_attribute("aria-disabled") == "false":
        button(block, "Stop").click()
        wait_idle(block)


def diff(want: list[str], got: list[str]) -> str:
    """Expected and actual output side by side; `!` marks the lines that differ."""
    rows = []
    for index in range(max(len(want), len(got))):
        w = want[index] if index < len(want) else None
        g = got[index] if index < len(got) else None
        same = None not in (w, g) and snippet_harness.line_matches(w, g)
        rows.append(f"{'  ' if same else '! '}want {w!r}\n  got  {g!r}")
    return "\n".join(rows)


def test_the_site_has_runnable_examples():
    assert examples(), "no page of the built site has a div[data-runnable]"


@pytest.mark.parametrize("example", examples(), ids=str)
def test_example_prints_its_expected_output(pool, example):
    source = (SOURCE / "snippets" / example.snippet).read_text("utf-8")
    snippet = snippet_harness.load(f"snippets/{example.snippet}", source)
    reason = snippet_harness.skip_reason(snippet, PYODIDE_RUNTIME)
    if reason:
        pytest.skip(reason)
    want = snippet_harness.expected_lines(
        snippet.sections[example.section], PYODIDE_RUNTIME
    )
    block = blocks(pool.get(example.page)).nth(example.index)
    assert block.get_attribute("data-section") == example.section
    show(block)
    state, text = run(block)
    got = lines(text)
    assert len(got) == len(want) and all(
        snippet_harness.line_matches(w, g) for w, g in zip(want, got, strict=True)
    ), f"{example}: output differs\n{diff(want, got)}"
    assert state == "Finished.", f"{example}: {state}\n{text}"


def test_edit_run_and_reset(playground):
    original = playground.get_by_role("textbox").text_content()
    playground.get_by_role("textbox").click()
    page = playground.page
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type('print("edited", 6 * 7)')
    state, text = run(playground)
    assert (state, text) == ("Finished.", "edited 42\n")
    button(playground, "Reset").click()
    expect(playground.get_by_role("textbox")).to_have_text(original)
    assert "edited" not in playground.get_by_role("textbox").text_content()


def test_copy_puts_the_edited_code_on_the_clipboard(playground):
    page = playground.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    set_code(playground, "print('copy me')")
    button(playground, "Copy").click()
    expect(playground.get_by_role("status")).to_have_text(
        "Code copied to the clipboard."
    )
    assert page.evaluate("navigator.clipboard.readText()") == "print('copy me')"


def test_each_run_starts_from_a_clean_namespace(playground):
    set_code(playground, "leftover = 1\nprint(__name__)")
    assert run(playground) == ("Finished.", "__main__\n")
    set_code(playground, "print('leftover' in globals())")
    assert run(playground) == ("Finished.", "False\n")


def test_a_page_that_shares_its_namespace_keeps_names_between_runs(playground):
    # What hooks/runnable_snippets.py emits for front matter `examples: shared`.
    with data_attribute(playground, "namespace", "page"):
        set_code(playground, "shared_name = 41")
        assert run(playground) == ("Finished.", "")
        set_code(playground, "print(shared_name + 1, __name__)")
        assert run(playground) == ("Finished.", "42 __main__\n")
    set_code(playground, "print('shared_name' in globals())")
    assert run(playground) == ("Finished.", "False\n")  # the default: a fresh one


def timed_stop(block, code: str, label: str) -> float:
    latency = reader.stop_runaway(block, code)
    print(f"\nStop latency, {label}: {latency * 1000:.0f} ms")
    return latency


def test_stop_interrupts_and_keeps_state_when_isolated(playground):
    page = playground.page
    assert page.evaluate("crossOriginIsolated") is True
    set_code(playground, "import sys\nsys.guide_marker = 42")
    assert run(playground)[0] == "Finished."
    latency = timed_stop(playground, "while True: pass", "isolated (interrupt)")
    assert latency < 1.0, f"Stop took {latency:.2f} s"
    assert status(playground) == "Stopped."
    set_code(playground, "import sys\nprint(sys.guide_marker)")
    assert run(playground) == ("Finished.", "42\n")  # the interpreter survived


# Click Run, then Stop `delay` ms after the run is handed to the worker. At 0 the Stop
# is in the shared buffer before the worker has even read the run; a few ms later it
# lands while the runner's own Python sets the run up. Either way Python must stop the
# run without losing its state (web/guide_runner.py, _on_stop).
RUN_THEN_STOP = """(block, delay) => new Promise((resolve) => {
  const find = (name) =>
    [...block.querySelectorAll("button")].find((node) => node.textContent === name);
  const status = block.querySelector("[role=status]");
  const started = new MutationObserver(() => {
    if (!status.textContent.startsWith("Running")) return;
    started.disconnect();
    setTimeout(() => resolve(find("Stop").click()), delay);
  });
  started.observe(status, { childList: true, characterData: true, subtree: true });
  find("Run").click();
})"""


@pytest.mark.parametrize("delay_ms", [0, 1, 2, 5, 10, 20])
def test_stop_at_any_moment_of_a_run_keeps_state(playground, delay_ms):
    set_code(playground, "import sys\nsys.guide_marker = 42")
    assert run(playground)[0] == "Finished."
    set_code(playground, "while True: pass")
    for attempt in range(5):
        playground.evaluate(RUN_THEN_STOP, delay_ms)
        wait_idle(playground)
        assert status(playground) == "Stopped.", (
            f"attempt {attempt + 1}; output: {output(playground)!r}"
        )
    set_code(playground, "import sys\nprint(sys.guide_marker)")
    assert run(playground) == ("Finished.", "42\n")  # the interpreter survived


def test_stop_restarts_python_when_not_isolated(pool):
    page = pool.get(first_page(), mode="plain", tab="playground")
    assert page.evaluate("crossOriginIsolated") is False
    block = blocks(page).first
    show(block)
    set_code(block, "import sys\nsys.guide_marker = 42")
    assert run(block)[0] == "Finished."
    assert timed_stop(block, "while True: pass", "not isolated (restart)") < 1.0
    assert "Python was restarted" in status(block)
    set_code(block, "import sys\nprint(getattr(sys, 'guide_marker', 'gone'))")
    assert run(block) == ("Finished.", "gone\n")


def test_stop_restarts_python_when_the_interrupt_is_not_taken(playground):
    """time.sleep() blocks in C and never sees the interrupt: Stop still works."""
    code = "import time\ntime.sleep(60)"
    assert timed_stop(playground, code, "isolated, blocked in C (restart)") < 2.5
    assert "Python was restarted" in status(playground)
    set_code(playground, "print('alive')")
    assert run(playground) == ("Finished.", "alive\n")


@pytest.mark.parametrize(
    ("code", "last_line"),
    [
        (
            "import asyncio\n\nasync def main():\n    await asyncio.sleep(0.01)\n"
            "    print('async ok')\n\nasyncio.run(main())",
            "async ok",
        ),
        ("input('name? ')", "EOFError: EOF when reading a line"),
        ("import sys\nsys.stdout.write(b'x')", "TypeError: write() argument must"),
    ],
    ids=["asyncio-run", "input", "write-bytes"],
)
def test_runs_like_python_in_a_terminal(playground, code, last_line):
    set_code(playground, code)
    _, text = run(playground)
    assert lines(text)[-1].startswith(last_line), text
    assert "<guide-runner>" not in text  # the runner's own frames stay hidden


def test_a_run_that_changes_the_recursion_limit_leaves_the_next_alone(playground):
    set_code(playground, "import sys\nprint(sys.getrecursionlimit())")
    _, before = run(playground)
    set_code(playground, "import sys\nsys.setrecursionlimit(60)")
    assert run(playground)[0] == "Finished."
    set_code(playground, "import sys\nprint(sys.getrecursionlimit())")
    assert run(playground) == ("Finished.", before)


def test_an_example_for_a_newer_python_says_so(playground):
    # As the hook marks a snippet whose header has requires-python = ">=3.99".
    with data_attribute(playground, "requiresPython", "3.99"):
        set_code(playground, "print(1)")
        state, _ = run(playground)
    assert state == (
        "Finished. This example needs Python 3.99; the browser runs 3.14, "
        "so its output may differ."
    )


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("isolated", "Stopped: the example ran longer than 1 s."),
        ("plain", "Stopped: the example ran longer than 1 s. Python was restarted"),
    ],
)
def test_time_limit_stops_a_runaway_run(pool, mode, message):
    page = pool.get(first_page(), mode=mode, tab="playground")
    block = blocks(page).first
    show(block)
    wait_idle(block)
    # A page may set its own limit; 1 s keeps the test fast (the default is 10 s).
    with data_attribute(block, "timeLimit", "1"):
        set_code(block, "while True: pass")
        state, _ = run(block)
    assert state.startswith(message)


def test_print_flood_keeps_the_page_responsive(playground):
    page = playground.page
    set_code(playground, 'while True:\n    print("x")')
    button(playground, "Run").click()
    wait_running(playground)
    latencies = []
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        start = time.monotonic()
        page.evaluate("() => new Promise((done) => requestAnimationFrame(done))")
        latencies.append((time.monotonic() - start) * 1000)
    p95 = statistics.quantiles(latencies, n=20)[-1]
    worst = max(latencies)
    print(f"\nmain thread during a print flood: p95 {p95:.0f} ms, max {worst:.0f} ms")
    expect(playground.get_by_role("status")).to_contain_text(
        "Output truncated at 2,000 lines"
    )
    assert lines(output(playground)) == ["x"] * 2000
    assert p95 < 200, f"p95 latency {p95:.0f} ms: {sorted(latencies)}"
    button(playground, "Stop").click()
    wait_idle(playground)
    assert status(playground).startswith("Stopped.")


def test_printed_html_stays_text(playground):
    page = playground.page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    html = "<b>bold</b><img src=x onerror=alert(1)>"
    set_code(playground, f'print("{html}")')
    assert run(playground) == ("Finished.", html + "\n")
    log = playground.locator('[role="log"]')
    assert log.locator("b, img").count() == 0
    page.wait_for_timeout(200)  # an onerror handler would have fired by now
    assert dialogs == []


def test_an_exception_shows_its_traceback(playground):
    set_code(playground, "x = 1\n1 / 0")
    state, text = run(playground)
    assert state == "Finished with an error."
    assert text.splitlines() == [
        "Traceback (most recent call last):",
        '  File "<exec>", line 2, in <module>',
        "    1 / 0",
        "    ~~^~~",
        "ZeroDivisionError: division by zero",
    ]


def test_keyboard_only(playground):
    """Tab into the editor, type, Ctrl+Enter, then Escape and Tab to the buttons."""
    page = playground.page
    details = playground.locator("xpath=ancestor::details[1]")
    details.evaluate("(details) => { details.open = false; }")
    details.locator("summary").focus()  # where a keyboard reader arrives
    page.keyboard.press("Enter")  # opens the full answer
    textbox = playground.get_by_role("textbox")
    for _ in range(20):
        if textbox.evaluate("(box) => box === document.activeElement"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("Tab never reached the editor")
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("print('keys')")
    page.keyboard.press("Control+Enter")
    wait_idle(playground)
    assert (status(playground), output(playground)) == ("Finished.", "keys\n")

    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("while True: pass")
    page.keyboard.press("Control+Enter")
    wait_running(playground)
    page.keyboard.press("Escape")  # Tab indents in the editor; Escape then Tab leaves
    page.keyboard.press("Tab")
    expect(button(playground, "Run")).to_be_focused()
    page.keyboard.press("Tab")
    expect(button(playground, "Stop")).to_be_focused()
    page.keyboard.press("Enter")
    wait_idle(playground)
    assert status(playground).startswith("Stopped.")
    page.keyboard.press("Tab")
    expect(button(playground, "Reset")).to_be_focused()
    page.keyboard.press("Enter")
    assert "while True" not in textbox.text_content()


def test_instant_navigation_enhances_the_new_page(pool):
    page = pool.get("", tab="navigation")
    page.get_by_role("navigation", name="Navigation").get_by_role(
        "link", name="Core fundamentals"
    ).first.click()
    page.wait_for_url(f"**/{first_page()}")
    wait_enhanced(page)
    assert blocks(page).count() > 0
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1


def test_fits_a_phone_screen(browser, servers):
    context = guard(browser.new_context(viewport={"width": 360, "height": 740}))
    try:
        page = context.new_page()
        page.goto(servers["isolated"].url + first_page())
        wait_enhanced(page)
        block = blocks(page).first
        show(block)
        for name in ("Run", "Stop", "Reset", "Copy"):
            box = button(block, name).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360, name
            assert box["height"] >= 40, f"{name} is too small to tap"
        # Long code lines scroll inside the editor; the page never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


def test_without_javascript_the_example_is_highlighted_code(browser, servers):
    context = guard(browser.new_context(java_script_enabled=False))
    try:
        page = context.new_page()
        page.goto(servers["isolated"].url + first_page())
        block = blocks(page).first
        code = block.locator(".highlight pre code")
        expect(code).to_have_count(1)
        assert code.locator("span").count() > 0  # highlighted by Pygments
        assert block.locator(".cm-editor, button").count() == 0
        show_without_script = page.locator("details").first
        show_without_script.locator("summary").click()  # native <details> still works
        expect(code).to_be_visible()
    finally:
        context.close()


def test_second_visit_takes_pyodide_from_the_http_cache(browser, servers, tmp_path):
    # A real profile: a Playwright context is incognito, and its in-memory cache takes
    # no file as big as pyodide.asm.wasm. No routing either: routing turns the cache
    # off, so foreign requests are only recorded (the resolver refuses them anyway).
    context = watch_only(
        browser.browser_type.launch_persistent_context(
            tmp_path / "profile", executable_path=browser_path(), args=CHROMIUM_ARGS
        )
    )
    server = servers["plain"]
    wasm = f"/pyodide/v{pyodide_version()}/pyodide.asm.wasm"
    before = server.hits[wasm]
    try:
        page = context.new_page()
        for visit in (1, 2):
            page.goto(server.url + first_page())
            wait_enhanced(page)
            block = blocks(page).first
            show(block)
            start = time.monotonic()
            assert run(block)[0] == "Finished."
            print(f"\nvisit {visit}: first run {time.monotonic() - start:.1f} s")
        assert server.hits[wasm] - before == 1, "pyodide.asm.wasm was fetched twice"
    finally:
        context.close()


def test_a_failed_load_says_so_and_offers_retry(browser, servers):
    context = guard(browser.new_context())
    try:
        context.route("**/pyodide.asm.wasm", lambda route: route.abort())
        page = context.new_page()
        page.goto(servers["isolated"].url + first_page())
        wait_enhanced(page)
        block = blocks(page).first
        show(block)
        button(block, "Run").click()
        expect(block.get_by_role("status")).to_contain_text(
            "Python could not be loaded"
        )
        wait_idle(block)
        context.unroute("**/pyodide.asm.wasm")
        button(block, "Retry").click()
        expect(block.get_by_role("status")).to_contain_text("Python…")  # progress
        wait_idle(block)
        assert status(block) == "Finished."
    finally:
        context.close()


def python_start(page) -> str:
    """How the worker started Python: "snapshot", or "plain (why)" (web/worker.js)."""
    return page.evaluate("document.documentElement.dataset.pythonStart")


def test_python_starts_from_the_builds_snapshot(pool):
    page = pool.get(first_page())
    block = blocks(page).first
    show(block)
    set_code(block, "import json, sys\nprint('json' in sys.modules)")
    # The snapshot already imported json, the runner and the exercise harness.
    assert run(block) == ("Finished.", "True\n")
    assert python_start(page) == "snapshot"


CORRUPT_SNAPSHOTS = {
    "not gzip": b"not a snapshot",
    "gzip of garbage": gzip.compress(bytes(range(256)) * 4096),
    "truncated": None,  # the first 100 kB of the real file
}


@pytest.mark.parametrize("kind", CORRUPT_SNAPSHOTS)
def test_a_bad_snapshot_falls_back_to_a_plain_start(browser, servers, kind):
    snapshot = next((built_site() / "pyodide").glob("v*/snapshot-*.bin.gz"))
    body = CORRUPT_SNAPSHOTS[kind] or snapshot.read_bytes()[:100_000]
    context = guard(browser.new_context())
    try:
        context.route(
            "**/snapshot-*.bin.gz",
            lambda route: route.fulfill(body=body, content_type="application/gzip"),
        )
        page = context.new_page()
        page.goto(servers["isolated"].url + first_page())
        wait_enhanced(page)
        block = blocks(page).first
        show(block)
        set_code(block, "import time\ntime.sleep(0.01)\nprint('plain start')")
        assert run(block) == ("Finished.", "plain start\n")
        assert python_start(page).startswith("plain (the snapshot did not load: ")
    finally:
        context.close()


def test_a_missing_snapshot_falls_back_to_a_plain_start(browser, servers):
    context = guard(browser.new_context())
    try:
        context.route("**/snapshot-*.bin.gz", lambda route: route.fulfill(status=404))
        page = context.new_page()
        page.goto(servers["isolated"].url + first_page())
        wait_enhanced(page)
        block = blocks(page).first
        show(block)
        assert run(block)[0] == "Finished."  # no load error: the snapshot is optional
        assert "answered 404" in python_start(page)
    finally:
        context.close()


def test_reading_loads_no_python_and_a_resting_mouse_starts_it(browser, servers):
    server = servers["isolated"]
    wasm = f"/pyodide/v{pyodide_version()}/pyodide.asm.wasm"
    context = guard(browser.new_context())
    try:
        page = context.new_page()
        page.goto(server.url + first_page())
        wait_enhanced(page)
        block = blocks(page).first
        before = server.hits[wasm]
        show(block)  # opens its answer and scrolls to it: reading, not intent
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(1000)
        assert server.hits[wasm] == before, "Python was downloaded while reading"
        show(block)
        block.get_by_role("textbox").hover()
        deadline = time.monotonic() + 10
        while server.hits[wasm] == before and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        assert server.hits[wasm] == before + 1, "a resting mouse did not start Python"
        start = time.monotonic()
        assert run(block)[0] == "Finished."  # the run reuses the warmed-up worker
        print(f"\nfirst run after warm-up: {time.monotonic() - start:.2f} s")
        assert server.hits[wasm] == before + 1
    finally:
        context.close()


def test_service_worker_isolates_a_host_without_headers(browser, servers):
    """GitHub Pages cannot send COOP/COEP: coi-serviceworker adds them and reloads."""
    context = guard(browser.new_context())
    try:
        page = context.new_page()
        page.goto(servers["pages"].url + first_page())
        page.wait_for_function("crossOriginIsolated", timeout=15_000)
        wait_enhanced(page)
    finally:
        context.close()
