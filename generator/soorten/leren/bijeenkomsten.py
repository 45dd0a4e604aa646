"""The intervisie kit: for each routekaart theme a meeting page that prints on one A4.

The theme's own fields (kernvraag, intervisievragen, valkuilen, vuistregels) come from the
content; the outline of the meeting is this site's suggestion and says so on the page.
"""

from __future__ import annotations

from ...core.content import Inhoud
from ...core.render import Context, Uitvoer
from ...indeling import INDELING

MAP = "leren/bijeenkomsten"
OVERZICHT = INDELING.overzicht(MAP)


def path(thema) -> str:
    return f"{MAP}/{thema.id}.md"


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    themas = inhoud.alle("thema")
    out = [Uitvoer(path(t), ctx.render("leren/bijeenkomst.md.j2", path(t), item=t, inhoud=inhoud),
                   source_path=str(t.path))
           for t in themas]
    out.append(Uitvoer(OVERZICHT, ctx.render("leren/bijeenkomsten.md.j2", OVERZICHT, themas=themas,
                                             path_of=path)))
    return out
