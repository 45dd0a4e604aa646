// The route builder on the spoorboekje page. Choose where you are and where you want to go, see
// up to three routes, and make one your own spoorboekje: print it, share it as a link, keep it in
// this browser. Or build a route yourself, step by step. The route lives in the URL fragment
// (never sent to a server) and, when you ask for it, in this browser's localStorage.
import { estimated, findRoutes, isRoute, months, nextSteps, unknown } from "./routes.js";
import { el, hashText, ROUTE_KEY as KEY } from "../gedeeld.js";
import { duration, link, timetable, UITLEG, where } from "./timetable.js";

const SOORT_ROUTE = {
  "stappen+duur": "de minste stappen en de kortste tijd",
  stappen: "de minste stappen",
  duur: "de kortste tijd",
  anders: "nog een andere weg",
};

// Route data per URL, kept across Material's instant navigation: fetched once per visit.
const loaded = new Map();

// The builder on the current page. A route link pasted into the address bar of this page changes
// only the fragment: one listener for the whole visit hands it to the builder that is shown now.
let current = null;
window.addEventListener("hashchange", () => {
  if (current?.root.isConnected && location.hash.startsWith("#route=")) current.openLink(location.hash);
});

// Start the builder on `root` (once); resolves to it, or to null when the route data did not load.
export async function start(root) {
  if (root.dataset.gestart) return current;
  root.dataset.gestart = "ja";
  const url = new URL(root.dataset.routedata, document.baseURI).href;
  if (!loaded.has(url)) {
    loaded.set(url, fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    }));
  }
  let data;
  try {
    data = { ...(await loaded.get(url)), base: url };
  } catch (error) {
    loaded.delete(url);
    console.warn("Spoorboekje: de routes konden niet laden.", error);
    delete root.dataset.gestart;  // the next use tries again
    return null;  // start.js says so; the lists of lijnen and stations on the page still work
  }
  current = new Planner(root, data);
  return current;
}

class Planner {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.graph = data.stations;
    this.own = [];  // the route being built by hand
    this.status = this.find("bb-melding");
    this.results = this.find("bb-routes");
    this.mine = this.find("bb-mijn-route");

    this.find("bb-zoek").addEventListener("submit", (event) => {
      event.preventDefault();
      this.search();
    });
    this.find("bb-zelf-erbij").addEventListener("click", () => this.add());
    this.find("bb-zelf-terug").addEventListener("click", () => this.undo());
    this.find("bb-zelf-klaar").addEventListener("click", () => this.showMine([...this.own]));
    for (const extra of document.querySelectorAll(".bb-alleen-js")) {
      extra.hidden = false;
      // Links to "#route=..." on this page (the lijnen). Read `hash`, not the attribute: Material
      // may have made the href absolute by now.
      for (const a of extra.querySelectorAll("a")) {
        if (!a.hash.startsWith("#route=")) continue;
        a.addEventListener("click", (event) => {
          event.preventDefault();
          this.openLink(a.hash);
        });
      }
    }
    this.renderOwn();
    root.hidden = false;
    if (location.hash.startsWith("#route=")) this.openLink(location.hash);
    else this.offerSaved();
  }

  find(id) {
    return this.root.querySelector(`#${id}`);
  }

  title(id) {
    return this.graph[id].titel;
  }

  // The gemeente a station is only for, as people read it.
  place(id) {
    return where(this.data, this.graph[id]);
  }

  // Announce a short message to screen readers (and show it).
  say(text) {
    this.status.textContent = "";
    requestAnimationFrame(() => { this.status.textContent = text; });
  }

  // --- choose start and goal ------------------------------------------------------------------

  search() {
    const from = this.find("bb-van"), to = this.find("bb-naar");
    const empty = [from, to].find((select) => !select.value);
    if (empty) {
      this.say("Kies waar je nu staat en waar je naartoe wilt.");
      empty.focus();
      return;
    }
    const hours = this.find("bb-uren").value;
    const wishes = {
      diploma: this.find("bb-diploma").checked,
      vrijwilligerEerst: this.find("bb-vrijwilliger").checked,
      maxUren: hours ? Number(hours) : null,
      gemeente: this.find("bb-gemeente").value || null,
    };
    const { routes, reden } = findRoutes(this.graph, from.value, to.value, wishes);
    const heading = el("h2", { id: "bb-routes-kop", tabindex: "-1" },
      routes.length ? `Routes van ${this.title(from.value)} naar ${this.title(to.value)}` : "Geen route gevonden");
    const body = routes.length
      ? [el("p", { class: "bb-klein" }, `De tijden zijn ongeveer. Hoe lang het voor jou duurt, verschilt. ${UITLEG}`),
        ...routes.map((route, i) => this.route(route, i, wishes))]
      : [el("p", {}, this.whyNot(reden, from.value, to.value, wishes))];
    this.results.replaceChildren(heading, ...body);
    this.say(routes.length === 1 ? "1 route gevonden." : routes.length ? `${routes.length} routes gevonden.`
      : "Geen route gevonden.");
    heading.focus();
  }

  route(route, i, wishes = {}) {
    const id = `bb-route-${i + 1}`;
    const choose = el("button", { type: "button", class: "md-button md-button--primary" }, `Kies route ${i + 1}`);
    choose.addEventListener("click", () => this.showMine(route.ids));
    return el("article", { class: "bb-route", "aria-labelledby": id },
      el("h3", { id }, `Route ${i + 1}: ${SOORT_ROUTE[route.soorten.join("+")]}`),
      el("p", { class: "bb-route-samen" }, summary(this.graph, route.ids)),
      wishes.maxUren != null && this.hoursNote(route.ids, wishes.maxUren),
      timetable(this.data, route.ids, 4),
      total(this.graph, route.ids),
      choose);
  }

  // With an hours wish: the stations on the route whose hours no source gives, or only estimates.
  // They are not left out (unknown is not "too many"), but you should ask before you choose.
  hoursNote(ids, maxUren) {
    const names = (list) => list.map((id) => this.title(id)).join(", ");
    const open = unknown(this.graph, ids, "max_uren"), guessed = estimated(this.graph, ids, "max_uren");
    if (!open.length && !guessed.length) return null;
    const parts = [`Je wilt hoogstens ${maxUren} uur per week werken.`];
    if (open.length) parts.push(`Bij ${names(open)} weten we niet hoeveel uur per week het is.`);
    if (guessed.length) parts.push(`Bij ${names(guessed)} is het aantal uren een schatting.`);
    parts.push("Vraag het na voordat je kiest.");
    return el("p", { class: "bb-uren-onbekend" }, parts.join(" "));
  }

  whyNot(reden, from, to, wishes) {
    switch (reden) {
      case "zelfde":
        return "Je staat al bij dit station. Kies een ander doel.";
      case "onbereikbaar":
        return `Vanaf ${this.title(from)} kom je niet bij ${this.title(to)}. Kies een ander doel. ` +
          "Of kijk hieronder bij Alle stations waar je wel heen kunt.";
      case "gemeente-start":
        return `${this.title(from)} is alleen voor wie in ${this.place(from)} woont. Jij woont in ` +
          `${this.data.gemeenten[wishes.gemeente]}. Kies een ander station om te beginnen.`;
      case "gemeente-doel":
        return `${this.title(to)} is alleen voor wie in ${this.place(to)} woont. Jij woont in ` +
          `${this.data.gemeenten[wishes.gemeente]}. Kies een ander doel.`;
      case "gemeente-onderweg":
        return `Vanaf ${this.title(from)} kom je alleen bij ${this.title(to)} langs een station in een ` +
          `andere gemeente dan ${this.data.gemeenten[wishes.gemeente]}. Dat station is alleen voor wie ` +
          "daar woont. Kies een ander doel.";
      case "uren-doel":
        return `Bij ${this.title(to)} werk je tot ${this.graph[to].max_uren} uur per week. ` +
          `Dat is meer dan ${wishes.maxUren} uur. Kies meer uren of een ander doel.`;
      default:
        return "Er is geen route die bij al je wensen past. Zet een wens uit en zoek opnieuw.";
    }
  }

  // --- your own spoorboekje -----------------------------------------------------------------

  showMine(ids) {
    const share = location.href.split("#")[0] + "#route=" + ids.map(encodeURIComponent).join(",");
    history.replaceState(history.state, "", share);  // keep Material's state; nothing is sent anywhere
    const heading = el("h2", { id: "bb-mijn-route-kop", tabindex: "-1" }, "Jouw spoorboekje");
    const shareField = el("input", { id: "bb-deel", type: "text", readonly: true, value: share });
    const copy = el("button", { type: "button", class: "md-button" }, "Kopieer de link");
    copy.addEventListener("click", () => this.copy(shareField));
    const print = el("button", { type: "button", class: "md-button md-button--primary" }, "Druk af");
    print.addEventListener("click", () => window.print());
    const save = el("button", { type: "button", class: "md-button" }, "Bewaar in deze browser");
    save.addEventListener("click", () => this.save(ids));
    this.mine.replaceChildren(
      heading,
      el("p", { class: "bb-route-samen" },
        `Van ${this.title(ids[0])} naar ${this.title(ids.at(-1))}. ${summary(this.graph, ids)}.`),
      timetable(this.data, ids, 3),
      total(this.graph, ids),
      el("p", { class: "bb-klein" }, UITLEG),
      el("div", { class: "bb-knoppen bb-niet-printen" }, print, save),
      el("div", { class: "bb-veld bb-niet-printen" },
        el("label", { for: "bb-deel" }, "Link naar jouw spoorboekje, om te delen"), shareField, copy),
      el("p", { class: "bb-klein bb-niet-printen" },
        "Je route staat alleen in deze link, en in je browser als je hem bewaart. Wij krijgen hem niet."),
      el("p", { class: "bb-klein bb-alleen-printen" }, `Deze route online: ${share}`));
    this.mine.hidden = false;
    this.say(`Jouw spoorboekje staat klaar, met ${ids.length} stations.`);
    heading.focus();
  }

  openLink(hash) {
    // A mangled link (not valid percent-encoding) gives no ids: say so below.
    const ids = hashText(hash).slice("route=".length).split(",");
    if (isRoute(this.graph, ids)) {
      this.showMine(ids);
      return;
    }
    const heading = el("h2", { id: "bb-routes-kop", tabindex: "-1" }, "Deze link werkt niet meer");
    this.results.replaceChildren(heading, el("p", {},
      "Misschien is het spoorboekje veranderd. Maak je route opnieuw met de keuzes hierboven."));
    this.say("Deze link werkt niet meer.");
    heading.focus();
  }

  async copy(field) {
    try {
      await navigator.clipboard.writeText(field.value);
      this.say("De link is gekopieerd.");
    } catch {
      field.select();
      this.say("Kopiëren lukt niet vanzelf. De link is geselecteerd: kopieer hem zelf.");
    }
  }

  save(ids) {
    try {
      localStorage.setItem(KEY, JSON.stringify(ids));
      this.say("Je route is bewaard in deze browser. Kom je hier terug? Dan kun je hem weer openen.");
    } catch {
      this.say("Bewaren lukt niet in deze browser. Bewaar dan de link.");
    }
  }

  offerSaved() {
    let ids = null;
    try {
      ids = JSON.parse(localStorage.getItem(KEY));
    } catch {
      return;  // no storage, or something we did not write: nothing to offer
    }
    if (!isRoute(this.graph, ids)) return;
    const open = el("button", { type: "button", class: "md-button md-button--primary" }, "Open je bewaarde route");
    const forget = el("button", { type: "button", class: "md-button" }, "Vergeet deze route");
    const box = el("div", { class: "bb-bewaard" },
      el("p", {}, `Je hebt een route bewaard: van ${this.title(ids[0])} naar ${this.title(ids.at(-1))}.`),
      el("div", { class: "bb-knoppen" }, open, forget));
    open.addEventListener("click", () => this.showMine(ids));
    forget.addEventListener("click", () => {
      try { localStorage.removeItem(KEY); } catch { /* nothing was kept */ }
      box.remove();
      this.say("De bewaarde route is weg.");
      this.find("bb-van").focus();
    });
    this.find("bb-zoek").before(box);
  }

  // --- build it yourself ---------------------------------------------------------------------

  add() {
    const select = this.find("bb-zelf-keuze");
    const id = select.value;
    if (!id) return;
    this.own.push(id);
    this.renderOwn();
    this.say(`${this.title(id)} staat erbij. ` +
      (select.disabled ? "Vanaf hier kun je niet verder." : "Kies je volgende station."));
    [select, this.find("bb-zelf-klaar"), this.find("bb-zelf-terug")].find((c) => !c.disabled).focus();
  }

  undo() {
    const removed = this.own.pop();
    this.renderOwn();
    this.say(`${this.title(removed)} is weggehaald.`);
    this.find("bb-zelf-keuze").focus();
  }

  renderOwn() {
    const select = this.find("bb-zelf-keuze");
    const label = this.root.querySelector('label[for="bb-zelf-keuze"]');
    const last = this.own.at(-1);
    this.find("bb-zelf-route").replaceChildren(...this.own.map((id, i) => el("li", {},
      link(this.data, this.graph[id].url, this.title(id)),
      i > 0 && el("span", { class: "bb-waarom" }, this.graph[this.own[i - 1]].volgende.find(([to]) => to === id)[1]))));
    if (last === undefined) {
      label.textContent = "Kies je eerste station";
      select.replaceChildren(...[...this.find("bb-van").children].filter((c) => c.value !== "")
        .map((c) => c.cloneNode(true)));
    } else {
      const options = nextSteps(this.graph, last).filter(([id]) => !this.own.includes(id));
      label.textContent = options.length ? "Kies je volgende station" : "Vanaf hier kun je niet verder";
      select.replaceChildren(...options.map(([id]) => el("option", { value: id }, this.title(id))));
    }
    const stuck = select.options.length === 0;
    select.disabled = stuck;
    this.find("bb-zelf-erbij").disabled = stuck;
    this.find("bb-zelf-terug").disabled = this.own.length === 0;
    this.find("bb-zelf-klaar").disabled = this.own.length < 2;
  }
}

function summary(graph, ids) {
  const steps = ids.length - 1;
  return `${steps === 1 ? "1 stap" : `${steps} stappen`}, ${timeTaken(graph, ids)}`;
}

function total(graph, ids) {
  return el("p", { class: "bb-totaal" }, el("strong", {}, "Totaal van nu tot je doel: "), timeTaken(graph, ids));
}

// "ongeveer 2 jaar", "ten minste 1 jaar. Van 1 station weten we niet hoe lang het duurt",
// "onbekend. Van 2 stations ...": a station without a known duration is never counted as 0.
function timeTaken(graph, ids) {
  const taken = months(graph, ids);
  const open = unknown(graph, ids, "maanden").length;
  let text = !open ? duration(taken) : taken ? `ten minste ${duration(taken).replace(/^ongeveer /, "")}` : "onbekend";
  if (estimated(graph, ids, "maanden").length) text += " (deels een schatting)";
  if (open) text += `. Van ${open === 1 ? "1 station" : `${open} stations`} weten we niet hoe lang het duurt`;
  return text;
}
