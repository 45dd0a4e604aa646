"""Choice kinds: one code from a fixed set (`KeuzeVeld`), the id of another item
(`VerwijzingVeld`), and yes or no (`JaNeeVeld`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from ..indeling import content_folder
from .basis import NAAM, SLUG, Kader, Plek, Veld, Verwijzing, _describe, _suggest, _tekst_tip, _tip, _zin

if TYPE_CHECKING:
    from .lijsten import LijstVeld


@dataclass(frozen=True, kw_only=True)
class KeuzeVeld(Veld):
    """One of a fixed set of codes; `keuzes` maps each code to the label people read."""

    veldsoort: ClassVar[str] = "keuze"
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

    veldsoort: ClassVar[str] = "verwijzing"
    naar: str

    def declaratiefouten(self) -> Iterator[str]:
        if not NAAM.fullmatch(self.naar):
            yield f"'naar' must name a content type, not {self.naar!r}"
        yield from super().declaratiefouten()

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, str):
            return self.fout(plek, "geen-tekst", gevonden=_describe(value),
                             tip=_tekst_tip(self.naam, value, plek))
        plek.uitkomst.verwijzingen.append(Verwijzing(plek.path, plek.line, self.naar, value))
        return value.strip()

    def vorm(self, kader: Kader) -> str:
        ids = kader.bestaande(self.naar)
        shown = f" ({', '.join(ids[:8])}{', ...' if len(ids) > 8 else ''})" if ids else ""
        return f" Schrijf de naam van een bestand in {content_folder(kader.map(self.naar))}/, zonder .yaml{shown}."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        # The ids that exist when `buurtbanen schema` ran; a test fails when they are out of date.
        ids = kader.bestaande(self.naar)
        if kader.ids is None or not ids:
            return {"type": "string", "pattern": f"^{SLUG.pattern}$"}
        return {"type": "string", "enum": ids + ([None] if leeg_mag else [])}

    def json_foutmelding(self, kader: Kader) -> dict:
        text = (f"Er is geen bestand met deze naam in {content_folder(kader.map(self.naar))}/. Schrijf de naam "
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
class JaNeeVeld(Veld):
    """true (yes) or false (no)."""

    veldsoort: ClassVar[str] = "ja-nee"
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

    def toon(self, value: object) -> str:
        return ("ja (true)" if value else "nee (false)") if isinstance(value, bool) else str(value)
