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
from dataclasses import dataclass

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


def check(value, veld, problem):
    """Check one value of an `aantal` field; `problem(code, **details)` reports and returns empty."""
    result = lees(value)
    if result is None:
        return problem("geen-aantal", gevonden=_describe(value), naam=veld.naam,
                       voorbeeld=veld.voorbeeld if veld.voorbeeld is not None else 1)
    n = result.waarde
    if n is not None and veld.minimum is not None and n < veld.minimum:
        return problem("te-klein", waarde=n, grens=veld.minimum)
    if n is not None and veld.maximum is not None and n > veld.maximum:
        return problem("te-groot", waarde=n, grens=veld.maximum)
    return result


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
