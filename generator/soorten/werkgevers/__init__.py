"""Werkgevers: the employer protocol and the employer Q&A, and the page that leads employers to both.

Split by concept: `protocol` (phases, inwerkplan, checklist) and `vragen` (the Q&A).
"""

from __future__ import annotations

from ...core.content import Inhoud
from ...core.render import Context, Uitvoer
from ...indeling import INDELING
from . import protocol, vragen

SOORTEN = protocol.SOORTEN + vragen.SOORTEN

OVERZICHT = INDELING.overzicht("werkgevers")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    overzicht = Uitvoer(OVERZICHT, ctx.render(
        "werkgevers/overzicht.md.j2", OVERZICHT, fases=inhoud.alle("protocolfase"),
        per_categorie=vragen.per_categorie(inhoud), categorieen=vragen.CATEGORIEEN,
        regelingen=inhoud.alle("regeling")))
    return protocol.paginas(inhoud, ctx) + vragen.paginas(inhoud, ctx) + [overzicht]
