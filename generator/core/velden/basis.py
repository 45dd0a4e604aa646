"""The base of every field kind: `Veld`, where a value is checked (`Plek`), what checking found
(`Uitkomst`), and what a field knows of the rest of the site (`Kader`).

A field kind is a subclass of `Veld` in one of the modules beside this one; see the package's
docstring for what a kind owns.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..problems import MELDINGEN, Problem

if TYPE_CHECKING:
    from .lijsten import LijstVeld

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
NAAM = re.compile(r"[a-z][a-z0-9_-]*")
DATUM_PATROON = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


class FoutInDeclaratie(ValueError):
    """A field declaration that cannot work; raised when the declaring module is imported."""


# --- what a field needs to know about the rest of the site -----------------------------------------

@dataclass(frozen=True)
class Kader:
    """The content types, and (when content is loaded) the ids of the items of each type."""

    soorten: Mapping[str, Any] = field(default_factory=dict)
    ids: Mapping[str, Sequence[str]] | None = None  # None: no content loaded

    @classmethod
    def van(cls, inhoud) -> Kader:
        """The frame of loaded content (`core.content.Inhoud`)."""
        return cls(inhoud.soorten, {naam: sorted(items) for naam, items in inhoud.items.items()})

    def map(self, soort: str) -> str:
        return self.soorten[soort].map

    def bestaande(self, soort: str) -> list[str]:
        return sorted(self.ids.get(soort, ())) if self.ids is not None else []


# --- checking ----------------------------------------------------------------------------------

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


@dataclass
class Plek:
    """Where a value is being checked: the document, the path to the value, what was found."""

    doc: Any  # core.loader.Document, or None when a declaration's example is checked
    path: tuple
    uitkomst: Uitkomst

    @property
    def line(self) -> int:
        return self.doc.line(self.path) if self.doc is not None else 0

    @property
    def in_lijst(self) -> bool:
        return bool(self.path) and isinstance(self.path[-1], int)

    def dieper(self, key) -> Plek:
        return Plek(self.doc, self.path + (key,), self.uitkomst)

    def probleem(self, code: str, **details) -> None:
        file = self.doc.path if self.doc is not None else "(declaratie)"
        self.uitkomst.problems.append(Problem(file, self.line, self.path, code, **details))


def check_velden(doc, velden: tuple[Veld, ...], uitkomst: Uitkomst) -> dict | None:
    """Check the whole document against `velden`; returns the values with defaults filled in."""
    if not isinstance(doc.data, dict):
        uitkomst.problems.append(Problem(doc.path, doc.line(), None, "geen-velden"))
        return None
    return _check_mapping(Plek(doc, (), uitkomst), doc.data, velden)


def _check_mapping(plek: Plek, data: dict, velden: Sequence[Veld]) -> dict:
    known = {v.naam: v for v in velden}
    values: dict[str, object] = {}
    meant: set[str] = set()  # missing fields that an unknown key probably meant: one message, not two
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(key, [k for k in known if k not in data], n=1, cutoff=0.6)
            meant.update(close)
            plek.dieper(key).probleem(
                "onbekend-veld", suggestie=f"Bedoel je '{close[0]}'?" if close else
                "Velden die we hier kennen: " + ", ".join(known) + ".")
    for veld in velden:
        if veld.naam not in data:
            if veld.verplicht and veld.naam not in meant:
                line = plek.line
                plek.uitkomst.problems.append(Problem(
                    plek.doc.path, line, plek.path + (veld.naam,), "ontbreekt", voorbeeld=voorbeeld_yaml(veld)))
            values[veld.naam] = veld.leeg()
            continue
        values[veld.naam] = veld.check(data[veld.naam], plek.dieper(veld.naam))
    return values


def is_leeg(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


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


def _suggest(value: str, options) -> str:
    close = difflib.get_close_matches(str(value), list(options), n=1, cutoff=0.6)
    return f" Bedoel je '{close[0]}'?" if close else ""


def _scalar_yaml(value) -> str:
    """A value as it reads in a message's example: no quotes."""
    if value is None:
        return "..."
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _scalar_nieuw(value) -> str:
    """A value as `buurtbanen nieuw` writes it: text always quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid quoted YAML string


def _zin(code: str) -> str:
    """'hier hoort een heel getal, maar er staat {gevonden}.' -> 'Hier hoort een heel getal.'"""
    text = MELDINGEN[code].tekst.split(", maar")[0].rstrip(".")
    return text[:1].upper() + text[1:] + "."


def _tekst_tip(naam: str, value, plek: Plek) -> str:
    if isinstance(value, list):
        return "Schrijf één tekst achter de dubbele punt, zonder streepjes ervoor."
    if isinstance(value, dict):
        return "Staat er een dubbele punt in je tekst? Zet de tekst dan tussen aanhalingstekens."
    prefix = "" if plek.in_lijst else f"{naam}: "
    return f'Bedoel je het als tekst? Zet het tussen aanhalingstekens: {prefix}"{_scalar_yaml(value)}"'


def _onderdeel_melding() -> dict:
    return {"errorMessage": _zin("geen-onderdeel") + " " + _tip("geen-onderdeel", voorbeeld="").rstrip(":") + "."}


def _tip(code: str, **details) -> str:
    return MELDINGEN[code].tip.format(**details).strip()


def label(naam: str) -> str:
    """'voor_wie' -> 'Voor wie'; 'brede-buurtaanpak' -> 'Brede buurtaanpak'."""
    return naam.replace("_", " ").replace("-", " ").capitalize()


# --- the base class ------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class Veld:
    """One declared field. Subclasses are the field kinds; `veldsoort` names the kind."""

    veldsoort: ClassVar[str] = ""
    vraag_bij_nieuw: ClassVar[bool] = False  # `buurtbanen nieuw` asks for it when it is required
    kan_naam_zijn: ClassVar[bool] = False  # may name an item (the form's summary) when no titel/naam/vraag

    naam: str
    uitleg: str  # one Dutch sentence for editors
    verplicht: bool = True
    uniek: bool = False  # no two items of a type share the value
    voorbeeld: Any = None

    def __post_init__(self) -> None:
        fouten = list(self.declaratiefouten())
        if fouten:
            raise FoutInDeclaratie(f"{type(self).__name__} '{self.naam}': " + "; ".join(fouten))

    def declaratiefouten(self) -> Iterator[str]:
        if not NAAM.fullmatch(self.naam):
            yield "the name must be lower case letters, digits, _ and -"
        if not self.uitleg.strip() or self.uitleg.strip()[-1] not in ".?":
            yield "the explanation must be a sentence ending in '.' or '?'"
        if self.voorbeeld is not None:
            uitkomst = Uitkomst()
            self.check(self.voorbeeld, Plek(None, (self.naam,), uitkomst))
            if uitkomst.problems:
                yield f"the example {self.voorbeeld!r} fails the field's own check ({uitkomst.problems[0].code})"

    # checking

    def leeg(self) -> object:
        """What templates see when an optional field is left out."""
        return None

    def check(self, value, plek: Plek) -> object:
        if is_leeg(value):
            if self.verplicht or plek.in_lijst:
                plek.probleem("leeg", voorbeeld=voorbeeld_yaml(self))
            return self.leeg()
        return self.controleer(value, plek)

    def controleer(self, value, plek: Plek) -> object:
        """Check one value that is not empty; report problems at `plek`, return the clean value."""
        raise NotImplementedError

    def fout(self, plek: Plek, code: str, **details) -> object:
        plek.probleem(code, **details)
        return self.leeg()

    # explanation, written once: schema descriptions, `nieuw` comments and form hints use it

    def vorm(self, kader: Kader) -> str:
        """How a value is written in YAML, e.g. ' Kies uit: a, b.' (empty when plain)."""
        return ""

    def toelichting(self, kader: Kader, *, yaml: bool = True) -> str:
        """The field's explanation; `yaml=False` leaves out how to write YAML (for the form)."""
        text = self.uitleg + (self.vorm(kader) if yaml else "") + self.aantal_tekst()
        if yaml and not self.verplicht:
            text += " Mag je weglaten."
        return text

    def aantal_tekst(self) -> str:
        return ""

    # JSON Schema

    def json_schema(self, kader: Kader, in_lijst: bool = False) -> dict:
        """This field in the JSON Schema. Outside lists an optional field may be empty, so null may."""
        leeg_mag = not self.verplicht and not in_lijst
        result = {"description": self.toelichting(kader), **self.json_waarde(kader, leeg_mag),
                  **self.json_foutmelding(kader)}
        if leeg_mag:
            result["type"] = [result["type"], "null"]
        example = self.json_voorbeeld()
        if example is not None:
            result["examples"] = [example]
        return result

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        raise NotImplementedError

    def json_foutmelding(self, kader: Kader) -> dict:
        """Dutch messages for VS Code (Red Hat's YAML extension reads `errorMessage` and
        `patternErrorMessage`), taken from the validator's own message table."""
        return {}

    def json_voorbeeld(self) -> object:
        value = self.voorbeeld
        if value is None or value == "...":
            return None
        return value.isoformat() if isinstance(value, dt.date) else value

    # the web form (Decap CMS)

    def decap(self, kader: Kader) -> dict:
        # Decap itself marks optional fields ("optioneel"), so the hint does not say it again.
        base = {"name": self.naam, "label": label(self.naam), "hint": self.toelichting(kader, yaml=False),
                "required": self.verplicht}
        return {**base, **self.decap_widget(kader)}

    def decap_widget(self, kader: Kader) -> dict:
        raise NotImplementedError

    def decap_als_lijst(self, lijst: LijstVeld, kader: Kader) -> dict:
        """The widget of a list whose items are this field."""
        return {"widget": "list", "field": {**self.decap(kader), "hint": ""}, **lijst.decap_minimum()}

    # examples: in messages, and in `buurtbanen nieuw`

    def voorbeeld_regels(self) -> list[str]:
        """The lines of a YAML snippet that shows the right form of this field (in messages)."""
        return [f"{self.naam}: {_scalar_yaml(self.voorbeeld)}"]

    def voorbeeld_in_lijst(self, naam: str, waarden) -> list[str]:
        values = waarden if isinstance(waarden, list) else [self.voorbeeld]
        return [f"{naam}:"] + [f"  - {_scalar_yaml(v)}" for v in values]

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        """The value `buurtbanen nieuw` writes when nobody gives one. `gebruikt`: the values other
        items of the type have, for a field that is `uniek`."""
        return self.voorbeeld

    def vrije_waarde(self, gebruikt: Sequence[object]) -> object:
        """A value no item has yet, for a field that is `uniek` (None when the kind cannot tell)."""
        return None

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        """`value` as YAML lines, as `buurtbanen nieuw` writes it."""
        return [f"{indent}{naam or self.naam}: {_scalar_nieuw(value)}"]

    def yaml_lijstitem(self, value, indent: str) -> list[str]:
        return [f"{indent}  - {_scalar_nieuw(value)}"]

    def lees_tekst(self, text: str) -> object:
        """A value typed on the command line or at a question; ValueError when it cannot be one."""
        return text

    def toon(self, value: object) -> str:
        """A value as a question of `buurtbanen nieuw` shows it ("Enter houdt: ...")."""
        return str(value)

    def standaard(self, vandaag: dt.date) -> object:
        """The value a new item starts with whatever its type says (None: none)."""
        return None

    def voorbeeld_tekst(self) -> str | None:
        """The example as text, when it is text: a value still equal to it was not filled in."""
        return self.voorbeeld if isinstance(self.voorbeeld, str) else None


def voorbeeld_yaml(veld: Veld, indent: str = "    ") -> str:
    """A YAML snippet that shows the right form of `veld`."""
    return "\n".join(indent + line for line in veld.voorbeeld_regels())
