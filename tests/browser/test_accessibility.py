"""axe-core finds no accessibility violation on any page, runner included."""

from __future__ import annotations

import pytest

from .reader import blocks, output, run, set_code, show
from .site_server import AXE, all_pages

pytestmark = pytest.mark.browser

# A colour in mid-transition is neither the old nor the new one: Material fades a
# button's colours over 125 ms after a click or hover, and a palette switch fades too.
# Under load axe could read a blend (e.g. #826329 behind fading text) and report a
# contrast the reader never sees at rest. So it waits for every finite animation.
SETTLE_ANIMATIONS = """await Promise.all(document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => {})));"""

AXE_RUN = (
    "async () => {\n  "
    + SETTLE_ANIMATIONS
    + """
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      target: node.target.join(" "),
      text: `${violation.id} (${violation.impact}): ${violation.help}\\n` +
        `  ${node.target.join(" ")}\\n    ${node.failureSummary}`,
    })));
}"""
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", all_pages())
def test_page_has_no_axe_violations(pool, path, scheme):
    page = pool.get(path, tab="axe")
    # The palette follows the system setting ("auto" in mkdocs.yml).
    page.emulate_media(color_scheme=scheme)
    details = page.locator("details")
    if details.count() and not details.first.evaluate("(details) => details.open"):
        details.first.locator("summary").click()  # a reader opens one full answer
    block = blocks(page).first
    if block.count() and not output(block):
        # Check the runner with output, an error and a status message on screen.
        show(block)
        set_code(block, 'import sys\nprint("out")\nprint("err", file=sys.stderr)')
        run(block)
        assert output(block) == "out\nerr\n"
    page.evaluate(AXE.read_text("utf-8"))  # the CSP blocks an injected <script>
    violations = page.evaluate(AXE_RUN)
    found = [v["text"] for v in violations]
    assert not found, f"{path} ({scheme}):\n" + "\n".join(found)
