"""The peer-learning programme: intervisie, workshops, the Werkplaats Informeel Leren and
peer-to-peer coaching, each as one item; and the front page of "Leren van elkaar"."""

from __future__ import annotations

from ...core.content import Inhoud, Soort
from ...core.render import Context, Uitvoer
from ...core.velden import getal, tekst
from ...indeling import INDELING

ONDERDEEL = Soort(
    naam="programmaonderdeel",
    map="leren/programma",
    velden=(
        getal("volgorde", "De plaats op de pagina Leren van elkaar (1, 2, 3 ...).", minimum=1, uniek=True),
        tekst("titel", "De naam van het onderdeel.", voorbeeld="Intervisie"),
        tekst("samenvatting", "Wat het is, in één zin.",
              voorbeeld="Buurtbaners praten samen over hun werk."),
        tekst("wat_is_het", "Wat het is, in een paar korte zinnen."),
        tekst("wie", "Wie het organiseert: een rol en een organisatie. Noem geen namen.",
              voorbeeld="Twee oud-buurtbaners. Eerst samen met het Prospercollege."),
        tekst("hoe_vaak", "Hoe vaak of hoe lang. Weet je het niet? Schrijf dat dan.",
              voorbeeld="Drie rondes van vijf bijeenkomsten in twee jaar (2021-2023)."),
        tekst("meedoen", "Hoe je meedoet, of wie je dat vraagt.",
              voorbeeld="Vraag het je externe coach of het aanjaagteam."),
        tekst("evaluatie", "Wat de evaluatie erover zegt, in je eigen woorden."),
    ),
    volgorde=lambda item: item.volgorde,
)

OVERZICHT = INDELING.overzicht("leren")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    onderdelen = inhoud.alle("programmaonderdeel")
    out = [Uitvoer(o.pagina, ctx.render("leren/onderdeel.md.j2", o.pagina, item=o), source_path=str(o.path))
           for o in onderdelen]
    out.append(Uitvoer(OVERZICHT, ctx.render(
        "leren/index.md.j2", OVERZICHT, onderdelen=onderdelen, themas=inhoud.alle("thema"),
        aantal_ervaringen=len(inhoud.alle("ervaring")))))
    return out
