"""Glue for one whole site: find the content types, check all content, render all pages."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from dataclasses import replace
from functools import cache
from pathlib import Path

from . import foutenlijst
from . import soorten as soorten_pkg
from .core.content import Inhoud, Soort, load_content
from .core.problems import Problem
from .core.render import Context, Uitvoer, make_env


@cache
def modules() -> tuple:
    """Every module in generator/soorten/: adding a content type means adding a module there."""
    return tuple(
        importlib.import_module(f"{soorten_pkg.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(soorten_pkg.__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    )


def soorten() -> dict[str, Soort]:
    return {s.naam: s for module in modules() for s in module.SOORTEN}


def controleer(root: Path) -> tuple[Inhoud, list[Problem]]:
    return load_content(Path(root), soorten())


def genereer(inhoud: Inhoud, bouwdatum: dt.date, templates: list[Path] = ()) -> list[Uitvoer]:
    """All generated files of the site, in a stable order."""
    context = Context(bouwdatum, make_env(list(templates)))
    uitvoer: dict[str, Uitvoer] = {}
    for out in [out for module in modules() for out in module.paginas(inhoud, context)] + [
            foutenlijst.pagina(context)]:
        if out.pad in uitvoer:
            raise ValueError(f"two generated files share the path {out.pad!r}")
        if out.bron is None and out.pad in context.sjablonen:
            out = replace(out, sjabloon=context.sjablonen[out.pad])  # its "edit" link opens the template
        uitvoer[out.pad] = out
    return sorted(uitvoer.values(), key=lambda o: o.pad)
