// Starts the route builder on a page that has one. Material's instant navigation swaps pages
// without loading them anew, so we follow its `document$` (it also tells about the first page)
// instead of waiting for DOMContentLoaded, which fires only once.
//
// The form is in the page already; the builder's code and the route data load on first use
// (focus, a tap, a #route= link, or a route saved in this browser), so a first visit stays light.
const KEY = "buurtbaan-spoorboekje-route";
let current = null; // { root, load } of the builder on the page that is shown now

function start() {
  const root = document.getElementById("bb-planner");
  if (!root || root.dataset.klaar) return;
  root.dataset.klaar = "ja";
  let loading = null, builder = null;
  const load = () => (loading ||= import("./planner.js")
    .then((planner) => planner.start(root))
    .then((b) => {
      builder = b;
      if (!b) loading = null; // the route data did not load: try again on the next use
      return b;
    }));
  current = { root, load };
  root.hidden = false;
  for (const extra of document.querySelectorAll(".bb-alleen-js")) extra.hidden = false;
  root.addEventListener("focusin", load, { once: true });
  root.addEventListener("pointerdown", load, { once: true });
  root.addEventListener("submit", (event) => {
    if (builder) return; // the builder handles its own form
    event.preventDefault();
    load().then((b) => b?.search());
  });
  // A button pressed before the builder is there: press it again once it is.
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[type=button]");
    if (builder || !button) return;
    event.preventDefault();
    load().then((b) => b && button.click());
  });
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch { /* storage may be off */ }
  if (location.hash.startsWith("#route=") || saved) load();
}

window.addEventListener("hashchange", () => {
  if (current?.root.isConnected && location.hash.startsWith("#route=")) current.load();
});

if (window.document$) window.document$.subscribe(start);
else start();
