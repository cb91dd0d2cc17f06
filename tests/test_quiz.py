"""The quizzes (hooks/quiz.py): the key is real output, and bad quizzes stop the build.

Also the build-only packages: a snippet may depend on numpy or pandas, which only the
build's Python has; the harness skips it elsewhere and the hook checks it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import snippet_harness
import yaml
from contract import load_hook, question_meta, runnable
from mkdocs.exceptions import PluginError
from runtimes import ROOT, SNIPPET_DEPS

quiz = load_hook("quiz")
MKDOCS = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
CLUSTERS = MKDOCS["extra"]["clusters"]
SNIPPETS = ROOT / "snippets"
ALLOWED = runnable.shipped_packages(SNIPPETS) | runnable.BUILD_ONLY_PACKAGES
PATH = "snippets/quiz/example.py"
QUESTIONS = {"scope-rules": {"title": "Scope rules", "page": "docs/core.md"}}


def site_questions() -> dict:
    """Every question the pages declare, as question_meta registers them."""
    question_meta._questions.clear()
    try:
        for page in sorted((ROOT / "docs").rglob("*.md")):
            path = f"docs/{page.relative_to(ROOT / 'docs').as_posix()}"
            data = question_meta.read_front_matter(path, page.read_text("utf-8"))
            question_meta.validate_page(path, data, CLUSTERS)
        return dict(question_meta._questions)
    finally:
        question_meta._questions.clear()


def cluster_pages() -> dict[str, Path]:
    """{cluster: its page}, from each page's front matter."""
    found = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        data = question_meta.read_front_matter(str(page), page.read_text("utf-8"))
        if data.get("cluster"):
            found[data["cluster"]] = page
    return found


def quiz_text(block: str, code: str = 'print("x" * 2)\n#> xx\n') -> str:
    return f"# quiz:\n{block}# --8<-- [start:one]\n{code}# --8<-- [end:one]\n"


VALID = (
    "#   tests: scope-rules\n"
    '#   wrong: ["x", "x2"]\n'
    "#   why: >-\n"
    "#     Multiplying a string repeats it.\n"
)


def load(text: str, questions: dict = QUESTIONS):
    return quiz.load_quiz(PATH, text, questions, ALLOWED)


# --- every real quiz -------------------------------------------------------------


@pytest.mark.parametrize("cluster", list(CLUSTERS))
def test_each_cluster_page_places_a_quiz_of_4_to_6_questions(cluster):
    file = SNIPPETS / quiz.quiz_file(cluster)
    assert file.is_file(), f"cluster {cluster!r} has no quiz: make {file}"
    sections = snippet_harness.load(str(file), file.read_text("utf-8")).sections
    page = cluster_pages().get(cluster)
    assert page, f"no page declares `cluster: {cluster}`"
    # A page of many exercises (more-challenges.md: ten) quizzes each one once.
    declared = question_meta.read_front_matter(str(page), page.read_text("utf-8"))
    most = max(6, len(declared.get("questions", [])))
    assert 4 <= len(sections) <= most, f"{file}: {len(sections)} questions"
    markers = [m["name"] for m in quiz.MARKER_RE.finditer(page.read_text("utf-8"))]
    assert markers == [cluster], f"{page} must place `<!-- quiz: {cluster} -->`"


def _real_quizzes():
    for file in sorted((SNIPPETS / "quiz").glob("*.py")):
        yield pytest.param(file, id=file.stem)


@pytest.mark.parametrize("file", list(_real_quizzes()))
def test_each_answer_key_is_the_real_output_of_this_python(file, monkeypatch):
    """What the build does: run every section here (the build's Python) and compare;
    the key must also be what the section really printed, line for line."""
    # Playwright's sync API (the browser tests, earlier in the same session) leaves an
    # event loop running in this thread, and Django then refuses synchronous ORM calls;
    # web/worker.js sets the same for Pyodide, whose loop always runs.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    questions = site_questions()
    text = file.read_text("utf-8")
    try:
        snippet, questions_of_quiz = quiz.load_quiz(
            f"snippets/{file.relative_to(SNIPPETS).as_posix()}",
            text,
            questions,
            ALLOWED,
        )
    except PluginError as error:
        if "which no page declares" in str(error):
            pytest.fail(f"{error} (is the page still a stub?)")
        raise
    quiz.check_output(snippet, questions_of_quiz)
    sys.path.insert(0, str(SNIPPET_DEPS))
    try:
        for question in questions_of_quiz:
            output, error = snippet_harness.run_section(
                snippet, snippet.sections[question.name]
            )
            section = snippet.sections[question.name]
            assert not error and None not in output
            printed = [
                row for _, end in section.statements for row in output.get(end, [])
            ]
            assert question.key == "\n".join(printed)
            assert question.options.count(question.key) == 1
            assert 3 <= len(question.options) <= 4
    finally:
        sys.path.remove(str(SNIPPET_DEPS))


# --- what stops the build --------------------------------------------------------


def test_a_valid_question_has_the_key_among_shuffled_options():
    snippet, (question,) = load(quiz_text(VALID))
    assert question.key == "xx"
    assert sorted(question.options) == ["x", "x2", "xx"]
    assert question.options[question.correct] == "xx"
    assert question.ask == "What does this print?"
    assert question.code == 'print("x" * 2)'  # no `#>` line: the answer is not shown
    # The same order on every build.
    assert load(quiz_text(VALID))[1][0].options == question.options
    quiz.check_output(snippet, [question])


def test_a_wrong_answer_equal_to_the_output_stops_the_build_at_its_line():
    text = quiz_text(VALID.replace('["x", "x2"]', '\n#     - "x"\n#     - "xx"'))
    with pytest.raises(PluginError) as error:
        load(text)
    assert str(error.value).startswith(
        f"{PATH}:5: wrong answer 'xx' is the real output of section 'one'"
    )


def test_an_unknown_question_id_stops_the_build_at_its_line():
    with pytest.raises(PluginError) as error:
        load(quiz_text(VALID.replace("scope-rules", "no-such-question")))
    assert str(error.value).startswith(
        f"{PATH}:2: quiz question 'one' tests 'no-such-question', which no page "
        "declares under `questions:`"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("#   why: >-\n#     Multiplying a string repeats it.\n", ""),
            ":2: quiz question 'one' has no ['why']",
        ),
        (
            ("#   why: >-\n#     Multiplying a string repeats it.\n", '#   why: ""\n'),
            ":4: `why` must be text",
        ),
        (("repeats it.", "repeats it. Twice. Here."), ":4: `why` must be one or two"),
        (('["x", "x2"]', '["x"]'), ":3: `wrong` must list 2 or 3 answers"),
        (('["x", "x2"]', '["x", "x"]'), ":3: wrong answer 'x' is listed twice"),
        (("#   tests", "#   colour: red\n#   tests"), ":2: unknown quiz keys"),
    ],
)
def test_incomplete_questions_stop_the_build(change, message):
    with pytest.raises(PluginError) as error:
        load(quiz_text(VALID.replace(*change)))
    assert str(error.value).startswith(PATH + message)


def test_a_section_without_quiz_block_or_output_or_with_variants_is_refused():
    bare = "# --8<-- [start:one]\nprint(1)\n#> 1\n# --8<-- [end:one]\n"
    with pytest.raises(PluginError, match=rf"{PATH}:1: section 'one' has no"):
        load(bare)
    with pytest.raises(PluginError, match=rf"{PATH}:7: quiz question 'one' prints"):
        load(quiz_text(VALID, "x = 1\n"))
    with pytest.raises(PluginError, match=rf"{PATH}:8: a quiz answer must be the same"):
        load(quiz_text(VALID, "print(1)\n#>[64bit] 1\n"))


def test_a_key_that_is_not_the_real_output_stops_the_build():
    snippet, questions = load(quiz_text(VALID, 'print("x" * 3)\n#> xx\n'))
    with pytest.raises(PluginError) as error:
        quiz.check_output(snippet, questions)
    assert f"{PATH}:8: output of the statement ending on line 7 differs" in str(
        error.value
    )


def test_rendered_quiz_is_plain_code_with_options_and_a_collapsed_answer():
    _, questions = load(quiz_text(VALID))
    html = quiz.render_quiz("core", questions, "other/page.md", QUESTIONS)
    assert "data-runnable" not in html and "--8<--" not in html
    assert '```python\nprint("x" * 2)\n```' in html
    assert html.count('type="radio" name="quiz-core-one"') == 3
    assert "<legend>Question 1 of 1: What does this print?</legend>" in html
    assert '<details class="quiz-answer" markdown>' in html
    assert "```text\nxx\n```" in html
    assert "Review: [Scope rules](../core.md#scope-rules)" in html


# --- build-only packages (numpy, pandas) -----------------------------------------


def header(*names: str) -> str:
    quoted = ", ".join(f'"{name}"' for name in names)
    return f"# /// script\n# dependencies = [{quoted}]\n# ///\n"


def harness_snippet(*names: str):
    text = header(*names) + "# --8<-- [start:a]\nprint(1)\n#> 1\n# --8<-- [end:a]\n"
    return snippet_harness.load("x.py", text)


def test_a_missing_unpinned_package_is_skipped_with_the_reason():
    runtime = snippet_harness.current_runtime()
    reason = snippet_harness.skip_reason(harness_snippet("no-such-pkg"), runtime)
    assert reason == (
        "needs no-such-pkg, which only the build's Python has; "
        "the build checks this file"
    )


def test_a_pinned_package_is_never_skipped():
    """A pinned package that does not import is a failure the tests must show."""
    runtime = snippet_harness.current_runtime()
    assert snippet_harness.skip_reason(harness_snippet("django"), runtime) is None


def test_numpy_and_pandas_run_in_the_builds_python():
    pytest.importorskip("pandas")
    runtime = snippet_harness.current_runtime()
    snippet = harness_snippet("numpy", "pandas")
    assert snippet_harness.skip_reason(snippet, runtime) is None
    # Twice: numpy cannot be loaded twice in a process, so it must stay loaded.
    for _ in range(2):
        assert snippet_harness.compare(snippet, snippet.sections["a"], runtime) == {
            "status": "pass",
            "message": "",
        }


def test_runnable_snippets_allows_exactly_numpy_and_pandas_unpinned(tmp_path):
    assert {"numpy", "pandas"} == runnable.BUILD_ONLY_PACKAGES
    (tmp_path / "requirements.txt").write_text("django==5.2.19\n")
    (fence,) = runnable.iter_fences('```python\n--8<-- "a.py:a"\n```\n', "p.md")
    body = "# --8<-- [start:a]\nprint(1)\n# --8<-- [end:a]\n"
    (tmp_path / "a.py").write_text(header("django", "numpy", "pandas") + body)
    runnable.load_snippet(tmp_path, fence, "p.md")
    (tmp_path / "a.py").write_text(header("scipy") + body)
    with pytest.raises(PluginError, match=r"depends on \['scipy'\], which"):
        runnable.load_snippet(tmp_path, fence, "p.md")


def test_the_hook_refuses_a_marker_for_a_missing_quiz(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets" / "quiz").mkdir(parents=True)
    (tmp_path / "snippets" / "requirements.txt").write_text("")
    config = {
        "docs_dir": str(tmp_path / "docs"),
        "extra": {"clusters": {"core": "Core"}},
        "hooks": {"q": question_meta, "r": runnable},
    }
    page = SimpleNamespace(file=SimpleNamespace(src_uri="core.md"))
    with pytest.raises(
        PluginError, match=r"body line 3: snippets/quiz/core\.py does not"
    ):
        quiz.on_page_markdown("# Core\n\n<!-- quiz: core -->\n", page, config, None)
    with pytest.raises(PluginError, match="body line 1: quiz 'nope' is not a cluster"):
        quiz.on_page_markdown("<!-- quiz: nope -->\n", page, config, None)
