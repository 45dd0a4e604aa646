"""Numbers that may be unknown or an estimate: the value type `Aantal` (field kind: `AantalVeld`
in core/velden/getallen.py).

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


def eenheid_tekst(value, eenheid: str = "", onbekend: str = "onbekend") -> str:
    """Template filter `aantal`: any checked value (or None when a field was left out) as text."""
    if value is None:
        return onbekend
    if isinstance(value, Aantal):
        return value.tekst(eenheid, onbekend)
    return f"{value} {eenheid}".strip()
