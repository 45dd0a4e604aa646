"""Kinds that hold other fields: a list (`LijstVeld`), a group of named fields
(`OnderdeelVeld`) and values under chosen keys (`KoppelingVeld`, tasks per role)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from .basis import (
    Kader,
    Plek,
    Veld,
    _check_mapping,
    _describe,
    _onderdeel_melding,
    _scalar_yaml,
    _suggest,
    _tip,
    _zin,
    label,
    voorbeeld_yaml,
)


@dataclass(frozen=True, kw_only=True)
class LijstVeld(Veld):
    """A list of values of the field `item`; the list takes the item's name and explanation."""

    veldsoort: ClassVar[str] = "lijst"
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

    def voorbeeld_tekst(self) -> str | None:
        return self.item.voorbeeld_tekst() if self.voorbeeld is None else super().voorbeeld_tekst()


@dataclass(frozen=True, kw_only=True)
class OnderdeelVeld(Veld):
    """A group of named fields of its own (`velden`), e.g. one step with its tip."""

    veldsoort: ClassVar[str] = "onderdeel"
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

    veldsoort: ClassVar[str] = "koppeling"
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

    def voorbeeld_tekst(self) -> str | None:
        return self.item.voorbeeld_tekst() if self.voorbeeld is None else super().voorbeeld_tekst()


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
