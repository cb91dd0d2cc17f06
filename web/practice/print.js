// Printing a page prints every answer: the collapsed `details` blocks open before the
// print dialog and close again after it (the cluster page's "Expand all answers" button
// does the same on screen).

let opened = [];

window.addEventListener("beforeprint", () => {
  opened = [...document.querySelectorAll(".md-content details:not([open])")];
  for (const details of opened) details.open = true;
});

window.addEventListener("afterprint", () => {
  for (const details of opened) details.open = false;
  opened = [];
});
