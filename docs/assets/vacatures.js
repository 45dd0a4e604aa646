// The filter on the vacancy listing (vacatures/), by place and by kind of work. Without
// JavaScript the listing is the full list and the filter form stays hidden.
import { listFilter, onEveryPage } from "./gedeeld.js";

// A safety net should a morning rebuild fail: a vacancy whose closing day (data-sluit, in
// Amsterdam) has passed is hidden before the filter counts. An inline script under the list does
// this before the list is first shown; this also covers a page reached by instant navigation.
function today() {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

onEveryPage(() => {
  const lijst = document.querySelector(".bb-vacatures");
  if (!lijst) return;
  const day = today();
  const open = [...lijst.querySelectorAll("li[data-plaats]")].filter((item) => {
    const closed = Boolean(item.dataset.sluit) && item.dataset.sluit < day;
    if (closed) item.hidden = true;
    return !closed;
  });
  if (!open.length) return; // nothing left to filter
  listFilter(document.querySelector("form[data-bb-filter]"), open, (item, { waar, soort }) => {
    const plaats = item.dataset.plaats;
    return (!waar.value || plaats === waar.value || plaats.startsWith(`${waar.value}/`)) &&
      (!soort.value || item.dataset.soort === soort.value);
  });
});
