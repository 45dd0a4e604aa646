// Keyboard access to Material's menu. Material opens the menu (below 1220 px) and its parts with
// <label>s for hidden checkboxes: a label has no state, Space does nothing, and the menu's label
// cannot get focus at all. This script shows a real button with aria-expanded instead, and puts
// buttons with a name and a state in place of the labels that open or close a part of the menu.
// The closed menu is kept out of the tab order by CSS (docs/assets/buurtbaan.css), so that works
// without JavaScript too.
import { onEveryPage } from "./gedeeld.js";

const drawer = document.getElementById("__drawer");
const button = document.querySelector(".bb-menuknop");

function syncButton() {
  button.setAttribute("aria-expanded", String(drawer.checked));
}

function start() {
  const label = document.querySelector(".bb-menulabel");
  if (label) label.hidden = true;
  button.hidden = false;
  button.addEventListener("click", () => {
    drawer.click(); // Material listens to this checkbox and slides the menu in or out
    if (drawer.checked) {
      const first = document.querySelector(".md-sidebar--primary a[href]");
      // wait one frame: the menu is visible (and so focusable) once the style has changed
      if (first) requestAnimationFrame(() => first.focus());
    }
  });
  drawer.addEventListener("change", syncButton);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && drawer.checked) {
      drawer.click();
      button.focus();
    }
  });
  // Material's instant navigation replaces the menu's HTML, but does not load this file again.
  onEveryPage(enhance);
}

// The parts of the menu: Material's <label>s become buttons with a name ("Pagina's onder
// Werkgevers") and a state. A label may not take a button role, so we put a real button in its
// place, with a copy of its icon and text (cloned nodes: nothing is parsed as HTML).
function enhance() {
  syncButton();
  for (const label of document.querySelectorAll(".md-nav--primary label[for^='__nav_']:not([hidden])")) {
    const box = document.getElementById(label.htmlFor);
    if (!box) continue;
    const item = box.parentElement;
    const link = item.querySelector(".md-nav__link");
    const title = (link ? link.textContent : label.textContent).trim();
    const knop = document.createElement("button");
    knop.type = "button";
    knop.className = `${label.className} bb-deelknop`;
    for (const n of label.childNodes) knop.append(n.cloneNode(true));
    if (label.id) { // the part's <nav aria-labelledby> now takes its name from the button
      knop.id = label.id;
      label.removeAttribute("id");
    }
    label.hidden = true;
    label.after(knop);
    knop.addEventListener("click", () => box.click());
    if (label.classList.contains("md-nav__title")) { // the bar above an open part (phones)
      knop.setAttribute("aria-label", `Terug uit ${title}`);
      continue;
    }
    knop.setAttribute("aria-label", `Pagina's onder ${title}`);
    const sync = () => knop.setAttribute("aria-expanded", String(box.checked));
    box.addEventListener("change", () => {
      sync();
      // On a phone the part slides over the menu: focus follows it, and comes back after
      if (window.matchMedia("(min-width: 76.25em)").matches || !knop.closest(".md-sidebar")) return;
      const target = box.checked ? item.querySelector(".md-nav > .md-nav__title.bb-deelknop") : knop;
      if (target) requestAnimationFrame(() => target.focus());
    });
    sync();
  }
}

if (drawer && button) start();
