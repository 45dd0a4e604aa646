// Starts the route builder on a page that has one. Material's instant navigation swaps pages
// without loading them anew, so we follow its `document$` (it also tells about the first page)
// instead of waiting for DOMContentLoaded, which fires only once.
function start() {
  const element = document.getElementById("bb-planner");
  if (element) import("./planner.js").then((planner) => planner.start(element));
}

if (window.document$) window.document$.subscribe(start);
else start();
