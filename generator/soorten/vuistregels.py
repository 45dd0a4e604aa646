"""Vuistregels: rules of thumb for the buurtbaan, and the gespreksleidraad made from them."""

from __future__ import annotations

from ..core.content import Inhoud, Soort
from ..core.render import Context, Uitvoer
from ..core.velden import getal, keuze, lijst, markdown, tekst, verwijzing
from ..indeling import INDELING
from ..rollen import ROLLEN

GROEPEN = {
    "doel": "Het doel",
    "praktijk": "De praktijk",
    "facilitering": "Steun en middelen",
    "doorontwikkeling": "Verder bouwen",
    "brede-buurtaanpak": "Brede buurtaanpak",
}

VUISTREGEL = Soort(
    naam="vuistregel",
    map="vuistregels",
    velden=(
        getal("nummer", "Het nummer van de vuistregel. Elk nummer komt één keer voor.",
              voorbeeld=1, minimum=1, uniek=True),
        tekst("titel", "Een korte titel.", voorbeeld="Een buurtbaner is een volwaardige collega"),
        keuze("groep", "Bij welke groep de vuistregel hoort.", GROEPEN),
        tekst("regel", "De vuistregel in één korte zin.",
              voorbeeld="Zie de buurtbaner als collega, niet als assistent."),
        markdown("toelichting", "Uitleg: waarom deze regel, en wat hij in de praktijk betekent."),
        lijst(keuze("voor_wie", "Voor wie de regel vooral geldt.", ROLLEN), min_aantal=1),
        lijst(tekst("gespreksvragen", "Vragen voor het gesprek met de werkgever.",
                    voorbeeld="Welke taken passen bij de kracht van de buurtbaner?"), min_aantal=2),
        lijst(verwijzing("zie_ook", "Andere vuistregels die erbij horen.", "vuistregel",
                         voorbeeld="dubbel-doel"), verplicht=False),
    ),
    volgorde=lambda item: item.nummer,
    gereserveerd=("index", "gespreksleidraad"),
)

SOORTEN = (VUISTREGEL,)


GESPREKSLEIDRAAD = INDELING.pagina("gespreksleidraad")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    regels = inhoud.alle("vuistregel")
    per_groep = {groep: [r for r in regels if r.groep == groep] for groep in GROEPEN}
    out = [
        Uitvoer(r.pagina, ctx.render("vuistregels/vuistregel.md.j2", r.pagina, item=r, groepen=GROEPEN,
                                     inhoud=inhoud), source_path=str(r.path))
        for r in regels
    ]
    path = INDELING.overzicht(VUISTREGEL.map)
    out.append(Uitvoer(path, ctx.render("vuistregels/overzicht.md.j2", path, per_groep=per_groep,
                                       groepen=GROEPEN)))
    out.append(Uitvoer(GESPREKSLEIDRAAD, ctx.render("vuistregels/gespreksleidraad.md.j2", GESPREKSLEIDRAAD, per_groep=per_groep,
                                       groepen=GROEPEN)))
    return out
