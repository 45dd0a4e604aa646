// Keyboard access to Material's menu. Material opens the menu (below 1220 px) and its parts with
// <label>s for hidden checkboxes: a label has no state, Space does nothing, and the menu's label
// cannot get focus at all. This script shows a real button with aria-expanded instead, and gives
// the labels that open or close a part of the menu a name, a state and the Space key.
// (Material already clicks a focused label on Enter.) The closed menu is kept out of the tab
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

  // The section toggles: a name ("Pagina's onder Werkgevers"), role and state.
  function enhance() {
    syncButton();
    var labels = document.querySelectorAll(".md-nav--primary label[for^='__nav_']");
    Array.prototype.forEach.call(labels, function (label) {
      var box = document.getElementById(label.htmlFor);
      if (!box || label.dataset.bbKnop) return;
      label.dataset.bbKnop = "ja";
      var item = box.parentElement;
      var link = item.querySelector(".md-nav__link");
      var title = (link ? link.textContent : label.textContent).trim();
      var back = label.classList.contains("md-nav__title");
      label.setAttribute("role", "button");
      if (back) {
        label.tabIndex = 0;  // the "back" bar at the top of an open part (phones only)
        label.setAttribute("aria-label", "Terug uit " + title);
      } else {
        label.setAttribute("aria-label", "Pagina's onder " + title);
        var sync = function () { label.setAttribute("aria-expanded", String(box.checked)); };
        box.addEventListener("change", function () {
          sync();
          // On a phone the part slides over the menu: focus follows it, and comes back after
          var target = box.checked ? item.querySelector(".md-nav > .md-nav__title") : label;
          if (target && target.offsetParent !== null && label.offsetParent !== null && label.closest(".md-sidebar")) {
            var wide = window.matchMedia("(min-width: 76.25em)").matches;
            if (!wide) requestAnimationFrame(function () { target.focus(); });
          }
        });
        sync();
      }
      label.addEventListener("keydown", function (e) {
        if (e.key === " ") {
          e.preventDefault();
          label.click();
        }
      });
    });
  }

  // Material's instant navigation replaces the menu's HTML, but does not load this file again.
  if (window.document$) window.document$.subscribe(enhance);
  else enhance();
})();
