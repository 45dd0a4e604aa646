"""`buurtbanen nieuw <soort>`: write a new, valid content file with a Dutch comment above each field.

Values come from `--veld naam=waarde` flags, from questions when someone is typing, or from the
examples in the field declarations. Optional fields are written as comments, so an editor sees
what else is possible without publishing half-filled fields.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

from .core.content import Inhoud, Soort, slug
from .core.indeling import content_file
from .core.velden import Kader, Plek, Uitkomst, Veld


def standaard(soort: Soort, inhoud: Inhoud, vandaag: dt.date) -> dict[str, object]:
    """The values a new item starts with: each field's own (today for a date declared
    `vandaag`), then the type's."""
    today = {veld.naam: waarde for veld in soort.alle_velden if (waarde := veld.standaard(vandaag)) is not None}
    return {**today, **(soort.standaard(vandaag, inhoud) if soort.standaard else {})}


def voorbeelden(soort: Soort, inhoud: Inhoud, vandaag: dt.date) -> dict[str, object]:
    """The value `buurtbanen nieuw` writes for each field when nobody gives one."""
    kader = Kader.van(inhoud)
    defaults = standaard(soort, inhoud, vandaag)
    items = inhoud.alle(soort.naam)
    return {veld.naam: defaults[veld.naam] if veld.naam in defaults else
            veld.nieuw_voorbeeld(kader, [item.waarden.get(veld.naam) for item in items] if veld.uniek else [])
            for veld in soort.alle_velden}


def scaffold(soort: Soort, inhoud: Inhoud, vandaag: dt.date, waarden: dict[str, object]) -> str:
    """The text of a new file for `soort`. `waarden` overrides defaults; they must be of the right kind."""
    kader = Kader.van(inhoud)
    defaults = standaard(soort, inhoud, vandaag)
    examples = voorbeelden(soort, inhoud, vandaag)
    lines = [f"# Een nieuw bestand van de soort '{soort.naam}'. Regels met # zijn uitleg.",
             "# Pas de waarden aan. Controleer daarna met: buurtbanen controleer", ""]
    for veld in soort.alle_velden:
        given = veld.naam in waarden or veld.naam in defaults
        value = waarden.get(veld.naam, examples[veld.naam])
        lines += [f"# {line}" for line in textwrap.wrap(veld.toelichting(kader), 96)]
        block = veld.yaml_regels(value)
        if not veld.verplicht and not given:
            block = [f"# {line}" for line in block]
        lines += block + [""]
    return "\n".join(lines)


def parse_value(veld: Veld, text: str) -> object:
    """A value typed on the command line or at a question, read as the field's kind."""
    return veld.lees_tekst(text)


def vragen(soort: Soort, ask: Callable[[str], str], voorbeelden: dict[str, object] | None = None,
           kader: Kader | None = None) -> dict[str, object]:
    """Ask for the required simple fields. Each question shows the example it keeps; an empty
    answer keeps it. An answer is checked by the field itself, with the validator's message."""
    voorbeelden = voorbeelden or {}
    kader = kader or Kader()
    answers = {}
    for veld in soort.velden:
        if not veld.verplicht or not veld.vraag_bij_nieuw:
            continue
        example = voorbeelden.get(veld.naam, veld.voorbeeld)
        while True:
            text = ask(f"{veld.naam}: {veld.toelichting(kader)}\n  Enter houdt: {veld.toon(example)}\n> ").strip()
            if not text:
                break
            try:
                value = parse_value(veld, text)
            except ValueError:
                print("Dat klopt niet. Probeer het nog eens, of druk op Enter om het voorbeeld te houden.")
                continue
            uitkomst = Uitkomst()
            veld.check(value, Plek(None, (veld.naam,), uitkomst))
            if uitkomst.problems:
                p = uitkomst.problems[0]
                said = p.melding.tekst.format(**p.details) + " " + p.melding.tip.format(**p.details)
                print(" ".join((said[:1].upper() + said[1:]).split()))
                continue
            answers[veld.naam] = value
            break
    return answers


def bestandsnaam(soort: Soort, waarden: dict, given: str | None) -> str:
    if given:
        return slug(given)
    titel = waarden.get("titel") or waarden.get("naam") or waarden.get("vraag") or f"nieuw-{soort.naam}"
    return slug(str(titel))[:60].rstrip("-")


def schrijf(root: Path, soort: Soort, ident: str, text: str) -> Path:
    path = root / content_file(soort.map, ident)
    if path.exists():
        raise FileExistsError(f"{path.relative_to(root)} bestaat al. Kies een andere naam met --naam.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
