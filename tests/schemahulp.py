"""Check a YAML text against a content type's JSON Schema, the way an editor's VS Code would."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path, PurePosixPath

import jsonschema

from generator.core import loader

ROOT = Path(__file__).resolve().parent.parent


def als_json(value):
    """Loaded YAML as JSON sees it: dates become 'YYYY-MM-DD' strings (YAML 1.2 has no dates)."""
    if isinstance(value, dict):
        return {k: als_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [als_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@cache
def validator(soort: str, root: Path = ROOT) -> jsonschema.Draft202012Validator:
    """The schema of `soort` as `buurtbanen schema` makes it for the content under `root` (for ROOT it
    equals the committed file: test_schema.py checks that)."""
    from generator import schema as json_schema
    from generator.site import soorten

    alle = soorten()
    schema = json.loads(json.dumps(json_schema.schema(alle[soort], json_schema.kader(root, alle))))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def schema_fouten(soort: str, text: str, naam: str = "bestand.yaml", root: Path = ROOT) -> list[str]:
    """The schema's complaints about `text`, one line each (empty: the schema accepts it)."""
    doc, problems = loader.load(text, PurePosixPath(naam))
    assert doc is not None, [p.format() for p in problems]
    return [f"{'/'.join(map(str, e.absolute_path)) or '(bestand)'}: {e.message}"
            for e in validator(soort, root).iter_errors(als_json(doc.data))]
