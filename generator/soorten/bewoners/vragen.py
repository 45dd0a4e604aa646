"""Vragen van bewoners: the resident Q&A. One page with every question (folding answers, FAQPage
JSON-LD), a page per question, answers per gemeente where they differ."""

from __future__ import annotations

from ...core import problems
from ...core.content import Inhoud, Item, Soort
from ...core.problems import Melding, Problem
from ...core.render import Context, Uitvoer
from ...core.velden import (
    getal,
    ja_nee,
    keuze,
    lijst,
    markdown,
    onderdeel,
    tekst,
    verwijzing,
)
from ...indeling import INDELING
from ..werkgevers.vragen import (
    een_keer_in,
    faq_jsonld,
    volgorde_per_categorie,
    vraag_aan_bij_onbeantwoord,
)

CATEGORIEEN = {
    "wat": "Wat is een buurtbaan?",
    "wie": "Kan ik meedoen?",
    "geld": "Geld, uitkering en toeslagen",
    "werk": "Het werk en je uren",
    "leren": "Leren en begeleiding",
    "solliciteren": "Solliciteren en vragen stellen",
    "daarna": "Na de buurtbaan",
}

# The municipalities with a buurtbaan scheme in the sources (the same keys as a station's
# `gemeente`), with the name a resident reads.
GEMEENTEN = {
    "amsterdam": "In Amsterdam",
    "amersfoort": "In Liendert (Amersfoort)",
}

# Section pages an answer can point to: key -> (link text, page).
PAGINAS = {
    "vacatures": ("Vacatures", INDELING.overzicht("vacatures")),
    "spoorboekje": ("Spoorboekje: maak je eigen route", INDELING.overzicht("spoorboekje")),
    "wat-weten-we": ("Wat weten we? De uitkomsten van de evaluatie", "over/wat-weten-we.md"),
    "regelingen": ("Alle regelingen naast elkaar", INDELING.overzicht("regelingen")),
    "routekaart": ("Routekaart voor buurtbaners", INDELING.overzicht("routekaart")),
}

problems.register({
    "gemeente-dubbel": Melding(
        "de gemeente '{gemeente}' staat al eerder in deze lijst, op regel {eerder}.",
        "Schrijf alles over één gemeente in één antwoord. Haal deze weg, of kies de andere gemeente.",
        "per_gemeente:\n  - gemeente: amsterdam\n    antwoord: ...\n"
        "  - gemeente: amsterdam\n    antwoord: ...",
        "per_gemeente:\n  - gemeente: amsterdam\n    antwoord: ...\n"
        "  - gemeente: amersfoort\n    antwoord: ...",
    ),
    "zonder-link": Melding(
        "dit antwoord verwijst naar geen enkele pagina.",
        "Zet erbij op welke pagina's het antwoord steunt: een regeling, een station of een pagina "
        "zoals de vacatures. Bijvoorbeeld:\nregelingen: [amersfoort-kansrijk-liendert]\npaginas: [vacatures]",
        "vraag: Hoe solliciteer ik?\nantwoord: ...",
        "vraag: Hoe solliciteer ik?\nantwoord: ...\npaginas: [vacatures]",
    ),
})


gemeente_een_keer = een_keer_in("per_gemeente", "gemeente", "gemeente-dubbel")


def met_links(vragen: list[Item], inhoud: Inhoud) -> list[Problem]:
    """Every answer links to the pages it rests on."""
    return [Problem(v.path, v.line("antwoord"), ("antwoord",), "zonder-link")
            for v in vragen if v.geldig and not (v.regelingen or v.stations or v.paginas)]


BEWONERSVRAAG = Soort(
    naam="bewonersvraag",
    map="bewoners/vragen",
    velden=(
        tekst("vraag", "De vraag, zoals een bewoner hem stelt.", uniek=True,
              voorbeeld="Hoeveel verdien ik met een buurtbaan?"),
        keuze("categorie", "Over welk onderwerp de vraag gaat.", CATEGORIEEN),
        getal("volgorde", "De plaats van de vraag binnen de categorie (1, 2, 3 ...).", minimum=1),
        markdown("antwoord", "Het antwoord in korte zinnen, met 'je'. Weten de bronnen het niet? Zeg dat."),
        lijst(onderdeel("per_gemeente", "Het antwoord per gemeente, als dat verschilt.", (
            keuze("gemeente", "De gemeente.", GEMEENTEN),
            markdown("antwoord", "Het antwoord voor deze gemeente."),
        )), verplicht=False),
        ja_nee("onbeantwoord", "true als de bronnen geen (volledig) antwoord geven.", verplicht=False),
        lijst(verwijzing("vraag_aan", "Organisaties die het antwoord kunnen geven.", "organisatie",
                         voorbeeld="kansrijk-liendert"), verplicht=False),
        lijst(verwijzing("regelingen", "Regelingen waar het antwoord op steunt.", "regeling",
                         voorbeeld="amersfoort-kansrijk-liendert"), verplicht=False),
        lijst(verwijzing("stations", "Stations van het spoorboekje waar het antwoord op steunt.", "station",
                         voorbeeld="buurtbaan-liendert"), verplicht=False),
        lijst(keuze("paginas", "Andere pagina's van de site waar het antwoord op steunt.",
                    {code: label for code, (label, _) in PAGINAS.items()}),
              verplicht=False),
    ),
    titel=lambda item: item.vraag,
    volgorde=lambda item: (list(CATEGORIEEN).index(item.categorie) if item.categorie in CATEGORIEEN else 99,
                           item.volgorde or 0),
    controles=(vraag_aan_bij_onbeantwoord, gemeente_een_keer, volgorde_per_categorie, met_links),
    standaard=lambda vandaag, inhoud: nieuwe_vraag(inhoud),
    verloopt_na_maanden=12,
)


def nieuwe_vraag(inhoud: Inhoud) -> dict:
    """`buurtbanen nieuw bewonersvraag`: last in the 'wat' group, with a link to the vacancies."""
    wat = [v.volgorde for v in inhoud.alle("bewonersvraag")
           if v.categorie == "wat" and isinstance(v.volgorde, int)]
    return {"vraag": "Schrijf hier de vraag, zoals een bewoner hem stelt?", "categorie": "wat",
            "volgorde": max(wat, default=0) + 1, "paginas": ["vacatures"]}


SOORTEN = (BEWONERSVRAAG,)

OVERZICHT = INDELING.overzicht("bewoners/vragen")


def per_categorie(inhoud: Inhoud) -> dict[str, list[Item]]:
    vragen = inhoud.alle("bewonersvraag")
    return {c: [v for v in vragen if v.categorie == c] for c in CATEGORIEEN}


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    gedeeld = {"inhoud": inhoud, "categorieen": CATEGORIEEN, "gemeenten": GEMEENTEN, "paginas": PAGINAS,
               "overzicht": OVERZICHT}
    out = [Uitvoer(v.pagina, ctx.render("bewoners/vraag.md.j2", v.pagina, item=v, **gedeeld), source_path=str(v.path))
           for v in inhoud.alle("bewonersvraag")]
    out.append(Uitvoer(OVERZICHT, ctx.render("bewoners/vragen.md.j2", OVERZICHT, **gedeeld,
                                             per_categorie=per_categorie(inhoud), faq_jsonld=faq_jsonld)))
    return out
