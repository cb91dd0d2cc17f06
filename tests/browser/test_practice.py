"""Practice features in Chromium: progress, mock interview, cheat sheet, expand all.

Every expectation is computed from the built site's questions.json, so the tests keep
passing as questions are added. Each test has its own browser context: its own
localStorage, so marks never leak between tests (or into the other browser tests).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from .site_server import AXE, guard
from .test_accessibility import AXE_RUN

pytestmark = pytest.mark.browser

KEY = "python-interview-guide:progress"


@pytest.fixture(scope="module")
def bank(site) -> dict:
    return json.loads((site / "questions.json").read_text("utf-8"))


@pytest.fixture
def page(browser, servers):
    context = guard(browser.new_context(accept_downloads=True))
    yield context.new_page()
    context.close()


@pytest.fixture
def base(servers) -> str:
    return servers["isolated"].url


def page_of(question: dict) -> str:
    return question["url"].split("#")[0]


def describe(ids: list[str], marks: dict) -> str:
    """What the site writes for these questions (web/practice/store.js describe)."""
    reviewed = sum(marks.get(i) == "reviewed" for i in ids)
    needs = sum(marks.get(i) == "needs-work" for i in ids)
    text = f"{reviewed} of {len(ids)} reviewed"
    if needs:
        text += f", {needs} {'needs' if needs == 1 else 'need'} work"
    return text


def stored(page: Page) -> dict | None:
    text = page.evaluate("(key) => localStorage.getItem(key)", KEY)
    return json.loads(text) if text is not None else None


def toggle(page: Page, qid: str, name: str):
    group = page.locator(f'.question-progress[data-question="{qid}"]')
    return group.get_by_role("button", name=name, exact=True)


def axe_violations(page: Page) -> list[str]:
    """What axe-core finds in the page's current state, in both palettes."""
    page.evaluate(AXE.read_text("utf-8"))  # the CSP blocks an injected <script>
    found = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        found += [f"{scheme}: {v['text']}" for v in page.evaluate(AXE_RUN)]
    page.emulate_media(color_scheme="light")
    return found


def test_progress_is_marked_summed_exported_cleared_and_imported(
    page, base, bank, tmp_path
):
    questions = bank["questions"]
    first = questions[0]
    cluster = [q for q in questions if q["cluster"] == first["cluster"]]
    on_page = [q["id"] for q in questions if page_of(q) == page_of(first)]
    page.goto(urljoin(base, first["url"]))

    # Mark the first question: the two buttons are exclusive toggles.
    reviewed, needs = (
        toggle(page, first["id"], "Reviewed"),
        toggle(page, first["id"], "Needs work"),
    )
    expect(reviewed).to_have_attribute("aria-pressed", "false")
    reviewed.click()
    expect(reviewed).to_have_attribute("aria-pressed", "true")
    expect(reviewed).to_contain_text("✓")  # visible without colour
    needs.focus()
    page.keyboard.press("Enter")  # keyboard works too
    expect(needs).to_have_attribute("aria-pressed", "true")
    expect(reviewed).to_have_attribute("aria-pressed", "false")
    marks = {first["id"]: "needs-work"}
    if len(cluster) > 1:
        second = cluster[1]
        toggle(page, second["id"], "Reviewed").press(" ")
        marks[second["id"]] = "reviewed"
    assert stored(page) == {"version": 1, "questions": marks}

    # The cluster page sums them up at the top, and keeps them across a reload.
    summary = page.locator(".practice-summary")
    expect(summary).to_contain_text(f"On this page: {describe(on_page, marks)}")
    page.reload()
    expect(toggle(page, first["id"], "Needs work")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert not axe_violations(page)  # pressed buttons and the summary included

    # The home page's clusters table gets a progress column.
    page.goto(base)
    cluster_ids = [q["id"] for q in cluster]
    # The exact page: "challenges/" must not also match "more-challenges/".
    link = f'a[href="{page_of(first)}"], a[href$="/{page_of(first)}"]'
    row = page.locator("table tr", has=page.locator(link))
    expect(row.locator(".practice-cell")).to_have_text(describe(cluster_ids, marks))
    expect(page.locator("table th", has_text="Your progress")).to_have_count(1)

    # The progress page: per cluster, the questions that need work, with links.
    page.goto(urljoin(base, "practice/progress/"))
    expect(page.locator(f'tr[data-cluster="{first["cluster"]}"]')).to_contain_text(
        describe(cluster_ids, marks)
    )
    everything = [q["id"] for q in questions]
    expect(page.locator(".progress-total")).to_contain_text(describe(everything, marks))
    link = page.locator(".progress-needs-work a")
    expect(link).to_have_count(1)
    assert link.evaluate("(a) => a.href") == urljoin(base, first["url"])
    assert not axe_violations(page)

    # Export downloads the marks as JSON.
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text("utf-8"))
    assert (data["version"], data["questions"]) == (1, marks)

    # Clear asks first: dismissed, nothing changes; accepted, everything goes.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Clear progress").click()
    assert stored(page)["questions"] == marks
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear progress").click()
    expect(page.locator(".progress-total")).to_contain_text(describe(everything, {}))
    assert stored(page) is None
    expect(page.locator(".progress-none")).to_be_visible()

    # Import brings the exported marks back.
    importer = page.get_by_label("Import progress from a file")
    importer.set_input_files(exported)
    expect(page.get_by_role("status")).to_contain_text(
        f"Imported your progress on {len(marks)} question"
    )
    assert stored(page)["questions"] == marks
    expect(page.locator(".progress-total")).to_contain_text(describe(everything, marks))

    # A bad file is refused with the reason, and the marks stay as they were.
    bad_files = {
        "not-json.json": ("{ nope", "it is not JSON"),
        "version.json": ('{"version": 2, "questions": {}}', "version 2"),
        "status.json": (
            json.dumps({"version": 1, "questions": {first["id"]: "done"}}),
            'status "done"',
        ),
        "array.json": ("[1, 2]", "not a progress file"),
    }
    for name, (text, reason) in bad_files.items():
        path = tmp_path / name
        path.write_text(text, "utf-8")
        importer.set_input_files(path)
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("Nothing was imported")
        expect(alert).to_contain_text(reason)
        expect(alert).to_contain_text("Your current progress is unchanged.")
        assert stored(page)["questions"] == marks
    assert not axe_violations(page)

    # Instant navigation to a question keeps the controls working.
    page.locator(".progress-needs-work a").click()
    page.wait_for_url(urljoin(base, first["url"]))
    expect(toggle(page, first["id"], "Needs work")).to_have_attribute(
        "aria-pressed", "true"
    )


def plain(markdown: str) -> str:
    """The text the mock interview shows for Markdown (web/practice/dom.js)."""
    parts = re.split(r"(`+)(.+?)\1", markdown)
    text = []
    for index, part in enumerate(parts):
        if index % 3 == 0:
            part = re.sub(r"\*\*(\S.*?)\*\*|\*(\S[^*]*?)\*", r"\1\2", part)
            text.append(part)
        elif index % 3 == 2:
            text.append(part)
    return " ".join("".join(text).split())


def seconds(clock: str) -> int:
    minutes, secs = clock.split(":")
    return int(minutes) * 60 + int(secs)


def choose(page: Page, tags: list[str], levels: list[str]) -> None:
    for tag in tags:
        page.locator(f'input[name="tag"][value="{tag}"]').check()
    for level in levels:
        page.get_by_role("checkbox", name=level.capitalize(), exact=True).check()


def test_mock_interview_draws_only_matching_questions(page, base, bank):
    questions = bank["questions"]
    by_url = {urljoin(base, q["url"]): q for q in questions}
    tag_counts = Counter(tag for q in questions for tag in q["tags"])
    tags = [tag for tag, _ in tag_counts.most_common(2)]
    level = Counter(
        q["level"] for q in questions if set(q["tags"]) & set(tags)
    ).most_common(1)[0][0]
    matches = {
        q["id"] for q in questions if set(q["tags"]) & set(tags) and q["level"] == level
    }

    page.goto(urljoin(base, "practice/mock-interview/"))
    expect(page.get_by_text("any ticked tag")).to_be_visible()  # the rule is stated
    choose(page, tags, [level])
    count = len(matches)
    expect(page.locator(".mock-count")).to_have_text(
        f"{count} question{' matches' if count == 1 else 's match'} your choice."
    )
    page.get_by_label("Number of questions").select_option("0")  # all that match
    assert not axe_violations(page)
    page.get_by_role("button", name="Start the interview").click()

    seen = []
    for number in range(1, count + 1):
        expect(page.locator(".mock-position")).to_have_text(
            f"Question {number} of {count}"
        )
        heading = page.locator(".mock-title")
        expect(heading).to_be_focused()
        link = page.get_by_role("link", name="Read the full answer")
        expect(link).to_be_hidden()  # the answer waits until asked for
        if number == 1:
            timer = page.get_by_role("timer")
            expect(timer).to_have_text(re.compile(r"^\d+:[0-5]\d$"))
            before = timer.text_content()
            expect(timer).not_to_have_text(before, timeout=3000)
            assert seconds(timer.text_content()) > seconds(before)  # it runs
        reveal = page.get_by_role("button", name="Show the 30-second answer")
        reveal.click()
        expect(
            page.get_by_role("button", name="Hide the 30-second answer")
        ).to_have_attribute("aria-expanded", "true")
        question = by_url[link.evaluate("(a) => a.href")]  # the link's target
        assert question["id"] in matches, question["id"]
        assert " ".join(heading.text_content().split()) == plain(question["title"])
        answer = page.locator(".mock-answer p").nth(1)
        assert " ".join(answer.text_content().split()) == plain(question["answer"])
        codes = re.findall(r"`([^`]+)`", question["answer"])
        expect(answer.locator("code")).to_have_count(len(codes))
        if number == 1:
            assert not axe_violations(page)
        seen.append(question["id"])
        last = number == count
        page.get_by_role(
            "button", name="Finish" if last else "Next question", exact=True
        ).click()
    assert sorted(seen) == sorted(matches)  # each match once, nothing else

    # The summary lists them, with marks that reach the progress store.
    rows = page.locator(".mock-summary tbody tr")
    expect(rows).to_have_count(count)
    expect(page.locator(".practice-toolbar")).to_have_count(0)  # not a cluster page
    toggle(page, seen[0], "Needs work").click()
    assert stored(page)["questions"] == {seen[0]: "needs-work"}
    assert not axe_violations(page)

    # A shorter interview draws that many, all matching.
    page.get_by_role("button", name="Start another interview").click()
    page.get_by_label("Number of questions").select_option("3")
    page.get_by_role("button", name="Start the interview").click()
    expect(page.locator(".mock-position")).to_have_text(
        f"Question 1 of {min(3, count)}"
    )
    href = page.locator(".mock-full-answer").evaluate("(a) => a.href")
    assert by_url[href]["id"] in matches


def test_mock_interview_says_when_nothing_matches(page, base, bank):
    questions = bank["questions"]
    levels = ("beginner", "intermediate", "advanced")
    empty = next(
        (
            (tag, level)
            for tag in sorted({t for q in questions for t in q["tags"]})
            for level in levels
            if not any(tag in q["tags"] and q["level"] == level for q in questions)
        ),
        None,
    )
    if empty is None:
        pytest.skip("every tag has a question at every level")
    page.goto(urljoin(base, "practice/mock-interview/"))
    choose(page, [empty[0]], [empty[1]])
    status = page.locator(".mock-count")
    expect(status).to_have_text(
        "No question matches your choice. Untick a level or tick another tag."
    )
    page.get_by_role("button", name="Start the interview").click()
    expect(status).to_be_focused()
    expect(page.locator(".mock-position")).to_have_count(0)


def test_cheat_sheet_lists_every_question_under_its_cluster(page, base, bank):
    page.goto(urljoin(base, "practice/cheat-sheet/"))
    entries = page.evaluate(
        """() => [...document.querySelectorAll(".cheat-entry h3")].map((h3) => {
            let section = h3.closest(".cheat-entry").previousElementSibling;
            while (section && section.tagName !== "H2")
              section = section.previousElementSibling;
            return {id: h3.id, href: h3.querySelector("a").href,
                    section: section && section.id};
        })"""
    )
    sections = [e["section"] for e in entries]
    runs = [s for i, s in enumerate(sections) if i == 0 or s != sections[i - 1]]
    assert len(runs) == len(set(runs)), f"a cluster is split: {runs}"
    assert len(entries) == len(bank["questions"])
    assert {e["id"] for e in entries} == {q["id"] for q in bank["questions"]}
    for entry, question in zip(
        sorted(entries, key=lambda e: e["id"]),
        sorted(bank["questions"], key=lambda q: q["id"]),
        strict=True,
    ):
        assert entry["href"] == urljoin(base, question["url"])
        assert entry["section"] == f"cluster-{question['cluster']}"
    # Headings carry the names of mkdocs.yml, never the cluster ids.
    headings = page.locator(".cheat-sheet h2").all_text_contents()
    assert all(name.rstrip("¶") in bank["clusters"].values() for name in headings)


def test_expand_all_and_printing_open_every_answer(page, base, bank):
    first = bank["questions"][0]
    page.goto(urljoin(base, page_of(first)))
    details = page.locator(".md-content details")
    assert details.count() >= 1
    opened = "(all) => all.map((d) => d.open)"
    assert not any(details.evaluate_all(opened))
    page.get_by_role("button", name="Expand all answers").click()
    assert all(details.evaluate_all(opened))
    page.get_by_role("button", name="Collapse all answers").click()
    assert not any(details.evaluate_all(opened))
    # Printing opens them for the printout, and closes them after.
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert all(details.evaluate_all(opened))
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert not any(details.evaluate_all(opened))


def test_without_javascript_nothing_looks_broken(browser, base, bank):
    context = guard(browser.new_context(java_script_enabled=False))
    page = context.new_page()
    try:
        page.goto(urljoin(base, page_of(bank["questions"][0])))
        expect(page.locator(".question-progress button")).to_have_count(0)
        # Its buttons need JavaScript: the build writes it, a <noscript> style hides it.
        expect(page.locator(".practice-toolbar")).to_have_count(1)
        expect(page.locator(".practice-toolbar")).to_be_hidden()
        for path in ("practice/mock-interview/", "practice/progress/"):
            page.goto(urljoin(base, path))
            expect(page.get_by_text("This page needs JavaScript")).to_be_visible()
    finally:
        context.close()
