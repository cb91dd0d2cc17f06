"""Unit tests of the hooks and the snippet harness: each error names file:line."""

from __future__ import annotations

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


VALID = """cluster: core
questions:
  - id: first-question
    title: What is it?
    level: beginner
    tags: [one, two words]
    answer: It is.
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
    assert (runner / "runner.js").is_file() and (runner / "worker.js").is_file()
    assert list(runner.glob("editor-*.js")), "CodeMirror should be a separate chunk"
    shipped = tmp_path / "pyodide" / f"v{pyodide_version()}"
    assert sorted(p.name for p in shipped.iterdir()) == sorted(
        browser_runtime.PYODIDE_FILES
    )
    assert (tmp_path / "coi-serviceworker.js").is_file()
