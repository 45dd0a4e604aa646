// The filter on the list of experiences (leren/ervaringen/), by theme and by role. The form takes
// its place from the start but is invisible (class bb-nog-niet) until this runs, so showing it
// moves nothing; without JavaScript the page is the plain, complete list.
import { listFilter, onEveryPage } from "./gedeeld.js";

onEveryPage(() => {
  const lijst = document.querySelector(".bb-ervaringen");
  if (!lijst) return;
  listFilter(document.querySelector('form[data-bb-filter="ervaringen"]'), [...lijst.querySelectorAll("li[data-rol]")],
    (item, { thema, rol }) => (!thema.value || item.dataset.themas.split(" ").includes(thema.value)) &&
      (!rol.value || item.dataset.rol === rol.value));
});
