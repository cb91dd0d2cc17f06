"""Benchmark: build time, time per page, page weight (and browser timings when built).

    python tools/bench.py            prints a table; nothing is asserted

Per-page time wraps MkDocs' own two per-page steps (Markdown render, template render),
so the numbers add up to what a real `mkdocs build` spends on each page.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
ASSET_RE = re.compile(r'<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"')


def timed_build(site_dir: str) -> tuple[float, dict[str, float]]:
    per_page: dict[str, float] = defaultdict(float)
    originals = mkdocs_build._populate_page, mkdocs_build._build_page

    def timing(step):
        def wrapper(page, *args, **kwargs):
            start = time.perf_counter()
            try:
                return step(page, *args, **kwargs)
            finally:
                per_page[page.file.src_uri] += time.perf_counter() - start

        return wrapper

    mkdocs_build._populate_page, mkdocs_build._build_page = map(timing, originals)
    try:
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=site_dir)
        start = time.perf_counter()
        mkdocs_build.build(config)
        return time.perf_counter() - start, dict(per_page)
    finally:
        mkdocs_build._populate_page, mkdocs_build._build_page = originals


def page_weight(site: Path, html: Path) -> tuple[int, int]:
    """Bytes of the HTML, and of the CSS/JS it links (what loads before first paint)."""
    text = html.read_text("utf-8")
    assets = 0
    for url in set(ASSET_RE.findall(text)):
        target = (html.parent / url.split("?")[0]).resolve()
        if target.is_file() and site in target.parents:
            assets += target.stat().st_size
    return len(text.encode()), assets


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with tempfile.TemporaryDirectory() as site_dir:
        total, per_page = timed_build(site_dir)
        site = Path(site_dir).resolve()
        print(f"Full build: {total:.2f} s for {len(per_page)} pages\n")
        print(f"{'page':<28} {'time':>8} {'html':>9} {'css+js':>9}")
        for uri, seconds in sorted(per_page.items(), key=lambda item: -item[1]):
            page = uri.removesuffix(".md").removesuffix(".ipynb")  # notebooks too
            html = site / (page + "/index.html")
            if uri in ("index.md", "404.md"):
                html = site / uri.replace(".md", ".html")
            html_bytes, asset_bytes = page_weight(site, html)
            print(
                f"{uri:<28} {seconds * 1000:>6.0f}ms {html_bytes / 1024:>7.1f}KB "
                f"{asset_bytes / 1024:>7.1f}KB"
            )
    import bench_browser  # after the build figures: it needs Chromium and node_modules

    bench_browser.main()


if __name__ == "__main__":
    main()
