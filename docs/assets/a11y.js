// Material wraps each code block's copy button in an unnamed <nav>; with several on a
// page, screen readers list identical landmarks (axe: landmark-unique). Name each one
// after its position. Runs again after every instant-navigation page swap.
function nameCodeNavs() {
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1} actions`);
  });
}
if (window.document$) window.document$.subscribe(() => setTimeout(nameCodeNavs));
else nameCodeNavs();
