"""Number kinds: a whole number (`GetalVeld`) and a number that may be unknown or an estimate
(`AantalVeld`: `24`, `schatting 12` or `onbekend`; the value type `Aantal` is in core/aantal.py).

Both share `BegrensdVeld`: the limits `minimum` and `maximum`, the declaration check on them, the
check of a number against them, the limits in the JSON Schema and the example in messages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from ..aantal import ONBEKEND, SCHATTING, TEKST_PATROON, UITLEG, lees
from ..problems import MELDINGEN
from .basis import Kader, Plek, Veld, _describe, _tip, _zin


@dataclass(frozen=True, kw_only=True)
class BegrensdVeld(Veld):
    """A number between `minimum` and `maximum` (either may be left out)."""

    minimum: int | None = None
    maximum: int | None = None

    def declaratiefouten(self) -> Iterator[str]:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            yield "the minimum is above the maximum"
        yield from super().declaratiefouten()

    def buiten_grenzen(self, n: int, plek: Plek) -> bool:
        """Report `n` when it is below the minimum or above the maximum; True when it is."""
        if self.minimum is not None and n < self.minimum:
            plek.probleem("te-klein", waarde=n, grens=self.minimum)
            return True
        if self.maximum is not None and n > self.maximum:
            plek.probleem("te-groot", waarde=n, grens=self.maximum)
            return True
        return False

    def grenzen(self) -> dict:
        """The limits as JSON Schema keywords."""
        limits = {"minimum": self.minimum, "maximum": self.maximum}
        return {k: v for k, v in limits.items() if v is not None}

    @property
    def getal_voorbeeld(self) -> object:
        return self.voorbeeld if self.voorbeeld is not None else 1


@dataclass(frozen=True, kw_only=True)
class GetalVeld(BegrensdVeld):
    """A whole number, optionally between `minimum` and `maximum`."""

    veldsoort: ClassVar[str] = "getal"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        # 32.0 is 32: JSON (and so the JSON Schema in VS Code) cannot tell them apart either.
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            return self.fout(plek, "geen-getal", gevonden=_describe(value), naam=self.naam,
                             voorbeeld=self.getal_voorbeeld)
        return self.leeg() if self.buiten_grenzen(value, plek) else value

    def vorm(self, kader: Kader) -> str:
        return " Alleen cijfers."

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        return {"type": "integer", **self.grenzen()}

    def json_foutmelding(self, kader: Kader) -> dict:
        return {"errorMessage": _zin("geen-getal") + " " + _tip("geen-getal", naam=self.naam,
                                                                voorbeeld=self.getal_voorbeeld)}

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
class AantalVeld(BegrensdVeld):
    """A whole number that may be unknown or an estimate: `24`, `onbekend` or `schatting 12`."""

    veldsoort: ClassVar[str] = "aantal"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        result = lees(value)
        if result is None:
            return self.fout(plek, "geen-aantal", gevonden=_beschrijf_aantal(value), naam=self.naam,
                             voorbeeld=self.getal_voorbeeld)
        if result.waarde is not None and self.buiten_grenzen(result.waarde, plek):
            return self.leeg()
        return result

    def vorm(self, kader: Kader) -> str:
        return " " + UITLEG

    def json_schema(self, kader: Kader, in_lijst: bool = False) -> dict:
        result = super().json_schema(kader, in_lijst)
        kinds = result["type"]
        if isinstance(kinds, list) and kinds and isinstance(kinds[0], list):  # optional: null may
            result["type"] = [*kinds[0], *kinds[1:]]
        return result

    def json_waarde(self, kader: Kader, leeg_mag: bool) -> dict:
        # A number (with its limits), or text in one of the forms; JSON cannot say "schatting 60"
        # is above the maximum, the validator does.
        return {"type": ["integer", "string"], "pattern": TEKST_PATROON, **self.grenzen()}

    def json_foutmelding(self, kader: Kader) -> dict:
        tip = " ".join(MELDINGEN["geen-aantal"].tip.format(naam=self.naam, voorbeeld=self.getal_voorbeeld).split())
        text = "Hier hoort een getal, 'onbekend' of 'schatting' met een getal. " + tip
        return {"errorMessage": text, "patternErrorMessage": text}

    def decap_widget(self, kader: Kader) -> dict:
        # A text box: Decap's number widget cannot hold 'onbekend'. It writes '24' as text, which
        # counts as 24.
        return {"widget": "string", "pattern": [TEKST_PATROON, UITLEG]}

    def nieuw_voorbeeld(self, kader: Kader, gebruikt: Sequence[object] = ()) -> object:
        return ONBEKEND  # a new file never starts with a number nobody checked

    def lees_tekst(self, text: str) -> object:
        result = lees(text)
        if result is None:
            raise ValueError(UITLEG)
        if result.waarde is None:
            return ONBEKEND
        return f"{SCHATTING} {result.waarde}" if result.schatting else result.waarde


def _beschrijf_aantal(value) -> str:
    """What was found instead of a number: text is shown as written, a float as a comma number."""
    if isinstance(value, bool):
        return f"'{'true' if value else 'false'}'"
    if isinstance(value, float):
        return f"een getal met een komma ({value})"
    if isinstance(value, (list, dict)):
        return "een lijst" if isinstance(value, list) else "een onderdeel met eigen velden"
    return f"'{value}'"
