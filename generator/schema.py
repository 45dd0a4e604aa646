"""JSON Schema for each content type, made from the same field declarations the validator uses.

Editors get these in VS Code and github.dev (Red Hat's YAML extension): Dutch hints while typing,
the allowed values as a list, and a red line under a wrong value. `buurtbanen schema` writes one
file per type into `schemas/` and maps `content/<map>/*.yaml` to it in `.vscode/settings.json`;
both are kept in the repository, and a test fails when they differ from the declarations.

What each field kind puts in the schema is part of its class in `core/velden/`. References
list the ids that existed when `buurtbanen schema` ran, so the schemas are written again when a
file is added or removed (a test fails when they are out of date, except when new files are
all that changed: see `alleen_nieuwe_ids`). A schema sees one file at a
time: whether a number is used twice only `buurtbanen controleer` can tell. The known
differences between schema and check are listed in the README and tested in tests/test_schema.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from .core.content import Soort
from .core.indeling import content_folder
from .core.velden import SLUG, Kader, json_object

SCHEMA_MAP = "schemas"
VSCODE = Path(".vscode/settings.json")
GEMAAKT = "Gemaakt door 'buurtbanen schema' uit de velden in generator/soorten/. Pas dit niet met de hand aan."


def kader(root: Path, soorten: dict[str, Soort], bekend: set[str] | None = None) -> Kader:
    """The content types, and the ids that exist under `root/content/` (for references);
    with `bekend`, only the ids in that set."""
    ids = {naam: sorted(p.stem for p in (root / content_folder(s.map)).glob("*.y*ml")
                        if SLUG.fullmatch(p.stem) and (bekend is None or p.stem in bekend))
           for naam, s in soorten.items()}
    return Kader(soorten, ids)


def schema(soort: Soort, kader: Kader) -> dict:
    """The JSON Schema (draft 2020-12) of one file of `soort`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": GEMAAKT,
        "title": f"Een {soort.naam} ({content_folder(soort.map)}/)",
        **json_object(soort.alle_velden, kader),
    }


# --- files --------------------------------------------------------------------------------------

def bestanden(root: Path, soorten: dict[str, Soort], bekend: set[str] | None = None) -> dict[str, str]:
    """Every file `buurtbanen schema` writes: path relative to the project root -> text."""
    k = kader(root, soorten, bekend)
    out = {f"{SCHEMA_MAP}/{s.naam}.schema.json": _json(schema(s, k)) for s in soorten.values()}
    mapping = {f"./{SCHEMA_MAP}/{s.naam}.schema.json": [f"{content_folder(s.map)}/*.yaml", f"{content_folder(s.map)}/*.yml"]
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


def alleen_nieuwe_ids(root: Path, soorten: dict[str, Soort]) -> list[str]:
    """The content files added since the schemas were written, when that is all that differs.

    A file added through the form (a new station or organisation) makes the id lists in the
    schemas one id short. That is not the editor's doing, and the schemas still accept every
    file that was there: the pull request must not fail on it. Returns [] when the schemas are
    up to date or differ in anything else."""
    folder = root / SCHEMA_MAP
    committed = {p: (root / p).read_text(encoding="utf-8") for p in bestanden(root, soorten)
                 if (root / p).is_file()}
    known: set[str] = set()
    for rel, text in committed.items():
        if rel.startswith(SCHEMA_MAP + "/"):
            known |= _strings(json.loads(text))
    if not folder.is_dir() or bestanden(root, soorten, known) != committed:
        return []
    stale = verschillen(root, soorten)
    if not stale or any(rel not in committed for rel in stale):  # up to date, or a removed type's schema
        return []
    listed = set().union(*(_strings(json.loads(text)) for rel, text in bestanden(root, soorten).items()
                           if rel.startswith(SCHEMA_MAP + "/")))
    return sorted(f"{content_folder(s.map)}/{p.name}" for s in soorten.values()
                  for p in (root / content_folder(s.map)).glob("*.y*ml") if p.stem in listed - known)


def _strings(value) -> set[str]:
    """Every string in a JSON value (the ids a schema lists are among them)."""
    if isinstance(value, dict):
        return set().union(*map(_strings, value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*map(_strings, value)) if value else set()
    return {value} if isinstance(value, str) else set()


def verschillen(root: Path, soorten: dict[str, Soort]) -> list[str]:
    """Files that are missing, out of date, or left over from a type that no longer exists."""
    wanted = bestanden(root, soorten)
    stale = [p for p, text in wanted.items()
             if not (root / p).is_file() or (root / p).read_text(encoding="utf-8") != text]
    folder = root / SCHEMA_MAP
    extra = sorted(p.relative_to(root).as_posix() for p in folder.glob("*.schema.json")) if folder.is_dir() else []
    return stale + [p for p in extra if p not in wanted]


def schrijf(root: Path, soorten: dict[str, Soort]) -> list[str]:
    """Write every schema file; remove schemas of types that no longer exist. Returns what changed."""
    changed = verschillen(root, soorten)
    wanted = bestanden(root, soorten)
    for rel in changed:
        path = root / rel
        if rel in wanted:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wanted[rel], encoding="utf-8")
        else:
            path.unlink()
    return changed
