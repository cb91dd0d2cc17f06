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
from contract import unlisted_blocks, unreferenced_sections
from runtimes import ROOT, all_runtimes, judge, read_files, run_batch, snippet_files
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
    assert re.search(
        rf"{PAGE}:{line - 2}: question '[\w-]+': unknown level 'expert'", build(site)
    )


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


def test_scaffolded_question_builds_and_passes(site):
    done = subprocess.run(
        [sys.executable, "tools/new_question.py", "new-topic", PAGE],
        cwd=site,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    snippet = site / "snippets/core/new_topic.py"
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
