// Opens the <details> that the address points at (werkgevers/vragen/#hoeveel-subsidie), so a
// linked question is found opened. Runs on the first load, when the #part changes, and after
// each page change of Material's instant navigation (document$). Without this script every
// answer still opens with a click; Material itself also opens a targeted <details>, but this
// keeps working with any theme.

function openFromHash() {
  let id;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return; // a broken #part (%E0%A4%A) is only looked up, never shown: ignore it
  }
  const target = id && document.getElementById(id);
  const details = target && target.closest("details");
  if (details && !details.open) {
    details.open = true;
    target.scrollIntoView();
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(openFromHash);
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", openFromHash);
} else {
  openFromHash();
}
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
