"""Fill in the hashes of the inline scripts the Content-Security-Policy allows.

overrides/main.html puts a Content-Security-Policy <meta> first in every page's <head>
(GitHub Pages sends no headers, so a meta tag is the only way). Its script-src allows
scripts from the site itself and, by SHA-256 hash, the inline scripts Material (and
mkdocs-jupyter, on notebook pages) writes into the pages. Some of them differ from page
to page (Material's first script names the site root relative to the page), and
Material's instant navigation runs a later page's inline scripts under the policy of the
first page opened (and without their type, so a data block runs as a script too): so
every page allows the hashes of every inline script of the site.
After the build this hook collects them and puts them in place of PLACEHOLDER in every
page, failing the build if a page lacks the policy.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

PLACEHOLDER = "'inline-script-hashes'"  # overrides/main.html
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
SOURCE = re.compile(r"\bsrc\s*=", re.I)


def inline_scripts(html: str) -> list[str]:
    """The text of each inline <script>, whatever its type: a data block (a notebook's
    MathJax config, type="text/x-mathjax-config") runs too after Material's instant
    navigation, which re-creates each script of the new page without its type."""
    return [
        text
        for attributes, text in SCRIPT.findall(html)
        if not SOURCE.search(attributes)
    ]


def source_hash(text: str) -> str:
    """The CSP hash source of an inline script (the browser hashes the text after it
    normalised line breaks, as HTML parsing does)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


# Last: after every plugin and hook that writes pages.
@event_priority(-110)
def on_post_build(config):
    pages = sorted(Path(config["site_dir"]).rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    hashes = sorted(
        {source_hash(s) for html in texts.values() for s in inline_scripts(html)}
    )
    lacking = [str(path) for path, html in texts.items() if PLACEHOLDER not in html]
    if lacking:
        raise PluginError(
            "csp: no Content-Security-Policy from overrides/main.html in "
            + ", ".join(lacking[:5])
        )
    for path, html in texts.items():
        path.write_text(html.replace(PLACEHOLDER, " ".join(hashes)), encoding="utf-8")
