"""The practice toolbar under a cluster page's title, written into the HTML at build
time so it takes its space before the first paint: web/practice/progress.js only fills
in the reader's progress and wires the buttons. Inserting it with JavaScript moved the
whole page down once the script ran (Lighthouse: layout shift 0.095 on /challenges/).

Without JavaScript the buttons could do nothing, so a <noscript> style in
overrides/main.html hides the toolbar. (Material's `no-js` class would not do: its
script can swap it for `js` after the first paint, and the page would move then.)
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

# A question's progress slot, as hooks/question_meta.py renders it.
QUESTION_RE = re.compile(r'<div class="question-progress" data-question="[^"]+"></div>')
TITLE_END = "</h1>"

TOOLBAR = (
    '<div class="practice-toolbar">'
    '<p class="practice-summary">'
    '<span class="practice-summary__text">On this page: {count}</span>'
    ' · <a href="{progress}">Your progress</a></p>'
    '<div class="practice-buttons">'
    '<button type="button" class="md-button practice-button" data-practice="expand">'
    "Expand all answers</button>"
    '<button type="button" class="md-button practice-button" data-practice="collapse">'
    "Collapse all answers</button>"
    "</div></div>"
)


def on_page_content(html, page, config, files):
    count = len(QUESTION_RE.findall(html))
    if not count:
        return html
    if TITLE_END not in html:
        raise PluginError(
            f"docs/{page.file.src_uri}: a page with questions needs a `# Title`; "
            "the practice toolbar goes under it"
        )
    depth = page.url.count("/")
    progress = "../" * depth + "practice/progress/"
    # What web/practice/store.js describe() says for a reader with no progress yet.
    toolbar = TOOLBAR.format(count=f"0 of {count} reviewed", progress=progress)
    return html.replace(TITLE_END, TITLE_END + toolbar, 1)
