"""Text kinds: one line of text (`TekstVeld`) and Markdown paragraphs (`MarkdownVeld`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ..problems import MELDINGEN
from ..veilig import Markdown, fouten_in_tekst
from .basis import Kader, Plek, Veld, _describe, _tekst_tip, _zin

# [words](address): Markdown a one-line text field shows as it is written.
MARKDOWN_LINK = re.compile(r"\[[^\]\n]+\]\([^)\n]*\)")

KNOPPEN = ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list",
           "numbered-list"]


@dataclass(frozen=True, kw_only=True)
class TekstVeld(Veld):
    """One line of text."""

    veldsoort: ClassVar[str] = "tekst"
    vraag_bij_nieuw: ClassVar[bool] = True
    kan_naam_zijn: ClassVar[bool] = True

    def controleer(self, value, plek: Plek) -> object:
        if not isinstance(value, str):
            return self.fout(plek, "geen-tekst", gevonden=_describe(value), tip=_tekst_tip(self.naam, value, plek))
        return self.schoon(value, plek)

    def schoon(self, value: str, plek: Plek) -> object:
        # One mistake, one message: a link that may not be used at all gets only that error.
        if (link := MARKDOWN_LINK.search(value)) and not fouten_in_tekst(value):
            plek.probleem("link-in-tekst", gevonden=link.group())
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

    veldsoort: ClassVar[str] = "markdown"
    vraag_bij_nieuw: ClassVar[bool] = False
    kan_naam_zijn: ClassVar[bool] = False  # paragraphs never name an item

    def schoon(self, value: str, plek: Plek) -> object:
        return Markdown(value)  # written as Markdown (core/veilig.py); line breaks and indentation mean something

    def decap_widget(self, kader: Kader) -> dict:
        return {"widget": "markdown", "buttons": list(KNOPPEN), "editor_components": []}

    def yaml_regels(self, value, indent: str = "", naam: str | None = None) -> list[str]:
        if not isinstance(value, str):
            return super().yaml_regels(value, indent, naam)
        return [f"{indent}{naam or self.naam}: |"] + [f"{indent}  {line}" for line in value.splitlines() or [""]]
