"""Organisaties: the parties around buurtbanen. Other content types refer to them by id."""

from __future__ import annotations

from ..core.content import Inhoud, Soort
from ..core.render import Context, Uitvoer
from ..core.velden import ja_nee, keuze, markdown, tekst
from ..indeling import INDELING

KEUZES_ORGANISATIE = {
    "werkgever": "Werkgevers",
    "gemeente": "Gemeenten en stadsdelen",
    "opleiding": "Opleiding",
    "kennis-en-coaching": "Kennis en coaching",
    "fonds": "Fondsen",
    "netwerk": "Netwerken",
}

ORGANISATIE = Soort(
    naam="organisatie",
    map="organisaties",
    velden=(
        tekst("naam", "De naam van de organisatie.", voorbeeld="Wikistad"),
        keuze("soort", "Wat voor organisatie het is.", KEUZES_ORGANISATIE),
        markdown("rol", "Wat deze organisatie doet voor buurtbanen."),
        ja_nee("voorbeeld", "true als deze organisatie verzonnen is, alleen voor voorbeelden. Een echte "
               "vacature kan haar niet als werkgever kiezen.", verplicht=False),
    ),
    titel=lambda item: item.naam,
    volgorde=lambda item: item.naam.lower(),
)

SOORTEN = (ORGANISATIE,)


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    organisaties = inhoud.alle("organisatie")
    out = [Uitvoer(o.pagina, ctx.render("organisaties/organisatie.md.j2", o.pagina, item=o,
                                        keuzes=KEUZES_ORGANISATIE), source_path=str(o.path))
           for o in organisaties]
    per_keuze = {k: [o for o in organisaties if o.soort == k] for k in KEUZES_ORGANISATIE}
    path = INDELING.overzicht(ORGANISATIE.map)
    out.append(Uitvoer(path, ctx.render("organisaties/overzicht.md.j2", path, per_keuze=per_keuze,
                                       keuzes=KEUZES_ORGANISATIE)))
    return out
