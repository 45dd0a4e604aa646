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
        "solliciteren: Mail naar het team op werk@voorbeeld.nl of bel 020 123 4567.",
        ernst=WAARSCHUWING,
    ),
})

# A Dutch mobile number: 06, +316 or 00316 (also +31 (0)6), then eight digits; spaces, dots
# and dashes between the digits are allowed. Not part of a longer number.
MOBIEL = re.compile(
    r"(?<![\d+])(?:0|\+31[\s.-]?(?:\(0\)[\s.-]?)?|0031[\s.-]?)6(?:[\s.-]?\d){8}(?!\d)")


def datums(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(v.pad, v.line("sluit"), ("sluit",), "sluit-voor-geplaatst",
                    sluit=v.sluit.isoformat(), geplaatst=v.geplaatst.isoformat())
            for v in items if v.sluit and v.geplaatst and v.sluit <= v.geplaatst]


def uren(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for v in items:
        # An unknown number cannot be compared: only known numbers (or estimates) are checked.
        alle, leren = _waarde(v.uren_per_week), _waarde(v.leeruren_per_week)
        if alle is not None and leren is not None and leren > alle:
            found.append(Problem(v.pad, v.line("leeruren_per_week"), ("leeruren_per_week",),
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
            found.append(Problem(v.pad, v.line("duur_maanden"), ("duur_maanden",), "duur-te-lang",
                                 duur=maanden, regeling=regeling.titel, maximum=maximum))
    return found


def prive_nummers(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    return [Problem(v.pad, v.line("solliciteren"), ("solliciteren",), "prive-nummer",
                    nummer=match.group(0))
            for v in items if v.solliciteren
            for match in MOBIEL.finditer(v.solliciteren)]


def verzonnen_werkgever(items: list[Item], inhoud: Inhoud) -> list[Problem]:
    found = []
    for v in items:
        werkgever = inhoud.get("organisatie", v.werkgever) if v.werkgever else None
        if werkgever is not None and werkgever.voorbeeld and v.voorbeeld is False:
            found.append(Problem(v.pad, v.line("werkgever"), ("werkgever",), "voorbeeld-werkgever",
                                 gevonden=werkgever.id))
    return found


def _waarde(aantal: Aantal | None) -> int | None:
    """The number, or None when it is unknown or the field was left out."""
    return aantal.waarde if aantal is not None else None


CONTROLES = (datums, uren, duur, verzonnen_werkgever, prive_nummers)
