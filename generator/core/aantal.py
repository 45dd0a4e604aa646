"""Numbers that may be unknown or an estimate: the field kind `aantal`.

A number on the site (hours, months, euros, people) comes from the source that the item's `bron`
names, or it is an estimate that the reader sees as "schatting", or nobody knows it. Editors write
one of three forms:

    duur_maanden: 24             # the source says so
    duur_maanden: schatting 12   # our estimate: the site shows "schatting"
    duur_maanden: onbekend       # no source gives it: the site says it is not known

After checking, the value is an `Aantal`. Code that compares numbers asks `bekend` first: an
unknown number is never treated as 0, and never as a reason to leave something out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from .fields import Kader, Plek, Veld
from .problems import MELDINGEN

ONBEKEND = "onbekend"
SCHATTING = "schatting"
# What an editor may write for an estimate: "schatting 12" (any spaces, any case).
SCHATTING_PATROON = re.compile(r"\s*schatting\s+(\d+)\s*", re.IGNORECASE)
# The same, for the JSON Schema and the form. The form's text box writes a number as text ('24'),
# so a number written as text counts as that number.
TEKST_PATROON = r"^([0-9]+|onbekend|schatting [0-9]+)$"
UITLEG = "Schrijf een getal, of 'onbekend', of 'schatting' met een getal (bijvoorbeeld: schatting 12)."


@dataclass(frozen=True)
class Aantal:
    """A checked number: `waarde` is None when it is not known."""

    waarde: int | None
    schatting: bool = False

    @property
    def bekend(self) -> bool:
        return self.waarde is not None

    @property
    def status(self) -> str:
        """'bron', 'schatting' or 'onbekend'."""
        return ONBEKEND if self.waarde is None else SCHATTING if self.schatting else "bron"

    def tekst(self, eenheid: str = "", onbekend: str = "onbekend") -> str:
        """'32 uur', 'ongeveer 12 maanden (schatting)', or the `onbekend` text."""
        if self.waarde is None:
            return onbekend
        text = f"{self.waarde} {eenheid}".strip()
        return f"ongeveer {text} (schatting)" if self.schatting else text

    def __str__(self) -> str:
        return self.tekst()


def lees(value) -> Aantal | None:
    """The `Aantal` an editor wrote, or None when it is none of the three forms."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():  # 32.0 is 32, as JSON sees it
        value = int(value)
    if isinstance(value, int):
        return Aantal(value)
    if isinstance(value, str):
        if value.strip().isdigit() and value.strip().isascii():
            return Aantal(int(value.strip()))
        if value.strip().lower() == ONBEKEND:
            return Aantal(None)
        match = SCHATTING_PATROON.fullmatch(value)
        if match:
            return Aantal(int(match.group(1)), schatting=True)
    return None


@dataclass(frozen=True, kw_only=True)
class AantalVeld(Veld):
    """A whole number that may be unknown or an estimate: `24`, `onbekend` or `schatting 12`.

    Kept in this module, not in core/fields.py, with everything else about unknown numbers.
    """

    soort: ClassVar[str] = "aantal"
    vraag_bij_nieuw: ClassVar[bool] = True
    minimum: int | None = None
    maximum: int | None = None

    def declaratiefouten(self) -> Iterator[str]:
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            yield "the minimum is above the maximum"
        yield from super().declaratiefouten()

    def controleer(self, value, plek: Plek) -> object:
        result = lees(value)
        if result is None:
            return self.fout(plek, "geen-aantal", gevonden=_describe(value), naam=self.naam,
                             voorbeeld=self.voorbeeld if self.voorbeeld is not None else 1)
        n = result.waarde
        if n is not None and self.minimum is not None and n < self.minimum:
            return self.fout(plek, "te-klein", waarde=n, grens=self.minimum)
        if n is not None and self.maximum is not None and n > self.maximum:
            return self.fout(plek, "te-groot", waarde=n, grens=self.maximum)
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
        limits = {"minimum": self.minimum, "maximum": self.maximum}
        return {"type": ["integer", "string"], "pattern": TEKST_PATROON,
                **{k: v for k, v in limits.items() if v is not None}}

    def json_foutmelding(self, kader: Kader) -> dict:
        voorbeeld = self.voorbeeld if self.voorbeeld is not None else 1
        tip = " ".join(MELDINGEN["geen-aantal"].tip.format(naam=self.naam, voorbeeld=voorbeeld).split())
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


def aantal(naam, uitleg, voorbeeld=1, **kw) -> Veld:
    """A number from the source, an estimate ('schatting 12') or 'onbekend'."""
    return AantalVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


def _describe(value) -> str:
    if isinstance(value, bool):
        return f"'{'true' if value else 'false'}'"
    if isinstance(value, float):
        return f"een getal met een komma ({value})"
    if isinstance(value, (list, dict)):
        return "een lijst" if isinstance(value, list) else "een onderdeel met eigen velden"
    return f"'{value}'"


def eenheid_tekst(value, eenheid: str = "", onbekend: str = "onbekend") -> str:
    """Template filter `aantal`: any checked value (or None when a field was left out) as text."""
    if value is None:
        return onbekend
    if isinstance(value, Aantal):
        return value.tekst(eenheid, onbekend)
    return f"{value} {eenheid}".strip()
