"""`buurtbanen nieuw <soort>`: write a new, valid content file with a Dutch comment above each field.

Values come from `--veld naam=waarde` flags, from questions when someone is typing, or from the
examples in the field declarations. Optional fields are written as comments, so an editor sees
what else is possible without publishing half-filled fields.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Callable

from .core.content import Inhoud, Soort, slug
from .core.fields import Veld


def scaffold(soort: Soort, inhoud: Inhoud, vandaag: dt.date, waarden: dict[str, object]) -> str:
    """The text of a new file for `soort`. `waarden` overrides defaults; they must be of the right kind."""
    defaults = soort.standaard(vandaag, inhoud) if soort.standaard else {}
    lines = [f"# Een nieuw bestand van de soort '{soort.naam}'. Regels met # zijn uitleg.",
             "# Pas de waarden aan. Controleer daarna met: buurtbanen controleer", ""]
    for veld in soort.alle_velden:
        given = veld.naam in waarden or veld.naam in defaults
        value = waarden.get(veld.naam, defaults.get(veld.naam, _example(veld, inhoud, soort)))
        lines += [f"# {line}" for line in textwrap.wrap(_explain(veld, inhoud), 96)]
        block = _yaml(veld.naam, value, veld)
        if not veld.verplicht and not given:
            block = [f"# {line}" for line in block]
        lines += block + [""]
    return "\n".join(lines)


def _explain(veld: Veld, inhoud: Inhoud) -> str:
    text = veld.uitleg + ("" if veld.verplicht else " Mag je weglaten.")
    item = veld.item if veld.soort in ("lijst", "koppeling") else veld
    if item.soort == "keuze":
        text += " Kies uit: " + ", ".join(item.keuzes) + "."
    if item.soort == "verwijzing":
        ids = sorted(inhoud.items.get(item.naar, {}))
        shown = ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
        text += f" Dit is de naam van een bestand in content/{inhoud.soorten[item.naar].map}/"
        text += f" ({shown})." if ids else "."
    if item.soort == "datum":
        text += " Schrijf de datum als jaar-maand-dag."
    return text


def _example(veld: Veld, inhoud: Inhoud, soort: Soort | None = None) -> object:
    if veld.uniek and veld.soort == "getal" and soort is not None:
        used = [item.waarden.get(veld.naam) for item in inhoud.alle(soort.naam)]
        return max([v for v in used if isinstance(v, int)], default=0) + 1
    if veld.soort == "lijst":
        one = _example(veld.item, inhoud)
        if isinstance(veld.voorbeeld, list):
            return veld.voorbeeld
        return [one] * max(veld.min_aantal, 1)
    if veld.soort == "onderdeel":
        return {v.naam: _example(v, inhoud) for v in veld.velden if v.verplicht}
    if veld.soort == "koppeling":
        return {veld.keuzes[0]: _example(veld.item, inhoud)}
    if veld.soort == "verwijzing":
        ids = sorted(inhoud.items.get(veld.naar, {}))
        return veld.voorbeeld if veld.voorbeeld in ids or not ids else ids[0]
    return veld.voorbeeld


def _yaml(naam: str, value, veld: Veld | None, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        lines = [f"{indent}{naam}:"]
        sub = {v.naam: v for v in veld.velden} if veld is not None and veld.velden else {}
        for key, item in value.items():
            lines += _yaml(key, item, sub.get(key, veld.item if veld is not None else None), indent + "  ")
        return lines
    if isinstance(value, list):
        lines = [f"{indent}{naam}:"]
        item_veld = veld.item if veld is not None else None
        for item in value:
            if isinstance(item, dict):
                first, *rest = _yaml_mapping(item, item_veld, indent + "    ")
                lines += [indent + "  - " + first.lstrip()] + rest
            else:
                lines.append(f"{indent}  - {_scalar(item)}")
        return lines
    if veld is not None and veld.soort == "markdown" and isinstance(value, str):
        return [f"{indent}{naam}: |"] + [f"{indent}  {line}" for line in value.splitlines() or [""]]
    return [f"{indent}{naam}: {_scalar(value)}"]


def _yaml_mapping(value: dict, veld: Veld | None, indent: str) -> list[str]:
    sub = {v.naam: v for v in veld.velden} if veld is not None and veld.velden else {}
    lines = []
    for key, item in value.items():
        lines += _yaml(key, item, sub.get(key), indent)
    return lines


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid quoted YAML string


def parse_value(veld: Veld, text: str) -> object:
    """A value typed on the command line or at a question, read as the field's kind."""
    kind = veld.item.soort if veld.soort == "lijst" else veld.soort
    if veld.soort == "lijst":
        return [parse_value(veld.item, part.strip()) for part in text.split(",") if part.strip()]
    if kind == "getal":
        return int(text)
    if kind == "datum":
        return dt.date.fromisoformat(text)
    if kind == "ja-nee":
        return text.strip().lower() in ("true", "ja", "j", "yes")
    return text


def vragen(soort: Soort, ask: Callable[[str], str]) -> dict[str, object]:
    """Ask for the required simple fields; an empty answer keeps the example."""
    answers = {}
    for veld in soort.velden:
        if not veld.verplicht or veld.soort not in ("tekst", "keuze", "getal", "datum"):
            continue
        hint = f" ({', '.join(veld.keuzes)})" if veld.soort == "keuze" else ""
        while True:
            text = ask(f"{veld.naam}: {veld.uitleg}{hint}\n> ").strip()
            if not text:
                break
            try:
                value = parse_value(veld, text)
            except ValueError:
                print("Dat klopt niet. Probeer het nog eens, of druk op Enter om het voorbeeld te houden.")
                continue
            if veld.soort == "keuze" and value not in veld.keuzes:
                print("Kies een van: " + ", ".join(veld.keuzes))
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
    path = root / "content" / soort.map / f"{ident}.yaml"
    if path.exists():
        raise FileExistsError(f"{path.relative_to(root)} bestaat al. Kies een andere naam met --naam.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
