// The search dialog. Loaded only when someone opens the search; then Pagefind loads its small
// entry files and the filters, and each query fetches only the index chunks it needs.
//
// People type questions ("hoeveel verdien ik"), not the site's words. So a query is taken
// apart: small words that carry no meaning (ik, een, hoe ...) are dropped, each other word is
// searched on its own and together with its synonyms (zoekwoorden.yaml, built into
// assets/zoekwoorden.json), and a page scores by how many of the words it has, then by
// Pagefind's own score. Pagefind alone would demand every word on one page.
//
// Every text in a result is put in as a text node: nothing from the content becomes markup.
// When Pagefind or a search does not load (a weak phone connection), the dialog says so and
// offers to try again.
import { el, showProblem } from "./gedeeld.js";

const BASE = new URL("../", import.meta.url);
const PAGEFIND = new URL("pagefind/pagefind.js", BASE).href;
const SYNONIEMEN = new URL("assets/zoekwoorden.json", BASE).href;
const CSS = new URL("zoeken.css", import.meta.url).href;
const MAX = 10;
const KANDIDATEN = 20; // the best pages by words; their section weight then decides the order
const SYNONIEM = 0.7; // a synonym counts a little less than the word that was typed

// Dutch words that say nothing about the subject (Snowball's Dutch stop words): dropped.
const STOPWOORDEN = new Set(`
  aan al alles als altijd andere ben bent bij daar dan dat de der deze die dit doch door dus een
  eens en er ge haar had heb hebben hebt heeft hem het hier hij hun iemand iets ik in is ja je jij
  jou jouw jullie kon maar me meer men met mij mijn na naar niet niets nog nu of om omdat onder ons
  ook op over reeds te tegen toch toen tot u uit uw van veel voor waren was we werd wezen wij wil
  willen wilt ze zelf zich zij zijn zo zonder zou`.split(/\s+/).filter(Boolean));
// Question words and verbs that people put in front of a question: they count a little, as a
// tie-breaker ("hoeveel subsidie" prefers the question "Hoeveel subsidie ..."), but a page
// need not have them.
const VRAAGWOORDEN = new Set(`
  alleen daarna doe doen doet ga gaan gaat geen hoe hoeveel hoelang kan krijg krijgen krijgt kun kunnen
  kunt lang mag moet moeten mogen waar waarom wanneer wat welk welke wie word wordt worden zal`.split(/\s+/).filter(Boolean));
const ZWAK = 0.3;

let dialog, loading, searchId = 0;

export async function open() {
  if (!dialog) dialog = build();
  if (!dialog.open) dialog.showModal();
  dialog.querySelector("input[type=search]").focus();
  load(dialog).catch(() => {}); // start loading now: the filters show, the first words are quicker
}

function build() {
  document.head.append(el("link", { rel: "stylesheet", href: CSS }));
  const input = el("input", {
    id: "bb-zoek-vraag", type: "search", autocomplete: "off", enterkeyhint: "search",
    "aria-describedby": "bb-zoek-uitleg", "aria-controls": "bb-zoek-resultaten",
  });
  const sectie = el("select", { id: "bb-zoek-sectie" }, el("option", { value: "" }, "Alles"));
  const plaats = el("select", { id: "bb-zoek-plaats" }, el("option", { value: "" }, "Overal"));
  const form = el("form", { class: "bb-zoek__form", role: "search", method: "dialog" },
    el("div", { class: "bb-zoek__kop" },
      el("h2", { id: "bb-zoek-titel" }, el("label", { for: "bb-zoek-vraag" }, "Waar zoek je naar?")),
      el("button", { type: "button", class: "bb-zoek__sluit", value: "sluit" }, "Sluiten")),
    input,
    el("p", { id: "bb-zoek-uitleg", class: "bb-zoek__uitleg" },
      "Typ een vraag of een woord, bijvoorbeeld ", el("i", {}, "hoeveel verdien ik"),
      ". Ga met de pijltjes naar een resultaat en druk op Enter."),
    el("div", { class: "bb-zoek__filters", hidden: true },
      el("span", { class: "bb-zoek__filter" }, el("label", { for: "bb-zoek-sectie" }, "Zoek in"), sectie),
      el("span", { class: "bb-zoek__filter bb-zoek__plaats", hidden: true },
        el("label", { for: "bb-zoek-plaats" }, "Gemeente of stadsdeel"), plaats)),
    el("p", { class: "bb-zoek__status", role: "status", "aria-live": "polite" }),
    el("ol", { id: "bb-zoek-resultaten", class: "bb-zoek__resultaten" }),
    el("p", { class: "bb-zoek__az" }, el("a", { href: azList() }, "Alle onderwerpen van A tot Z")));
  const d = el("dialog", { class: "bb-zoek", "aria-label": "Zoeken" }, form);
  document.body.append(d);
  const list = form.querySelector(".bb-zoek__resultaten");
  input.addEventListener("input", () => search(d));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); move(d, 0); }
    if (e.key === "Enter") { e.preventDefault(); const first = list.querySelector("a"); if (first) first.click(); }
  });
  list.addEventListener("keydown", (e) => {
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown") { e.preventDefault(); move(d, at + 1); }
    if (e.key === "ArrowUp") { e.preventDefault(); at <= 0 ? input.focus() : move(d, at - 1); }
  });
  list.addEventListener("click", (e) => { if (e.target.closest("a")) d.close(); });
  form.querySelector(".bb-zoek__sluit").addEventListener("click", () => d.close());
  d.addEventListener("click", (e) => { if (e.target === d) d.close(); }); // click beside the box
  sectie.addEventListener("change", () => { showPlace(d); search(d); });
  plaats.addEventListener("change", () => search(d));
  return d;
}

// The A-Z list: where the header's search link leads without JavaScript (its address comes from
// the site layout, generator/indeling.py).
function azList() {
  return document.querySelector("a[data-bb-zoek]")?.href || new URL("onderwerpen/", BASE).href;
}

function move(d, index) {
  const links = [...d.querySelectorAll(".bb-zoek__resultaten a")];
  if (links.length) links[Math.min(index, links.length - 1)].focus();
}

function say(d, text, more = "") {
  // `more` is read out, but on a short screen not shown: there the room is for the results
  d.querySelector(".bb-zoek__status").replaceChildren(text, ...(more ? [el("span", { class: "bb-zoek__meer" }, more)] : []));
}

// Load Pagefind once, however many keys are pressed while it loads.
function load(d) {
  return (loading = loading || start(d).catch((error) => {
    loading = null; // try again with the next word, or with the button
    problem(d, "Zoeken lukt nu niet.");
    throw error;
  }));
}

// A message with a button to try again, which searches again for what is typed now.
function problem(d, text) {
  showProblem(d.querySelector(".bb-zoek__status"), `${text} Misschien is je internet even weg.`, () => {
    d.querySelector("input[type=search]").focus();
    if (d.querySelector("input[type=search]").value.trim()) search(d);
    else load(d).catch(() => {}); // load() says so when it fails again
  });
}

async function start(d) {
  const [pagefind, synoniemen] = await Promise.all([import(PAGEFIND), loadSynonyms()]);
  let filters;
  try {
    await pagefind.options({ excerptLength: 18 });
    filters = await pagefind.filters();
  } catch (error) {
    await forget(pagefind);
    throw error;
  }
  if (d.dataset.filters) return { pagefind, synoniemen }; // filled in before a failure
  d.dataset.filters = "ja";
  const apart = apartSections();
  const secties = Object.keys(filters.sectie || {}).sort((a, b) => apart.includes(a) - apart.includes(b) || a.localeCompare(b));
  const select = d.querySelector("#bb-zoek-sectie");
  for (const name of secties) {
    select.append(el("option", { value: name }, apart.includes(name) ? `${name} (voor schrijvers)` : name));
  }
  d.querySelector(".bb-zoek__filters").hidden = secties.length === 0;
  const places = [...Object.keys(filters.gemeente || {}), ...Object.keys(filters.stadsdeel || {})].sort();
  const plaats = d.querySelector("#bb-zoek-plaats");
  for (const place of new Set(places)) plaats.append(el("option", { value: place }, place));
  return { pagefind, synoniemen };
}

// Sections that only their own filter finds (pages for editors), from the page's search
// bootstrap in docs/overrides/main.html.
function apartSections() {
  const script = document.querySelector("script[data-zoek]");
  return (script?.dataset.zoekApart || "").split(",").map((s) => s.trim()).filter(Boolean);
}

// word -> its group of synonyms. A missing or broken list only means: no synonyms.
async function loadSynonyms() {
  const map = new Map();
  try {
    const response = await fetch(SYNONIEMEN);
    if (!response.ok) return map;
    for (const group of await response.json()) {
      const words = group.map(normal).filter(Boolean);
      for (const word of words) map.set(word, [...new Set([...(map.get(word) || []), ...words])]);
    }
  } catch {
    // no synonyms, plain search
  }
  return map;
}

function normal(text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

// The words of a query: those that carry meaning, and the weak ones (question words). When
// no word carries meaning, every word counts.
export function words(query) {
  const all = [...new Set(normal(query).split(/[^\p{L}\p{N}'-]+/u).map((w) => w.replace(/^['-]+|['-]+$/g, "")).filter(Boolean))];
  const strong = all.filter((w) => !STOPWOORDEN.has(w) && !VRAAGWOORDEN.has(w));
  if (!strong.length) return { strong: all.filter((w) => !STOPWOORDEN.has(w)).length ? all.filter((w) => !STOPWOORDEN.has(w)) : all, weak: [] };
  return { strong, weak: all.filter((w) => VRAAGWOORDEN.has(w)) };
}

// The typed word and its synonyms: a group matches when it holds the word, or a word that
// begins with it or that it begins with (five letters or more, at most three more).
export function alternatives(word, synoniemen) {
  const found = new Set([word]);
  for (const [key, group] of synoniemen) {
    // a longer form of the same word, not a compound: "verdien" and "verdienen", not "buurt" and "buurtbaan"
    const short = Math.min(key.length, word.length), diff = Math.abs(key.length - word.length);
    if (key === word || (short >= 5 && diff <= 3 && (key.startsWith(word) || word.startsWith(key)))) {
      for (const w of group) found.add(w);
    }
  }
  return [...found];
}

function showPlace(d) {
  d.querySelector(".bb-zoek__plaats").hidden = d.querySelector("#bb-zoek-sectie").value !== "Vacatures";
}

function chosenFilters(d) {
  const sectie = d.querySelector("#bb-zoek-sectie").value;
  if (!sectie) {
    const apart = apartSections();
    return apart.length ? { none: apart.map((name) => ({ sectie: name })) } : {};
  }
  const result = { sectie };
  const place = d.querySelector("#bb-zoek-plaats").value;
  if (sectie === "Vacatures" && place) result.any = [{ gemeente: place }, { stadsdeel: place }];
  return result;
}

// One Pagefind search per word and per synonym, and one per question word. A page's score is
// the best per word, summed, plus a little for the other synonyms it has (a page that says
// "opleiding" and "leren" is more about school than one that says only one of them) and for
// the question words, times the share of the words it has.
async function find(pagefind, synoniemen, query, filters) {
  const { strong, weak } = words(query);
  const pages = new Map();
  const searches = [
    ...strong.flatMap((word, i) => alternatives(word, synoniemen).map((alt) => [i, alt, alt === word ? 1 : SYNONIEM])),
    ...weak.map((word) => [-1, word, ZWAK]),
  ];
  await Promise.all(searches.map(async ([i, alt, factor]) => {
    const found = await pagefind.search(alt, { filters });
    for (const r of found?.results || []) {
      const page = pages.get(r.id) || { results: [], best: new Array(strong.length).fill(0), rest: new Array(strong.length).fill(0), extra: 0 };
      if (i < 0) { page.extra += r.score * factor; } else {
        page.results.push(r);
        const s = r.score * factor;
        page.rest[i] += Math.min(s, page.best[i]);
        page.best[i] = Math.max(page.best[i], s);
      }
      pages.set(r.id, page);
    }
  }));
  const scored = [...pages.values()].filter((page) => page.results.length).map((page) => {
    const has = page.best.filter((s) => s > 0).length;
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    return { ...page, score: (sum(page.best) + 0.3 * sum(page.rest) + page.extra) * (has / strong.length) };
  });
  return scored.sort((a, b) => b.score - a.score);
}

async function search(d) {
  const id = ++searchId;
  const query = d.querySelector("input[type=search]").value.trim();
  const list = d.querySelector(".bb-zoek__resultaten");
  if (!query) { list.replaceChildren(); say(d, ""); return; }
  let loaded;
  try {
    loaded = await load(d);
  } catch {
    return; // load() has said so in the status line
  }
  await new Promise((resolve) => setTimeout(resolve, 150)); // wait until the typing pauses
  if (id !== searchId) return; // a newer search replaced this one
  try {
    const found = await find(loaded.pagefind, loaded.synoniemen, query, chosenFilters(d));
    if (id !== searchId) return;
    const candidates = await Promise.all(found.slice(0, KANDIDATEN).map(async (page) => {
      const data = await Promise.all(page.results.map((r) => r.data()));
      const gewicht = Number(data[0].meta.gewicht) || 1; // home and the resident section weigh more
      return { score: page.score * gewicht, data: { ...data[0], weighted_locations: data.flatMap((x) => x.weighted_locations) } };
    }));
    const top = candidates.sort((a, b) => b.score - a.score).slice(0, MAX).map((c) => c.data);
    if (id !== searchId) return;
    list.replaceChildren(...top.map(result));
    const n = found.length;
    if (n === 0) say(d, `Niets gevonden voor "${query}". Probeer een ander woord.`);
    else say(d, `${n} ${n === 1 ? "resultaat" : "resultaten"} voor "${query}".`, n > MAX ? ` De eerste ${MAX} staan hieronder.` : "");
  } catch {
    await forget(loaded.pagefind);
    if (id !== searchId) return;
    list.replaceChildren();
    problem(d, `Zoeken naar "${query}" lukt nu niet.`);
  }
}

// Pagefind keeps a download that failed and would fail again on every search: after a failure
// it starts afresh (what it had downloaded well comes from the browser's cache).
async function forget(pagefind) {
  loading = null;
  await pagefind.destroy().catch(() => {});
}

// A result links to the part of the page where the words weigh most: headings have their own
// anchor. (A question of a Q&A is its own page in the index, so it links to that page.)
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
  return el("li", {}, title, meta, el("p", { class: "bb-zoek__uittreksel" }, ...excerpt(data.excerpt)));
}

// Pagefind's excerpt is the page's text, HTML-escaped, with <mark> around the words found.
// Turned back into text nodes and <mark> elements here, so no text is ever parsed as HTML.
const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": "\u00a0" };

export function excerpt(html) {
  const text = (s) => s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e]);
  return String(html || "").split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
    const marked = part.match(/^<mark>([\s\S]*?)<\/mark>$/);
    return marked ? el("mark", {}, text(marked[1])) : document.createTextNode(text(part));
  });
}
