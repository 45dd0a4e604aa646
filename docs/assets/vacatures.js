// The filter on the vacancy listing (vacatures/index.md). Plain JavaScript, no framework.
// Without JavaScript the listing is the full list and the filter form stays hidden.
// Material's instant navigation swaps pages without loading this file again, so we start on
// every page through Material's `document$` when it is there.
(function () {
  "use strict";

  function tekst(sjabloon, aantal, totaal) {
    return sjabloon.replace("{aantal}", aantal).replace("{totaal}", totaal);
  }

  function start() {
    var form = document.querySelector("form[data-bb-filter]");
    var lijst = document.querySelector(".bb-vacatures");
    if (!form || !lijst || form.dataset.bbKlaar) return;
    form.dataset.bbKlaar = "ja";
    var items = Array.prototype.slice.call(lijst.querySelectorAll("li[data-plaats]"));
    var status = form.querySelector("[role=status]");

    function toon() {
      var waar = form.elements.waar.value;
      var soort = form.elements.soort.value;
      var aantal = 0;
      items.forEach(function (item) {
        var plaats = item.dataset.plaats;
        var past = (!waar || plaats === waar || plaats.indexOf(waar + "/") === 0) &&
                   (!soort || item.dataset.soort === soort);
        item.hidden = !past;
        if (past) aantal += 1;
      });
      var sjabloon = aantal === 0 ? form.dataset.tekstGeen
        : aantal === items.length ? form.dataset.tekstAlle : form.dataset.tekstDeel;
      status.textContent = tekst(sjabloon, aantal, items.length);
    }

    form.addEventListener("change", toon);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    toon();  // the browser may have kept a choice from an earlier visit
    form.hidden = false;  // only now: the live region speaks on changes, not on page load
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
