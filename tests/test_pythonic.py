"""Pythonic vs non-Pythonic: both sides of every row of docs/pythonic.md must agree.

A row is a pair of files with the same name, snippets/pythonic/non_pythonic/<row>.py and
snippets/pythonic/pythonic/<row>.py. Each has one section, `example`, that defines
a function of the same name on both sides. These tests run each section exactly as the
page shows it (fresh namespace, stdout captured), take that function, and check that
both sides return equal values, or raise the same exception type, on the edge inputs in
EDGE_CASES and on inputs Hypothesis generates for some rows. Where the page says the two
sides part ways, KNOWN_DIFFERENCES proves that they do.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import snippet_harness  # tools/ is on sys.path (conftest.py)
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets" / "pythonic"
PAGE = ROOT / "docs" / "pythonic.md"
SIDES = ("non_pythonic", "pythonic")
SECTION = "example"
MIN_ROWS = 20


# --- Arguments that need set-up ----------------------------------------------------


@dataclass(frozen=True)
class File:
    """Becomes the path of a new temporary file that holds `content`."""

    content: str | bytes


@dataclass(frozen=True)
class Missing:
    """Becomes the path of a file that does not exist."""


@dataclass(frozen=True)
class Folder:
    """Becomes the path of an existing directory."""


class AlwaysEqual:
    """Claims to equal everything, None included (see the `is None` row)."""

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def __repr__(self):
        return "AlwaysEqual()"


class UserId(str):
    """A str subclass (see the isinstance row)."""


# --- The table: row -> (function name, edge-case argument tuples) ----------------

UNICODE = ["naïve", "日本", "🐍", "e\u0301"]  # the last is "é" as two code points

EDGE_CASES: dict[str, tuple[str, list[tuple]]] = {
    "enumerate": (
        "number_lines",
        [
            ([],),
            (["only"],),
            (["dup", "dup"],),
            (UNICODE,),
            (("a", "b"),),
            ("ab",),
            (iter(["x", "y"]),),
            (None,),
        ],
    ),
    "zip": (
        "price_list",
        [
            ([], []),
            (["tea"], [3]),
            (["tea", "tea"], [3, 3]),
            (["日本", "🐍"], [-1, -2.5]),
            (["tea"], []),
            ([], [1]),
            (["a", "b"], [1, 2, 3]),
            (None, None),
        ],
    ),
    "isinstance": (
        "describe",
        [
            ("",),
            ("naïve",),
            ("日本🐍",),
            (0,),
            (-7,),
            (-2.5,),
            (float("inf"),),
            (None,),
            ([],),
            (b"bytes",),
            (3 + 4j,),
        ],
    ),
    "properties": (
        "reading",
        [
            ("kitchen", 20),
            ("", 0),
            ("naïve 日本 🐍", -273.15),
            ("freezer", -273.16),
            ("freezer", -300),
            ("oven", 1e308),
            ("x", None),
            (None, 5),
        ],
    ),
    "str_join": (
        "join_tags",
        [
            ([],),
            (["one"],),
            (["dup", "dup"],),
            (UNICODE,),
            ([""],),
            (["", ""],),
            ("abc",),
            (iter(["a", "b"]),),
            ([1, 2],),
            (None,),
        ],
    ),
    "counter": (
        "count_words",
        [
            ("",),
            ("word",),
            ("a a a",),
            ("Naïve NAÏVE naïve",),
            ("日本 日本 🐍",),
            ("  spaced\tout\nover lines  ",),
            ("-1 -1 2",),
            (None,),
        ],
    ),
    "defaultdict": (
        "group_by_initial",
        [
            ([],),
            (["solo"],),
            (["dup", "dup"],),
            (["Éclair", "éclat", "日本", "🐍", "Zebra", "zoo"],),
            ([""],),
            (["-1", "-2"],),
            (None,),
        ],
    ),
    "truthiness": (
        "first_or_default",
        [
            ([],),
            ([], "default"),
            ([0],),
            ([None, 1],),
            ([-1, -2],),
            ("",),
            ("日本",),
            ((),),
            ([[], []],),
            (range(0), "empty"),
            (iter([]),),  # always truthy; both sides raise TypeError (len / [0])
            ({}, "empty"),
            ({1: "a"},),
        ],
    ),
    "is_none": (
        "fill_missing",
        [
            ([], 0),
            ([None], 0),
            ([None, None], "x"),
            ([0, "", [], False, 0.0], -1),
            (["naïve", None, "🐍"], "?"),
            ([-1, None], None),
            (None, 0),
        ],
    ),
    "with_statement": (
        "read_first_line",
        [
            (File(""),),
            (File("one line"),),
            (File("a\nb\n"),),
            (File("naïve 日本 🐍\nsecond"),),
            (File("\n\nthird"),),
            (File(b"\xff\xfe"),),
            (Missing(),),
            (Folder(),),
        ],
    ),
    "in_dict": (
        "total_price",
        [
            ({}, []),
            ({"tea": 3}, ["tea"]),
            ({"tea": 3}, ["tea", "tea", "soup"]),
            ({"日本": -5, "🐍": 2}, ["日本", "🐍", "naïve"]),
            ({None: 4}, [None]),
            ({"a": 1}, [["unhashable"]]),
        ],
    ),
    "swap": (
        "gcd",
        [
            (0, 0),
            (5, 0),
            (0, 5),
            (12, 12),
            (-12, 8),
            (12, -8),
            (-12, -8),
            (1, 10**30),
            (2**64, 2**32),
            (1.5, 0.5),
            (3, None),
            (None, 3),
        ],
    ),
    "max_key": (
        "longest_word",
        [
            ([],),
            (["solo"],),
            (["tie", "two"],),
            (["naïve", "日本語", "🐍🐍"],),
            ([""],),
            (["", "a"],),
            (iter(["a", "bb"]),),
            ("abc",),
            ([1, 2],),
            (None,),
        ],
    ),
    "f_strings": (
        "price_tag",
        [
            ("tea", 3),
            ("", 0),
            ("naïve 日本 🐍", -2.5),
            ("big", 1e21),
            ("inf", float("inf")),
            ("bool", True),
            (("a", "b"), 1),
            ("huge", 10**400),
            ("none", None),
        ],
    ),
    "path_objects": (
        "backup_name",
        [
            ("report.txt",),
            ("data/report.txt",),
            ("/var/log/archive.tar.gz",),
            ("README",),
            (".bashrc",),
            ("a//b.txt",),
            ("日本/naïve 🐍.txt",),
            ("a/b.c/d",),
            (None,),
        ],
    ),
    "data_classes": (
        "make_point",
        [
            (0, 0),
            (-1, -2),
            (1.5, -0.0),
            ("naïve", "日本"),
            (None, None),
            ([1], [1]),
            (float("inf"), 1),
        ],
    ),
    "product": (
        "seat_labels",
        [
            ([], "AB"),
            ([1], ""),
            ([1], "A"),
            ([1, 1], "AA"),
            (["日本"], ["🐍", "é"]),
            (range(-2, 0), "x"),
            (None, "A"),
            ([1], None),
        ],
    ),
    "any": (
        "has_negative",
        [
            ([],),
            ([0],),
            ([-1],),
            ([1, 1],),
            ([-0.0],),
            ([float("-inf")],),
            ([float("nan")],),
            (range(-3, 3),),
            ([-1, None],),
            ([1, None],),
            (None,),
        ],
    ),
    "for_else": (
        "pick_server",
        [
            ([], set()),
            (["a"], set()),
            (["a"], {"a"}),
            (["a", "a"], {"a"}),
            (["日本", "🐍"], {"日本"}),
            (iter(["x", "y"]), {"x"}),
            ([["unhashable"]], {"a"}),
            (None, set()),
        ],
    ),
    "eafp": (
        "read_settings",
        [
            (File(""),),
            (File("debug = true\n"),),
            (File("naïve 日本 🐍"),),
            (File(b"\xff"),),
            (Missing(),),
            (Folder(),),
        ],
    ),
    "reversed": (
        "latest_first",
        [
            ([],),
            (["one"],),
            (["dup", "dup"],),
            (UNICODE,),
            ("abc",),
            ((-1, -2),),
            (range(3),),
            (iter([1, 2]),),
            (None,),
        ],
    ),
    "comprehensions": (
        "squares_of_evens",
        [
            ([],),
            ([2],),
            ([2, 2],),
            ([-4, -3],),
            (range(-5, 6),),
            ([2.0, 3.0],),
            ([True, False],),
            (["a"],),
            (None,),
        ],
    ),
    "dict_get": (
        "greeting",
        [
            ({}, "fr"),
            ({"fr": "Bonjour"}, "fr"),
            ({"日本": "こんにちは"}, "日本"),
            ({"x": None}, "x"),
            ({"x": ""}, "x"),
            ({1: "one"}, True),
            ({}, ["unhashable"]),
        ],
    ),
    "chained_comparison": (
        "is_percentage",
        [
            (0,),
            (100,),
            (-1,),
            (101,),
            (-0.0,),
            (100.0001,),
            (float("nan"),),
            (float("inf"),),
            (True,),
            (None,),
            ("50",),
        ],
    ),
    "unpacking": (
        "split_command",
        [
            ("ls",),
            ("ls -la",),
            ("git  commit   -m",),
            ("naïve 日本 🐍",),
            ("\t cmd \n",),
            (None,),
        ],
    ),
}

# Inputs on which the page says the two sides behave differently: row -> arguments.
KNOWN_DIFFERENCES: dict[str, list[tuple]] = {
    "isinstance": [(UserId("ada"),), (True,)],  # subclasses: str, and bool of int
    "truthiness": [(None, "default")],  # len(None) raises; `not None` is True
    "is_none": [([AlwaysEqual()], "default")],  # == asks the object, `is` does not
    "f_strings": [
        ("money", Decimal("2.675")),  # % converts to float first: 2.67 vs 2.68
        ("text", "3"),  # TypeError vs ValueError
    ],
    "path_objects": [("data/",), ("",), ("./x.txt",)],  # pathlib normalises
    "product": [([1, 2], iter("AB"))],  # nested loops exhaust a one-pass iterator
    "eafp": [("bad\0name",)],  # exists() says False; open() raises ValueError
    "reversed": [({"a": 1, "b": 2},)],  # reversed() works on dicts, indexing does not
    "unpacking": [("",), ("   ",)],  # IndexError vs ValueError
    "max_key": [([None, "a"],), ([None],)],  # the loop skips None; max() calls len()
}

NAN = float("nan")  # one object, so both sides' points hold the same nan

# Inputs on which the two sides differ only on older Pythons, with the first version
# on which they agree: row -> [(arguments, (major, minor))].
DIFFERENT_UNTIL: dict[str, list[tuple[tuple, tuple[int, int]]]] = {
    # splitext("report.") takes "." as the suffix; pathlib agrees only since 3.14.
    "path_objects": [(("report.",), (3, 14))],
    # Up to 3.12 @dataclass compared tuples of fields, and (nan,) == (nan,) is True.
    "data_classes": [((NAN, 0), (3, 13))],
}


# --- Loading and running ---------------------------------------------------------


def row_files(side: str) -> set[str]:
    return {path.stem for path in (SNIPPETS / side).glob("*.py")}


def all_rows() -> list[str]:
    return sorted(row_files("non_pythonic") | row_files("pythonic") | set(EDGE_CASES))


def anchor(row: str) -> str:
    return row.replace("_", "-")


@cache
def namespace(side: str, row: str) -> tuple[dict, str]:
    """Run the row's `example` section as the page shows it; (namespace, stdout)."""
    relative = f"snippets/pythonic/{side}/{row}.py"
    snippet = snippet_harness.load(relative, (ROOT / relative).read_text("utf-8"))
    section = snippet.sections[SECTION]
    # Same source as snippet_harness.run_section: line numbers match the file.
    source = "\n" * (section.start - 1) + "\n".join(section.lines) + "\n"
    code = compile(source, relative, "exec", dont_inherit=True)
    names = {"__name__": "__main__", "__builtins__": __builtins__}
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        exec(code, names)
    return names, out.getvalue()


def function(side: str, row: str):
    name = EDGE_CASES[row][0]
    names, _ = namespace(side, row)
    assert callable(names.get(name)), f"{side}/{row}.py defines no function {name}()"
    return names[name]


def materialise(args: tuple, folder: Path) -> tuple:
    """Fresh copies of the arguments (iterators and lists get used up or changed),
    with the File/Missing/Folder markers turned into real paths inside `folder`."""
    made = []
    for index, arg in enumerate(copy.deepcopy(args)):
        if isinstance(arg, File):
            path = folder / f"file{index}.txt"
            if isinstance(arg.content, bytes):
                path.write_bytes(arg.content)
            else:
                path.write_text(arg.content, encoding="utf-8")
            arg = str(path)
        elif isinstance(arg, Missing):
            arg = str(folder / "missing.txt")
        elif isinstance(arg, Folder):
            arg = str(folder)
        made.append(arg)
    return tuple(made)


def outcome(side: str, row: str, args: tuple, folder: Path | None = None):
    """("value", result) or ("raises", exception type), with stdout kept quiet."""
    func = function(side, row)
    args = copy.deepcopy(args) if folder is None else materialise(args, folder)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return "value", func(*args)
    except Exception as exc:
        return "raises", type(exc)


def both(row: str, args: tuple, tmp_path: Path | None = None):
    results = []
    for side in SIDES:
        folder = None
        if tmp_path is not None:
            folder = tmp_path / side
            folder.mkdir(exist_ok=True)
        results.append(outcome(side, row, args, folder))
    return results


def assert_same(row: str, *args) -> None:
    non_pythonic, pythonic = both(row, args)
    assert non_pythonic == pythonic, f"{row}{args!r}: {non_pythonic} != {pythonic}"


# --- Every row is complete -------------------------------------------------------


def test_the_page_has_at_least_twenty_rows():
    assert len(all_rows()) >= MIN_ROWS


@pytest.mark.parametrize("row", all_rows())
def test_row_has_both_sides_and_edge_cases(row):
    for side in SIDES:
        path = SNIPPETS / side / f"{row}.py"
        assert path.is_file(), f"row {row!r} has no twin {path.relative_to(ROOT)}"
        snippet = snippet_harness.load(str(path), path.read_text("utf-8"))
        assert list(snippet.sections) == [SECTION], (
            f"{path.relative_to(ROOT)} must have exactly one section, {SECTION!r}"
        )
    assert row in EDGE_CASES, f"row {row!r} has no entry in EDGE_CASES"
    assert EDGE_CASES[row][1], f"row {row!r} has no edge cases"
    for side in SIDES:
        function(side, row)  # defined on both sides, under the same name


@pytest.mark.parametrize("row", all_rows())
def test_both_sides_print_the_same(row):
    outputs = [namespace(side, row)[1] for side in SIDES]
    assert outputs[0], f"{row}: the example prints nothing"
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("row", sorted(EDGE_CASES))
def test_same_result_on_edge_cases(row, tmp_path):
    for args in EDGE_CASES[row][1]:
        non_pythonic, pythonic = both(row, args, tmp_path)
        assert non_pythonic == pythonic, (
            f"{row}{args!r}: non-Pythonic {non_pythonic} != Pythonic {pythonic}"
        )


@pytest.mark.parametrize(
    ("row", "args"),
    [(row, args) for row, cases in KNOWN_DIFFERENCES.items() for args in cases],
)
def test_known_differences_are_real(row, args, tmp_path):
    """The page's caveats: here the two sides must NOT agree."""
    (kind_a, a), (kind_b, b) = both(row, args, tmp_path)
    assert kind_a != kind_b or a != b or repr(a) != repr(b)


@pytest.mark.parametrize(
    ("row", "args", "agree_since"),
    [
        (row, args, since)
        for row, cases in DIFFERENT_UNTIL.items()
        for args, since in cases
    ],
)
def test_version_dependent_differences(row, args, agree_since, tmp_path):
    """The page's caveats that depend on the version: different before, equal from."""
    (kind_a, a), (kind_b, b) = both(row, args, tmp_path)
    differ = kind_a != kind_b or a != b
    expected = sys.version_info[:2] < agree_since
    assert differ == expected, f"{row}{args!r}: {(kind_a, a)} vs {(kind_b, b)}"


def test_dataclass_eq_short_cuts_on_identity():
    """@dataclass's __eq__ says p == p even for a NaN field (an identity shortcut on
    3.13+, tuple comparison before); the hand-written __eq__ compares the fields."""
    hand_made = namespace("non_pythonic", "data_classes")[0]["Point"](NAN, 0)
    generated = namespace("pythonic", "data_classes")[0]["Point"](NAN, 0)
    assert hand_made != hand_made
    assert generated == generated


class CountingKey(str):
    """A str key that counts how often a dict hashes it, i.e. how many lookups."""

    hashes = 0

    def __hash__(self):
        CountingKey.hashes += 1
        return super().__hash__()


@pytest.mark.parametrize(
    ("language", "lookups"),
    [
        ("fr", {"non_pythonic": 2, "pythonic": 1}),
        ("de", {"non_pythonic": 1, "pythonic": 1}),
    ],
)
def test_dict_get_saves_a_lookup_only_on_hits(language, lookups):
    translations = {CountingKey("fr"): "Bonjour"}
    for side in SIDES:
        CountingKey.hashes = 0
        function(side, "dict_get")(translations, CountingKey(language))
        assert CountingKey.hashes == lookups[side], f"{side} {language!r}"


# --- The page shows every row ----------------------------------------------------


def page_text() -> str:
    return PAGE.read_text("utf-8")


def test_summary_table_links_every_row():
    linked = re.findall(r"^\| \[.*?\]\(#([\w-]+)\) \|", page_text(), re.M)
    assert len(linked) >= MIN_ROWS
    assert sorted(linked) == sorted(anchor(row) for row in all_rows())


@pytest.mark.parametrize("row", all_rows())
def test_page_shows_the_pair_under_the_row_heading(row):
    sections = re.split(r"^(?=## )", page_text(), flags=re.M)
    heading = re.compile(rf"^## .+ \{{ #{re.escape(anchor(row))} \}}$", re.M)
    found = [part for part in sections if heading.match(part)]
    assert len(found) == 1, f"no single `## ... {{ #{anchor(row)} }}` heading"
    body = found[0]
    includes = [
        body.find(f'--8<-- "pythonic/{side}/{row}.py:{SECTION}"') for side in SIDES
    ]
    assert -1 not in includes, f"section #{anchor(row)} does not include both files"
    assert includes[0] < includes[1], "the non-Pythonic tab comes first"
    assert '=== "Non-Pythonic"' in body and '=== "Pythonic"' in body


# --- Properties on generated inputs ----------------------------------------------

SETTINGS = settings(max_examples=60, deadline=None)
words = st.text(max_size=8)


@SETTINGS
@given(st.lists(words, max_size=6))
def test_property_enumerate(lines):
    assert_same("enumerate", lines)


@SETTINGS
@given(st.lists(words, max_size=5), st.lists(st.integers(), max_size=5))
def test_property_zip(names, prices):
    assert_same("zip", names, prices)  # equal or not: same list or both ValueError


@SETTINGS
@given(st.lists(words, max_size=6))
def test_property_str_join(tags):
    assert_same("str_join", tags)


@SETTINGS
@given(st.text(max_size=40))
def test_property_counter(text):
    assert_same("counter", text)


@SETTINGS
@given(st.lists(words, max_size=6))
def test_property_defaultdict(items):
    assert_same("defaultdict", items)  # empty strings: IndexError on both sides


@SETTINGS
@given(st.integers(), st.integers())
def test_property_swap(a, b):
    assert_same("swap", a, b)


@SETTINGS
@given(st.lists(words, max_size=6))
def test_property_max_key(items):
    assert_same("max_key", items)


@SETTINGS
@given(st.lists(st.integers(), max_size=4), st.text(max_size=4))
def test_property_product(rows, columns):
    assert_same("product", rows, columns)


@SETTINGS
@given(st.lists(st.integers() | st.floats(), max_size=6))
def test_property_any(numbers):
    assert_same("any", numbers)


@SETTINGS
@given(st.lists(st.integers(), max_size=6))
def test_property_reversed(events):
    assert_same("reversed", events)


@SETTINGS
@given(st.lists(st.integers(), max_size=6))
def test_property_comprehensions(numbers):
    assert_same("comprehensions", numbers)


@SETTINGS
@given(st.integers() | st.floats())
def test_property_chained_comparison(value):
    assert_same("chained_comparison", value)


@SETTINGS
@given(words, st.integers() | st.floats())
def test_property_f_strings(name, price):
    assert_same("f_strings", name, price)


@SETTINGS
@given(st.dictionaries(words, words, max_size=4), words)
def test_property_dict_get(translations, language):
    assert_same("dict_get", translations, language)


@SETTINGS
@given(st.text(max_size=20))
def test_property_unpacking(line):
    if line.split():  # an empty command is a known difference (see above)
        assert_same("unpacking", line)


part = st.text(st.sampled_from("abcXYZ09_- éñ日本🐍"), min_size=1, max_size=6)


@SETTINGS
@given(
    st.booleans(),
    st.lists(part, min_size=1, max_size=4),
    st.sampled_from(["", ".txt", ".tar.gz", ".日本"]),
)
def test_property_path_objects(absolute, parts, suffix):
    path = "/" * absolute + "/".join(parts) + suffix
    assert_same("path_objects", path)
