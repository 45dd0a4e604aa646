"""Voor bewoners: the resident section. Its intro page and the resident Q&A (`vragen`).

The resident Q&A is its own content type (`bewonersvraag`, in content/bewoners/vragen/), not the
employer `vraag` with an audience field: residents ask per gemeente rather than per regeling,
their topics differ, and editors find them in their own folder. What both Q&As share (the checks
on unanswered questions and on the order, the FAQPage JSON-LD, whom-to-ask) is imported from
`werkgevers.vragen`, not copied.
"""

from __future__ import annotations

from ...core.content import Inhoud
from ...core.render import Context, Uitvoer
from ...indeling import INDELING
from . import vragen

SOORTEN = vragen.SOORTEN

# Links to other sections (spoorboekje, vacatures, "Wat weten we?") only when the build has them:
# runs after every other module, also after vacatures (which itself runs late, `True` = 1).
NA_DE_ANDEREN = 2

OVERZICHT = INDELING.overzicht("bewoners")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    overzicht = Uitvoer(OVERZICHT, ctx.render(
        "bewoners/overzicht.md.j2", OVERZICHT, per_categorie=vragen.per_categorie(inhoud),
        categorieen=vragen.CATEGORIEEN, regelingen=inhoud.alle("regeling"), vragen_path=vragen.OVERZICHT,
        paginas=vragen.PAGINAS))
    return vragen.paginas(inhoud, ctx) + [overzicht]
