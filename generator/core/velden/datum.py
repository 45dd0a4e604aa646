"""The date kind: a day written as year-month-day (`DatumVeld`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from .basis import DATUM_PATROON, Kader, Plek, Veld, _describe, _tip


@dataclass(frozen=True, kw_only=True)
class DatumVeld(Veld):
    """A day, written as year-month-day: 2026-12-31."""

    veldsoort: ClassVar[str] = "datum"
    vraag_bij_nieuw: ClassVar[bool] = True
    # A new item gets the day it is made: in `buurtbanen nieuw` and, as '{{now}}', in the form.
    vandaag: bool = False

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
        widget = {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False}
        return {**widget, "default": "{{now}}"} if self.vandaag else widget

    def lees_tekst(self, text: str) -> object:
        return dt.date.fromisoformat(text)

    def toon(self, value: object) -> str:
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    def standaard(self, vandaag: dt.date) -> object:
        return vandaag if self.vandaag else None
