"""axe-core finds no accessibility violation on any page, runner included."""

from __future__ import annotations

import pytest
from reader import blocks, output, run, set_code, show
from site_server import AXE, all_pages

pytestmark = pytest.mark.browser

# Every violation, with the elements it was found on and what to fix.
AXE_RUN = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\\n` +
    v.nodes
      .map((node) => `  ${node.target.join(" ")}\\n    ${node.failureSummary}`)
      .join("\\n"));
}"""


@pytest.mark.parametrize("path", all_pages())
def test_page_has_no_axe_violations(pool, path):
    page = pool.get(path, tab="axe")
    details = page.locator("details")
    if details.count():
        details.first.locator("summary").click()  # a reader opens one full answer
    if blocks(page).count():
        # Check the runner with output, an error and a status message on screen.
        block = blocks(page).first
        show(block)
        set_code(block, 'import sys\nprint("out")\nprint("err", file=sys.stderr)')
        run(block)
        assert output(block) == "out\nerr\n"
    page.add_script_tag(path=AXE)
    violations = page.evaluate(AXE_RUN)
    assert not violations, f"{path}:\n" + "\n".join(violations)
