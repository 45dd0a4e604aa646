// The filter on the vacancy listing (vacatures/index.md). Plain JavaScript, no framework.
// Without JavaScript the listing is the full list and the filter form stays hidden.
// Material's instant navigation swaps pages without loading this file again, so we start on
// every page through Material's `document$` when it is there.
(function () {
  "use strict";

  function tekst(sjabloon, aantal, totaal) {
    return sjabloon.replace("{aantal}", aantal).replace("{totaal}", totaal);
  }

  // A safety net: the build date decides which vacancies are listed, and the site is rebuilt
  // every morning. Should a rebuild fail, a vacancy whose closing day (data-sluit, in
  // Amsterdam) has passed is hidden here, before the filter counts anything.
  function vandaag() {
    try {
      return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    } catch (e) {
      return new Date().toISOString().slice(0, 10);
    }
  }

  function verbergGesloten(lijst) {
    var dag = vandaag();
    return Array.prototype.filter.call(lijst.querySelectorAll("li[data-plaats]"), function (item) {
      var dicht = Boolean(item.dataset.sluit) && item.dataset.sluit < dag;
      if (dicht) item.hidden = true;
      return !dicht;
    });
  }

  function start() {
    var form = document.querySelector("form[data-bb-filter]");
    var lijst = document.querySelector(".bb-vacatures");
    if (!lijst) return;
    var items = verbergGesloten(lijst);
    if (!form || form.dataset.bbKlaar || !items.length) return;  // nothing left to filter
    form.dataset.bbKlaar = "ja";
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

  // At once as well: this script runs at the end of the page, before it is first shown, so a
  // closed vacancy never appears and then moves the rest up.
  var lijst = document.querySelector(".bb-vacatures");
  if (lijst) verbergGesloten(lijst);
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
