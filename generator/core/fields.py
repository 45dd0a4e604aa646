"""Field kinds: each content type says once what its fields are, with one class per kind.

A field kind (text, number, choice, ...) is one class below. It owns everything that differs
between kinds, in the manner of MkDocs' `config_options`:

- `controleer`: the check of one value, with the Dutch problem codes of `core/problems.py`;
- `vorm`: how a value is written, added to the field's explanation (`toelichting`);
- `json_waarde` / `json_foutmelding`: its JSON Schema for editors (`generator/schema.py`);
- `decap_widget`: its widget in the web form (`generator/formulier.py`);
- `voorbeeld_regels`, `nieuw_voorbeeld`, `yaml_regels`, `lees_tekst`: its example in messages,
  in `buurtbanen nieuw`, and reading a value typed on the command line.

Content types declare fields with the small functions at the bottom (`tekst(...)`,
`lijst(keuze(...))`, ...). A declaration that cannot work (a bad name, an example that fails its
own check, a minimum above the maximum) raises `FoutInDeclaratie` when its module is imported.
Adding a field kind means adding one class (and its builder function) here.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from .problems import MELDINGEN, Problem
from .veilig import Markdown

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
NAAM = re.compile(r"[a-z][a-z0-9_-]*")
DATUM_PATROON = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
KNOPPEN = ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list",
           "numbered-list"]


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
    pad: tuple
    uitkomst: Uitkomst

    @property
    def line(self) -> int:
        return self.doc.line(self.pad) if self.doc is not None else 0

    @property
    def in_lijst(self) -> bool:
        return bool(self.pad) and isinstance(self.pad[-1], int)

    def dieper(self, key) -> Plek:
        return Plek(self.doc, self.pad + (key,), self.uitkomst)

    def probleem(self, code: str, **details) -> None:
        path = self.doc.path if self.doc is not None else "(declaratie)"
        self.uitkomst.problems.append(Problem(path, self.line, self.pad, code, **details))


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
                    plek.doc.path, line, plek.pad + (veld.naam,), "ontbreekt", voorbeeld=voorbeeld_yaml(veld)))
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
    """One declared field. Subclasses are the field kinds; `soort` names the kind."""

    soort: ClassVar[str] = ""
    vraag_bij_nieuw: ClassVar[bool] = False  # `buurtbanen nieuw` asks for it when it is required

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


def voorbeeld_yaml(veld: Veld, indent: str = "    ") -> str:
    """A YAML snippet that shows the right form of `veld`."""
    return "\n".join(indent + line for line in veld.voorbeeld_regels())


# --- the kinds ---------------------------------------------------------------------------------------

@dataclass(frozen=True, kw_only=True)
class TekstVeld(Veld):
    """One line of text."""

    soort: ClassVar[str] = "tekst"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, str):
            return self.fout(plek, "geen-tekst", gevonden=_describe(value), tip=_tekst_tip(self.naam, value, plek))
        return self.schoon(value, plek)

    def schoon(self, value: str, plek: Plek) -> object:
        return value.strip()

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        # Blank text counts as empty for the validator, so a required text needs a non-space.
        return {"type": "string"} if leeg_mag else {"type": "string", "pattern": r"\S"}

    def json_foutmelding(self, kader: Kader) -> dict:
        return {"errorMessage": _zin("geen-tekst") + " Is het een getal, een datum, true of false? "
                                "Zet het dan tussen aanhalingstekens.",
                "patternErrorMessage": MELDINGEN["leeg"].tekst.capitalize()}

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "string"}


@dataclass(frozen=True, kw_only=True)
class MarkdownVeld(TekstVeld):
    """Text of one or more paragraphs, with Markdown (bold, links, lists)."""

    soort: ClassVar[str] = "markdown"
    vraag_bij_nieuw: ClassVar[bool] = False

    def schoon(self, value: str, plek: Plek) -> object:
        return Markdown(value)  # written as Markdown (core/veilig.py); line breaks and indentation mean something

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "markdown", "buttons": list(KNOPPEN), "editor_components": []}

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        if not isinstance(value, str):
            return super().yaml_regels(value, indent, naam)
        return [f"{indent}{naam or self.naam}: |"] + [f"{indent}  {line}" for line in value.splitlines() or [""]]


@dataclass(frozen=True, kw_only=True)
class KeuzeVeld(Veld):
    """One of a fixed set of codes; `keuzes` maps each code to the label people read."""

    soort: ClassVar[str] = "keuze"
    vraag_bij_nieuw: ClassVar[bool] = True
    keuzes: Mapping[str, str]

    def declaratiefouten(self) -> Iterator[str]:
        if not self.keuzes:
            yield "a choice needs at least one option"
        for code in self.keuzes:
            if not SLUG.fullmatch(code):
                yield f"the option {code!r} must be lower case letters, digits and -"
        yield from super().declaratiefouten()

    def __hash__(self) -> int:  # a Mapping is not hashable; the codes are enough
        return hash((type(self), self.naam, tuple(self.keuzes)))

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, str):
            return self.fout(plek, "geen-tekst", gevonden=_describe(value),
                             tip=_tekst_tip(self.naam, value, plek))
        if value not in self.keuzes:
            return self.fout(plek, "keuze", gevonden=value, keuzes=", ".join(self.keuzes),
                             suggestie=_suggest(value, self.keuzes))
        return value.strip()

    def vorm(self, kader: Kader) -> str:
        return " Kies uit: " + ", ".join(self.keuzes) + "."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        return {"type": "string", "enum": list(self.keuzes) + ([None] if leeg_mag else [])}

    def json_foutmelding(self, kader: Kader) -> dict:
        return {"errorMessage": "Dit kan hier niet. " + _tip("keuze", keuzes=", ".join(self.keuzes), suggestie="")}

    def decap_opties(self) -> list[dict]:
        return [{"label": tekst, "value": code} for code, tekst in self.keuzes.items()]

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "select", "options": self.decap_opties()}

    def decap_als_lijst(self, lijst: LijstVeld, kader: Kader) -> dict:
        return {"widget": "select", "multiple": True, "options": self.decap_opties(), **lijst.decap_minimum()}

    def voorbeeld_regels(self) -> list[str]:
        return [f"{self.naam}: {self.voorbeeld or next(iter(self.keuzes))}"]


@dataclass(frozen=True, kw_only=True)
class VerwijzingVeld(Veld):
    """The id (file name without .yaml) of an item of the content type `naar`."""

    soort: ClassVar[str] = "verwijzing"
    naar: str

    def declaratiefouten(self) -> Iterator[str]:
        if not NAAM.fullmatch(self.naar):
            yield f"'naar' must name a content type, not {self.naar!r}"
        yield from super().declaratiefouten()

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, str):
            return self.fout(plek, "geen-tekst", gevonden=_describe(value),
                             tip=_tekst_tip(self.naam, value, plek))
        plek.uitkomst.verwijzingen.append(Verwijzing(plek.pad, plek.line, self.naar, value))
        return value.strip()

    def vorm(self, kader: Kader) -> str:
        ids = kader.bestaande(self.naar)
        shown = f" ({', '.join(ids[:8])}{', ...' if len(ids) > 8 else ''})" if ids else ""
        return f" Schrijf de naam van een bestand in content/{kader.map(self.naar)}/, zonder .yaml{shown}."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        # The ids that exist when `buurtbanen schema` ran; a test fails when they are out of date.
        ids = kader.bestaande(self.naar)
        if kader.ids is None or not ids:
            return {"type": "string", "pattern": f"^{SLUG.pattern}$"}
        return {"type": "string", "enum": ids + ([None] if leeg_mag else [])}

    def json_foutmelding(self, kader: Kader) -> dict:
        text = (f"Er is geen bestand met deze naam in content/{kader.map(self.naar)}/. Schrijf de naam "
                "van een bestand dat er is: kleine letters, cijfers en streepjes (-), zonder .yaml.")
        return {"errorMessage": text, "patternErrorMessage": text}

    def _relation(self, kader: Kader) -> dict:
        target = kader.soorten[self.naar]
        shown = target.naamveld
        return {"widget": "relation", "collection": target.naam, "value_field": "{{slug}}",
                "search_fields": [shown], "display_fields": [shown], "options_length": 100}

    def decap_widget(self, kader: Kader) -> dict:
        return self._relation(kader)

    def decap_als_lijst(self, lijst: LijstVeld, kader: Kader) -> dict:
        return {**self._relation(kader), "multiple": True, **lijst.decap_minimum()}

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        ids = kader.bestaande(self.naar)
        return self.voorbeeld if self.voorbeeld in ids or not ids else ids[0]


@dataclass(frozen=True, kw_only=True)
class GetalVeld(Veld):
    """A whole number, optionally between `minimum` and `maximum`."""

    soort: ClassVar[str] = "getal"
    vraag_bij_nieuw: ClassVar[bool] = True
    minimum: int | None = None
    maximum: int | None = None

    def declaratiefouten(self) -> Iterator[str]:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            yield "the minimum is above the maximum"
        yield from super().declaratiefouten()

    def controleer(self, value, plek: Plek) -> object:
        # 32.0 is 32: JSON (and so the JSON Schema in VS Code) cannot tell them apart either.
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fout(plek, "geen-getal", gevonden=_describe(value), naam=self.naam,
                             voorbeeld=self.voorbeeld if self.voorbeeld is not None else 1)
        if self.minimum is not None and value < self.minimum:
            return self.fout(plek, "te-klein", waarde=value, grens=self.minimum)
        if self.maximum is not None and value > self.maximum:
            return self.fout(plek, "te-groot", waarde=value, grens=self.maximum)
        return value

    def vorm(self, kader: Kader) -> str:
        return " Alleen cijfers."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        limits = {"minimum": self.minimum, "maximum": self.maximum}
        return {"type": "integer", **{k: v for k, v in limits.items() if v is not None}}

    def json_foutmelding(self, kader: Kader) -> dict:
        voorbeeld = self.voorbeeld if self.voorbeeld is not None else 1
        return {"errorMessage": _zin("geen-getal") + " " + _tip("geen-getal", naam=self.naam, voorbeeld=voorbeeld)}

    def decap_widget(self, kader: Kader) -> dict:
        limits = {"min": self.minimum, "max": self.maximum}
        return {"widget": "number", "value_type": "int", "step": 1,
                **{k: n for k, n in limits.items() if n is not None}}

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        return self.vrije_waarde(gebruikt) if self.uniek else self.voorbeeld

    def vrije_waarde(self, gebruikt: Sequence[object]) -> object:
        return max([v for v in gebruikt if isinstance(v, int) and not isinstance(v, bool)], default=0) + 1

    def lees_tekst(self, text: str) -> object:
        return int(text)


@dataclass(frozen=True, kw_only=True)
class DatumVeld(Veld):
    """A day, written as year-month-day: 2026-12-31."""

    soort: ClassVar[str] = "datum"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        # "2026-12-31" in quotes is the same day: JSON (and so the JSON Schema) cannot tell them apart.
        if isinstance(value, str) and re.fullmatch(DATUM_PATROON, value.strip()):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        if not isinstance(value, dt.date):
            return self.fout(plek, "geen-datum", gevonden=_describe(value), naam=self.naam)
        return value

    def vorm(self, kader: Kader) -> str:
        return " Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-12-31."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        return {"type": "string", "format": "date", "pattern": DATUM_PATROON}

    def json_foutmelding(self, kader: Kader) -> dict:
        text = "Dit is geen datum. " + _tip("geen-datum", naam=self.naam)
        return {"errorMessage": text, "patternErrorMessage": text}

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False}

    def lees_tekst(self, text: str) -> object:
        return dt.date.fromisoformat(text)


@dataclass(frozen=True, kw_only=True)
class JaNeeVeld(Veld):
    """true (yes) or false (no)."""

    soort: ClassVar[str] = "ja-nee"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, bool):
            return self.fout(plek, "geen-ja-nee", gevonden=_describe(value))
        return value

    def vorm(self, kader: Kader) -> str:
        return " Schrijf true (ja) of false (nee)."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        return {"type": "boolean"}

    def json_foutmelding(self, kader: Kader) -> dict:
        return {"errorMessage": _zin("geen-ja-nee") + " " + _tip("geen-ja-nee")}

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "boolean", "default": bool(self.voorbeeld)}

    def lees_tekst(self, text: str) -> object:
        answer = text.strip().lower()
        if answer in ("true", "ja", "j", "yes"):
            return True
        if answer in ("false", "nee", "n", "no"):
            return False
        raise ValueError(text)


@dataclass(frozen=True, kw_only=True)
class LijstVeld(Veld):
    """A list of values of the field `item`; the list takes the item's name and explanation."""

    soort: ClassVar[str] = "lijst"
    item: Veld
    min_aantal: int = 0

    def declaratiefouten(self) -> Iterator[str]:
        if isinstance(self.item, LijstVeld):
            yield "a list of lists is not supported"
        if self.min_aantal < 0:
            yield "min_aantal must be 0 or more"
        yield from super().declaratiefouten()

    def leeg(self) -> object:
        return []

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, list):
            return self.fout(plek, "geen-lijst", gevonden=_describe(value), naam=self.naam)
        if len(value) < self.min_aantal:
            plek.probleem("te-kort", aantal=len(value), minimum=self.min_aantal, tekort=self.min_aantal - len(value))
        return [self.item.check(item, plek.dieper(i)) for i, item in enumerate(value)]

    def vorm(self, kader: Kader) -> str:
        return self.item.vorm(kader)

    def aantal_tekst(self) -> str:
        return f" Minstens {self.min_aantal}." if self.min_aantal > 1 else ""

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        items = self.item.json_schema(kader, in_lijst=True)
        items.pop("description")  # the list says it once
        result: dict = {"type": "array", "items": items}
        if leeg_mag and self.min_aantal > 0:
            # An empty optional list is fine; once it has items it needs at least min_aantal.
            result["anyOf"] = [{"maxItems": 0}, {"minItems": self.min_aantal}]
        elif max(self.min_aantal, 1 if self.verplicht else 0):
            result["minItems"] = max(self.min_aantal, 1 if self.verplicht else 0)
        return result

    def json_foutmelding(self, kader: Kader) -> dict:
        return {"errorMessage": _zin("geen-lijst") + " " + _tip("geen-lijst", naam=self.naam)}

    def json_voorbeeld(self) -> object:
        return None

    def decap_minimum(self) -> dict:
        return {"min": self.min_aantal} if self.min_aantal else {}

    def decap_widget(self, kader: Kader) -> dict:
        return self.item.decap_als_lijst(self, kader)

    def voorbeeld_regels(self) -> list[str]:
        return self.item.voorbeeld_in_lijst(self.naam, self.voorbeeld)

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        if isinstance(self.voorbeeld, list):
            return self.voorbeeld
        return [self.item.nieuw_voorbeeld(kader)] * max(self.min_aantal, 1)

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        lines = [f"{indent}{naam or self.naam}:"]
        for item in value:
            lines += self.item.yaml_lijstitem(item, indent)
        return lines

    def lees_tekst(self, text: str) -> object:
        return [self.item.lees_tekst(part.strip()) for part in text.split(",") if part.strip()]


@dataclass(frozen=True, kw_only=True)
class OnderdeelVeld(Veld):
    """A group of named fields of its own (`velden`), e.g. one step with its tip."""

    soort: ClassVar[str] = "onderdeel"
    velden: tuple[Veld, ...]

    def declaratiefouten(self) -> Iterator[str]:
        names = [v.naam for v in self.velden]
        if not names:
            yield "a part needs at least one field"
        if len(set(names)) != len(names):
            yield "two fields of the part share a name"
        yield from super().declaratiefouten()

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, dict):
            shown = LijstVeld(naam=self.naam, uitleg=self.uitleg, item=self) if plek.in_lijst else self
            return self.fout(plek, "geen-onderdeel", gevonden=_describe(value), voorbeeld=voorbeeld_yaml(shown))
        return _check_mapping(plek, value, self.velden)

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        return _object(self.velden, kader)

    def json_foutmelding(self, kader: Kader) -> dict:
        return _onderdeel_melding()

    def json_voorbeeld(self) -> object:
        return None

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "object", "fields": [v.decap(kader) for v in self.velden]}

    def decap_als_lijst(self, lijst: LijstVeld, kader: Kader) -> dict:
        first = self.velden[0].naam
        return {"widget": "list", "label_singular": label(self.naam), "summary": "{{fields." + first + "}}",
                "fields": [v.decap(kader) for v in self.velden], **lijst.decap_minimum()}

    def voorbeeld_regels(self) -> list[str]:
        return [f"{self.naam}:"] + [f"  {v.naam}: {_scalar_yaml(v.voorbeeld)}" for v in self.velden]

    def voorbeeld_in_lijst(self, naam: str, waarden) -> list[str]:
        first, *rest = self.velden
        lines = [f"{naam}:", f"  - {first.naam}: {_scalar_yaml(first.voorbeeld)}"]
        return lines + [f"    {v.naam}: {_scalar_yaml(v.voorbeeld)}" for v in rest if v.verplicht]

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        return {v.naam: v.nieuw_voorbeeld(kader) for v in self.velden if v.verplicht}

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        return [f"{indent}{naam or self.naam}:"] + self._velden_yaml(value, indent + "  ")

    def yaml_lijstitem(self, value, indent: str) -> list[str]:
        first, *rest = self._velden_yaml(value, indent + "    ")
        return [indent + "  - " + first.lstrip()] + rest

    def _velden_yaml(self, value: dict, indent: str) -> list[str]:
        sub = {v.naam: v for v in self.velden}
        lines: list[str] = []
        for key, item in value.items():
            lines += sub[key].yaml_regels(item, indent)
        return lines


@dataclass(frozen=True, kw_only=True)
class KoppelingVeld(Veld):
    """Values of the field `item` under keys from `sleutels`, each key optional (tasks per role)."""

    soort: ClassVar[str] = "koppeling"
    sleutels: tuple[str, ...]
    item: Veld

    def declaratiefouten(self) -> Iterator[str]:
        if not self.sleutels:
            yield "a koppeling needs at least one key"
        yield from super().declaratiefouten()

    def leeg(self) -> object:
        return {}

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, dict):
            return self.fout(plek, "geen-onderdeel", gevonden=_describe(value), voorbeeld=voorbeeld_yaml(self))
        result = {}
        for key, item in value.items():
            if key not in self.sleutels:
                plek.dieper(key).probleem("keuze", gevonden=key, keuzes=", ".join(self.sleutels),
                                          suggestie=_suggest(key, self.sleutels))
                continue
            result[key] = self.item.check(item, plek.dieper(key))
        return result

    def vorm(self, kader: Kader) -> str:
        return " Zet de taken onder een of meer van: " + ", ".join(self.sleutels) + "."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        keys = {k: replace(self.item, naam=k).json_schema(kader, in_lijst=True) for k in self.sleutels}
        return {"type": "object", "properties": keys, "additionalProperties": False,
                **({"minProperties": 1} if self.verplicht else {})}

    def json_foutmelding(self, kader: Kader) -> dict:
        return _onderdeel_melding()

    def json_voorbeeld(self) -> object:
        return None

    def decap_widget(self, kader: Kader) -> dict:
        # One optional sub-field per allowed key, each holding the declared item.
        return {"widget": "object", "collapsed": False, "fields": [
            {**self.item.decap(kader), "name": key, "label": label(key), "required": False,
             "hint": self.item.toelichting(kader)} for key in self.sleutels]}

    def voorbeeld_regels(self) -> list[str]:
        return [f"{self.naam}:", f"  {self.sleutels[0]}:", "    - ..."]

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        return {self.sleutels[0]: self.item.nieuw_voorbeeld(kader)}

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        lines = [f"{indent}{naam or self.naam}:"]
        for key, item in value.items():
            lines += self.item.yaml_regels(item, indent + "  ", naam=key)
        return lines


def _object(velden: Sequence[Veld], kader: Kader) -> dict:
    return {
        "type": "object",
        "properties": {v.naam: v.json_schema(kader) for v in velden},
        "required": [v.naam for v in velden if v.verplicht],
        "additionalProperties": False,
    }


def json_object(velden: Sequence[Veld], kader: Kader) -> dict:
    """The JSON Schema of a mapping of `velden` (a whole file)."""
    return _object(velden, kader)


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


ROLLEN = ("buurtbaner", "werkgever", "collega", "externe-coach", "stadsdeel", "projectmanager")

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
