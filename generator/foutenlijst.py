"""The error catalogue: every message the validator can give, with its example mistake and fix.

Made from the message table itself (`core.problems.MELDINGEN`, including what content types add
with `register`), so the page cannot drift from what editors really see.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .core.loader import SYNTAX
from .core.problems import FOUT, KERN, MELDINGEN
from .core.render import Context, Uitvoer
from .core.veilig import markdown_tekst
from .indeling import INDELING

PATH = INDELING.pagina("foutmeldingen")
BRON = "generator/core/problems.py"

# What the validator fills in, said as words: shown in italics on the page.
WOORDEN = {
    "gevonden": "wat er staat",
    "naam": "veld",
    "uitleg": "wat er mis is in de opmaak",
    "voorstel": "goede-naam",
    "id": "naam",
    "ander": "ander bestand",
    "map": "map",
    "keuzes": "de waarden die kunnen",
    "waarde": "getal",
    "grens": "grens",
    "aantal": "aantal",
    "minimum": "aantal",
    "tekort": "wat er mist",
    "voorbeeld": "een voorbeeld",
    "suggestie": " Een voorstel, als we er een weten.",  # the real one starts with a space too
    "tip": "een tip die past bij wat er staat",
    "soort": "soort",
    "teken": "code van het teken",
    "grootte": "grootte",
    "einde": "einde van de naam",
    "doel": "link",
    "anker": "kopje",
    "vrij": " Een waarde die nog vrij is, als we die weten.",
    "wat_hoort_hier": "wat er in dit veld hoort.",
    "soort_gegeven": "e-mailadres of telefoonnummer",
    "waar": "waar het staat",
}


@dataclass(frozen=True)
class Regel:
    code: str
    tekst: str
    tip: str
    tip_voorbeeld: str  # the lines of the tip after the first, shown as a block
    fout: str
    goed: str
    is_fout: bool
    varianten: tuple[str, ...] = ()  # what the validator may fill in for the whole message


def pagina(ctx: Context) -> Uitvoer:
    # Not in the table's own order: that depends on which content type was imported first.
    codes = [*KERN, *sorted(set(MELDINGEN) - set(KERN))]
    regels = [_regel(code, MELDINGEN[code]) for code in codes]
    return Uitvoer(PATH, ctx.render("bijdragen/foutmeldingen.md.j2", PATH,
                                   fouten=[r for r in regels if r.is_fout],
                                   waarschuwingen=[r for r in regels if not r.is_fout]),
                   source_path=BRON)


def _regel(code, melding) -> Regel:
    eerste, _, rest = melding.tip.partition("\n")
    tekst = re.sub(r"[^\W\d_]", lambda m: m.group().upper(), _invullen_md(melding.tekst), count=1)
    # A YAML syntax error's message is one of the loader's plain-Dutch sentences: list them all.
    varianten = tuple(dict.fromkeys(dutch for _, dutch in SYNTAX)) if "{uitleg}" in melding.tekst else ()
    return Regel(code, tekst, _invullen_md(eerste).strip(), _invullen(rest, "…"),
                 melding.fout, melding.goed, melding.ernst == FOUT, varianten)


def _invullen_md(text: str) -> str:
    """The same for the page: the message's own words stay text (a tip may show `**vet**`),
    what the validator fills in is in italics."""
    delen = []
    for letterlijk, name, _, _ in string.Formatter().parse(text):
        # `code` in a message stays a code span: inside it nothing is markup
        delen += [stuk if i % 2 else markdown_tekst(stuk) for i, stuk in enumerate(re.split(r"(`[^`\n]+`)", letterlijk))]
        if name:
            woord = WOORDEN.get(name, "…")
            delen.append(" " * woord.startswith(" ") + f"*{woord.strip()}*")
    return "".join(delen)


def _invullen(text: str, vorm: str) -> str:
    """'{gevonden}' kan hier niet. -> '*wat er staat*' kan hier niet."""
    names = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    for name in names:
        woord = WOORDEN.get(name, "…")
        shown = vorm.format(woord.strip()) if vorm != "…" else "…"
        text = text.replace("{" + name + "}", " " * woord.startswith(" ") + shown)
    return re.sub(r" +\n", "\n", text)
