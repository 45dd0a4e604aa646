"""Field declarations: each content type says once what its fields are.

The same declarations drive validation, the defaults templates see, the scaffold of a new file
and (later) the JSON Schema for editors. Build them with the small functions at the bottom.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field

from .problems import Problem
from .veilig import Markdown

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class Veld:
    naam: str
    soort: str  # tekst | markdown | getal | datum | ja-nee | keuze | verwijzing | lijst | onderdeel | koppeling
    uitleg: str  # one Dutch sentence for editors
    verplicht: bool = True
    keuzes: tuple[str, ...] = ()
    naar: str | None = None  # verwijzing: the content type it points at
    item: Veld | None = None  # lijst and koppeling: the declaration of each value
    velden: tuple[Veld, ...] = ()  # onderdeel: its own fields
    minimum: int | None = None
    maximum: int | None = None
    min_aantal: int = 0
    uniek: bool = False  # no two items of a type share the value
    voorbeeld: object = None

    def leeg(self) -> object:
        """What templates see when an optional field is left out."""
        return {"lijst": [], "koppeling": {}}.get(self.soort)


@dataclass
class Verwijzing:
    """A reference found while checking, resolved once every file is loaded."""

    veld: tuple
    line: int
    naar: str
    id: str


@dataclass
class Uitkomst:
    problems: list[Problem] = field(default_factory=list)
    verwijzingen: list[Verwijzing] = field(default_factory=list)


def check_velden(doc, velden: tuple[Veld, ...], uitkomst: Uitkomst) -> dict | None:
    """Check the whole document against `velden`; returns the values with defaults filled in."""
    if not isinstance(doc.data, dict):
        uitkomst.problems.append(Problem(doc.path, doc.line(), None, "geen-velden"))
        return None
    return _check_mapping(doc, (), doc.data, velden, uitkomst)


def _check_mapping(doc, path, data: dict, velden, uitkomst) -> dict:
    known = {v.naam: v for v in velden}
    values = {}
    meant = set()  # missing fields that an unknown key probably meant: one message, not two
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(key, [k for k in known if k not in data], n=1, cutoff=0.6)
            meant.update(close)
            uitkomst.problems.append(Problem(
                doc.path, doc.line(path + (key,)), path + (key,), "onbekend-veld",
                suggestie=f"Bedoel je '{close[0]}'?" if close else
                "Velden die we hier kennen: " + ", ".join(known) + ".",
            ))
    for veld in velden:
        where = path + (veld.naam,)
        if veld.naam not in data:
            if veld.verplicht and veld.naam not in meant:
                uitkomst.problems.append(Problem(
                    doc.path, doc.line(path), where, "ontbreekt", voorbeeld=voorbeeld_yaml(veld)))
            values[veld.naam] = veld.leeg()
            continue
        values[veld.naam] = _check_value(doc, where, data[veld.naam], veld, uitkomst)
    return values


def _check_value(doc, where, value, veld: Veld, uitkomst) -> object:
    problems = uitkomst.problems
    line = doc.line(where)

    def problem(code, **details):
        problems.append(Problem(doc.path, line, where, code, **details))
        return veld.leeg()

    if value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}:
        if veld.verplicht or isinstance(where[-1], int):
            return problem("leeg", voorbeeld=voorbeeld_yaml(veld))
        return veld.leeg()

    soort = veld.soort
    if soort in ("tekst", "markdown", "keuze", "verwijzing"):
        if not isinstance(value, str):
            return problem("geen-tekst", gevonden=_describe(value), tip=_text_tip(veld, value, where))
        if soort == "keuze" and value not in veld.keuzes:
            return problem("keuze", gevonden=value, keuzes=", ".join(veld.keuzes),
                           suggestie=_suggest(value, veld.keuzes))
        if soort == "verwijzing":
            uitkomst.verwijzingen.append(Verwijzing(where, line, veld.naar, value))
        return value.strip() if soort != "markdown" else Markdown(value)  # written as Markdown
    if soort == "getal":
        if isinstance(value, bool) or not isinstance(value, int):
            return problem("geen-getal", gevonden=_describe(value), naam=veld.naam,
                           voorbeeld=veld.voorbeeld if veld.voorbeeld is not None else 1)
        if veld.minimum is not None and value < veld.minimum:
            return problem("te-klein", waarde=value, grens=veld.minimum)
        if veld.maximum is not None and value > veld.maximum:
            return problem("te-groot", waarde=value, grens=veld.maximum)
        return value
    if soort == "datum":
        if not isinstance(value, dt.date):
            return problem("geen-datum", gevonden=_describe(value), naam=veld.naam)
        return value
    if soort == "ja-nee":
        if not isinstance(value, bool):
            return problem("geen-ja-nee", gevonden=_describe(value))
        return value
    if soort == "lijst":
        if not isinstance(value, list):
            return problem("geen-lijst", gevonden=_describe(value), naam=veld.naam)
        if len(value) < veld.min_aantal:
            problem("te-kort", aantal=len(value), minimum=veld.min_aantal,
                    tekort=veld.min_aantal - len(value))
        return [_check_value(doc, where + (i,), item, veld.item, uitkomst)
                for i, item in enumerate(value)]
    if soort == "onderdeel":
        if not isinstance(value, dict):
            shown = Veld(veld.naam, "lijst", veld.uitleg, item=veld) if isinstance(where[-1], int) else veld
            return problem("geen-onderdeel", gevonden=_describe(value), voorbeeld=voorbeeld_yaml(shown))
        return _check_mapping(doc, where, value, veld.velden, uitkomst)
    if soort == "koppeling":
        if not isinstance(value, dict):
            return problem("geen-onderdeel", gevonden=_describe(value), voorbeeld=voorbeeld_yaml(veld))
        result = {}
        for key, item in value.items():
            if key not in veld.keuzes:
                problems.append(Problem(doc.path, doc.line(where + (key,)), where + (key,), "keuze",
                                        gevonden=key, keuzes=", ".join(veld.keuzes),
                                        suggestie=_suggest(key, veld.keuzes)))
                continue
            result[key] = _check_value(doc, where + (key,), item, veld.item, uitkomst)
        return result
    raise AssertionError(f"unknown field kind {soort!r}")


def _describe(value) -> str:
    if isinstance(value, bool):
        return f"'{'true' if value else 'false'}'"
    if isinstance(value, (int, float)):
        return f"een getal ({value})"
    if isinstance(value, dt.date):
        return f"een datum ({value.isoformat()})"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een onderdeel met eigen velden"
    return f"'{value}'"


def _text_tip(veld: Veld, value, where: tuple) -> str:
    if isinstance(value, list):
        return "Schrijf één tekst achter de dubbele punt, zonder streepjes ervoor."
    if isinstance(value, dict):
        return "Staat er een dubbele punt in je tekst? Zet de tekst dan tussen aanhalingstekens."
    shown = value.isoformat() if isinstance(value, dt.date) else (
        ("true" if value else "false") if isinstance(value, bool) else value)
    label = "" if isinstance(where[-1], int) else f"{veld.naam}: "
    return f'Bedoel je het als tekst? Zet het tussen aanhalingstekens: {label}"{shown}"'


def _suggest(value: str, options) -> str:
    close = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f" Bedoel je '{close[0]}'?" if close else ""


def voorbeeld_yaml(veld: Veld, indent: str = "    ") -> str:
    """A YAML snippet that shows the right form of `veld`."""
    def scalar(v, value):
        if v.soort == "keuze" and value is None:
            value = v.keuzes[0]
        if value is None:
            value = "..."
        if isinstance(value, bool):
            return "true" if value else "false"
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    if veld.soort == "lijst":
        item = veld.item
        if item.soort == "onderdeel":
            first, *rest = item.velden
            lines = [f"{veld.naam}:", f"  - {first.naam}: {scalar(first, first.voorbeeld)}"]
            lines += [f"    {v.naam}: {scalar(v, v.voorbeeld)}" for v in rest if v.verplicht]
        else:
            values = veld.voorbeeld if isinstance(veld.voorbeeld, list) else [item.voorbeeld]
            lines = [f"{veld.naam}:"] + [f"  - {scalar(item, v)}" for v in values]
    elif veld.soort in ("onderdeel", "koppeling"):
        lines = [f"{veld.naam}:"] + [f"  {v.naam}: {scalar(v, v.voorbeeld)}" for v in veld.velden]
        if veld.soort == "koppeling":
            lines = [f"{veld.naam}:", f"  {veld.keuzes[0]}:", "    - ..."]
    else:
        lines = [f"{veld.naam}: {scalar(veld, veld.voorbeeld)}"]
    return "\n".join(indent + line for line in lines)


# --- builders -------------------------------------------------------------------------------

def tekst(naam, uitleg, voorbeeld="...", **kw) -> Veld:
    return Veld(naam, "tekst", uitleg, voorbeeld=voorbeeld, **kw)


def markdown(naam, uitleg, voorbeeld="...", **kw) -> Veld:
    return Veld(naam, "markdown", uitleg, voorbeeld=voorbeeld, **kw)


def getal(naam, uitleg, voorbeeld=1, **kw) -> Veld:
    return Veld(naam, "getal", uitleg, voorbeeld=voorbeeld, **kw)


def datum(naam, uitleg, voorbeeld=dt.date(2026, 1, 31), **kw) -> Veld:
    return Veld(naam, "datum", uitleg, voorbeeld=voorbeeld, **kw)


def ja_nee(naam, uitleg, voorbeeld=False, **kw) -> Veld:
    return Veld(naam, "ja-nee", uitleg, voorbeeld=voorbeeld, **kw)


def keuze(naam, uitleg, keuzes, **kw) -> Veld:
    keuzes = tuple(keuzes)
    return Veld(naam, "keuze", uitleg, keuzes=keuzes, voorbeeld=kw.pop("voorbeeld", keuzes[0]), **kw)


def verwijzing(naam, uitleg, naar, voorbeeld="...", **kw) -> Veld:
    return Veld(naam, "verwijzing", uitleg, naar=naar, voorbeeld=voorbeeld, **kw)


def lijst(item: Veld, min_aantal=0, voorbeeld=None, **kw) -> Veld:
    """A list of `item`; the list takes the item's name and explanation."""
    return Veld(item.naam, "lijst", item.uitleg, item=item, min_aantal=min_aantal,
                voorbeeld=voorbeeld, verplicht=kw.pop("verplicht", item.verplicht), **kw)


def onderdeel(naam, uitleg, velden, **kw) -> Veld:
    return Veld(naam, "onderdeel", uitleg, velden=tuple(velden), **kw)


def koppeling(naam, uitleg, sleutels, item: Veld, **kw) -> Veld:
    return Veld(naam, "koppeling", uitleg, keuzes=tuple(sleutels), item=item, **kw)


ROLLEN = ("buurtbaner", "werkgever", "collega", "externe-coach", "stadsdeel", "projectmanager")

# Fields every content type has.
ALGEMEEN = (
    tekst("bron", "De openbare titel en het hoofdstuk van de bron waar dit op steunt.",
          voorbeeld="Evaluatie Buurtbaan 'Learning en Sharing' (aanjaagteam buurtbanen, 2024), §2.1"),
    datum("bijgewerkt", "De datum waarop dit voor het laatst is nagekeken.", verplicht=False),
    lijst(tekst("zoekwoorden", "Extra woorden waarop mensen zoeken. Ze staan niet op de pagina.",
                voorbeeld="geld"), verplicht=False),
)
