// The filter on the list of experiences (leren/ervaringen/). The form takes its place from the
// start but is invisible (class bb-nog-niet) until this script runs, so showing it moves nothing;
// without JavaScript the page is the plain, complete list. Material's instant navigation does not load this file again: start from `document$`.

function tekst(sjabloon, aantal, totaal) {
  return sjabloon.replace("{aantal}", String(aantal)).replace("{totaal}", String(totaal));
}

function start() {
  const form = document.querySelector('form[data-bb-filter="ervaringen"]');
  const lijst = document.querySelector(".bb-ervaringen");
  if (!form || !lijst || form.dataset.bbKlaar) return;
  form.dataset.bbKlaar = "ja";
  const items = [...lijst.querySelectorAll("li[data-rol]")];
  const status = form.querySelector("[role=status]");

  function toon() {
    const thema = form.elements.thema.value;
    const rol = form.elements.rol.value;
    let aantal = 0;
    for (const item of items) {
      const past = (!thema || item.dataset.themas.split(" ").includes(thema)) &&
                   (!rol || item.dataset.rol === rol);
      item.hidden = !past;
      if (past) aantal += 1;
    }
    const sjabloon = aantal === 0 ? form.dataset.tekstGeen
      : aantal === items.length ? form.dataset.tekstAlle : form.dataset.tekstDeel;
    status.textContent = tekst(sjabloon, aantal, items.length);
  }

  form.addEventListener("change", toon);
  form.addEventListener("submit", (event) => event.preventDefault());
  toon();  // the browser may have kept a choice from an earlier visit
  form.classList.remove("bb-nog-niet");
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(start);
} else {
  start();  // modules run after the document is parsed
}
