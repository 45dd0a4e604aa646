"""The route data the builder in the browser reads: only what it shows or searches on.

Numbers that no source gives are `null` (unknown); numbers that are our own estimate are listed in
the station's `schatting`, so the builder can say so. An unknown number is never 0.

Links are relative to the JSON file and follow the layout's URL rule (`x/y.md` -> `x/y/`, or
`x/y.html` without MkDocs' `use_directory_urls`); a test checks that every link leads to a built page.
"""

from __future__ import annotations

import json
import posixpath
from functools import partial

from ...core.aantal import Aantal
from ...core.content import Inhoud
from ...core.indeling import relatieve_url
from ...core.render import Context
from .controles import is_eind
from .model import GEMEENTEN, INKOMEN, KEUZES_STATION

PATH = "spoorboekje/stations.json"


def routedata(inhoud: Inhoud, ctx: Context) -> str:
    _url = partial(relatieve_url, mappen_urls=ctx.mappen_urls)
    here = posixpath.dirname(PATH)
    stations = {}
    for s in inhoud.alle("station"):
        hulp = [inhoud.get("organisatie", o) for o in s.hulp]
        stations[s.id] = {
            "titel": s.titel,
            "url": _url(s.pagina, here),
            "soort": s.soort,
            "duur": s.duur,
            "maanden": _getal(s.duur_maanden),
            "uren": s.uren_per_week,
            "max_uren": _getal(s.max_uren_per_week),
            **_schattingen(maanden=s.duur_maanden, max_uren=s.max_uren_per_week),
            "inkomen": s.inkomen,
            "voorwaarden": s.voorwaarden,
            "leert": s.je_leert,
            **({"bewijs": s.bewijs} if s.bewijs else {}),
            **({"diploma": True} if s.diploma else {}),
            **({"gemeente": s.gemeente} if s.gemeente else {}),
            **({"wijk": s.wijk} if s.wijk else {}),
            **({"start": True} if s.start else {}),
            **({"eind": True} if is_eind(s) else {}),
            "hulp": [[o.naam, _url(o.pagina, here)] for o in hulp],
            "volgende": [[v["naar"], v["waarom"]] for v in s.volgende],
        }
    data = {"soorten": KEUZES_STATION, "inkomen": INKOMEN, "gemeenten": GEMEENTEN, "stations": stations}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _getal(aantal: Aantal | None) -> int | None:
    return aantal.waarde if aantal is not None else None


def _schattingen(**aantallen: Aantal | None) -> dict:
    names = [name for name, a in aantallen.items() if a is not None and a.bekend and a.schatting]
    return {"schatting": names} if names else {}
