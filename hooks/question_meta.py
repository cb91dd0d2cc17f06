"""Question metadata: validate it, render each question's header, write questions.json.

A page declares its questions once, in front matter (see CONTRIBUTING.md); the body
marks where each goes with `<!-- question: ID -->`, which this hook replaces with the
heading, level badge, tags and 30-second answer. `<!-- tags-index -->` on a page becomes
the index of all tags. Anything it does not understand stops the build (file:line).
"""

from __future__ import annotations

import json
import posixpath
import re
from html import escape
from pathlib import Path
from urllib.parse import quote

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

LEVELS = {
    "beginner": "Beginner",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
}
QUESTION_KEYS = {"id", "title", "level", "tags", "answer", "also_asked"}
PAGE_KEYS = {
    "title",
    "description",
    "cluster",
    "questions",
    "hide",
    "search",
    "examples",
}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_RE = re.compile(r"^[a-z0-9+#.]+(?:[ -][a-z0-9+#.]+)*$")
MARKER_RE = re.compile(r"^<!-- question: (?P<id>[^ ]*) -->$", re.M)
TAGS_INDEX = "<!-- tags-index -->"
FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\n(?P<yaml>.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S
)

_questions: dict[str, dict] = {}  # id -> metadata, in declaration order
_by_page: dict[str, list[dict]] = {}


class _LineLoader(yaml.SafeLoader):
    """Records the 1-based line where each mapping starts, as `__line__`."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def read_front_matter(path: str, text: str) -> dict:
    """Parse front matter strictly (MkDocs itself silently ignores a broken block)."""
    if not text.startswith("---"):
        return {}
    match = FRONT_MATTER_RE.match(text)
    if not match:
        raise PluginError(f"{path}:1: front matter starts with '---' but never ends")
    try:
        data = yaml.load(match["yaml"], Loader=_LineLoader)
    except yaml.YAMLError as exc:
        # The context mark is where the broken construct began (an unclosed bracket),
        # which is the line to fix; otherwise the problem mark is.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for 1-based, +1 for the '---' line
        problem = getattr(exc, "problem", None) or exc
        raise PluginError(f"{path}:{line}: malformed front matter: {problem}") from None
    if not isinstance(data, dict):
        raise PluginError(f"{path}:2: front matter must be a mapping")
    return data


def _fail(path: str, line: int, message: str) -> PluginError:
    return PluginError(f"{path}:{line + 1}: {message}")  # +1 for the '---' line


def validate_page(path: str, data: dict, clusters: dict) -> list[dict]:
    """Check a page's question metadata; return its questions without line info."""
    if "questions" not in data:
        return []
    page_line = data.pop("__line__", 1)
    unknown = set(data) - PAGE_KEYS
    if unknown:
        raise _fail(path, page_line, f"unknown front matter keys: {sorted(unknown)}")
    if data.get("cluster") not in clusters:
        raise _fail(
            path,
            page_line,
            f"cluster must be one of {sorted(clusters)}, not {data.get('cluster')!r}",
        )
    if not isinstance(data["questions"], list) or not data["questions"]:
        raise _fail(path, page_line, "questions must be a non-empty list")
    questions = []
    for entry in data["questions"]:
        if not isinstance(entry, dict):
            raise _fail(
                path, page_line, f"each question must be a mapping, not {entry!r}"
            )
        questions.append(validate_question(path, entry, data["cluster"]))
    return questions


def validate_question(path: str, entry: dict, cluster: str) -> dict:
    line = entry.pop("__line__")
    missing, unknown = QUESTION_KEYS - set(entry), set(entry) - QUESTION_KEYS
    if missing:
        raise _fail(
            path, line, f"question {entry.get('id')!r} has no {sorted(missing)}"
        )
    if unknown:
        raise _fail(
            path, line, f"question {entry['id']!r}: unknown keys {sorted(unknown)}"
        )
    if not isinstance(entry["id"], str) or not ID_RE.match(entry["id"]):
        raise _fail(
            path, line, f"question id {entry['id']!r} must be lowercase-with-dashes"
        )
    if entry["level"] not in LEVELS:
        raise _fail(
            path,
            line,
            f"question {entry['id']!r}: unknown level "
            f"{entry['level']!r} (use one of {sorted(LEVELS)})",
        )
    tags = entry["tags"]
    if (
        not isinstance(tags, list)
        or not tags
        or not all(isinstance(tag, str) and TAG_RE.match(tag) for tag in tags)
    ):
        raise _fail(
            path,
            line,
            f"question {entry['id']!r}: tags must be a non-empty "
            "list of lowercase words",
        )
    for key in ("title", "answer"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise _fail(path, line, f"question {entry['id']!r}: {key} must be text")
    also_asked = entry["also_asked"]
    if (
        not isinstance(also_asked, list)
        or not also_asked
        or not all(isinstance(item, str) and item.strip() for item in also_asked)
    ):
        raise _fail(
            path,
            line,
            f"question {entry['id']!r}: also_asked must be a non-empty list "
            "of non-empty strings",
        )
    seen: set[str] = set()
    for item in also_asked:
        if item.casefold() in seen:
            raise _fail(
                path, line, f"question {entry['id']!r}: also_asked repeats {item!r}"
            )
        if item.count("`") % 2:
            raise _fail(
                path,
                line,
                f"question {entry['id']!r}: also_asked {item!r} has an unpaired `",
            )
        seen.add(item.casefold())
    if entry["id"] in _questions:
        raise _fail(
            path,
            line,
            f"duplicate question id {entry['id']!r} (first declared "
            f"in {_questions[entry['id']]['page']})",
        )
    question = {**entry, "cluster": cluster, "page": path, "line": line + 1}
    _questions[entry["id"]] = question
    return question


def on_files(files, config):
    _questions.clear()
    _by_page.clear()
    clusters = config["extra"]["clusters"]
    for file in files.documentation_pages():
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        path = f"docs/{file.src_uri}"
        _by_page[file.src_uri] = validate_page(
            path, read_front_matter(path, text), clusters
        )
    return files


def _relative(page_uri: str, target_uri: str) -> str:
    return posixpath.relpath(target_uri, posixpath.dirname(page_uri) or ".")


def render_question(question: dict, page_uri: str, config) -> str:
    tags_page = _relative(page_uri, "tags.md")
    tags = " ".join(
        f"[{tag}]({tags_page}#{slug(tag)}){{ .question-tag }}"
        for tag in question["tags"]
    )
    report = (
        f"{config['repo_url'].rstrip('/')}/issues/new?template=wrong-answer.yml"
        f"&title={quote('Wrong or outdated: ' + question['id'])}"
    )
    answer = "\n".join(
        f"    {row}" if row else "" for row in question["answer"].strip().splitlines()
    )
    return (
        f"## {question['title']} "
        f'{{ #{question["id"]} data-level="{question["level"]}" }}\n\n'
        f'<div class="question-meta" markdown>\n'
        f'<span class="level-badge level-badge--{question["level"]}">'
        f"{LEVELS[question['level']]}</span>\n"
        f"{tags}\n"
        f"[Report a problem with this answer]({report}){{ .question-report }}\n"
        f"</div>\n\n"
        f"{render_also_asked(question['also_asked'])}\n\n"
        # Filled by web/practice/progress.js (Reviewed / Needs work); empty without JS.
        f'<div class="question-progress" data-question="{question["id"]}"></div>\n\n'
        f'!!! abstract "30-second answer"\n\n{answer}\n'
    )


def render_also_asked(phrasings: list[str]) -> str:
    """The other ways the question is asked, as one HTML paragraph in the question's
    own section, so a search for any of them finds the question. `code` in backticks
    becomes <code>; everything else is text, never Markdown (`__slots__` stays)."""
    items = []
    for phrasing in phrasings:
        parts = phrasing.split("`")  # validate_question checked they pair up
        items.append(
            "".join(
                f"<code>{escape(part)}</code>" if i % 2 else escape(part)
                for i, part in enumerate(parts)
            )
        )
    return (
        '<p class="also-asked"><strong>Also asked as:</strong> '
        + " · ".join(f'<span class="also-asked__item">{item}</span>' for item in items)
        + "</p>"
    )


def slug(tag: str) -> str:
    return "tag-" + re.sub(r"[^a-z0-9]+", "-", tag).strip("-")


def render_tags_index(page_uri: str) -> str:
    by_tag: dict[str, list[dict]] = {}
    for question in _questions.values():
        for tag in question["tags"]:
            by_tag.setdefault(tag, []).append(question)
    parts = []
    for tag in sorted(by_tag):
        parts.append(f"## {tag} {{ #{slug(tag)} }}\n")
        for question in by_tag[tag]:
            target = _relative(page_uri, question["page"].removeprefix("docs/"))
            parts.append(
                f"- [{question['title']}]({target}#{question['id']}) "
                f"— *{LEVELS[question['level']]}*"
            )
        parts.append("")
    return "\n".join(parts)


def on_page_markdown(markdown, page, config, files):
    uri = page.file.src_uri
    path = f"docs/{uri}"
    declared = {q["id"]: q for q in _by_page.get(uri, [])}
    placed = set()

    def replace(match: re.Match) -> str:
        qid = match["id"]
        line = markdown[: match.start()].count("\n") + 1
        if qid not in declared:
            raise PluginError(
                f"{path}: body line {line}: marker for undeclared question "
                f"{qid!r}; declare it under `questions:` in front matter"
            )
        if qid in placed:
            raise PluginError(
                f"{path}: body line {line}: question {qid!r} placed twice"
            )
        placed.add(qid)
        return render_question(declared[qid], uri, config)

    markdown = MARKER_RE.sub(replace, markdown)
    for question in declared.values():
        question["url"] = f"{page.url}#{question['id']}"
    unplaced = [q for q in declared.values() if q["id"] not in placed]
    if unplaced:
        raise PluginError(
            f"{path}:{unplaced[0]['line']}: question {unplaced[0]['id']!r} "
            "is declared but has no `<!-- question: ID -->` marker"
        )
    if TAGS_INDEX in markdown:
        markdown = markdown.replace(TAGS_INDEX, render_tags_index(uri))
    return markdown


def on_page_content(html, page, config, files):
    """`extra.search_boost` in mkdocs.yml: page path prefix -> search boost, so
    know-how pages and notebooks rank below the questions they support. Material's
    search plugin reads `search.boost` from the page meta when it indexes the page
    (on_page_context, after this); a page's own front matter wins."""
    for prefix, boost in config["extra"].get("search_boost", {}).items():
        if page.file.src_uri.startswith(prefix):
            page.meta.setdefault("search", {}).setdefault("boost", boost)
            break
    return html


# Material's search plugin writes search/search_index.json in its on_post_build; this
# hook's runs after it, whatever the order of plugins and hooks.
@event_priority(-100)
def on_post_build(config):
    site_dir = Path(config["site_dir"])
    add_also_asked_field(site_dir / "search" / "search_index.json", config)
    records = []
    for question in _questions.values():
        records.append(
            {
                "id": question["id"],
                "title": question["title"],
                "cluster": question["cluster"],
                "level": question["level"],
                "tags": question["tags"],
                "answer": question["answer"].strip(),
                "url": question["url"],
            }
        )
    (site_dir / "questions.json").write_text(
        json.dumps(
            # Cluster names (mkdocs.yml order) for the practice pages (web/practice/).
            {"clusters": dict(config["extra"]["clusters"]), "questions": records},
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )


def add_also_asked_field(index_path: Path, config) -> None:
    """Give each question's own section an `also` field with its also_asked phrasings.

    The phrasings are in the section's text too, but there they weigh no more than
    any passing mention elsewhere. mkdocs.yml gives the field its weight under the
    search plugin's `fields:` (Material builds one lunr field per entry there)."""
    search = config["plugins"].get("material/search") or config["plugins"].get("search")
    if search is None or not search.config.get("enabled", True):
        return
    if "also" not in search.config["fields"]:
        raise PluginError(
            "mkdocs.yml: plugins.search.fields has no `also` field, so the "
            "questions' also_asked phrasings would not weigh in search"
        )
    index = json.loads(index_path.read_text(encoding="utf-8"))
    by_location = {question["url"]: question for question in _questions.values()}
    found = set()
    for entry in index["docs"]:
        question = by_location.get(entry["location"])
        if question is not None:
            entry["also"] = " · ".join(question["also_asked"])
            found.add(question["id"])
    missing = [q for q in _questions.values() if q["id"] not in found]
    if missing:
        raise PluginError(
            f"{missing[0]['page']}:{missing[0]['line']}: question "
            f"{missing[0]['id']!r} has no section of its own in the search index"
        )
    index_path.write_text(
        json.dumps(index, separators=(",", ":"), ensure_ascii=False), encoding="utf-8"
    )
