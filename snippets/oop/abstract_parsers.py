# --8<-- [start:abc-basics]
import textwrap
from abc import ABC, abstractmethod


class Parser(ABC):
    @abstractmethod
    def parse(self, text):
        """Turn text into a list of records."""

    @abstractmethod
    def dump(self, records):
        """Turn records back into text."""

    def roundtrip(self, text):  # concrete: every subclass inherits it
        return self.dump(self.parse(text))


def must_fail(cls):
    try:
        cls()
    except TypeError as exc:
        print(textwrap.fill(str(exc), 76))  # the wording changed in 3.12
    else:
        raise AssertionError(f"{cls.__name__}() should not be allowed")


must_fail(Parser)
#>[3.11] Can't instantiate abstract class Parser with abstract methods dump, parse
#>[>=3.12] Can't instantiate abstract class Parser without an implementation for
#>[>=3.12] abstract methods 'dump', 'parse'


class HalfDone(Parser):
    def parse(self, text):
        return text.split()


must_fail(HalfDone)
#>[3.11] Can't instantiate abstract class HalfDone with abstract method dump
#>[>=3.12] Can't instantiate abstract class HalfDone without an implementation for
#>[>=3.12] abstract method 'dump'


class WordParser(HalfDone):
    def dump(self, records):
        return " ".join(records)


print(WordParser().roundtrip("  several   spaced  words "))
#> several spaced words
print(sorted(Parser.__abstractmethods__), WordParser.__abstractmethods__)
#> ['dump', 'parse'] frozenset()
# --8<-- [end:abc-basics]

# --8<-- [start:registry]
import configparser
import csv
import io
import json
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from textwrap import shorten
from typing import ClassVar


class ParseError(ValueError):
    """The file has a known format but its content is malformed."""


class UnsupportedFormat(LookupError):
    """No parser is registered for the file's extension."""


def normalise(extension):  # "JSON", ".json" and ".Json" all mean ".json"
    return "." + extension.lower().removeprefix(".")


class Parser(ABC):
    by_extension: ClassVar[dict[str, type["Parser"]]] = {}

    def __init_subclass__(cls, /, *, extensions=(), **kwargs):
        super().__init_subclass__(**kwargs)
        for ext in map(normalise, extensions):
            if ext in Parser.by_extension:
                raise TypeError(f"{ext} is already handled by another parser")
            Parser.by_extension[ext] = cls

    @abstractmethod
    def parse(self, stream):
        """Read an open text stream; return a list of dicts."""

    @classmethod
    def for_path(cls, path):
        suffix = normalise(Path(path).suffix)
        try:
            parser_class = cls.by_extension[suffix]
        except KeyError:
            known = ", ".join(sorted(cls.by_extension))
            message = f"no parser for {suffix!r} (known: {known})"
            raise UnsupportedFormat(message) from None
        return parser_class()


class JsonParser(Parser, extensions=["JSON"]):  # registered as ".json"
    def parse(self, stream):
        try:
            data = json.load(stream)
        # JSONDecodeError is a ValueError; a plain ValueError comes from an integer
        # past sys.get_int_max_str_digits(), RecursionError from very deep nesting.
        except (ValueError, RecursionError) as exc:
            raise ParseError(f"bad JSON: {exc}") from exc
        records = [data] if isinstance(data, dict) else data
        if not isinstance(records, list) or not all(
            isinstance(record, dict) for record in records
        ):
            raise ParseError("JSON must be an object or a list of objects")
        return records


class CsvParser(Parser, extensions=[".csv"]):
    def parse(self, stream):
        try:
            return list(csv.DictReader(stream))
        except csv.Error as exc:  # every library error becomes ours
            raise ParseError(f"bad CSV: {exc}") from exc


class IniParser(Parser, extensions=[".ini", ".cfg"]):
    def parse(self, stream):
        config = configparser.ConfigParser()
        try:
            config.read_file(stream)
            # values are interpolated when read, so build the records in the try
            return [{"section": name, **config[name]} for name in config.sections()]
        except configparser.Error as exc:
            raise ParseError(f"bad INI: {str(exc).splitlines()[0]}") from exc


def load(path):
    parser = Parser.for_path(path)  # pick by extension, before opening anything
    with open(path, encoding="utf-8", newline="") as stream:
        try:
            return parser.parse(stream)
        except UnicodeDecodeError as exc:  # raised while the parser reads
            raise ParseError(f"not UTF-8 text: {exc.reason}") from exc


def refused(exc_type, action, *args):
    try:
        action(*args)
    except exc_type as exc:
        print(f"refused, {type(exc).__name__}: {shorten(str(exc), 60)}")
        return exc
    raise AssertionError(f"{action.__name__}{args} should have failed")


files = {
    "users.json": '[{"name": "Ada", "id": 1}]',
    "users.csv": "name,id\nAlan,2\n",
    "app.INI": "[db]\nhost = localhost\nport = 5432\n",
    "notes.xml": "<notes/>",
    "broken.json": '{"name": }',
    "numbers.json": "[1, 2]",
    "digits.json": "[" + "1" * 5_000 + "]",  # past the 4,300-digit default limit
    "huge.csv": "note\n" + "x" * 200_000 + "\n",  # past csv.field_size_limit()
    "no-section.ini": "host = localhost\n",
    "percent.ini": "[db]\npct = 50%\n",  # fails only when the value is read
}
with tempfile.TemporaryDirectory() as tmp:
    for name, text in files.items():
        Path(tmp, name).write_text(text, encoding="utf-8")
    Path(tmp, "latin1.csv").write_bytes("name\nJosé\n".encode("latin-1"))
    for name in ("users.json", "users.csv", "app.INI"):
        print(f"{name}: {load(Path(tmp, name))}")
    refused(UnsupportedFormat, load, Path(tmp, "notes.xml"))
    error = refused(ParseError, load, Path(tmp, "broken.json"))
    bad = [
        "numbers.json",
        "digits.json",
        "huge.csv",
        "no-section.ini",
        "percent.ini",
        "latin1.csv",
    ]
    for name in bad:
        refused(ParseError, load, Path(tmp, name))
#> users.json: [{'name': 'Ada', 'id': 1}]
#> users.csv: [{'name': 'Alan', 'id': '2'}]
#> app.INI: [{'section': 'db', 'host': 'localhost', 'port': '5432'}]
#> refused, UnsupportedFormat: no parser for '.xml' (known: .cfg, .csv, .ini, .json)
#> refused, ParseError: bad JSON: Expecting value: line 1 column 10 (char 9)
#> refused, ParseError: JSON must be an object or a list of objects
#> refused, ParseError: bad JSON: Exceeds the limit (4300 digits) for integer [...]
#> refused, ParseError: bad CSV: field larger than field limit (131072)
#> refused, ParseError: bad INI: File contains no section headers.
#> refused, ParseError: bad INI: '%' must be followed by '%' or '(', found: '%'
#> refused, ParseError: not UTF-8 text: invalid continuation byte
print(type(error.__cause__).__name__)  # the original error is kept
#> JSONDecodeError
print(CsvParser().parse(io.StringIO("a,b\n1,2\n")))  # no file needed at all
#> [{'a': '1', 'b': '2'}]
try:
    Parser()
except TypeError:
    print("refused: Parser itself is abstract")
else:
    raise AssertionError("Parser() should fail")
#> refused: Parser itself is abstract
# --8<-- [end:registry]

# --8<-- [start:protocol]
import io
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsParse(Protocol):
    def parse(self, stream) -> list[dict]: ...


class LineParser:  # no base class: it just has the right method
    def parse(self, stream):
        return [{"line": line.rstrip("\n")} for line in stream]


def load_text(parser: SupportsParse, text):  # a type checker verifies the shape
    return parser.parse(io.StringIO(text))


print(load_text(LineParser(), "first\nsecond\n"))
#> [{'line': 'first'}, {'line': 'second'}]
print(isinstance(LineParser(), SupportsParse), isinstance("text", SupportsParse))
#> True False


class Impostor:
    def parse(self):  # wrong signature: the runtime check cannot tell
        return "not a list"


print(isinstance(Impostor(), SupportsParse))
#> True


class Plain(Protocol):  # no @runtime_checkable
    def parse(self, stream): ...


try:
    isinstance(LineParser(), Plain)
except TypeError as exc:
    print(exc)
else:
    raise AssertionError("isinstance needs @runtime_checkable")
#> Instance and class checks can only be used with @runtime_checkable protocols
# --8<-- [end:protocol]

# --8<-- [start:virtual-subclass]
from abc import ABC, abstractmethod


class Parser(ABC):
    @abstractmethod
    def parse(self, text): ...


class LegacyParser:  # third-party code you cannot change
    def read(self, text):  # no parse() method at all
        return text.split()


Parser.register(LegacyParser)  # a promise, not a check
print(issubclass(LegacyParser, Parser), isinstance(LegacyParser(), Parser))
#> True True
print(Parser in LegacyParser.__mro__, hasattr(LegacyParser, "parse"))
#> False False
# --8<-- [end:virtual-subclass]

# --8<-- [start:errors-broken]
import configparser
import csv
import io


class ParseError(ValueError):
    pass


def parse_csv(stream):
    return list(csv.DictReader(stream))  # csv.Error passes straight through


def parse_ini(stream):
    config = configparser.ConfigParser()
    config.read_file(stream)  # and so does every configparser.Error
    # values are interpolated as they are read, which can raise here too
    return [{"section": name, **config[name]} for name in config.sections()]


cases = [
    (parse_csv, "a\n" + "x" * 200_000),  # a field over csv.field_size_limit()
    (parse_ini, "a = 1\n"),  # no [section] header: fails in read_file()
    (parse_ini, "[db]\npct = 50%\n"),  # bad "%": fails only when pct is read
]
for parse, text in cases:
    try:
        parse(io.StringIO(text))
    except ParseError as exc:
        print(f"{parse.__name__}: ParseError: {exc}")
    except Exception as exc:  # what a caller catching ParseError never sees
        print(f"{parse.__name__}: escaped: {type(exc).__name__}")
#> parse_csv: escaped: Error
#> parse_ini: escaped: MissingSectionHeaderError
#> parse_ini: escaped: InterpolationSyntaxError
# --8<-- [end:errors-broken]

# --8<-- [start:errors-fixed]
import configparser
import csv
import io


class ParseError(ValueError):
    pass


def parse_csv(stream):
    try:
        return list(csv.DictReader(stream))
    except csv.Error as exc:
        raise ParseError(f"bad CSV: {exc}") from exc


def parse_ini(stream):
    config = configparser.ConfigParser()
    try:
        config.read_file(stream)
        # reading a value interpolates it, which can raise too: keep it in the try
        return [{"section": name, **config[name]} for name in config.sections()]
    except configparser.Error as exc:  # the base class of all its errors
        raise ParseError(f"bad INI: {str(exc).splitlines()[0]}") from exc


cases = [
    (parse_csv, "a\n" + "x" * 200_000),  # a field over csv.field_size_limit()
    (parse_ini, "a = 1\n"),  # no [section] header: fails in read_file()
    (parse_ini, "[db]\npct = 50%\n"),  # bad "%": fails only when pct is read
]
for parse, text in cases:
    try:
        parse(io.StringIO(text))
    except ParseError as exc:
        print(f"{parse.__name__}: ParseError: {exc}")
    except Exception as exc:
        print(f"{parse.__name__}: escaped: {type(exc).__name__}")
#> parse_csv: ParseError: bad CSV: field larger than field limit (131072)
#> parse_ini: ParseError: bad INI: File contains no section headers.
#> parse_ini: ParseError: bad INI: '%' must be followed by '%' or '(', found: '%'
# --8<-- [end:errors-fixed]
