// The timetable of a route, as DOM: every station with how long, income, what you learn,
// conditions and who helps. Builds elements with textContent only, never from HTML strings.
// A number that no source gives, or that is our own estimate, is labelled as such.
import { el } from "../gedeeld.js";

/** A link to a page of the site; `url` is relative to the route data file. */
export function link(data, url, text) {
  return el("a", { href: new URL(url, data.base).href }, text);
}

/** Where you must live for station `s`: "Amsterdam" or "de wijk Liendert in Amersfoort". */
export function where(data, s) {
  const gemeente = data.gemeenten[s.gemeente];
  return s.wijk ? `de wijk ${s.wijk} in ${gemeente}` : gemeente;
}

/** "ongeveer 2 jaar en 6 maanden" */
export function duration(months) {
  if (!months) return "geen vaste duur";
  const years = Math.floor(months / 12), rest = months % 12;
  const parts = [];
  if (years) parts.push(years === 1 ? "1 jaar" : `${years} jaar`);
  if (rest) parts.push(rest === 1 ? "1 maand" : `${rest} maanden`);
  return "ongeveer " + parts.join(" en ");
}

/** The stations of route `ids` as an ordered list; `level` is the heading level of a station. */
export function timetable(data, ids, level = 4) {
  const stations = data.stations;
  return el("ol", { class: "bb-dienstregeling" }, ids.map((id, i) => {
    const s = stations[id];
    const next = ids[i + 1];
    const why = next && s.volgende.find(([to]) => to === next);
    const rows = [
      ["Hoe lang", [s.duur, label(s, "maanden")]],
      ["Uren per week", [s.uren, label(s, "max_uren")]],
      ["Inkomen", data.inkomen[s.inkomen]],
      s.gemeente && ["Waar", `Alleen voor wie in ${where(data, s)} woont`],
      ["Je leert", list(s.leert)],
      ["Voorwaarden", list(s.voorwaarden)],
      ["Wie helpt", s.hulp.length ? s.hulp.flatMap(([name, url], j) => [j ? ", " : "", link(data, url, name)])
        : "Vraag het bij je coach of je stadsdeel."],
      s.bewijs && ["Bewijs", s.bewijs],
    ].filter(Boolean);
    return el("li", { class: "bb-halte" },
      el(`h${level}`, { class: "bb-halte-kop" }, link(data, s.url, s.titel)),
      el("p", { class: "bb-halte-soort" }, data.soorten[s.soort] + (i === 0 ? " · hier sta je nu" : "")),
      el("dl", {}, rows.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])),
      why && el("p", { class: "bb-waarom" }, el("strong", {}, "Daarna: "), why[1]));
  }));
}

// Short, so that a route still prints on one page; `UITLEG` says once what they mean.
const LABELS = {
  maanden: { onbekend: () => "Onbekend", schatting: (n) => `Schatting: ${duration(n)}` },
  max_uren: { onbekend: () => "Onbekend", schatting: (n) => `Schatting: hoogstens ${n} uur per week` },
};
export const UITLEG = "Onbekend of Schatting: geen bron noemt dat getal. Een onbekende duur telt niet mee in het totaal.";

/** "Onbekend" or "Schatting: ..." for a number of station `s`, or null when a source gives it. */
export function label(s, field) {
  const value = s[field];
  const kind = value == null ? "onbekend" : (s.schatting ?? []).includes(field) ? "schatting" : null;
  return kind && [" ", el("span", { class: `bb-onzeker bb-${kind}` }, LABELS[field][kind](value))];
}

function list(items) {
  return items.length === 1 ? items[0] : el("ul", {}, items.map((item) => el("li", {}, item)));
}
