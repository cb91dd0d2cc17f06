"""Unit tests of the hooks and the snippet harness: each error names file:line."""

from __future__ import annotations

import json
import re

import pytest
import snippet_harness
from contract import question_meta, runnable
from mkdocs.exceptions import PluginError

verified_stamp = __import__("contract").load_hook("verified_stamp")
CLUSTERS = {"core": "Core language fundamentals"}
PAGE = "docs/page.md"


@pytest.fixture(autouse=True)
def fresh_registry():
    question_meta._questions.clear()
    yield
    question_meta._questions.clear()


def front(text: str) -> dict:
    return question_meta.read_front_matter(PAGE, f"---\n{text}---\n\n# Body\n")


ALSO_ASKED = '"What is that?", "`it.is()`", "IsError: it is not"'
VALID = f"""cluster: core
questions:
  - id: first-question
    title: What is it?
    level: beginner
    tags: [one, two words]
    answer: It is.
    also_asked: [{ALSO_ASKED}]
"""


def test_valid_page_yields_its_questions():
    (question,) = question_meta.validate_page(PAGE, front(VALID), CLUSTERS)
    assert question["id"] == "first-question"
    assert (question["cluster"], question["line"]) == ("core", 4)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("level: beginner", "level: expert"),
            f"{PAGE}:4: question 'first-question': unknown level 'expert'",
        ),
        (
            ("    level: beginner\n", ""),
            f"{PAGE}:4: question 'first-question' has no ['level']",
        ),
        (
            ("answer: It is.", "answer: It is.\n    badge: new"),
            f"{PAGE}:4: question 'first-question': unknown keys ['badge']",
        ),
        (
            ("id: first-question", "id: First_Question"),
            f"{PAGE}:4: question id 'First_Question' must be lowercase-with-dashes",
        ),
        (
            ("tags: [one, two words]", "tags: []"),
            f"{PAGE}:4: question 'first-question': tags must be a non-empty list",
        ),
        (
            ("    also_asked: [" + ALSO_ASKED + "]\n", ""),
            f"{PAGE}:4: question 'first-question' has no ['also_asked']",
        ),
        (
            (f"[{ALSO_ASKED}]", "What is that?"),
            f"{PAGE}:4: question 'first-question': also_asked must be a non-empty list",
        ),
        (
            (f"[{ALSO_ASKED}]", "[]"),
            f"{PAGE}:4: question 'first-question': also_asked must be a non-empty list",
        ),
        (
            ('"IsError: it is not"', '" "'),
            f"{PAGE}:4: question 'first-question': also_asked must be a non-empty list "
            "of non-empty strings",
        ),
        (
            ('"IsError: it is not"', "42"),
            f"{PAGE}:4: question 'first-question': also_asked must be a non-empty list "
            "of non-empty strings",
        ),
        (
            ('"IsError: it is not"', '"what is THAT?"'),
            f"{PAGE}:4: question 'first-question': also_asked repeats 'what is THAT?'",
        ),
        (
            ('"`it.is()`"', '"`it.is()"'),
            f"{PAGE}:4: question 'first-question': also_asked '`it.is()' has an "
            "unpaired `",
        ),
        (("cluster: core", "cluster: nope"), f"{PAGE}:2: cluster must be one of"),
        (
            ("cluster: core", "cluster: core\nauthor: me"),
            f"{PAGE}:2: unknown front matter keys: ['author']",
        ),
    ],
)
def test_bad_metadata_names_file_and_line(change, message):
    with pytest.raises(PluginError) as error:
        question_meta.validate_page(PAGE, front(VALID.replace(*change)), CLUSTERS)
    assert str(error.value).startswith(message)


def test_duplicate_id_is_refused():
    question_meta.validate_page("docs/a.md", front(VALID), CLUSTERS)
    with pytest.raises(
        PluginError,
        match=r"docs/page.md:4: duplicate question id "
        r"'first-question' \(first declared in docs/a.md\)",
    ):
        question_meta.validate_page(PAGE, front(VALID), CLUSTERS)


def test_malformed_front_matter_names_the_line():
    with pytest.raises(PluginError, match=rf"{PAGE}:4: malformed front matter"):
        front("cluster: core\nquestions:\n  - id: [unclosed\n")


def test_unterminated_front_matter_is_refused():
    with pytest.raises(PluginError, match=rf"{PAGE}:1: front matter starts"):
        question_meta.read_front_matter(PAGE, "---\ntitle: x\n# no end\n")


def test_rendered_question_has_heading_badge_tags_and_answer():
    (question,) = question_meta.validate_page(PAGE, front(VALID), CLUSTERS)
    config = {"repo_url": "https://example.org/repo"}
    markdown = question_meta.render_question(question, "core/page.md", config)
    assert markdown.startswith("## What is it? { #first-question")
    assert 'level-badge--beginner">Beginner</span>' in markdown
    assert "[two words](../tags.md#tag-two-words)" in markdown
    assert "issues/new?template=wrong-answer.yml" in markdown
    assert '!!! abstract "30-second answer"\n\n    It is.' in markdown


def test_also_asked_is_shown_under_the_question_in_its_own_section():
    """Search indexes a section from its heading to the next one: the phrasings must
    sit between the question's heading and the 30-second answer, as text."""
    (question,) = question_meta.validate_page(
        PAGE,
        front(VALID.replace('"IsError: it is not"', '"a <b> & __slots__"')),
        CLUSTERS,
    )
    config = {"repo_url": "https://example.org/repo"}
    markdown = question_meta.render_question(question, "core/page.md", config)
    shown = (
        '<p class="also-asked"><strong>Also asked as:</strong> '
        '<span class="also-asked__item">What is that?</span> · '
        '<span class="also-asked__item"><code>it.is()</code></span> · '
        '<span class="also-asked__item">a &lt;b&gt; &amp; __slots__</span></p>'
    )
    assert shown in markdown
    assert "\n#" not in markdown[: markdown.index(shown)].split("\n", 1)[1]
    assert markdown.index(shown) < markdown.index("30-second answer")


class _SearchPlugin:
    def __init__(self, fields):
        self.config = {"enabled": True, "fields": fields}


def test_search_index_gets_the_also_asked_field_on_the_question_section(tmp_path):
    (question,) = question_meta.validate_page(PAGE, front(VALID), CLUSTERS)
    question["url"] = "page/#first-question"
    index = tmp_path / "search_index.json"
    docs = [{"location": "page/", "text": "intro"}]
    docs.append({"location": "page/#first-question", "text": "body"})
    index.write_text(json.dumps({"config": {}, "docs": docs}))
    config = {"plugins": {"material/search": _SearchPlugin({"also": {"boost": 10}})}}
    question_meta.add_also_asked_field(index, config)
    page, section = json.loads(index.read_text())["docs"]
    assert "also" not in page
    assert section["also"] == "What is that? · `it.is()` · IsError: it is not"
    # A question without a section of its own, or a field mkdocs.yml does not
    # weigh, stops the build.
    question["url"] = "page/#renamed"
    with pytest.raises(PluginError, match=rf"{PAGE}:4: question 'first-question' has"):
        question_meta.add_also_asked_field(index, config)
    config = {"plugins": {"material/search": _SearchPlugin({})}}
    with pytest.raises(PluginError, match="no `also` field"):
        question_meta.add_also_asked_field(index, config)


def test_rendered_question_has_an_empty_progress_placeholder_before_the_answer():
    """web/practice/progress.js fills it; without JavaScript it shows nothing."""
    (question,) = question_meta.validate_page(PAGE, front(VALID), CLUSTERS)
    config = {"repo_url": "https://example.org/repo"}
    markdown = question_meta.render_question(question, "core/page.md", config)
    placeholder = (
        '<div class="question-progress" data-question="first-question"></div>\n\n'
    )
    assert placeholder in markdown
    assert markdown.index(placeholder) < markdown.index("30-second answer")


practice_toolbar = __import__("contract").load_hook("practice_toolbar")


class _Page:
    def __init__(self, src_uri, url):
        self.url = url
        self.file = type("File", (), {"src_uri": src_uri})()


def test_practice_toolbar_goes_under_the_title_of_a_page_with_questions():
    slot = '<div class="question-progress" data-question="q{}"></div>'
    html = "<h1>Title</h1><p>Intro</p>" + slot.format(1) + slot.format(2)
    out = practice_toolbar.on_page_content(html, _Page("core.md", "core/"), {}, None)
    toolbar = out[len("<h1>Title</h1>") : out.index("<p>Intro</p>")]
    assert toolbar.startswith('<div class="practice-toolbar">')
    assert "On this page: 0 of 2 reviewed" in toolbar
    assert 'href="../practice/progress/"' in toolbar
    assert 'data-practice="expand"' in toolbar and 'data-practice="collapse"' in toolbar


def test_practice_toolbar_leaves_pages_without_questions_alone():
    html = "<h1>Home</h1><p>No questions here</p>"
    assert (
        practice_toolbar.on_page_content(html, _Page("index.md", ""), {}, None) == html
    )


def test_practice_toolbar_refuses_a_page_with_questions_but_no_title():
    html = '<div class="question-progress" data-question="q"></div>'
    with pytest.raises(PluginError, match=r"docs/core\.md: .*# Title"):
        practice_toolbar.on_page_content(html, _Page("core.md", "core/"), {}, None)


def test_fences_are_found_with_their_lines_and_includes():
    text = (
        'intro\n\n    ```python\n    --8<-- "core/a.py:one"\n    ```\n\n~~~\nls\n~~~\n'
    )
    first, second = runnable.iter_fences(text, PAGE)
    assert (first.line, first.include["file"], first.include["section"]) == (
        3,
        "core/a.py",
        "one",
    )
    assert (second.line, second.include) == (7, None)


def test_unclosed_fence_names_the_line():
    with pytest.raises(PluginError, match=rf"{PAGE}:2: code fence is never closed"):
        runnable.iter_fences("text\n```python\nprint()\n", PAGE)


def test_stamp_names_the_verified_runtimes():
    record = {
        "runtimes": [
            {"impl": "cpython", "version": "3.11.7"},
            {"impl": "cpython", "version": "3.12.1"},
            {"impl": "pyodide", "version": "3.14.2", "pyodide": "314.0.7"},
        ]
    }
    assert verified_stamp.stamp_text(record) == (
        "Examples verified on CPython 3.11.7, 3.12.1 "
        "and Pyodide 314.0.7 (Python 3.14.2)."
    )
    assert "not verified" in verified_stamp.stamp_text(None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '# /// script\n# [tool.guide]\n# browser = "gpu"\n# ///\n',
            "x.py:1: browser = 'gpu' is not one of",
        ),
        (
            '# /// script\n# requires-python = "~=3.12"\n# ///\n',
            "x.py:1: requires-python must look like '>=3.12'",
        ),
        (
            "# --8<-- [start:a]\nprint(1)\n#>[py2] 1\n# --8<-- [end:a]\n",
            "x.py:3: unknown output variant tag [py2]",
        ),
        (
            "# --8<-- [start:a]\nx = 1\n# note\n#> 1\n# --8<-- [end:a]\n",
            "x.py:4: a `#>` line must come right after",
        ),
        ("# --8<-- [start:a]\nx = 1\n", "x.py:1: section 'a' is never ended"),
        ("# --8<-- [start:a]\nx = 1\n# --8<-- [end:b]\n", "x.py:3: [end:b] without"),
    ],
)
def test_harness_refuses_what_it_does_not_understand(text, message):
    with pytest.raises(snippet_harness.SnippetError) as error:
        snippet_harness.load("x.py", text)
    assert str(error.value).startswith(message)


def test_variant_tags_and_placeholders():
    runtime = {"impl": "pyodide", "version": [3, 14], "bits": 32}
    assert snippet_harness.tag_holds("32bit", runtime)
    assert snippet_harness.tag_holds(">=3.12", runtime)
    assert not snippet_harness.tag_holds("3.11", runtime)
    assert snippet_harness.line_matches("id: <varies> end", "id: 1407 end")
    assert not snippet_harness.line_matches("id: <varies>", "other: 1")
    assert not snippet_harness.line_matches("<varies>", "a\nb")


def _wrapped(header_text: str, shared: bool = False) -> str:
    text = f"{header_text}# --8<-- [start:one]\nprint(1)\n#> 1\n# --8<-- [end:one]\n"
    snippet = snippet_harness.load("snippets/core/a.py", text)
    (fence,) = runnable.iter_fences('```python\n--8<-- "core/a.py:one"\n```\n', PAGE)
    return "\n".join(runnable.wrap(fence, snippet, ["```python", "x", "```"], shared))


def test_runnable_snippet_gets_the_data_runnable_container():
    html = _wrapped("")
    assert html.startswith(
        '<div class="snippet" data-runnable data-snippet="core/a.py" '
        'data-section="one" markdown>'
    )
    assert "version-badge" not in html and html.endswith("</div>")


def test_a_page_with_shared_examples_marks_each_block():
    assert 'data-namespace="page"' in _wrapped("", shared=True)
    assert "data-namespace" not in _wrapped("")


def test_version_badge_and_cpython_only_note_come_from_the_header():
    header = '# /// script\n# requires-python = ">=3.12"\n# [tool.guide]\n'
    html = _wrapped(header + '# browser = "threads"\n# ///\n')
    assert 'data-cpython-only="threads"' in html and "data-runnable" not in html
    assert 'data-requires-python="3.12"' in html
    assert '<span class="version-badge">Python 3.12+</span>' in html
    assert "Runs on CPython only: it starts threads" in html


browser_runtime = __import__("contract").load_hook("browser_runtime")


def test_browser_runtime_names_what_node_modules_lacks(tmp_path):
    config = {"config_file_path": str(tmp_path / "mkdocs.yml")}
    with pytest.raises(PluginError) as error:
        browser_runtime.on_pre_build(config)
    assert "node_modules/esbuild, node_modules/codemirror" in str(error.value)
    assert "run `npm ci`" in str(error.value)


def test_browser_runtime_ships_bundle_pyodide_and_service_worker(tmp_path):
    from runtimes import ROOT, pyodide_version

    config = {"config_file_path": str(ROOT / "mkdocs.yml"), "site_dir": str(tmp_path)}
    browser_runtime.on_pre_build(config)
    browser_runtime.on_post_build(config)
    runner = tmp_path / "assets" / "runner"
    assert (runner / "main.js").is_file() and (runner / "worker.js").is_file()
    assert (runner / "main.css").is_file(), "one stylesheet: runner, quiz, practice"
    assert list(runner.glob("quiz-*.js")) and list(runner.glob("practice-*.js")), (
        "quiz and practice code should be chunks loaded on the pages that use them"
    )
    assert list(runner.glob("editor-*.js")), "CodeMirror should be a separate chunk"
    shipped = tmp_path / "pyodide" / f"v{pyodide_version()}"
    snapshots = [p.name for p in shipped.glob("snapshot-*.bin.gz")]
    assert len(snapshots) == 1, f"one memory snapshot beside Pyodide, not {snapshots}"
    assert sorted(p.name for p in shipped.iterdir()) == sorted(
        [*browser_runtime.PYODIDE_FILES, *snapshots]
    )
    assert (tmp_path / "coi-serviceworker.js").is_file()


csp = __import__("contract").load_hook("csp")
notebook_styles = __import__("contract").load_hook("notebook_styles")


def test_csp_hash_is_base64_sha256_of_the_script_text():
    # `printf 'init()' | openssl dgst -sha256 -binary | base64`
    assert csp.source_hash("init()") == (
        "'sha256-w4ujnOpjBoH2vcasx+reJRUwYivG8Q3afx/XevGJod8='"
    )
    assert csp.source_hash("a\r\nb") == csp.source_hash("a\nb")


def test_csp_allows_every_inline_script_of_the_site_on_every_page(tmp_path):
    policy = (
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"script-src 'self' 'inline-script-hashes'\">"
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        f"<head>{policy}<script>one()</script><script src=x.js></script></head>"
    )
    (tmp_path / "a" / "index.html").write_text(
        f'<head>{policy}</head><script type="text/x-mathjax-config">two()</script>'
    )
    csp.on_post_build({"site_dir": str(tmp_path)})
    both = f"{csp.source_hash('one()')} {csp.source_hash('two()')}"
    for page in (tmp_path / "index.html", tmp_path / "a" / "index.html"):
        html = page.read_text()
        assert f"script-src 'self' {both}\"" in html, html
    assert csp.source_hash("") not in both  # the script with src= is not inline


def test_csp_fails_the_build_for_a_page_without_the_policy(tmp_path):
    (tmp_path / "index.html").write_text("<head><script>one()</script></head>")
    with pytest.raises(PluginError, match="no Content-Security-Policy"):
        csp.on_post_build({"site_dir": str(tmp_path)})


class _Page:
    def __init__(self, src_uri: str, url: str) -> None:
        self.file = type("File", (), {"src_uri": src_uri})()
        self.url = url


def test_notebook_styles_move_to_one_shared_file(tmp_path):
    page = (
        "<head><link rel=stylesheet href=m.css></head><body>"
        '<style type="text/css">\n@charset "UTF-8";.a{color:red}</style>\n'
        "<p>cell</p><style>.b{}</style></body>"
    )
    notebook_styles.on_pre_build({})
    out = [
        notebook_styles.on_post_page(page, _Page(f"notebooks/{n}.ipynb", url), {})
        for n, url in (("one", "notebooks/one/"), ("two", "notebooks/two/"))
    ]
    assert "<style" not in out[0] and out[0] == out[1]  # both link the same file
    link = re.search(r'<link rel="stylesheet" href="([^"]+)">\n<p>cell', out[0])
    assert link, out[0]
    assert link[1].startswith("../../assets/notebooks/notebook-")
    notebook_styles.on_post_build({"site_dir": str(tmp_path)})
    (sheet,) = (tmp_path / "assets" / "notebooks").iterdir()
    assert sheet.name == link[1].rsplit("/", 1)[1]
    assert sheet.read_text() == (
        '@charset "UTF-8";\n\n@charset "UTF-8";.a{color:red}\n.b{}'
    )
    # A Markdown page keeps its styles; a notebook without any fails loudly.
    md = notebook_styles.on_post_page(page, _Page("index.md", ""), {})
    assert md == page
    with pytest.raises(PluginError, match="no <style> block"):
        notebook_styles.on_post_page("<p></p>", _Page("n.ipynb", "n/"), {})
