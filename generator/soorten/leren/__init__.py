"""Leren van elkaar: the peer-learning section for buurtbaners.

Three concepts, one module each:
- `programma`: the parts of the programme (intervisie, workshops, Werkplaats Informeel Leren,
  peer-to-peer coaching), and the section's front page;
- `ervaringen`: short experiences and tips, shared by role, with the checks that keep personal
  data out and ask for consent;
- `bijeenkomsten`: a printable meeting page (one A4) per routekaart theme, the intervisie kit.
"""

from __future__ import annotations

from ...core.content import Inhoud
from ...core.render import Context, Uitvoer
from . import bijeenkomsten, ervaringen, programma

SOORTEN = (programma.ONDERDEEL, ervaringen.ERVARING)
# The front page links to the kit, which is made from the routekaart themes.
NA_DE_ANDEREN = True


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    return [*ervaringen.paginas(inhoud, ctx), *bijeenkomsten.paginas(inhoud, ctx),
            *programma.paginas(inhoud, ctx)]


def bij_item(item, inhoud: Inhoud, ctx: Context, path: str) -> str:
    """Extra Markdown for another type's item page: the experiences that are about it."""
    return ervaringen.bij_anderen(item, inhoud, ctx, path)
