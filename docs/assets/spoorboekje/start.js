// Starts the route builder on a page that has one (also after instant navigation). The form is
// in the page; the builder's code and route data load on first use (focus, a tap, a #route= link,
// a saved route), so a first visit stays light. When they do not load (a weak connection), it
// says so and offers to try again: a browser fetches a module that failed once on the next import.
import { onEveryPage, ROUTE_KEY, showProblem } from "../gedeeld.js";

const PROBLEEM = "De routeplanner laadt nu niet. Misschien is je internet even weg. De lijsten hieronder werken wel.";

let current = null; // { root, load } of the builder on the page that is shown now

function start() {
  const root = document.getElementById("bb-planner");
  if (!root || root.dataset.klaar) return;
  root.dataset.klaar = "ja";
  let loading = null, builder = null;
  const failed = () => {
    loading = null; // the next use, or the button, tries again
    showProblem(root.querySelector("#bb-melding"), PROBLEEM, () => {
      root.querySelector("#bb-van").focus();
      load();
    });
    return null;
  };
  // The builder, or null when it could not start (planner.start gives null without route data).
  const load = () => (loading ||= import("./planner.js")
    .then((planner) => planner.start(root))
    .then((b) => {
      builder = b;
      return b || failed();
    }, failed));
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
    const button = event.target.closest("button[type=button]:not(.bb-opnieuw)");
    if (builder || !button) return;
    event.preventDefault();
    load().then((b) => b && button.click());
  });
  let saved = null;
  try { saved = localStorage.getItem(ROUTE_KEY); } catch { /* storage may be off */ }
  if (location.hash.startsWith("#route=") || saved) load();
}

window.addEventListener("hashchange", () => {
  if (current?.root.isConnected && location.hash.startsWith("#route=")) current.load();
});

onEveryPage(start);
