"""Browser benchmark: page weight before first paint, run timings, Lighthouse scores.

Called by tools/bench.py. Serves the built site from 127.0.0.1 (cross-origin isolated,
as a host that sets COOP/COEP headers) and drives Debian's Chromium with Playwright.
Prints figures only; nothing here passes or fails.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests"))  # the browser helpers import runtimes.py

from tests.browser import reader  # noqa: E402 - reuse what the browser tests do
from tests.browser.site_server import (  # noqa: E402
    CHROMIUM_ARGS,
    SiteServer,
    browser_path,
    built_site,
    runnable_pages,
    wait_enhanced,
)

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# The home page, a cluster page, the challenges page and a notebook page.
LIGHTHOUSE_PAGES = (
    "",
    "core-fundamentals/",
    "challenges/",
    "notebooks/numpy-vs-pandas/",
)
# Bytes of every response that finished before the first contentful paint.
BYTES_BEFORE_PAINT = """() => {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const nav = performance.getEntriesByType("navigation")[0];
  const early = performance.getEntriesByType("resource")
    .filter((entry) => entry.responseEnd <= paint.startTime);
  const size = (entry) => entry.transferSize || entry.encodedBodySize;
  return {
    bytes: size(nav) + early.reduce((sum, entry) => sum + size(entry), 0),
    requests: 1 + early.length,
    paint_ms: paint.startTime,
  };
}"""


def plain_material_build() -> Path:
    """The same Markdown built with plain Material: no runner script, no runner hook."""
    out = Path(tempfile.mkdtemp(prefix="guide-plain-"))
    config = ROOT / ".cache" / "mkdocs-plain.yml"
    config.parent.mkdir(exist_ok=True)
    overrides = Path(tempfile.mkdtemp(prefix="guide-plain-theme-"))  # no main.html
    shutil.copy(ROOT / "overrides" / "404.html", overrides)
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {overrides}\n"
        "extra_css: [assets/guide.css]\n"
        "extra_javascript: []\n"
        "hooks:\n"
        + "".join(
            f"  - {ROOT / 'hooks' / name}\n"
            for name in (
                "runnable_snippets.py",
                "question_meta.py",
                "verified_stamp.py",
            )
        ),
        "utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(config),
            "-d",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if done.returncode:
        raise SystemExit(f"plain Material build failed:\n{done.stderr}")
    return out


def serve(directory: Path, mode: str) -> SiteServer:
    # gzip, as GitHub Pages serves text files: page weight and Lighthouse depend on it.
    server = SiteServer(directory, mode, compress=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def first_paint(browser, url: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_function(
        "performance.getEntriesByName('first-contentful-paint').length"
    )
    figures = page.evaluate(BYTES_BEFORE_PAINT)
    context.close()
    return figures


def time_to_first_output(page, url: str) -> float:
    """Seconds from opening the page to the first example's output on screen."""
    start = time.perf_counter()
    page.goto(url)
    wait_enhanced(page)
    block = reader.blocks(page).first
    reader.show(block)
    reader.run(block)
    return time.perf_counter() - start


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def lighthouse(url: str, attempts: int = 2) -> dict:
    """Scores for one page. Lighthouse sometimes fails to record a trace of the load
    (NO_NAVSTART) on a busy machine; a second attempt usually records it."""
    for _ in range(attempts):
        scores = lighthouse_once(url)
        if "error" not in scores:
            break
    return scores


def lighthouse_once(url: str) -> dict:
    report = Path(tempfile.mkdtemp()) / "report.json"
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    done = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            "--only-categories=performance,accessibility",
            f"--chrome-flags={flags}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": browser_path()},
        timeout=300,
    )
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1:]}
    categories = json.loads(report.read_text("utf-8"))["categories"]
    shutil.rmtree(report.parent)
    return {
        name: round(category["score"] * 100) for name, category in categories.items()
    }


def lighthouse_summary(scores: dict) -> str:
    """'performance / accessibility', or the error Lighthouse gave."""
    if "error" in scores:
        return "error: " + " ".join(scores["error"])[:40]
    return f"{scores['performance']} / {scores['accessibility']}"


# Each start-up path, measured the same way in the same run: the build's memory snapshot
# (the default), and the plain start the worker falls back to (the snapshot refused).
STARTS = ("snapshot", "plain")
INTENT_MS = 1500  # how long a reader's mouse rests on an example before the click


def new_context(browser, start: str):
    context = browser.new_context()
    if start == "plain":
        context.route("**/snapshot-*.bin.gz", lambda route: route.fulfill(status=404))
    return context


def run_figures(browser, url: str, start: str) -> dict:
    """Seconds for each step a reader takes, starting Python the given way."""
    figures = {}
    context = new_context(browser, start)
    page = context.new_page()
    figures["page open to first output, cold cache"] = time_to_first_output(page, url)
    figures["page open to first output, warm cache"] = time_to_first_output(page, url)
    figures["second run on the same page"] = timed(
        lambda: reader.run(reader.blocks(page).first)
    )
    figures["recover after Stop (interrupt)"] = reader.stop_runaway(
        reader.blocks(page).first, "while True: pass"
    )
    started = page.evaluate("document.documentElement.dataset.pythonStart")
    assert started.startswith(start), f"asked for a {start} start, got {started!r}"
    # A Django example installs Django and its dependencies first (micropip).
    figures["first Django example (installs Django)"] = time_to_first_output(
        page, url.rsplit("/", 2)[0] + "/django/"
    )
    context.close()

    context = new_context(browser, start)
    page = context.new_page()
    page.goto(url)
    wait_enhanced(page)
    block = reader.blocks(page).first
    reader.show(block)
    block.get_by_role("textbox").hover()  # intent: the worker starts loading now
    page.wait_for_timeout(INTENT_MS)
    figures[f"click to output after {INTENT_MS} ms of intent"] = timed(
        lambda: reader.run(block)
    )
    context.close()
    return figures


def snapshot_sizes(site: Path) -> tuple[int, int]:
    packed = next((site / "pyodide").glob("v*/snapshot-*.bin.gz"))
    return len(gzip.decompress(packed.read_bytes())), packed.stat().st_size


def main() -> None:
    site, plain = built_site(), plain_material_build()
    isolated, plain_server = serve(site, "isolated"), serve(plain, "plain")
    page_path = "core-fundamentals/"
    assert page_path in runnable_pages()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path(), args=CHROMIUM_ARGS, headless=True
        )
        ours = first_paint(browser, isolated.url + page_path)
        theirs = first_paint(browser, plain_server.url + page_path)
        print(
            f"\nBefore first paint on /{page_path} (gzipped, as GitHub Pages serves):"
        )
        for name, figures in (("this site", ours), ("plain Material", theirs)):
            print(
                f"  {name:<15} {figures['bytes'] / 1024:8.1f} KB in "
                f"{figures['requests']:2d} requests, first paint at "
                f"{figures['paint_ms']:.0f} ms"
            )
        print(f"  ratio           {ours['bytes'] / theirs['bytes']:8.2f}x")

        runs = {
            start: run_figures(browser, isolated.url + page_path, start)
            for start in STARTS
        }
        plain_context = browser.new_context()
        plain_page = plain_context.new_page()
        plain_runner = serve(site, "plain")
        time_to_first_output(plain_page, plain_runner.url + page_path)
        restart_stop = reader.stop_runaway(
            reader.blocks(plain_page).first, "while True: pass"
        )
        plain_context.close()
        browser.close()
    raw, packed = snapshot_sizes(site)
    print(f"\nMemory snapshot: {raw / 1e6:.1f} MB, {packed / 1e6:.1f} MB gzipped")
    print("\nRunning examples (Chromium, headless), seconds:")
    print(f"  {'':<44} {'snapshot':>9} {'plain':>9}")
    for name in runs["snapshot"]:
        print(f"  {name:<44} {runs['snapshot'][name]:9.2f} {runs['plain'][name]:9.2f}")
    print(f"  recover after Stop, not isolated (restart)   {restart_stop:9.2f}")
    if LIGHTHOUSE.exists():
        # Material's own script does most of the main-thread work on a long page, so
        # each score stands beside plain Material's on the same Markdown, same run.
        print(
            "\nLighthouse (mobile defaults, simulated throttling; gzip; local server):"
        )
        print(f"  {'':<32} {'this site':>22} {'plain Material':>22}")
        for path in LIGHTHOUSE_PAGES:
            ours, theirs = (
                lighthouse_summary(lighthouse(server.url + path))
                for server in (isolated, plain_server)
            )
            print(f"  /{path:<31} {ours:>22} {theirs:>22}")
    else:
        print("\nLighthouse: not installed (npm ci installs it)")
    for server in (isolated, plain_server, plain_runner):
        server.shutdown()


if __name__ == "__main__":
    main()
