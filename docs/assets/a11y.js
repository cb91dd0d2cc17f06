// Material wraps each code block's copy button in an unnamed <nav>; with several on a
// page, screen readers list identical landmarks (axe: landmark-unique). Name each one
// after its position.
function nameCodeNavs() {
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1} actions`);
  });
}

// A notebook cell whose code is wider than the page scrolls sideways; a keyboard user
// can scroll it only if it can take focus (axe: scrollable-region-focusable).
// Material's own code blocks already are focusable; nbconvert's are not.
function focusableNotebookScrollers() {
  document.querySelectorAll(".highlight-ipynb, .jp-OutputArea-output pre").forEach((box) => {
    if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "0");
    }
  });
}

function fixPage() {
  nameCodeNavs();
  focusableNotebookScrollers();
}

// Runs again after every instant-navigation page swap.
if (window.document$) window.document$.subscribe(() => setTimeout(fixPage));
else fixPage();
