"""Inject each breakage into a copy of the site; the failure must name file:line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import snippet_harness
from contract import scaffold_placeholders, unlisted_blocks, unreferenced_sections
from runtimes import (
    ROOT,
    SNIPPET_DEPS,
    all_runtimes,
    judge,
    read_files,
    run_batch,
    snippet_files,
)
from runtimes import facts as runtime_facts

PAGE = "docs/core-fundamentals.md"
COPIED = [
    "docs",
    "snippets",
    "hooks",
    "tools",
    "web",
    "overrides",
    "mkdocs.yml",
    "pyproject.toml",
]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")  # read-only use
    return tmp_path


def build(site: Path) -> str:
    """Build the copy; return the error output of a build that must fail."""
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "out"],
        cwd=site,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode != 0, "the build should have failed"
    return done.stdout + done.stderr


def edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace the first `old` in the file; return the 1-based line it was on."""
    text = path.read_text("utf-8")
    index = text.index(old)
    path.write_text(text.replace(old, new, count), "utf-8")
    return text[:index].count("\n") + 1


def first_include(site: Path) -> tuple[int, str, str]:
    """(line, file, section) of the first snippet include on the page."""
    text = (site / PAGE).read_text("utf-8")
    match = re.search(r'--8<-- "([^":]+):([\w-]+)"', text)
    return text[: match.start()].count("\n") + 1, match[1], match[2]


def test_missing_snippet_file_names_page_and_line(site):
    line, file, _ = first_include(site)
    edit(site / PAGE, f'"{file}:', '"core/no_such_file.py:')
    assert (
        f"{PAGE}:{line}: snippet file snippets/core/no_such_file.py does not exist"
        in (build(site))
    )


def test_missing_section_names_page_and_line(site):
    line, file, section = first_include(site)
    edit(site / PAGE, f'"{file}:{section}"', f'"{file}:no-such-section"')
    assert f"{PAGE}:{line}: snippets/{file} has no section 'no-such-section'" in build(
        site
    )


def test_question_without_level_names_file_and_line(site):
    line = edit(site / PAGE, "    level: ", "    difficulty: ")
    output = build(site)
    assert re.search(rf"{PAGE}:\d+: question '[\w-]+' has no \['level'\]", output), (
        output
    )
    reported = int(re.search(rf"{PAGE}:(\d+): question", output)[1])
    assert reported < line  # the line of the question entry that lacks the level


def test_unknown_level_names_file_and_line(site):
    line = edit(site / PAGE, "    level: beginner", "    level: expert")
    rows = (site / PAGE).read_text("utf-8").splitlines()[:line]
    # The error names the line of the question's `- id:` entry, above its level.
    entry = max(n for n, row in enumerate(rows, 1) if row.startswith("  - id: "))
    output = build(site)
    assert re.search(
        rf"{PAGE}:{entry}: question '[\w-]+': unknown level 'expert'", output
    ), output


def test_malformed_front_matter_names_file_and_line(site):
    line = edit(site / PAGE, "    tags: [", "    tags: [[")
    output = build(site)
    assert re.search(rf"{PAGE}:{line}: malformed front matter", output), output


def test_duplicate_question_id_names_both_places(site):
    text = (site / PAGE).read_text("utf-8")
    first_id = re.search(r"  - id: ([\w-]+)", text)[1]
    second = re.findall(r"  - id: ([\w-]+)", text)[1]
    edit(site / PAGE, f"  - id: {second}", f"  - id: {first_id}")
    assert f"duplicate question id '{first_id}'" in build(site)


def test_unreferenced_section_names_snippet_and_line(site):
    snippet = site / "snippets/core/mutable_defaults.py"
    lines = snippet.read_text("utf-8").splitlines()
    snippet.write_text(
        "\n".join(
            [
                *lines,
                "# --8<-- [start:orphan]",
                'print("x")',
                "#> x",
                "# --8<-- [end:orphan]",
                "",
            ]
        ),
        "utf-8",
    )
    assert unreferenced_sections(site) == [
        f"snippets/core/mutable_defaults.py:{len(lines) + 1}: section 'orphan' is not "
        "included by any page under docs/"
    ]


def test_unlisted_code_block_names_page_and_line(site):
    page = site / PAGE
    line = len(page.read_text("utf-8").splitlines()) + 2
    page.write_text(page.read_text("utf-8") + "\n```bash\nls -l\n```\n", "utf-8")
    problems = unlisted_blocks(site)
    assert len(problems) == 1 and problems[0].startswith(
        f"{PAGE}:{line}: code block"
    ), problems


def test_false_browser_claim_is_caught_under_pyodide(site):
    snippet = site / "snippets/core/mutable_defaults.py"
    text = snippet.read_text("utf-8")
    assert "# /// script" not in text
    claim = '# /// script\n# [tool.guide]\n# browser = "threads"\n# ///\n'
    snippet.write_text(claim + text, "utf-8")
    pyodide = next(r for r in all_runtimes() if r.id == "pyodide")
    reply = run_batch(
        pyodide, [{"path": "snippets/core/mutable_defaults.py", "text": claim + text}]
    )
    result = reply["results"][0]
    verdict, message = judge("pyodide", result, next(iter(result["sections"])))
    assert verdict == "fail"
    assert message.startswith(
        "snippets/core/mutable_defaults.py:1: header says browser"
    )


def _mutate(text: str) -> str:
    """Change exactly one character of an expected-output line, outside placeholders."""
    literal = [
        i
        for i, _ in enumerate(text)
        if not any(m.start() <= i < m.end() for m in re.finditer("<varies>", text))
    ]
    if not literal:
        return text + "§"  # an empty or all-placeholder line gains one character
    i = literal[-1]
    return text[:i] + ("§" if text[i] != "§" else "¶") + text[i + 1 :]


def _mutants() -> tuple[dict[str, list[tuple[dict, str]]], list[str]]:
    """For every `#>` line, a copy of its file with that line mutated, grouped by the
    runtime here that checks that line; plus the lines no runtime here checks.
    Only `#>` lines change, so the harness runs each file once and compares every
    mutant with that run's output."""
    present = [r for r in all_runtimes() if r.command]
    by_runtime: dict[str, list[tuple[dict, str]]] = {r.id: [] for r in present}
    unchecked = []
    for item in read_files(snippet_files()):
        snippet = snippet_harness.load(item["path"], item["text"])
        if snippet_harness.unpinned_dependencies(snippet):
            # numpy/pandas: no runtime here has them, the build does (hooks/quiz.py;
            # tests/test_quiz.py shows a wrong `#>` line stopping it).
            continue
        lines = item["text"].splitlines()
        for section in snippet.sections.values():
            for expected in (e for group in section.expected.values() for e in group):
                where = f"{item['path']}:{expected.line}"
                runtime = _runtime_for(expected, present, snippet)
                if runtime is None:
                    unchecked.append(where)
                    continue
                row = lines[expected.line - 1]
                head = (
                    row[: len(row) - len(expected.text)] if expected.text else row + " "
                )
                changed = [*lines]
                changed[expected.line - 1] = head + _mutate(expected.text)
                by_runtime[runtime].append(
                    ({"path": item["path"], "text": "\n".join(changed) + "\n"}, where)
                )
    return by_runtime, unchecked


def _runtime_for(expected, present, snippet):
    """The first runtime here on which this `#>` line is checked."""
    for runtime in present:
        facts = runtime_facts(runtime.id)
        claimed_incapable = runtime.id == "pyodide" and snippet.header.browser
        if (
            snippet_harness.applies(expected, facts)
            and not snippet_harness.skip_reason(snippet, facts)
            and not claimed_incapable
        ):
            return runtime.id
    return None


def test_changing_any_expected_output_by_one_character_fails():
    """Every `#>` line checked on some runtime here; mutating it must fail there."""
    by_runtime, _ = _mutants()
    runtimes = {r.id: r for r in all_runtimes()}
    checked = 0
    for runtime_id, mutants in by_runtime.items():
        by_path: dict[str, list[tuple[str, str]]] = {}
        for file, where in mutants:
            by_path.setdefault(file["path"], []).append((file["text"], where))
        files = [
            {
                "path": path,
                "text": (ROOT / path).read_text("utf-8"),
                "mutants": [text for text, _ in group],
            }
            for path, group in by_path.items()
        ]
        if not files:
            continue
        reply = run_batch(runtimes[runtime_id], files)
        for result in reply["results"]:
            wheres = [where for _, where in by_path[result["path"]]]
            for where, outcomes in zip(wheres, result["mutants"], strict=True):
                messages = [
                    o["message"] for o in outcomes.values() if o["status"] == "mismatch"
                ]
                assert any(m.startswith(where + ":") for m in messages), (
                    f"mutating {where} went unnoticed on {runtime_id}: {messages}"
                )
                checked += 1
    assert checked > 0


def test_every_expected_output_line_has_a_runtime_here():
    _, unchecked = _mutants()
    if unchecked:
        pytest.skip(
            f"no interpreter on this machine matches the variant tags of "
            f"{unchecked}; the CI matrix job for that version checks them"
        )


def test_scaffolded_question_fails_until_its_placeholders_are_replaced(site):
    done = subprocess.run(
        [sys.executable, "tools/new_question.py", "new-topic", PAGE],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    page, snippet = site / PAGE, site / "snippets/core/new_topic.py"
    text = page.read_text("utf-8")
    # The question goes after the page's last question, before its quiz.
    assert text.index("<!-- question: new-topic -->") < text.index("\n## Quiz")
    assert text.index("## Quiz") > max(
        m.start() for m in re.finditer("<!-- question: ", text)
    )
    # Each placeholder line fails the build, named by file and line.
    rows = text.splitlines()
    placeholder_lines = [
        f"{PAGE}:{number}:"
        for number, row in enumerate(rows, start=1)
        if "TODO" in row or "tags: [todo]" in row
    ]
    assert len(placeholder_lines) >= 6
    snippet_line = next(
        n
        for n, row in enumerate(snippet.read_text("utf-8").splitlines(), 1)
        if "TODO" in row
    )
    wanted = [*placeholder_lines, f"snippets/core/new_topic.py:{snippet_line}:"]
    output = build(site)
    for where in wanted:
        assert where in output, (where, output)
    assert "list the question's real tags" in output
    assert [p.split(" ")[0] for p in scaffold_placeholders(site)] == wanted
    # Replaced, the question builds and passes the contract.
    page.write_text(
        re.sub(r"TODO ?", "", text).replace("tags: [todo]", "tags: [functions]"),
        "utf-8",
    )
    snippet.write_text(
        "\n".join(
            row
            for row in snippet.read_text("utf-8").splitlines()
            if row[:1] != "#" or row.startswith(("#>", "# --8<--"))
        )
        + "\n",
        "utf-8",
    )
    assert scaffold_placeholders(site) == []
    loaded = snippet_harness.load(
        "snippets/core/new_topic.py", snippet.read_text("utf-8")
    )
    runtime = snippet_harness.current_runtime()
    for section in loaded.sections.values():
        assert snippet_harness.compare(loaded, section, runtime)["status"] == "pass"
    assert unreferenced_sections(site) == []
    assert unlisted_blocks(site) == []
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", "out"],
        cwd=site,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert built.returncode == 0, built.stdout + built.stderr
    questions = json.loads((site / "out/questions.json").read_text("utf-8"))[
        "questions"
    ]
    on_page = [q["id"] for q in questions if q["url"].startswith("core-fundamentals/")]
    assert on_page[-1] == "new-topic"


PAIR = """\
# --8<-- [start:total-broken]
import time

print("total", sum([1, 2, 3]))
#> total 6
print(time.perf_counter())
#> <varies>
# --8<-- [end:total-broken]

# --8<-- [start:total-fixed]
print("total", sum([1, 2, 3]))
#> total 6
print("took", 0.5)
#> <varies>
# --8<-- [end:total-fixed]
"""


def test_pair_whose_halves_print_the_same_fails_naming_file_and_line():
    reply = snippet_harness.run_batch({"files": [{"path": "x/pair.py", "text": PAIR}]})
    sections = reply["results"][0]["sections"]
    for name in ("total-broken", "total-fixed"):
        assert sections[name]["status"] == "mismatch", sections[name]
        assert sections[name]["message"].startswith(
            "x/pair.py:1: sections 'total-broken' and 'total-fixed' (line 10) print "
            "the same output"
        ), sections[name]["message"]


def test_pair_whose_halves_differ_passes():
    fixed = PAIR.replace(
        'print("total", sum([1, 2, 3]))\n#> total 6\nprint("took"',
        ('print("total", sum([1, 2, 3, 4]))\n#> total 10\nprint("took"'),
    )
    assert fixed != PAIR
    reply = snippet_harness.run_batch({"files": [{"path": "x/pair.py", "text": fixed}]})
    sections = reply["results"][0]["sections"]
    assert [s["status"] for s in sections.values()] == ["pass", "pass"], sections


@pytest.mark.parametrize(
    ("kept", "missing", "line"),
    [("total-fixed", "total-broken", 10), ("total-broken", "total-fixed", 1)],
)
def test_pair_with_a_missing_half_fails_naming_file_and_line(kept, missing, line):
    text = PAIR.replace(f"[start:{missing}]", "[start:other]").replace(
        f"[end:{missing}]", "[end:other]"
    )
    with pytest.raises(snippet_harness.SnippetError) as raised:
        snippet_harness.load("x/pair.py", text)
    assert str(raised.value) == (
        f"x/pair.py:{line}: section {kept!r} has no partner {missing!r} in this "
        "file; a broken/fixed pair needs both halves"
    )


# `make update-examples` (tools/snippet_harness.py --update): all or nothing, only the
# files and sections named, only where the output changed, never a damaged file.

TWO_SECTIONS = """\
# --8<-- [start:first]
def shout(word):
    return word.upper()


print(shout("hi"))
#> HI
# --8<-- [end:first]

# --8<-- [start:second]
print(len("four"))
#> 4
# --8<-- [end:second]
"""


def update_examples(*targets: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools/snippet_harness.py"), "--update", *targets],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SNIPPET_DEPS)},
    )


# As in snippets/quiz/senior.py, where the update used to write a second
# `#> registering job` under the decorated def (issue 16).
DECORATED = """\
# --8<-- [start:import-time]
def register(func):
    print("registering", func.__name__)
    return func


@register
def job():
    print("running job")


#> registering job


print("before call")
#> before call
job()
#> running job
# --8<-- [end:import-time]
"""


def test_update_rewrites_a_stale_file_with_exactly_the_expected_diff(tmp_path):
    stale = tmp_path / "senior.py"
    stale.write_text(DECORATED.replace("#> registering job\n", "#> registering jab\n"))
    done = update_examples("senior.py", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert stale.read_text("utf-8") == DECORATED


def test_update_places_a_missing_block_under_a_decorated_def(tmp_path):
    without = DECORATED.replace("#> registering job\n\n\n", "", 1)
    assert without.count("\n") == DECORATED.count("\n") - 3
    stale = tmp_path / "senior.py"
    stale.write_text(without)
    assert update_examples("senior.py:import-time", cwd=tmp_path).returncode == 0
    assert stale.read_text("utf-8") == without.replace(
        '\n\nprint("before call")', '\n\n#> registering job\nprint("before call")', 1
    )


def test_update_twice_changes_nothing_the_second_time(tmp_path):
    stale = tmp_path / "two.py"
    stale.write_text(TWO_SECTIONS.replace("#> HI", "#> hi").replace("#> 4", "#> 5"))
    assert update_examples("two.py", cwd=tmp_path).returncode == 0
    assert stale.read_text("utf-8") == TWO_SECTIONS
    stale.touch()
    before = stale.stat().st_mtime_ns
    again = update_examples("two.py", cwd=tmp_path)
    assert "nothing written" in again.stdout
    assert stale.stat().st_mtime_ns == before


def test_update_touches_only_the_named_section(tmp_path):
    stale = tmp_path / "two.py"
    stale.write_text(TWO_SECTIONS.replace("#> HI", "#> hi").replace("#> 4", "#> 5"))
    assert update_examples("two.py:second", cwd=tmp_path).returncode == 0
    assert stale.read_text("utf-8") == TWO_SECTIONS.replace("#> HI", "#> hi")


def test_update_writes_no_file_when_any_run_fails(tmp_path):
    stale = tmp_path / "two.py"
    stale_text = TWO_SECTIONS.replace("#> 4", "#> 5")
    stale.write_text(stale_text)
    broken = tmp_path / "broken.py"
    broken_text = (
        "# --8<-- [start:x]\nimport no_such_module_here\n\nprint(1)\n#> 2\n"
        "# --8<-- [end:x]\n"
    )
    broken.write_text(broken_text)
    done = update_examples("two.py", "broken.py", cwd=tmp_path)
    assert done.returncode == 1
    assert "no_such_module_here" in done.stdout
    assert "no file was written" in done.stdout
    assert stale.read_text("utf-8") == stale_text
    assert broken.read_text("utf-8") == broken_text


def test_update_refuses_output_it_cannot_place(tmp_path):
    threaded = tmp_path / "threaded.py"
    text = (
        "# --8<-- [start:t]\nimport threading\n\n"
        't = threading.Thread(target=print, args=("from a thread",))\n'
        "t.start()\nt.join()\n# --8<-- [end:t]\n"
    )
    threaded.write_text(text)
    done = update_examples("threaded.py", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith(
        "threaded.py:1: section 't' prints outside its top-level statements"
    ), done.stdout
    assert threaded.read_text("utf-8") == text


def test_pytest_update_examples_takes_only_the_selected_sections():
    from types import SimpleNamespace

    from conftest import update_targets

    def case(path, section):
        params = {"runtime_id": "cpython-3.11", "path": path, "section": section}
        return SimpleNamespace(
            originalname="test_snippet_output",
            callspec=SimpleNamespace(params=params),
        )

    items = [
        case("snippets/a.py", "one"),
        case("snippets/a.py", "two"),
        case("snippets/b.py", "<file>"),
        SimpleNamespace(originalname="test_other"),
    ]
    assert update_targets(items) == ["snippets/a.py:one,two", "snippets/b.py"]


def test_update_over_the_whole_tree_changes_nothing(tmp_path):
    """The committed `#>` lines are what the default CPython prints: a full update on
    a copy of the tree must leave every file byte for byte as it is."""
    for name in ("snippets", "tools"):
        shutil.copytree(ROOT / name, tmp_path / name)
    paths = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.py"))
    paths = [path for path in paths if path.startswith("snippets/")]
    before = {path: (tmp_path / path).read_bytes() for path in paths}
    done = subprocess.run(
        [sys.executable, "tools/snippet_harness.py", "--update", *paths],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SNIPPET_DEPS)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    changed = [path for path in paths if (tmp_path / path).read_bytes() != before[path]]
    assert changed == [], done.stdout


@pytest.fixture
def fresh_runtimes(monkeypatch):
    """all_runtimes() re-read with the environment the test sets, then restored."""
    from runtimes import all_runtimes as listed

    listed.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    listed.cache_clear()


@pytest.mark.parametrize("variable", ["GUIDE_RUNTIMES", "GUIDE_REQUIRE_RUNTIMES"])
def test_unknown_runtime_name_fails_listing_the_valid_names(fresh_runtimes, variable):
    from runtimes import UnknownRuntimeError, configured_versions

    fresh_runtimes.setenv(variable, "3.11,pyodide")
    with pytest.raises(UnknownRuntimeError) as raised:
        all_runtimes()
    valid = ", ".join([*(f"cpython-{v}" for v in configured_versions()), "pyodide"])
    assert str(raised.value) == (
        f"{variable} names unknown runtime(s) 3.11; valid names (comma-separated): "
        f"{valid}"
    )


def test_a_runtime_asked_for_by_name_is_required(fresh_runtimes):
    from runtimes import required_runtimes

    fresh_runtimes.setenv("GUIDE_RUNTIMES", "cpython-3.15")
    fresh_runtimes.delenv("GUIDE_REQUIRE_RUNTIMES", raising=False)
    assert [r.id for r in all_runtimes()] == ["cpython-3.15"]
    assert "cpython-3.15" in required_runtimes()


def test_pytest_stops_at_once_on_an_unknown_runtime_name():
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_snippets.py", "-q", "-k", "none"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "GUIDE_RUNTIMES": "3.11"},
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert "GUIDE_RUNTIMES names unknown runtime(s) 3.11; valid names" in (
        done.stdout + done.stderr
    )


def test_placeholders_stop_the_build_but_not_serve(tmp_path):
    from contract import load_hook
    from mkdocs.exceptions import PluginError

    hook = load_hook("scaffold_placeholders")
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets").mkdir()
    (tmp_path / "docs/page.md").write_text("# Page\n\nTODO the full answer\n")
    config = {"docs_dir": str(tmp_path / "docs")}
    hook.on_startup("serve", dirty=False)
    hook.on_pre_build(config)  # listed, not fatal: the contributor is writing it
    hook.on_startup("build", dirty=False)
    with pytest.raises(PluginError, match=r"docs/page\.md:3: scaffold placeholder"):
        hook.on_pre_build(config)


def test_make_check_finds_the_questions_a_change_touches(tmp_path):
    """tools/check_change.py: a changed line belongs to the question whose front-matter
    entry or body holds it; a changed snippet to the question that includes it."""
    import check_change

    page = tmp_path / "page.md"
    page.write_text(
        "---\ncluster: core\nquestions:\n  - id: first\n    title: A?\n"
        "  - id: second\n    title: B?\n---\n\n<!-- question: first -->\n\ntext\n\n"
        '<!-- question: second -->\n\n    --8<-- "core/b.py:demo"\n\n'
        "## Quiz\n\n<!-- quiz: core -->\n"
    )
    assert check_change.question_regions(page) == {
        "first": [(4, 5), (10, 13)],
        "second": [(6, 7), (14, 17)],
    }
    assert check_change.changed_questions(["snippets/memory/gil_threads.py"], None) == [
        "gil"
    ]


RAISES_THE_LIMIT = """\
# --8<-- [start:raise]
import sys

sys.setrecursionlimit(50)
# --8<-- [end:raise]

# --8<-- [start:read]
import sys

print(sys.getrecursionlimit() > 50)
#> True
# --8<-- [end:read]
"""


def test_a_section_that_changes_the_recursion_limit_leaves_the_next_alone():
    reply = snippet_harness.run_batch(
        {"files": [{"path": "x/limit.py", "text": RAISES_THE_LIMIT}]}
    )
    sections = reply["results"][0]["sections"]
    assert sections["read"]["status"] == "pass", sections["read"]
