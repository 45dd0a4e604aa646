"""Ervaringen: a short experience or tip from someone in or around a buurtbaan, by role.

An experience names no one: it says "een buurtbaner" or "mijn collega", never a name, and holds
no phone number, e-mail address or home address. `controleer` refuses what looks like such data.
Anything about a person's own life (income, health, family) needs explicit consent.
"""

from __future__ import annotations

import re

from ...core import problems
from ...core.content import Inhoud, Item, Soort
from ...core.problems import Melding, Problem
from ...core.render import Context, Uitvoer
from ...core.velden import datum, ja_nee, keuze, lijst, tekst, verwijzing
from ...indeling import INDELING

ROLLEN = {
    "buurtbaner": "Een buurtbaner",
    "ex-buurtbaner": "Een oud-buurtbaner",
    "werkgever": "Een werkgever",
    "collega": "Een collega",
    "externe-coach": "Een externe coach",
    "sleutelpersoon": "Een actieve bewoner",
    "stadsdeel": "Een stadsdeel",
    "aanjaagteam": "Het aanjaagteam",
}
TOESTEMMING = {
    "gegeven": "De persoon over wie het gaat, gaf toestemming om dit te delen.",
    "openbare-bron": "Dit staat in een openbare bron. We noemen geen naam.",
}
# The fields an experience is about, with the content type each points at.
OVER = {"themas": "thema", "vuistregels": "vuistregel", "stations": "station", "vragen": "vraag"}
TEKSTVELDEN = ("titel", "wat_gebeurde", "wat_hielp", "tip")

problems.register({
    "bron-of-datum": Melding(
        "bij een ervaring staat een bron of de dag waarop je hem deelde.",
        "Komt de ervaring uit een openbare bron? Schrijf dan de titel en het hoofdstuk bij 'bron'. "
        "Is het je eigen ervaring? Schrijf dan de datum van vandaag bij 'gedeeld_op'.",
        "titel: Mijn taken pasten niet bij mij",
        "titel: Mijn taken pasten niet bij mij\ngedeeld_op: 2026-11-30",
    ),
    "toestemming-nodig": Melding(
        "deze ervaring gaat over iemands eigen leven, maar er staat geen toestemming bij.",
        "Vraag de persoon of je dit mag delen. Schrijf dan 'toestemming: gegeven'. Staat het in "
        "een openbare bron? Schrijf dan 'toestemming: openbare-bron'. Mag het niet? Haal de "
        "ervaring dan weg.",
        "over_eigen_leven: true",
        "over_eigen_leven: true\ntoestemming: gegeven",
    ),
    "naam-in-ervaring": Melding(
        "'{gevonden}' lijkt een naam.",
        "Noem in een ervaring niemand bij naam. Schrijf de rol: 'mijn collega', 'een bewoner', "
        "'de coach'.",
        "tip: Vraag mijn collega Fatima om hulp.",
        "tip: Vraag een collega om hulp.",
    ),
    "telefoon-in-ervaring": Melding(
        "'{gevonden}' lijkt een telefoonnummer.",
        "Zet geen telefoonnummer in een ervaring. Wil je dat mensen contact zoeken? Verwijs dan "
        "naar een organisatie, zoals het buurthuis.",
        "wat_hielp: Ik belde de coach op 06-12345678.",
        "wat_hielp: Ik belde mijn coach.",
    ),
    "email-in-ervaring": Melding(
        "'{gevonden}' lijkt een e-mailadres.",
        "Zet geen e-mailadres in een ervaring. Schrijf wie je mailde, als rol: 'ik mailde mijn "
        "werkgever'.",
        "wat_hielp: Ik mailde naar jan@voorbeeld.nl.",
        "wat_hielp: Ik mailde mijn werkgever.",
    ),
    "adres-in-ervaring": Melding(
        "'{gevonden}' lijkt een adres met huisnummer.",
        "Zet geen adres in een ervaring. Noem de buurt of het soort plek: 'in het buurthuis', "
        "'in de Jan Maijenbuurt'.",
        "wat_gebeurde: We kookten bij mij thuis, Kinkerstraat 12.",
        "wat_gebeurde: We kookten samen in de buurt.",
    ),
})

_WIE = ("collega", "buurvrouw", "buurman", "coach", "baas", "leidinggevende", "werkgever",
        "begeleider", "buurtbaner", "vriendin", "vriend", "moeder", "vader", "zus", "broer",
        "dochter", "zoon", "man", "vrouw", "buren", "klant", "cliënt")
PATRONEN = (
    # A capitalised word right after "mijn collega", "onze coach", "de buurvrouw" ...
    ("naam-in-ervaring", re.compile(
        r"\b(?:[Mm]ijn|[Oo]nze|[Jj]e|[Jj]ouw|[Hh]aar|[Zz]ijn|[Dd]e|[Ee]en)\s+(?:" + "|".join(_WIE)
        + r")\s+([A-ZÀ-Ý][a-zà-ÿ]+)")),
    # A Dutch phone number: 0 or +31/0031, then nine digits; spaces, dots and dashes between.
    ("telefoon-in-ervaring", re.compile(r"(?<![\w+])(?:0|\+31[\s.-]?|0031[\s.-]?)\d(?:[\s.-]?\d){8}(?!\d)")),
    ("email-in-ervaring", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # A street name ending as Dutch street names do, followed by a house number.
    ("adres-in-ervaring", re.compile(
        r"\b[A-ZÀ-Ý][\w'-]*(?:straat|laan|weg|plein|gracht|kade|dreef|hof|singel|dijk|pad|steeg|"
        r"plantsoen|park)\s+\d+\s?[a-zA-Z]?\b|\bhuisnummer\s+\d+")),
)


def persoonsgegevens(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for item in items:
        for veld in TEKSTVELDEN:
            text = item.waarden.get(veld)
            if not isinstance(text, str):
                continue
            for code, patroon in PATRONEN:
                for match in patroon.finditer(text):
                    gevonden = match.group(1) if match.groups() and match.group(1) else match.group(0)
                    found.append(Problem(item.path, item.line(veld), (veld,), code, gevonden=gevonden))
    return found


def toestemming(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(e.path, e.line("over_eigen_leven"), ("over_eigen_leven",), "toestemming-nodig")
            for e in items if e.over_eigen_leven and not e.toestemming]


def bron_of_datum(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(e.path, e.line(), None, "bron-of-datum")
            for e in items if not e.bron and not e.gedeeld_op]


ERVARING = Soort(
    naam="ervaring",
    map="leren/ervaringen",
    velden=(
        tekst("titel", "Waar gaat je ervaring over? Schrijf het in een paar woorden.",
              voorbeeld="Mijn taken pasten niet bij mij"),
        keuze("rol", "Wie had deze ervaring? Kies een rol. Schrijf nooit een naam.", ROLLEN),
        tekst("wat_gebeurde", "Wat gebeurde er? Schrijf een paar korte zinnen. Noem geen namen.",
              voorbeeld="Mijn collega's dachten dat ik hen kwam helpen met klusjes."),
        tekst("wat_hielp", "Wat hielp? Laat leeg als je het niet weet.", verplicht=False,
              voorbeeld="Een gesprek met mijn werkgever over mijn eigen plan."),
        tekst("tip", "Je tip voor anderen, in één zin.",
              voorbeeld="Spreek in de eerste maand af welke taken bij jou passen."),
        lijst(verwijzing("themas", "Over welke thema's van de routekaart gaat het?", "thema",
                         voorbeeld="de-collegas"), verplicht=False),
        lijst(verwijzing("vuistregels", "Over welke vuistregels gaat het?", "vuistregel",
                         voorbeeld="volwaardige-collega"), verplicht=False),
        lijst(verwijzing("stations", "Over welke stations van het spoorboekje gaat het?", "station",
                         voorbeeld="buurtbaan-community-builder"), verplicht=False),
        lijst(verwijzing("vragen", "Over welke vragen gaat het?", "vraag",
                         voorbeeld="taken-kiezen"), verplicht=False),
        ja_nee("over_eigen_leven", "Gaat het over iemands eigen leven, zoals geld, gezondheid of "
               "gezin? Schrijf dan true.", verplicht=False),
        keuze("toestemming", "Alleen nodig als het over iemands eigen leven gaat: mag dit gedeeld "
              "worden?", TOESTEMMING, verplicht=False),
        datum("gedeeld_op", "De dag waarop je je ervaring deelde.", verplicht=False, vandaag=True),
    ),
    titel=lambda item: item.titel,
    controles=(persoonsgegevens, toestemming, bron_of_datum),
    bron_verplicht=False,  # a shared experience names the day it was shared instead
)

OVERZICHT = INDELING.overzicht("leren/ervaringen")


def over(item: Item, inhoud: Inhoud) -> dict[str, list[Item]]:
    """What an experience is about, per field, as items (references are checked already)."""
    found = {}
    for veld, soort in OVER.items():
        targets = [inhoud.get(soort, i) for i in item.waarden.get(veld) or []]
        found[veld] = [t for t in targets if t is not None]
    return found


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    ervaringen = inhoud.alle("ervaring")
    gedeeld = {"rollen": ROLLEN, "toestemming": TOESTEMMING, "inhoud": inhoud}
    out = [Uitvoer(e.pagina, ctx.render("leren/ervaring.md.j2", e.pagina, item=e, over=over(e, inhoud),
                                        **gedeeld), source_path=str(e.path))
           for e in ervaringen]
    themas = inhoud.alle("thema")
    out.append(Uitvoer(OVERZICHT, ctx.render(
        "leren/ervaringen.md.j2", OVERZICHT, ervaringen=ervaringen, themas=themas,
        rollen_gebruikt={r: ROLLEN[r] for r in ROLLEN if any(e.rol == r for e in ervaringen)},
        **gedeeld)))
    return out


def bij_anderen(item: Item, inhoud: Inhoud, ctx: Context, path: str) -> str:
    """'Zo ging het bij anderen' for the page of a theme, vuistregel, station or question."""
    veld = next((v for v, soort in OVER.items() if soort == item.content_type.naam), None)
    if veld is None:
        return ""
    gevonden = [e for e in inhoud.alle("ervaring") if item.id in (e.waarden.get(veld) or [])]
    if not gevonden:
        return ""
    return ctx.render("leren/_bij_anderen.md.j2", path, ervaringen=gevonden, rollen=ROLLEN,
                      overzicht=OVERZICHT)
