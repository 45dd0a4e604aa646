// Route finding in the spoorboekje. Pure functions: a graph in, routes out; no DOM, no network.
//
// A graph is the `stations` object of spoorboekje/stations.json:
//   { id: { maanden, max_uren, soort, diploma?, gemeente?, schatting?, volgende: [[id, waarom], ...], ... }, ... }
// `maanden` and `max_uren` are null when no source gives them; `schatting` lists the ones that are
// our own estimate. Only a number from a source can rule a route out: an unknown number or an
// estimate never does. The timetable says which numbers are unknown or an estimate.
// A route is a list of station ids that follows the edges and visits no station twice.
// Wishes: { diploma: bool, vrijwilligerEerst: bool, maxUren: number | null, gemeente: string | null }.
// A station with a `gemeente` is only for the people who live there: with a gemeente wish, routes
// skip the stations of any other gemeente (also as start or goal).

const VRIJWILLIGER = new Set(["vrijwilligerswerk", "vrijwilligerswerk-met-vergoeding"]);
const BETAALD = new Set(["buurtbaan", "werk", "zzp", "eigen-organisatie"]);

// Partial routes one search may look at. The graph is small, so this is never reached today;
// it keeps a cheap phone responsive should the network grow a lot.
const BUDGET = 50000;

/** The next stations from `id` that exist, as [id, waarom] pairs. */
export function nextSteps(graph, id) {
  return (graph[id]?.volgende ?? []).filter(([next]) => next in graph);
}

/** True when `ids` is a route: known stations, each one a next step of the one before, no repeats. */
export function isRoute(graph, ids) {
  if (!Array.isArray(ids) || ids.length === 0 || new Set(ids).size !== ids.length) return false;
  return ids.every((id, i) => id in graph &&
    (i === 0 || nextSteps(graph, ids[i - 1]).some(([next]) => next === id)));
}

/** Months from the start (where you are now) to the end of the last station, counting only the
 *  stations whose duration is known: see `unknown` for the others. */
export function months(graph, ids) {
  return ids.slice(1).reduce((sum, id) => sum + (graph[id].maanden ?? 0), 0);
}

/** The stations after the start whose `field` ("maanden" or "max_uren") no source gives. */
export function unknown(graph, ids, field) {
  return ids.slice(1).filter((id) => graph[id][field] == null);
}

/** The stations after the start whose `field` is our own estimate. */
export function estimated(graph, ids, field) {
  return ids.slice(1).filter((id) => graph[id][field] != null && isEstimate(graph[id], field));
}

function isEstimate(station, field) {
  return (station.schatting ?? []).includes(field);
}

/** True when a source says this station takes more hours than `maxUren`. */
export function tooManyHours(station, maxUren) {
  return maxUren != null && station.max_uren != null && !isEstimate(station, "max_uren") &&
    station.max_uren > maxUren;
}

/** True when the whole route fits the wishes. The start is where you are now: the hours wish
 *  applies to the stations after it. */
export function fitsWishes(graph, ids, wishes = {}) {
  const state = ids.reduce((s, id, i) => s && step(graph, s, id, i, wishes), start());
  return state !== null && done(state, wishes);
}

/**
 * Up to three routes from `from` to `to`: the one with the fewest steps, the one that takes the
 * shortest time (when that is another route), and one more that differs from both, if there is one.
 * Returns { routes: [{ ids, stappen, maanden, onbekend, soorten: ["stappen" | "duur" | "anders", ...] }],
 *           (`maanden` counts the known durations; `onbekend` is how many stations have none)
 *           reden: null | "zelfde" | "onbekend" | "onbereikbaar" | "gemeente-start" | "gemeente-doel" |
 *                  "uren-doel" | "gemeente-onderweg" | "wensen" }.
 */
export function findRoutes(graph, from, to, wishes = {}) {
  if (!(from in graph) || !(to in graph)) return { routes: [], reden: "onbekend" };
  if (from === to) return { routes: [], reden: "zelfde" };
  const fewest = search(graph, from, to, wishes, (r) => [r.stappen, r.maanden, r.onbekend], 3);
  if (fewest.length === 0) return { routes: [], reden: why(graph, from, to, wishes) };
  const [shortest] = search(graph, from, to, wishes, (r) => [r.onbekend, r.maanden, r.stappen], 1);
  const routes = [{ ...fewest[0], soorten: ["stappen"] }];
  if (same(shortest, fewest[0])) routes[0].soorten.push("duur");
  else routes.push({ ...shortest, soorten: ["duur"] });
  const other = fewest.find((r) => !routes.some((chosen) => same(chosen, r)));
  if (other) routes.push({ ...other, soorten: ["anders"] });
  return { routes, reden: null };
}

// --- the search ------------------------------------------------------------------------------

// What a partial route has met so far, for the wishes that look at the whole route.
function start() {
  return { diploma: false, vrijwilliger: false };
}

// The state after adding station `id` at position `i`, or null when the wishes rule it out.
function step(graph, state, id, i, wishes) {
  const station = graph[id];
  if (!station) return null;
  if (!inGemeente(station, wishes)) return null;
  if (i > 0 && tooManyHours(station, wishes.maxUren)) return null;
  if (wishes.vrijwilligerEerst && i > 0 && BETAALD.has(station.soort) && !state.vrijwilliger) return null;
  return {
    diploma: state.diploma || Boolean(station.diploma),
    vrijwilliger: state.vrijwilliger || VRIJWILLIGER.has(station.soort),
  };
}

// True when someone who lives in the wished gemeente may use this station.
function inGemeente(station, wishes) {
  return !wishes.gemeente || !station.gemeente || station.gemeente === wishes.gemeente;
}

function done(state, wishes) {
  return (!wishes.diploma || state.diploma) && (!wishes.vrijwilligerEerst || state.vrijwilliger);
}

// Best-first search over partial routes, cheapest first by `cost`; the first `count` partial routes
// that reach `to` and fit the wishes are the `count` best routes.
function search(graph, from, to, wishes, cost, count) {
  const first = step(graph, start(), from, 0, wishes);
  if (first === null) return [];
  const queue = new Heap((a, b) => compare(a.key, b.key) || a.order - b.order);
  let order = 0;
  const push = (ids, state) => {
    const route = { ids, stappen: ids.length - 1, maanden: months(graph, ids),
      onbekend: unknown(graph, ids, "maanden").length };
    queue.push({ route, state, key: cost(route), order: order++ });
  };
  push([from], first);
  const found = [];
  for (let looked = 0; queue.size > 0 && found.length < count && looked < BUDGET; looked++) {
    const { route, state } = queue.pop();
    const last = route.ids[route.ids.length - 1];
    if (last === to) {
      if (done(state, wishes)) found.push(route);
      continue;  // a route ends where you want to be
    }
    for (const [next] of nextSteps(graph, last)) {
      if (route.ids.includes(next)) continue;
      const nextState = step(graph, state, next, route.ids.length, wishes);
      if (nextState !== null) push([...route.ids, next], nextState);
    }
  }
  return found;
}

// Why no route was found, most basic reason first.
function why(graph, from, to, wishes) {
  const any = (w) => search(graph, from, to, w, (r) => [r.stappen], 1).length > 0;
  if (!any({})) return "onbereikbaar";
  if (!inGemeente(graph[from], wishes)) return "gemeente-start";
  if (!inGemeente(graph[to], wishes)) return "gemeente-doel";
  if (tooManyHours(graph[to], wishes.maxUren)) return "uren-doel";
  if (wishes.gemeente && !any({ gemeente: wishes.gemeente })) return "gemeente-onderweg";
  return "wensen";
}

function same(a, b) {
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
}

function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

// A small binary heap; `before(a, b)` < 0 when a comes first.
class Heap {
  constructor(before) { this.before = before; this.items = []; }
  get size() { return this.items.length; }
  push(item) {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.before(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let best = i;
        if (l < items.length && this.before(items[l], items[best]) < 0) best = l;
        if (r < items.length && this.before(items[r], items[best]) < 0) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}
