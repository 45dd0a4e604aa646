"""The spoorboekje's pages: one per station and per lijn, the overview with the route builder,
and the route data as JSON."""

from __future__ import annotations

from ...core.content import Inhoud
from ...core.render import Context, Uitvoer
from ...indeling import INDELING
from .controles import edges_of, is_eind
from .graph import reversed_edges
from .model import GEMEENTEN, INKOMEN, KEUZES_STATION
from .routedata import PATH as ROUTEDATA
from .routedata import routedata

OVERZICHT = INDELING.overzicht("spoorboekje")


def waar(station) -> str:
    """Where you must live for a station: 'Amsterdam' or 'de wijk Liendert in Amersfoort'."""
    gemeente = GEMEENTEN[station.gemeente]
    return f"de wijk {station.wijk} in {gemeente}" if station.wijk else gemeente


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    stations = inhoud.alle("station")
    lijnen = inhoud.alle("lijn")
    labels = dict(station_keuzes=KEUZES_STATION, inkomen=INKOMEN, gemeenten=GEMEENTEN, is_eind=is_eind,
                  inhoud=inhoud, overzicht=OVERZICHT, waar=waar)
    vanaf = reversed_edges(edges_of(stations))  # station id -> ids of the stations that lead here
    out = []
    for s in stations:
        op_lijnen = [lijn for lijn in lijnen if s.id in lijn.stations]
        out.append(Uitvoer(s.pagina, ctx.render("spoorboekje/station.md.j2", s.pagina, item=s,
                                                vanaf=[inhoud.get("station", v) for v in sorted(set(vanaf[s.id]))],
                                                lijnen=op_lijnen, **labels), source_path=str(s.path)))
    for lijn in lijnen:
        out.append(Uitvoer(lijn.pagina, ctx.render("spoorboekje/lijn.md.j2", lijn.pagina, item=lijn, **labels),
                           source_path=str(lijn.path)))
    per_keuze = {k: [s for s in stations if s.soort == k] for k in KEUZES_STATION}
    out.append(Uitvoer(OVERZICHT, ctx.render("spoorboekje/overzicht.md.j2", OVERZICHT, lijnen=lijnen,
                                             per_keuze=per_keuze, routedata=ROUTEDATA, **labels)))
    out.append(Uitvoer(ROUTEDATA, routedata(inhoud, ctx)))
    return out
