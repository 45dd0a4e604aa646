// The timetable of a route, as DOM: every station with how long, income, what you learn,
// conditions and who helps. Builds elements with textContent only, never from HTML strings.

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name === "class") element.className = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.flat(Infinity).filter((c) => c != null && c !== false));
  return element;
}

/** A link to a page of the site; `url` is relative to the route data file. */
export function link(data, url, text) {
  return el("a", { href: new URL(url, data.base).href }, text);
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
      ["Hoe lang", s.duur],
      ["Uren per week", s.uren],
      ["Inkomen", data.inkomen[s.inkomen]],
      s.gemeente && ["Waar", `Alleen voor wie in ${data.gemeenten[s.gemeente]} woont`],
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

function list(items) {
  return items.length === 1 ? items[0] : el("ul", {}, items.map((item) => el("li", {}, item)));
}
