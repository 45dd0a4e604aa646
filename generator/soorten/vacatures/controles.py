"""Checks on vacancies that one field alone cannot make, with their Dutch messages."""

from __future__ import annotations

import re

from ...core import problems
from ...core.aantal import Aantal
from ...core.content import Inhoud, Item
from ...core.problems import WAARSCHUWING, Melding, Problem

problems.register({
    "sluit-voor-geplaatst": Melding(
        "de vacature sluit op {sluit}. Dat moet later zijn dan de dag van plaatsen ({geplaatst}).",
        "Kijk of je de twee datums niet hebt omgedraaid.",
        "geplaatst: 2026-10-01\nsluit: 2026-09-01",
        "geplaatst: 2026-09-01\nsluit: 2026-10-01",
    ),
    "leeruren-te-veel": Melding(
        "{leeruren} uur leren per week is meer dan alle uren per week ({uren}).",
        "De uren voor leren horen bij de uren per week. Bijvoorbeeld: 32 uur per week, "
        "waarvan 8 uur voor leren.",
        "uren_per_week: 8\nleeruren_per_week: 32",
        "uren_per_week: 32\nleeruren_per_week: 8",
    ),
    "duur-te-lang": Melding(
        "{duur} maanden is te lang. Bij de regeling '{regeling}' duurt een buurtbaan hoogstens "
        "{maximum} maanden.",
        "Maak de duur korter. Of kijk of je de goede regeling hebt gekozen.",
        "regeling: amsterdam-2021-2023\nduur_maanden: 36",
        "regeling: amsterdam-2021-2023\nduur_maanden: 24",
    ),
    "voorbeeld-werkgever": Melding(
        "'{gevonden}' is een verzonnen werkgever. Een echte vacature kan die niet hebben.",
        "Kies de organisatie die de buurtbaner echt in dienst neemt. Is dit een voorbeeld? "
        "Zet dan 'voorbeeld: true'.",
        "werkgever: voorbeeldstichting\nvoorbeeld: false",
        "werkgever: buurthuis-de-linde\nvoorbeeld: false",
    ),
    "prive-nummer": Melding(
        "'{nummer}' lijkt een mobiel nummer van één persoon.",
        "Zet hier het e-mailadres of telefoonnummer van een team. Dan blijft het werken als "
        "iemand weggaat, en blijft een privénummer privé. Is dit toch het nummer van een team? "
        "Dan mag het blijven staan.",
        "solliciteren: Bel de coördinator op 06-12345678.",
        "solliciteren: Mail naar het team op werk@buurthuis-delinde.nl of bel 020 555 0198.",
        ernst=WAARSCHUWING,
    ),
    "plaatshouder-contact": Melding(
        "'{gevonden}' is een voorbeeld, geen echt {soort_gegeven}.",
        "Schrijf hier hoe je echt solliciteert: het e-mailadres of telefoonnummer van het team bij "
        "de werkgever. Is dit geen echte vacature? Zet dan voorbeeld: true.",
        "solliciteren: Mail naar het team: werk@voorbeeld.nl\nvoorbeeld: false",
        "solliciteren: Mail naar het team van het buurthuis: werk@buurthuis-delinde.nl\nvoorbeeld: false",
    ),
    "plaatshouder-tekst": Melding(
        "dit is nog de voorbeeldtekst van 'buurtbanen nieuw'.",
        "Vervang het voorbeeld door je eigen tekst. Wat hier hoort: {wat_hoort_hier} Is dit geen echte "
        "vacature? Zet dan voorbeeld: true.",
        "samenvatting: Je bent het vaste gezicht van het buurthuis.\nvoorbeeld: false",
        "samenvatting: Je helpt bewoners met brieven en formulieren.\nvoorbeeld: false",
    ),
})

# A Dutch mobile number: 06, +316 or 00316 (also +31 (0)6), then eight digits; spaces, dots
# and dashes between the digits are allowed. Not part of a longer number.
MOBIEL = re.compile(
    r"(?<![\d+])(?:0|\+31[\s.-]?(?:\(0\)[\s.-]?)?|0031[\s.-]?)6(?:[\s.-]?\d){8}(?!\d)")


def datums(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(v.path, v.line("sluit"), ("sluit",), "sluit-voor-geplaatst",
                    sluit=v.sluit.isoformat(), geplaatst=v.geplaatst.isoformat())
            for v in items if v.sluit and v.geplaatst and v.sluit <= v.geplaatst]


def uren(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for v in items:
        # An unknown number cannot be compared: only known numbers (or estimates) are checked.
        alle, leren = _waarde(v.uren_per_week), _waarde(v.leeruren_per_week)
        if alle is not None and leren is not None and leren > alle:
            found.append(Problem(v.path, v.line("leeruren_per_week"), ("leeruren_per_week",),
                                 "leeruren-te-veel", leeruren=leren, uren=alle))
    return found


def duur(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for v in items:
        regeling = inhoud.get("regeling", v.regeling) if v.regeling else None
        if regeling is None:
            continue
        maximum, maanden = _waarde(regeling.max_duur_maanden), _waarde(v.duur_maanden)
        if maximum is not None and maanden is not None and maanden > maximum:
            found.append(Problem(v.path, v.line("duur_maanden"), ("duur_maanden",), "duur-te-lang",
                                 duur=maanden, regeling=regeling.titel, maximum=maximum))
    return found


def prive_nummers(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(v.path, v.line("solliciteren"), ("solliciteren",), "prive-nummer",
                    nummer=match.group(0))
            for v in items if v.solliciteren
            for match in MOBIEL.finditer(v.solliciteren)
            if not (v.voorbeeld is False and is_plaatshouder_nummer(match.group(0)))]


def verzonnen_werkgever(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for v in items:
        werkgever = inhoud.get("organisatie", v.werkgever) if v.werkgever else None
        if werkgever is not None and werkgever.voorbeeld and v.voorbeeld is False:
            found.append(Problem(v.path, v.line("werkgever"), ("werkgever",), "voorbeeld-werkgever",
                                 gevonden=werkgever.id))
    return found


def _waarde(aantal: Aantal | None) -> int | None:
    """The number, or None when it is unknown or the field was left out."""
    return aantal.waarde if aantal is not None else None



# Addresses made for examples: ours (voorbeeld.nl, the scaffold's) and the reserved ones (RFC 2606).
PLAATSHOUDER_ADRES = re.compile(
    r"[\w.+-]*@?\b(?:[\w-]+\.)*(?:voorbeeld\.nl|example\.(?:com|org|net|nl)|[\w-]+\.(?:example|invalid))\b",
    re.IGNORECASE)
# Something that looks like a phone number: +31 or 0, then at least eight more digits.
NUMMER = re.compile(r"(?<![\w+])(?:\+31|0031|0)[\s().-]*\d(?:[\s().-]?\d){7,}(?!\d)")
# The texts that `buurtbanen nieuw` writes as an example and an editor must replace (a title
# may well be the same as the example: it is short and plain).
EIGEN_TEKST = ("samenvatting", "taken", "profiel", "wij_bieden", "solliciteren", "bron")


def is_plaatshouder_nummer(nummer: str) -> bool:
    """06-12345678, 020 123 4567: a row of counting digits is an example, not a number."""
    cijfers = re.sub(r"\D", "", nummer)
    return "1234567" in cijfers


def plaatshouders(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    """A real vacancy (`voorbeeld: false`) with example text or example contact data: people
    would apply to an address that does not exist. One message per mistake: a text that is
    still the example is not also checked for its address."""
    found = []
    for v in items:
        if v.voorbeeld is not False:
            continue
        voorbeelden = {veld.naam: _voorbeeldtekst(veld) for veld in v.content_type.alle_velden
                       if veld.naam in EIGEN_TEKST}
        for naam, voorbeeld in voorbeelden.items():
            waarde = v.waarden.get(naam)
            for index, tekst in (enumerate(waarde) if isinstance(waarde, list) else [(None, waarde)]):
                path = (naam,) if index is None else (naam, index)
                if voorbeeld and isinstance(tekst, str) and _gewoon(tekst) == voorbeeld:
                    found.append(Problem(v.path, v.line(*path), path, "plaatshouder-tekst",
                                         wat_hoort_hier=_veld(v, naam).uitleg))
                elif naam == "solliciteren" and isinstance(tekst, str):
                    found += [Problem(v.path, v.line(naam), path, "plaatshouder-contact", gevonden=g, soort_gegeven=w)
                              for g, w in _plaatshouder_contact(tekst)]
    return found


def _plaatshouder_contact(tekst: str) -> list[tuple[str, str]]:
    found = [(m.group(0), "e-mailadres" if "@" in m.group(0) else "adres")
             for m in PLAATSHOUDER_ADRES.finditer(tekst)]
    return found + [(m.group(0), "telefoonnummer") for m in NUMMER.finditer(tekst)
                    if is_plaatshouder_nummer(m.group(0))]


def _veld(item: Item, naam: str):
    return next(veld for veld in item.content_type.alle_velden if veld.naam == naam)


def _voorbeeldtekst(veld) -> str:
    voorbeeld = veld.voorbeeld_tekst()
    return _gewoon(voorbeeld) if voorbeeld is not None else ""


def _gewoon(tekst: str) -> str:
    return " ".join(str(tekst).split()).casefold()


CONTROLES = (datums, uren, duur, verzonnen_werkgever, prive_nummers, plaatshouders)
