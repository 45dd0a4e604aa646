"""Vragen van werkgevers: one page with every question (folding answers, FAQPage JSON-LD) and a
page per question."""

from __future__ import annotations

from ...core import problems
from ...core.content import Inhoud, Item, Soort
from ...core.indeling import content_folder
from ...core.problems import Melding, Problem
from ...core.render import Context, Uitvoer
from ...core.velden import getal, ja_nee, keuze, lijst, markdown, onderdeel, tekst, verwijzing
from ...indeling import INDELING
from .platte_tekst import platte_tekst

CATEGORIEEN = {
    "geld": "Geld en subsidie",
    "werving": "Werving en selectie",
    "inwerken": "Inwerken en begeleiding",
    "scholing": "Opleiding en coaching",
    "intervisie": "Intervisie en workshops",
    "uitstroom": "Uitstroom: na de buurtbaan",
    "praktisch": "Praktische zaken",
}

problems.register({
    "onbeantwoord-zonder-vraag-aan": Melding(
        "bij een vraag zonder antwoord hoort ook wie je het kunt vragen.",
        f"Zet onder vraag_aan een of meer organisaties uit {content_folder('organisaties')}/, bijvoorbeeld:\n"
        "vraag_aan: [gemeente-amsterdam]",
        "onbeantwoord: true",
        "onbeantwoord: true\nvraag_aan: [gemeente-amsterdam]",
    ),
    "regeling-dubbel": Melding(
        "de regeling '{regeling}' staat al eerder in deze lijst, op regel {eerder}.",
        "Schrijf alles over één regeling in één antwoord. Haal deze weg, of kies een andere regeling.",
        "per_regeling:\n  - regeling: amsterdam-2021-2023\n    antwoord: ...\n"
        "  - regeling: amsterdam-2021-2023\n    antwoord: ...",
        "per_regeling:\n  - regeling: amsterdam-2021-2023\n    antwoord: ...\n"
        "  - regeling: amsterdam-vanaf-2024\n    antwoord: ...",
    ),
    "volgorde-dubbel": Melding(
        "een andere vraag in de categorie '{categorie}' heeft ook volgorde {waarde}: {ander}.",
        "Geef elke vraag in een categorie een eigen volgorde (1, 2, 3 ...).",
        "categorie: geld\nvolgorde: 2   (en in een ander bestand ook categorie: geld, volgorde: 2)",
        "categorie: geld\nvolgorde: 3",
    ),
})


def vraag_aan_bij_onbeantwoord(vragen: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(v.path, v.line("onbeantwoord"), ("onbeantwoord",), "onbeantwoord-zonder-vraag-aan")
            for v in vragen if v.onbeantwoord and not v.vraag_aan]


def een_keer_in(lijst: str, sleutel: str, code: str):
    """A check: in each question's `lijst` (per_regeling, per_gemeente), each `sleutel` at most once."""
    def check(vragen: list[Item], inhoud: Inhoud) -> list[Problem]:
        found = []
        for v in vragen:
            eerder: dict[str, int] = {}
            for i, deel in enumerate(getattr(v, lijst)):
                waarde = (deel or {}).get(sleutel)  # None when the entry itself was wrong
                line = v.line(lijst, i, sleutel)
                if waarde in eerder:
                    found.append(Problem(v.path, line, (lijst, i, sleutel), code,
                                         **{sleutel: waarde}, eerder=eerder[waarde]))
                elif waarde:
                    eerder[waarde] = line
        return found
    check.__name__ = f"{sleutel}_een_keer"
    return check


regeling_een_keer = een_keer_in("per_regeling", "regeling", "regeling-dubbel")


def volgorde_per_categorie(vragen: list[Item], inhoud: Inhoud) -> list[Problem]:
    found: list[Problem] = []
    eerder: dict[tuple, Item] = {}
    for v in sorted(vragen, key=lambda v: str(v.path)):
        sleutel = (v.categorie, v.volgorde)
        if None in sleutel:
            continue
        if sleutel in eerder:
            ander = eerder[sleutel]
            found.append(Problem(v.path, v.line("volgorde"), ("volgorde",), "volgorde-dubbel",
                                 categorie=v.categorie, waarde=v.volgorde,
                                 ander=f"{ander.path}:{ander.line('volgorde')}"))
        else:
            eerder[sleutel] = v
    return found


VRAAG = Soort(
    naam="vraag",
    map="werkgevers/vragen",
    velden=(
        tekst("vraag", "De vraag, zoals een werkgever hem stelt.", uniek=True,
              voorbeeld="Hoeveel subsidie krijg ik voor een buurtbaner?"),
        keuze("categorie", "Over welk onderwerp de vraag gaat.", CATEGORIEEN),
        getal("volgorde", "De plaats van de vraag binnen de categorie (1, 2, 3 ...).", minimum=1),
        markdown("antwoord", "Het antwoord in 2 tot 6 korte zinnen. Weten de bronnen het niet? Zeg dat."),
        lijst(onderdeel("per_regeling", "Het antwoord per regeling, als dat verschilt.", (
            verwijzing("regeling", "De regeling.", "regeling", voorbeeld="amsterdam-2021-2023"),
            markdown("antwoord", "Het antwoord voor deze regeling."),
        )), verplicht=False),
        ja_nee("onbeantwoord", "true als de bronnen geen antwoord geven.", verplicht=False),
        lijst(verwijzing("vraag_aan", "Organisaties die het antwoord kunnen geven.", "organisatie",
                         voorbeeld="gemeente-amsterdam"), verplicht=False),
        lijst(verwijzing("protocol", "Fases van het protocol waar het antwoord op steunt.", "protocolfase",
                         voorbeeld="inwerken"), verplicht=False),
        lijst(verwijzing("vuistregels", "Vuistregels waar het antwoord op steunt.", "vuistregel",
                         voorbeeld="helder-inwerkplan"), verplicht=False),
    ),
    titel=lambda item: item.vraag,
    volgorde=lambda item: (list(CATEGORIEEN).index(item.categorie) if item.categorie in CATEGORIEEN else 99,
                           item.volgorde or 0),
    controles=(vraag_aan_bij_onbeantwoord, regeling_een_keer, volgorde_per_categorie),
    standaard=lambda vandaag, inhoud: nieuwe_vraag(inhoud),
    verloopt_na_maanden=12,
)


def nieuwe_vraag(inhoud: Inhoud) -> dict:
    """`buurtbanen nieuw vraag`: a question text of its own, last in the 'praktisch' group."""
    praktisch = [v.volgorde for v in inhoud.alle("vraag")
                 if v.categorie == "praktisch" and isinstance(v.volgorde, int)]
    return {"vraag": "Schrijf hier de vraag, zoals een werkgever hem stelt?", "categorie": "praktisch",
            "volgorde": max(praktisch, default=0) + 1}

SOORTEN = (VRAAG,)

OVERZICHT = INDELING.overzicht("werkgevers/vragen")


def per_categorie(inhoud: Inhoud) -> dict[str, list[Item]]:
    vragen = inhoud.alle("vraag")
    return {c: [v for v in vragen if v.categorie == c] for c in CATEGORIEEN}


def faq_jsonld(vragen: list[Item], antwoord) -> dict:
    """schema.org FAQPage. `antwoord` is the template macro that writes the visible answer, so the
    JSON-LD holds the very words on the page, as plain text."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": v.vraag,
             "acceptedAnswer": {"@type": "Answer", "text": platte_tekst(antwoord(v))}}
            for v in vragen
        ],
    }
    return data


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    gedeeld = dict(inhoud=inhoud, categorieen=CATEGORIEEN, overzicht=OVERZICHT)
    out = [Uitvoer(v.pagina, ctx.render("werkgevers/vraag.md.j2", v.pagina, item=v, **gedeeld), source_path=str(v.path))
           for v in inhoud.alle("vraag")]
    out.append(Uitvoer(OVERZICHT, ctx.render("werkgevers/vragen.md.j2", OVERZICHT, **gedeeld,
                                             per_categorie=per_categorie(inhoud), faq_jsonld=faq_jsonld)))
    return out
