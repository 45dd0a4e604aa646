// Opens the <details> that the address points at (werkgevers/vragen/#hoeveel-subsidie), so a
// linked question is found opened. Runs on the first load, when the #part changes, and after
// each page change of Material's instant navigation. Without this script every answer still
// opens with a click; Material itself also opens a targeted <details>, but this keeps working
// with any theme.
import { hashText, onEveryPage } from "./gedeeld.js";

function openFromHash() {
  const id = hashText(); // "" for a broken #part (%E0%A4%A): nothing to open
  const target = id && document.getElementById(id);
  const details = target && target.closest("details");
  if (details && !details.open) {
    details.open = true;
    target.scrollIntoView();
  }
}

onEveryPage(openFromHash);
window.addEventListener("hashchange", openFromHash);

// On paper every answer shows. afdrukken.css does this with ::details-content; this covers
// browsers without it. Answers the reader had closed are closed again after printing.
window.addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("details:not([open])")) {
    details.open = true;
    details.dataset.bbAfdrukken = "";
  }
});
window.addEventListener("afterprint", () => {
  for (const details of document.querySelectorAll("details[data-bb-afdrukken]")) {
    details.open = false;
    delete details.dataset.bbAfdrukken;
  }
});
