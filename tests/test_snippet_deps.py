"""Framework snippets' packages: pins, wheels, the header key, and section isolation."""

from __future__ import annotations

import json
import sys
import zipfile

import pytest
import snippet_deps
import snippet_harness
from contract import load_hook
from mkdocs.exceptions import PluginError

runnable = load_hook("runnable_snippets")
browser_runtime = load_hook("browser_runtime")


def test_pins_name_the_line_of_a_bad_requirement():
    assert snippet_deps.pins("# c\nDjango==5.2.19\n") == {"django": "5.2.19"}
    with pytest.raises(snippet_deps.DepsError, match=r"requirements.txt:2: want"):
        snippet_deps.pins("flask==3.1.3\nflask>=3\n")


def _wheel(path, name, requires=()):
    with zipfile.ZipFile(path, "w") as wheel:
        meta = f"Name: {name}\nVersion: 1.0\n" + "".join(
            f"Requires-Dist: {r}\n" for r in requires
        )
        wheel.writestr(f"{name}-1.0.dist-info/METADATA", meta)
    return path


def test_only_pure_python_wheels_and_browser_markers(tmp_path):
    compiled = _wheel(tmp_path / "fast-1.0-cp311-cp311-linux_x86_64.whl", "fast")
    with pytest.raises(snippet_deps.DepsError, match="not a pure-Python wheel"):
        snippet_deps.read_wheel(compiled)
    requires = [
        "needed>=1",
        'tzdata; sys_platform == "win32"',
        "pytest; extra == 'test'",
        'typing_extensions; python_version < "3.11"',
    ]
    pure = _wheel(tmp_path / "app-1.0-py3-none-any.whl", "app", requires)
    assert snippet_deps.read_wheel(pure) == ("app", "1.0", ["needed"])


def test_every_shipped_package_has_its_dependencies_pinned():
    packages = snippet_deps.ensure()["packages"]
    for name, package in packages.items():
        assert set(package["requires"]) <= set(packages), name
        assert package["file"].endswith("-py3-none-any.whl")


def test_header_dependencies_become_data_packages():
    text = (
        '# /// script\n# dependencies = ["flask", "pyjwt"]\n# ///\n'
        "# --8<-- [start:one]\nprint(1)\n#> 1\n# --8<-- [end:one]\n"
    )
    snippet = snippet_harness.load("snippets/flask/a.py", text)
    assert snippet.header.dependencies == ["flask", "pyjwt"]
    (fence,) = runnable.iter_fences('```python\n--8<-- "flask/a.py:one"\n```\n', "p.md")
    html = "\n".join(runnable.wrap(fence, snippet, ["x"]))
    assert 'data-packages="flask pyjwt"' in html


@pytest.mark.parametrize("value", ['"django"', "[]", '["Django>=5"]'])
def test_header_dependencies_must_be_a_list_of_names(value):
    text = f"# /// script\n# dependencies = {value}\n# ///\n"
    with pytest.raises(snippet_harness.SnippetError, match=r"x\.py:1: dependencies"):
        snippet_harness.load("x.py", text)


def test_a_package_not_pinned_stops_the_build(tmp_path):
    (tmp_path / "requirements.txt").write_text("flask==3.1.3\n")
    (tmp_path / "a.py").write_text(
        '# /// script\n# dependencies = ["requests"]\n# ///\n'
        "# --8<-- [start:one]\nx = 1\n# --8<-- [end:one]\n"
    )
    (fence,) = runnable.iter_fences('```python\n--8<-- "a.py:one"\n```\n', "p.md")
    with pytest.raises(PluginError, match=r"p.md:2: snippets/a.py depends on \['requ"):
        runnable.load_snippet(tmp_path, fence, "p.md")


ISOLATION = """\
# --8<-- [start:first]
import sys
import types

sys.modules["guide_fake_package"] = types.ModuleType("guide_fake_package")
leak = 1
print(sys.modules[__name__] is sys.modules["__main__"], __name__)
#> True __main__
# --8<-- [end:first]

# --8<-- [start:second]
import sys

print("guide_fake_package" in sys.modules, "leak" in globals())
#> False False
# --8<-- [end:second]

# --8<-- [start:decorated]
def shout(func):
    print("decorating", func.__name__)
    return func


@shout
def f():
    pass
#> decorating f
# --8<-- [end:decorated]
"""


def test_sections_run_as_main_and_unload_their_packages():
    snippet = snippet_harness.load("x.py", ISOLATION)
    main = sys.modules["__main__"]
    runtime = snippet_harness.current_runtime()
    for section in snippet.sections.values():
        assert snippet_harness.compare(snippet, section, runtime)["status"] == "pass"
    assert sys.modules["__main__"] is main


def test_the_site_ships_the_wheels_and_their_manifest(tmp_path):
    from runtimes import ROOT

    config = {"config_file_path": str(ROOT / "mkdocs.yml"), "site_dir": str(tmp_path)}
    browser_runtime.on_pre_build(config)
    browser_runtime.on_post_build(config)
    wheels = tmp_path / "assets" / "wheels"
    manifest = json.loads((wheels / "manifest.json").read_text())
    assert "micropip" in manifest["packages"]
    for package in manifest["packages"].values():
        assert (wheels / package["file"]).is_file()


def test_a_free_threaded_snippet_is_not_offered_to_the_browser():
    text = (
        '# /// script\n# [tool.guide]\n# runtime = "free-threaded"\n# ///\n'
        "# --8<-- [start:one]\nprint(1)\n#> 1\n# --8<-- [end:one]\n"
    )
    snippet = snippet_harness.load("snippets/memory/a.py", text)
    (fence,) = runnable.iter_fences('```python\n--8<-- "memory/a.py:one"\n```\n', "p")
    html = "\n".join(runnable.wrap(fence, snippet, ["x"]))
    assert 'data-cpython-only="free-threaded"' in html
    assert "data-runnable" not in html and "free-threaded CPython only" in html
