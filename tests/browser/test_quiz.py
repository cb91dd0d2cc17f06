"""The quizzes in Chromium: right and wrong answers, keyboard only, and no JavaScript.

The right answer is read from the page's own answer block (the no-JavaScript fallback,
which hooks/quiz.py fills with the real output), never from the script's data, so the
tests also check that the two agree. Each test has its own browser context.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .site_server import AXE, guard
from .test_accessibility import SETTLE_ANIMATIONS

pytestmark = pytest.mark.browser

PAGE = "core-fundamentals/"

AXE_QUIZ = (
    "async () => {\n  "
    + SETTLE_ANIMATIONS
    + """
  const result = await axe.run(
    { include: [".quiz"] }, { resultTypes: ["violations"] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) =>
      `${violation.id} (${violation.impact}): ${violation.help}\\n` +
      `  ${node.target.join(" ")}\\n    ${node.failureSummary}`));
}"""
)


@pytest.fixture
def page(browser, servers) -> Page:
    context = guard(browser.new_context())
    page = context.new_page()
    page.goto(servers["isolated"].url + PAGE)
    expect(page.locator(".quiz-check").first).to_be_attached()  # web/quiz.js ran
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser, servers) -> Page:
    context = guard(browser.new_context(java_script_enabled=False))
    page = context.new_page()
    page.goto(servers["isolated"].url + PAGE)
    yield page
    context.close()


def questions(page: Page) -> Locator:
    return page.locator(".quiz-question")


def key(question: Locator) -> str:
    """The real output, from the answer block (hidden once the script has run)."""
    return question.locator(".quiz-answer pre code").text_content().strip("\n")


def options(question: Locator) -> list[str]:
    return question.locator(".quiz-output").all_text_contents()


def choose(question: Locator, index: int) -> None:
    question.locator(".quiz-option").nth(index).click()


def feedback(question: Locator) -> Locator:
    return question.get_by_role("status")


def test_a_right_answer_says_correct_and_explains(page):
    question = questions(page).first
    question.scroll_into_view_if_needed()
    choose(question, options(question).index(key(question)))
    question.get_by_role("button", name="Check answer").click()
    expect(feedback(question)).to_contain_text("Correct.")
    why = question.locator(".quiz-answer .quiz-why p").first.text_content()
    expect(feedback(question)).to_contain_text(why)
    # The link to the question it tests, and the right option marked in words.
    review = feedback(question).get_by_role("link")
    expect(review).to_have_attribute("href", re.compile(r"#scope-rules$"))
    expect(question.locator(".quiz-option--right")).to_contain_text("Your answer")
    # The answer block says the same, so it is hidden while the script runs.
    expect(question.locator(".quiz-answer")).to_be_hidden()


def test_a_wrong_answer_shows_the_right_one(page):
    for index in range(questions(page).count()):
        question = questions(page).nth(index)
        right = key(question)
        wrong = next(i for i, text in enumerate(options(question)) if text != right)
        choose(question, wrong)
        question.get_by_role("button", name="Check answer").click()
        expect(feedback(question)).to_contain_text("Not quite. The right answer is:")
        assert feedback(question).locator(".quiz-key").text_content() == right
        expect(question.locator(".quiz-option--wrong")).to_contain_text("Your answer")
        expect(question.locator(".quiz-option--right")).to_contain_text(right)
        expect(question.locator(".quiz-option--right")).to_contain_text("Right answer")


def test_checking_without_a_choice_asks_for_one_and_a_retry_replaces_the_verdict(page):
    question = questions(page).nth(1)
    question.get_by_role("button", name="Check answer").click()
    expect(feedback(question)).to_have_text("Choose an answer first.")
    right = options(question).index(key(question))
    choose(question, (right + 1) % len(options(question)))
    question.get_by_role("button", name="Check answer").click()
    expect(feedback(question)).to_contain_text("Not quite.")
    choose(question, right)
    question.get_by_role("button", name="Check answer").click()
    expect(feedback(question)).to_contain_text("Correct.")
    expect(question.locator(".quiz-option--wrong")).to_have_count(0)
    expect(question.locator(".quiz-mark")).to_have_count(1)


def test_keyboard_only_answering(page):
    question = questions(page).nth(2)
    right = options(question).index(key(question))
    radios = question.get_by_role("radio")
    # Start at the question's code block (its copy button, or the block itself) and
    # Tab into the radio group, as a keyboard user does.
    question.locator("legend").scroll_into_view_if_needed()
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    question.locator(".highlight").first.evaluate(
        "(block) => { block.tabIndex = -1; block.focus(); }"
    )
    for _ in range(5):
        page.keyboard.press("Tab")
        if radios.first.evaluate("(radio) => radio === document.activeElement"):
            break
    expect(radios.first).to_be_focused()
    page.keyboard.press("Space")  # choose the first option
    for _ in range(right):
        page.keyboard.press("ArrowDown")  # arrows move and choose within the group
    expect(radios.nth(right)).to_be_checked()
    page.keyboard.press("Tab")
    expect(question.get_by_role("button", name="Check answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(feedback(question)).to_contain_text("Correct.")


def test_without_javascript_the_answer_is_in_a_collapsed_block(no_js_page):
    page = no_js_page
    count = questions(page).count()
    assert count >= 4
    expect(page.locator(".quiz-check")).to_have_count(0)
    expect(page.locator(".quiz [data-runnable]")).to_have_count(0)  # plain code
    for index in range(count):
        question = questions(page).nth(index)
        expect(question.locator("fieldset legend")).to_contain_text(
            f"Question {index + 1} of {count}"
        )
        expect(question.locator(".highlight").first).to_be_visible()
        assert len(options(question)) in (3, 4)
        answer = question.locator("details.quiz-answer")
        expect(answer.locator(".quiz-why")).to_be_hidden()
        question.get_by_text("Show the answer").click()
        expect(answer.locator(".quiz-why")).to_be_visible()
        assert key(question) in options(question)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quiz_with_feedback_has_no_axe_violations(page, scheme):
    page.emulate_media(color_scheme=scheme)
    first, second = questions(page).nth(0), questions(page).nth(1)
    choose(first, options(first).index(key(first)))
    first.get_by_role("button", name="Check answer").click()
    right = options(second).index(key(second))
    choose(second, (right + 1) % len(options(second)))
    second.get_by_role("button", name="Check answer").click()
    expect(feedback(second)).to_contain_text("Not quite.")
    page.evaluate(AXE.read_text("utf-8"))  # the CSP blocks an injected <script>
    found = page.evaluate(AXE_QUIZ)
    assert not found, "\n".join(found)
