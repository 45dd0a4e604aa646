"""Routekaart: the four themes of the route map used in intervisie."""

from __future__ import annotations

from ..core.content import Inhoud, Soort
from ..core.render import Context, Uitvoer
from ..core.velden import getal, lijst, markdown, onderdeel, tekst, verwijzing
from ..indeling import INDELING

THEMA = Soort(
    naam="thema",
    map="routekaart",
    velden=(
        getal("volgorde", "De plaats van het thema op de routekaart (1, 2, 3 ...).", minimum=1, uniek=True),
        tekst("titel", "De naam van het thema.", voorbeeld="Het eigen plan"),
        tekst("kernvraag", "De vraag waar het thema om draait.",
              voorbeeld="Wat wil jij in de buurt bereiken?"),
        markdown("inleiding", "Een korte inleiding.", verplicht=False),
        lijst(tekst("route", "De stappen van de route, op volgorde.",
                    voorbeeld="Breng in kaart wat bewoners nodig hebben."), min_aantal=2),
        lijst(onderdeel("valkuilen", "Valkuilen, elk met een tip.", (
            tekst("valkuil", "Wat er mis kan gaan.", voorbeeld="Je krijgt alleen hand- en spandiensten."),
            tekst("tip", "Wat helpt.", voorbeeld="Spreek in de eerste maand af welke taken bij je passen."),
        )), min_aantal=3),
        lijst(tekst("intervisievragen", "Vragen om samen in de intervisie te bespreken.",
                    voorbeeld="Waar ben je trots op?"), min_aantal=2),
        lijst(verwijzing("vuistregels", "Vuistregels die bij dit thema horen.", "vuistregel",
                         voorbeeld="dubbel-doel"), verplicht=False),
    ),
    volgorde=lambda item: item.volgorde,
)

SOORTEN = (THEMA,)


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    themas = inhoud.alle("thema")
    out = [
        Uitvoer(t.pagina, ctx.render("routekaart/thema.md.j2", t.pagina, item=t, inhoud=inhoud,
                                     vorige=themas[i - 1] if i else None,
                                     volgende=themas[i + 1] if i + 1 < len(themas) else None),
                source_path=str(t.path))
        for i, t in enumerate(themas)
    ]
    path = INDELING.overzicht(THEMA.map)
    out.append(Uitvoer(path, ctx.render("routekaart/overzicht.md.j2", path, themas=themas)))
    return out
