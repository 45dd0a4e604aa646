"""JSON Schema for each content type, made from the same field declarations the validator uses.

Editors get these in VS Code and github.dev (Red Hat's YAML extension): Dutch hints while typing,
the allowed values as a list, and a red line under a wrong value. `buurtbanen schema` writes one
file per type into `schemas/` and maps `content/<map>/*.yaml` to it in `.vscode/settings.json`;
both are kept in the repository, and a test fails when they differ from the declarations.

A schema sees one file at a time. Whether a reference points at an existing file, and whether a
number is used twice, only `buurtbanen controleer` can tell.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from .core.aantal import TEKST_PATROON
from .core.content import Soort
from .core.fields import SLUG, Veld
from .core.problems import MELDINGEN

SCHEMA_MAP = "schemas"
VSCODE = Path(".vscode/settings.json")
DATUM_PATROON = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
GEMAAKT = "Gemaakt door 'buurtbanen schema' uit de velden in generator/soorten/. Pas dit niet met de hand aan."


def beschrijving(veld: Veld, soorten: dict[str, Soort]) -> str:
    """The Dutch hint for a field: its explanation plus what a value must look like."""
    text = veld.uitleg
    item = veld.item if veld.soort in ("lijst", "koppeling") else veld
    if veld.soort == "koppeling":
        text += " Zet de taken onder een of meer van: " + ", ".join(veld.keuzes) + "."
    elif item.soort == "keuze":
        text += " Kies uit: " + ", ".join(item.keuzes) + "."
    elif item.soort == "verwijzing":
        text += f" Schrijf de naam van een bestand in content/{soorten[item.naar].map}/, zonder .yaml."
    elif item.soort == "datum":
        text += " Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-12-31."
    elif item.soort == "getal":
        text += " Alleen cijfers."
    if veld.soort == "lijst" and veld.min_aantal > 1:
        text += f" Minstens {veld.min_aantal}."
    if not veld.verplicht:
        text += " Mag je weglaten."
    return text


def schema(soort: Soort, soorten: dict[str, Soort]) -> dict:
    """The JSON Schema (draft 2020-12) of one file of `soort`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": GEMAAKT,
        "title": f"Een {soort.naam} (content/{soort.map}/)",
        **_object(soort.alle_velden, soorten),
    }


def _object(velden: tuple[Veld, ...], soorten) -> dict:
    return {
        "type": "object",
        "properties": {v.naam: _field(v, soorten) for v in velden},
        "required": [v.naam for v in velden if v.verplicht],
        "additionalProperties": False,
    }


def _field(veld: Veld, soorten, in_lijst: bool = False) -> dict:
    """One field. Outside lists the validator lets an optional field be empty, so null may."""
    result = {"description": beschrijving(veld, soorten), **_value(veld, soorten), **_foutmelding(veld, soorten)}
    leeg_mag = not veld.verplicht and not in_lijst
    if veld.soort == "tekst" or veld.soort == "markdown" or veld.soort == "verwijzing":
        if not leeg_mag:
            result["minLength"] = 1
    if leeg_mag:
        kinds = result["type"] if isinstance(result["type"], list) else [result["type"]]
        result["type"] = [*kinds, "null"]
        if veld.soort == "keuze":
            result["enum"] = [*result["enum"], None]
        if veld.soort == "lijst" and veld.min_aantal > 0:
            # An empty optional list is fine; once it has items it needs at least min_aantal.
            result["anyOf"] = [{"maxItems": 0}, {"minItems": result.pop("minItems")}]
    example = _example(veld)
    if example is not None:
        result["examples"] = [example]
    return result


def _value(veld: Veld, soorten) -> dict:
    soort = veld.soort
    if soort in ("tekst", "markdown"):
        return {"type": "string"}
    if soort == "keuze":
        return {"type": "string", "enum": list(veld.keuzes)}
    if soort == "verwijzing":
        return {"type": "string", "pattern": f"^{SLUG.pattern}$"}
    if soort == "getal":
        limits = {"minimum": veld.minimum, "maximum": veld.maximum}
        return {"type": "integer", **{k: v for k, v in limits.items() if v is not None}}
    if soort == "aantal":  # a number, or "onbekend" / "schatting 12" (core/aantal.py)
        limits = {"minimum": veld.minimum, "maximum": veld.maximum}
        return {"type": ["integer", "string"], "pattern": TEKST_PATROON,
                **{k: v for k, v in limits.items() if v is not None}}
    if soort == "datum":
        return {"type": "string", "format": "date", "pattern": DATUM_PATROON}
    if soort == "ja-nee":
        return {"type": "boolean"}
    if soort == "lijst":
        minimum = max(veld.min_aantal, 1 if veld.verplicht else 0)
        items = _field(veld.item, soorten, in_lijst=True)
        items.pop("description")  # the list says it once
        return {"type": "array", "items": items, **({"minItems": minimum} if minimum else {})}
    if soort == "onderdeel":
        return _object(veld.velden, soorten)
    if soort == "koppeling":
        keys = {k: _field(replace(veld.item, naam=k), soorten, in_lijst=True) for k in veld.keuzes}
        return {"type": "object", "properties": keys,
                "additionalProperties": False, **({"minProperties": 1} if veld.verplicht else {})}
    raise AssertionError(f"unknown field kind {soort!r}")


def _foutmelding(veld: Veld, soorten) -> dict:
    """Dutch messages for VS Code (Red Hat's YAML extension reads `errorMessage` for a wrong type or
    value, and `patternErrorMessage`), taken from the validator's own message table."""
    def zin(code):  # "hier hoort een heel getal, maar er staat {gevonden}." -> "Hier hoort een heel getal."
        text = MELDINGEN[code].tekst.split(", maar")[0].rstrip(".")
        return text[:1].upper() + text[1:] + "."

    def tip(code, **details):
        return MELDINGEN[code].tip.format(**details).strip()

    soort = veld.soort
    if soort in ("tekst", "markdown"):
        return {"errorMessage": zin("geen-tekst") + " Is het een getal, een datum, true of false? "
                                "Zet het dan tussen aanhalingstekens."}
    if soort == "keuze":
        return {"errorMessage": "Dit kan hier niet. " + tip("keuze", keuzes=", ".join(veld.keuzes), suggestie="")}
    if soort == "getal":
        voorbeeld = veld.voorbeeld if veld.voorbeeld is not None else 1
        return {"errorMessage": zin("geen-getal") + " " + tip("geen-getal", naam=veld.naam, voorbeeld=voorbeeld)}
    if soort == "aantal":
        voorbeeld = veld.voorbeeld if veld.voorbeeld is not None else 1
        text = zin("geen-aantal") + " " + " ".join(tip("geen-aantal", naam=veld.naam, voorbeeld=voorbeeld).split())
        return {"errorMessage": text, "patternErrorMessage": text}
    if soort == "datum":
        text = "Dit is geen datum. " + tip("geen-datum", naam=veld.naam)
        return {"errorMessage": text, "patternErrorMessage": text}
    if soort == "ja-nee":
        return {"errorMessage": zin("geen-ja-nee") + " " + tip("geen-ja-nee")}
    if soort == "verwijzing":
        return {"patternErrorMessage": f"Schrijf de naam van een bestand in content/{soorten[veld.naar].map}/: "
                                       "kleine letters, cijfers en streepjes (-), zonder .yaml."}
    if soort == "lijst":
        return {"errorMessage": zin("geen-lijst") + " " + tip("geen-lijst", naam=veld.naam)}
    if soort in ("onderdeel", "koppeling"):
        return {"errorMessage": zin("geen-onderdeel") + " " + tip("geen-onderdeel", voorbeeld="").rstrip(":") + "."}
    return {}


def _example(veld: Veld):
    value = veld.voorbeeld
    if value is None or value == "..." or veld.soort in ("lijst", "onderdeel", "koppeling"):
        return None
    return value.isoformat() if isinstance(value, dt.date) else value


# --- files --------------------------------------------------------------------------------------

def bestanden(soorten: dict[str, Soort]) -> dict[str, str]:
    """Every file `buurtbanen schema` writes: path relative to the project root -> text."""
    out = {f"{SCHEMA_MAP}/{s.naam}.schema.json": _json(schema(s, soorten)) for s in soorten.values()}
    mapping = {f"./{SCHEMA_MAP}/{s.naam}.schema.json": [f"content/{s.map}/*.yaml", f"content/{s.map}/*.yml"]
               for s in soorten.values()}
    settings = {
        "yaml.schemas": mapping,
        # Tabs break YAML; the validator refuses them, so the editor never writes them.
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2, "editor.detectIndentation": False},
    }
    out[VSCODE.as_posix()] = f"// {GEMAAKT}\n" + _json(settings)
    return dict(sorted(out.items()))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def verschillen(root: Path, soorten: dict[str, Soort]) -> list[str]:
    """Files that are missing, out of date, or left over from a type that no longer exists."""
    wanted = bestanden(soorten)
    stale = [p for p, text in wanted.items()
             if not (root / p).is_file() or (root / p).read_text(encoding="utf-8") != text]
    folder = root / SCHEMA_MAP
    extra = sorted(p.relative_to(root).as_posix() for p in folder.glob("*.schema.json")) if folder.is_dir() else []
    return stale + [p for p in extra if p not in wanted]


def schrijf(root: Path, soorten: dict[str, Soort]) -> list[str]:
    """Write every schema file; remove schemas of types that no longer exist. Returns what changed."""
    changed = verschillen(root, soorten)
    wanted = bestanden(soorten)
    for rel in changed:
        path = root / rel
        if rel in wanted:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wanted[rel], encoding="utf-8")
        else:
            path.unlink()
    return changed
