// Keyboard access to Material's menu. Material opens the menu (below 1220 px) and its parts with
// <label>s for hidden checkboxes: a label has no state, Space does nothing, and the menu's label
// cannot get focus at all. This script shows a real button with aria-expanded instead, and puts
// buttons with a name and a state in place of the labels that open or close a part of the menu.
// The closed menu is kept out of the tab
// order by CSS (docs/assets/buurtbaan.css), so that works without JavaScript too.
(function () {
  "use strict";

  var drawer = document.getElementById("__drawer");
  var button = document.querySelector(".bb-menuknop");
  if (!drawer || !button) return;
  var label = document.querySelector(".bb-menulabel");
  if (label) label.hidden = true;
  button.hidden = false;

  function syncButton() {
    button.setAttribute("aria-expanded", String(drawer.checked));
  }

  button.addEventListener("click", function () {
    drawer.click();  // Material listens to this checkbox and slides the menu in or out
    if (drawer.checked) {
      var first = document.querySelector(".md-sidebar--primary a[href]");
      // wait one frame: the menu is visible (and so focusable) once the style has changed
      if (first) requestAnimationFrame(function () { first.focus(); });
    }
  });
  drawer.addEventListener("change", syncButton);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && drawer.checked) {
      drawer.click();
      button.focus();
    }
  });

  // The parts of the menu: Material's <label>s become buttons with a name ("Pagina's onder
  // Werkgevers") and a state. A label may not take a button role, so we put a real button in
  // its place, with a copy of its icon and text (cloned nodes: nothing is parsed as HTML).
  function enhance() {
    syncButton();
    var labels = document.querySelectorAll(".md-nav--primary label[for^='__nav_']:not([hidden])");
    Array.prototype.forEach.call(labels, function (label) {
      var box = document.getElementById(label.htmlFor);
      if (!box) return;
      var item = box.parentElement;
      var link = item.querySelector(".md-nav__link");
      var title = (link ? link.textContent : label.textContent).trim();
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = label.className + " bb-deelknop";
      Array.prototype.forEach.call(label.childNodes, function (n) { knop.appendChild(n.cloneNode(true)); });
      if (label.id) {  // the part's <nav aria-labelledby> now takes its name from the button
        knop.id = label.id;
        label.removeAttribute("id");
      }
      label.hidden = true;
      label.after(knop);
      var back = label.classList.contains("md-nav__title");
      if (back) {
        knop.setAttribute("aria-label", "Terug uit " + title);  // the bar above an open part (phones)
        knop.addEventListener("click", function () { box.click(); });
        return;
      }
      knop.setAttribute("aria-label", "Pagina's onder " + title);
      var sync = function () { knop.setAttribute("aria-expanded", String(box.checked)); };
      knop.addEventListener("click", function () { box.click(); });
      box.addEventListener("change", function () {
        sync();
        // On a phone the part slides over the menu: focus follows it, and comes back after
        if (window.matchMedia("(min-width: 76.25em)").matches || !knop.closest(".md-sidebar")) return;
        var target = box.checked ? item.querySelector(".md-nav > .md-nav__title.bb-deelknop") : knop;
        if (target) requestAnimationFrame(function () { target.focus(); });
      });
      sync();
    });
  }

  // Material's instant navigation replaces the menu's HTML, but does not load this file again.
  if (window.document$) window.document$.subscribe(enhance);
  else enhance();
})();
