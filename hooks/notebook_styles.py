"""Notebook pages share one stylesheet instead of each carrying ~600 KB of inline CSS.

mkdocs-jupyter (nbconvert's lab template) writes the same five <style> blocks into every
notebook page: Pygments colours, JupyterLab's theme and the widget styles, ~590 KB that
made each notebook page weigh 670-730 KB of HTML. This hook takes the <style> blocks out
of each notebook page, joins them (in page order, so the cascade is unchanged: no other
stylesheet sits between them) and links the result instead, at the first block's place.
The file is named after its content, so every notebook with the same styles links the
same file, which a browser then fetches once; a new mkdocs-jupyter that changes them
gets a new name, never a stale cached copy.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

STYLE = re.compile(r"<style\b[^>]*>(.*?)</style>\s*", re.S | re.I)
FOLDER = "assets/notebooks"

_sheets: dict[str, str] = {}  # site path -> CSS, written in on_post_build


def on_pre_build(config):
    _sheets.clear()  # `mkdocs serve` rebuilds in the same process


def take_styles(html: str) -> tuple[str, str, str] | None:
    """(the page before its first <style> block, the rest without any <style> block,
    the blocks' CSS joined), or None when the page has no <style> block."""
    first = STYLE.search(html)
    if first is None:
        return None
    blocks = [match.group(1) for match in STYLE.finditer(html)]
    # One block has an @charset, which counts only at the very start of a file.
    css = '@charset "UTF-8";\n' + "\n".join(blocks)
    return html[: first.start()], STYLE.sub("", html[first.start() :]), css


def on_post_page(output, page, config):
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    taken = take_styles(output)
    if taken is None:
        raise PluginError(
            f"notebook_styles: {page.file.src_uri} has no <style> block: "
            "mkdocs-jupyter changed how it writes its CSS; is this hook still needed?"
        )
    before, after, css = taken
    path = f"{FOLDER}/notebook-{hashlib.sha256(css.encode()).hexdigest()[:12]}.css"
    _sheets[path] = css
    link = f'<link rel="stylesheet" href="{get_relative_url(path, page.url)}">\n'
    return before + link + after


def on_post_build(config):
    for path, css in _sheets.items():
        target = Path(config["site_dir"]) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
