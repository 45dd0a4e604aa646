// The search dialog. Loaded only when someone opens the search; then Pagefind loads its small
// entry files and the filters, and each query fetches only the index chunks it needs.

const PAGEFIND = new URL("../pagefind/pagefind.js", import.meta.url).href;
const CSS = new URL("zoeken.css", import.meta.url).href;
const MAX = 10;

let dialog, loading, searchId = 0;

export async function open() {
  if (!dialog) dialog = build();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector("input[type=search]").focus();
  load(dialog).catch(() => {}); // start loading now: the filters show, the first words are quicker
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

function build() {
  document.head.append(el("link", { rel: "stylesheet", href: CSS }));
  const d = el("dialog", { class: "bb-zoek", "aria-labelledby": "bb-zoek-titel" });
  d.innerHTML = `
    <form class="bb-zoek__form" role="search" method="dialog">
      <div class="bb-zoek__kop">
        <h2 id="bb-zoek-titel">Zoeken</h2>
        <button type="button" class="bb-zoek__sluit" value="sluit">Sluiten</button>
      </div>
      <label for="bb-zoek-vraag">Waar zoek je naar?</label>
      <input id="bb-zoek-vraag" type="search" autocomplete="off" enterkeyhint="search"
             aria-describedby="bb-zoek-uitleg" aria-controls="bb-zoek-resultaten">
      <p id="bb-zoek-uitleg" class="bb-zoek__uitleg">Typ een woord, bijvoorbeeld <i>subsidie</i>.
        Ga met de pijltjes naar een resultaat en druk op Enter.</p>
      <fieldset class="bb-zoek__filters" hidden><legend>Zoek in</legend><div class="bb-zoek__secties"></div></fieldset>
      <div class="bb-zoek__plaats" hidden>
        <label for="bb-zoek-plaats">Gemeente of stadsdeel</label>
        <select id="bb-zoek-plaats"><option value="">Overal</option></select>
      </div>
      <p class="bb-zoek__status" role="status" aria-live="polite"></p>
      <ol id="bb-zoek-resultaten" class="bb-zoek__resultaten"></ol>
      <p class="bb-zoek__az"><a href="${new URL("../onderwerpen/", import.meta.url).href}">Alle onderwerpen van A tot Z</a></p>
    </form>`;
  document.body.append(d);
  const input = d.querySelector("input");
  input.addEventListener("input", () => search(d));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); move(d, 0); }
    if (e.key === "Enter") { e.preventDefault(); const first = d.querySelector(".bb-zoek__resultaten a"); if (first) first.click(); }
  });
  d.querySelector(".bb-zoek__resultaten").addEventListener("keydown", (e) => {
    const links = [...d.querySelectorAll(".bb-zoek__resultaten a")];
    const at = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown") { e.preventDefault(); move(d, at + 1); }
    if (e.key === "ArrowUp") { e.preventDefault(); at <= 0 ? input.focus() : move(d, at - 1); }
  });
  d.querySelector(".bb-zoek__resultaten").addEventListener("click", (e) => { if (e.target.closest("a")) d.close(); });
  d.querySelector(".bb-zoek__sluit").addEventListener("click", () => d.close());
  d.addEventListener("click", (e) => { if (e.target === d) d.close(); }); // click beside the box
  d.querySelector(".bb-zoek__filters").addEventListener("change", () => { showPlace(d); search(d); });
  d.querySelector("#bb-zoek-plaats").addEventListener("change", () => search(d));
  return d;
}

function move(d, index) {
  const links = [...d.querySelectorAll(".bb-zoek__resultaten a")];
  if (links.length) links[Math.min(index, links.length - 1)].focus();
}

// Load Pagefind once, however many keys are pressed while it loads.
function load(d) {
  return (loading = loading || start(d).catch((error) => {
    loading = null; // try again with the next word
    d.querySelector(".bb-zoek__status").textContent =
      "Zoeken lukt nu even niet. Probeer het zo nog eens, of kijk bij alle onderwerpen van A tot Z.";
    throw error;
  }));
}

async function start(d) {
  const pagefind = await import(PAGEFIND);
  await pagefind.options({ excerptLength: 24 });
  const filters = await pagefind.filters();
  const secties = Object.keys(filters.sectie || {}).sort();
  const box = d.querySelector(".bb-zoek__secties");
  for (const [i, name] of ["Alles", ...secties].entries()) {
    const id = `bb-zoek-sectie-${i}`;
    const radio = el("input", { type: "radio", name: "sectie", id, value: i ? name : "" });
    if (!i) radio.checked = true;
    box.append(el("span", { class: "bb-zoek__keuze" }, radio, el("label", { for: id }, name)));
  }
  d.querySelector(".bb-zoek__filters").hidden = secties.length === 0;
  const places = [...Object.keys(filters.gemeente || {}), ...Object.keys(filters.stadsdeel || {})].sort();
  const select = d.querySelector("#bb-zoek-plaats");
  for (const place of new Set(places)) select.append(el("option", { value: place }, place));
  return pagefind;
}

function showPlace(d) {
  const sectie = d.querySelector("input[name=sectie]:checked")?.value;
  d.querySelector(".bb-zoek__plaats").hidden = sectie !== "Vacatures";
}

function chosenFilters(d) {
  const result = {};
  const sectie = d.querySelector("input[name=sectie]:checked")?.value;
  if (sectie) result.sectie = sectie;
  const place = d.querySelector("#bb-zoek-plaats").value;
  if (sectie === "Vacatures" && place) {
    result.any = [{ gemeente: place }, { stadsdeel: place }];
  }
  return result;
}

async function search(d) {
  const id = ++searchId;
  const query = d.querySelector("input[type=search]").value.trim();
  const status = d.querySelector(".bb-zoek__status");
  const list = d.querySelector(".bb-zoek__resultaten");
  if (!query) { list.replaceChildren(); status.textContent = ""; return; }
  let pf;
  try {
    pf = await load(d);
  } catch {
    return; // load() has said so in the status line
  }
  const found = await pf.debouncedSearch(query, { filters: chosenFilters(d) }, 250);
  if (found === null || id !== searchId) return; // a newer search replaced this one
  const data = await Promise.all(found.results.slice(0, MAX).map((r) => r.data()));
  if (id !== searchId) return;
  list.replaceChildren(...data.map(result));
  const n = found.results.length;
  status.textContent = n === 0 ? `Niets gevonden voor "${query}". Probeer een ander woord.`
    : `${n} ${n === 1 ? "resultaat" : "resultaten"} voor "${query}"` + (n > MAX ? `. De eerste ${MAX} staan hieronder.` : ".");
}

// A result links to the part of the page where the words weigh most: a question of the Q&A has
// its own anchor (a <details id>), headings have theirs. The question text itself weighs more
// (data-pagefind-weight), so a question wins over a passing mention in another answer.
function target(data) {
  const anchors = data.anchors
    .filter((a) => a.element === "details" || /^h[2-4]$/.test(a.element))
    .sort((a, b) => a.location - b.location);
  const score = new Map();
  for (const hit of data.weighted_locations) {
    const at = anchors.filter((a) => a.location <= hit.location).pop();
    if (at) score.set(at, (score.get(at) || 0) + hit.balanced_score);
  }
  const best = [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ? { url: `${data.url}#${best.id}`, part: best.text || "" } : { url: data.url, part: "" };
}

function result(data) {
  const { url, part } = target(data);
  const title = el("a", { href: url, class: "bb-zoek__titel" }, data.meta.title || data.url);
  const sectie = (data.filters.sectie || [])[0];
  const meta = el("span", { class: "bb-zoek__sectie" }, [sectie, part].filter(Boolean).join(" · "));
  const excerpt = el("p", { class: "bb-zoek__uittreksel" });
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the page text and adds only <mark>
  return el("li", {}, title, meta, excerpt);
}
