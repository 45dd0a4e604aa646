"""Field kinds: each content type says once what its fields are, with one class per kind.

A field kind (text, number, choice, ...) is one class in this package, grouped by concept:
`basis` (the base class `Veld` and what checking needs), `tekst`, `keuze` (choice, reference,
yes/no), `getallen` (number, unknown-or-estimated number), `datum` and `lijsten` (list, group,
keys). Each kind owns everything that differs
between kinds, in the manner of MkDocs' `config_options`:

- `controleer`: the check of one value, with the Dutch problem codes of `core/problems.py`;
- `vorm`: how a value is written, added to the field's explanation (`toelichting`);
- `json_waarde` / `json_foutmelding`: its JSON Schema for editors (`generator/schema.py`);
- `decap_widget`: its widget in the web form (`generator/formulier.py`);
- `voorbeeld_regels`, `nieuw_voorbeeld`, `yaml_regels`, `lees_tekst`: its example in messages,
  in `buurtbanen nieuw`, and reading a value typed on the command line.

Content types declare fields with the small functions below (`tekst(...)`,
`lijst(keuze(...))`, ...). A declaration that cannot work (a bad name, an example that fails its
own check, a minimum above the maximum) raises `FoutInDeclaratie` when its module is imported.
Adding a field kind means adding one class in the module of its concept (with
`problems.register(...)` there for problem codes of its own), and its builder function here,
imported and listed in `__all__`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .basis import (
    DATUM_PATROON,
    NAAM,
    SLUG,
    FoutInDeclaratie,
    Kader,
    Plek,
    Uitkomst,
    Veld,
    Verwijzing,
    check_velden,
    is_leeg,
    label,
    voorbeeld_yaml,
)
from .datum import DatumVeld
from .getallen import AantalVeld, BegrensdVeld, GetalVeld
from .keuze import JaNeeVeld, KeuzeVeld, VerwijzingVeld
from .lijsten import KoppelingVeld, LijstVeld, OnderdeelVeld, json_object
from .tekst import KNOPPEN, MarkdownVeld, TekstVeld

__all__ = [
    "ALGEMEEN", "DATUM_PATROON", "KNOPPEN", "NAAM", "SLUG", "AantalVeld", "BegrensdVeld", "DatumVeld",
    "FoutInDeclaratie", "GetalVeld", "JaNeeVeld", "Kader", "KeuzeVeld", "KoppelingVeld", "LijstVeld",
    "MarkdownVeld", "OnderdeelVeld", "Plek", "TekstVeld", "Uitkomst", "Veld", "Verwijzing", "VerwijzingVeld",
    "aantal", "check_velden", "datum", "getal", "is_leeg", "ja_nee", "json_object", "keuze", "koppeling",
    "label", "lijst", "markdown", "onderdeel", "tekst", "verwijzing", "voorbeeld_yaml",
]


# --- builders: how content types declare their fields --------------------------------------------

def tekst(naam, uitleg, voorbeeld="...", **kw) -> Veld:
    return TekstVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def markdown(naam, uitleg, voorbeeld="...", **kw) -> Veld:
    return MarkdownVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def getal(naam, uitleg, voorbeeld=1, **kw) -> Veld:
    return GetalVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def datum(naam, uitleg, voorbeeld=dt.date(2026, 1, 31), **kw) -> Veld:
    return DatumVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def ja_nee(naam, uitleg, voorbeeld=False, **kw) -> Veld:
    return JaNeeVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def keuze(naam, uitleg, keuzes, **kw) -> Veld:
    """`keuzes`: codes, or a dict of code -> the label people read (the form shows the label)."""
    labels = dict(keuzes) if isinstance(keuzes, Mapping) else {code: label(code) for code in keuzes}
    return KeuzeVeld(naam=naam, uitleg=uitleg, keuzes=labels, voorbeeld=kw.pop("voorbeeld", next(iter(labels), None)),
                     **kw)


def verwijzing(naam, uitleg, naar, voorbeeld="...", **kw) -> Veld:
    return VerwijzingVeld(naam=naam, uitleg=uitleg, naar=naar, voorbeeld=voorbeeld, **kw)


def lijst(item: Veld, min_aantal=0, voorbeeld=None, **kw) -> Veld:
    """A list of `item`; the list takes the item's name and explanation."""
    return LijstVeld(naam=item.naam, uitleg=item.uitleg, item=item, min_aantal=min_aantal,
                     voorbeeld=voorbeeld, verplicht=kw.pop("verplicht", item.verplicht), **kw)


def onderdeel(naam, uitleg, velden, **kw) -> Veld:
    return OnderdeelVeld(naam=naam, uitleg=uitleg, velden=tuple(velden), **kw)


def koppeling(naam, uitleg, sleutels, item: Veld, **kw) -> Veld:
    return KoppelingVeld(naam=naam, uitleg=uitleg, sleutels=tuple(sleutels), item=item, **kw)


def aantal(naam, uitleg, voorbeeld=1, **kw) -> Veld:
    """A number from the source, an estimate ('schatting 12') or 'onbekend'."""
    return AantalVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


# Fields every content type has.
ALGEMEEN = (
    tekst("bron", "De openbare titel en het hoofdstuk van de bron waar dit op steunt.",
          voorbeeld="Evaluatie Buurtbaan 'Learning en Sharing' (aanjaagteam buurtbanen, 2024), §2.1"),
    datum("bijgewerkt", "De datum waarop dit voor het laatst is aangepast.", verplicht=False),
    datum("gecontroleerd", "De datum waarop je de feiten voor het laatst met de bron hebt vergeleken.",
          voorbeeld=dt.date(2026, 11, 30), verplicht=False),
    lijst(tekst("zoekwoorden", "Extra woorden waarop mensen zoeken. Ze staan niet op de pagina.",
                voorbeeld="geld"), verplicht=False),
)
