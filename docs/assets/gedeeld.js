// What the site's scripts share; every page loads it, so keep it small. Nothing is parsed as HTML.

// localStorage key of the route a visitor saved in the spoorboekje
export const ROUTE_KEY = "buurtbaan-spoorboekje-route";

// An element. Attributes: false or null leave it out, true is empty. Children: strings, nodes,
// lists of them; false and null are skipped.
export function el(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value != null) e.setAttribute(name, value === true ? "" : value);
  }
  e.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return e;
}

// Runs `start` now and after each page change of Material's instant navigation, which does not
// load scripts again (`document$` also tells about the first page). Without Material: once.
export function onEveryPage(start) {
  const pages = window.document$;
  if (typeof pages?.subscribe === "function") pages.subscribe(() => start());
  else start();
}

// The #part of the address, decoded; "" when it is not valid percent-encoding (#%E0%A4%A).
export function hashText(hash = location.hash) {
  try {
    return decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return "";
  }
}

// A message in the live region `place`, with a button that clears it and calls `retry`: for a
// problem the visitor can mend, such as a weak phone connection.
export function showProblem(place, text, retry) {
  const again = el("button", { type: "button", class: "md-button bb-opnieuw" }, "Probeer opnieuw");
  again.onclick = () => {
    place.replaceChildren();
    retry();
  };
  place.replaceChildren(`${text} `, again);
}

// The filter above a list (vacatures, ervaringen): `fits(item, form.elements)`. The form's live
// region says how many items show, with its texts data-tekst-alle/-deel/-geen ({aantal},
// {totaal}). The form stays hidden until now: without JavaScript the page is the whole list.
export function listFilter(form, items, fits) {
  if (!form || form.dataset.bbKlaar) return;
  form.dataset.bbKlaar = "ja";
  const show = () => {
    let count = 0;
    for (const item of items) {
      item.hidden = !fits(item, form.elements);
      if (!item.hidden) count++;
    }
    const t = form.dataset;
    form.querySelector("[role=status]").textContent = (count ? count < items.length ? t.tekstDeel : t.tekstAlle
      : t.tekstGeen).replace("{aantal}", count).replace("{totaal}", items.length);
  };
  form.addEventListener("change", show);
  form.addEventListener("submit", (event) => event.preventDefault());
  show(); // the browser may have kept a choice from an earlier visit
  form.hidden = false; // only now: the live region speaks on changes, not on page load
  form.classList.remove("bb-nog-niet");
}

// The filters of one page load only on that page: other pages do not download them.
const PAGE_SCRIPTS = [[".bb-vacatures", "./vacatures.js"], [".bb-ervaringen", "./ervaringen.js"]];
onEveryPage(() => {
  for (const [has, script] of PAGE_SCRIPTS) {
    if (document.querySelector(has)) import(script).catch(() => {}); // without it: the whole list
  }
});
