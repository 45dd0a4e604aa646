"""Glue for one whole site: find the content types, check all content, render all pages."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from . import bewerken as bewerk_links
from . import foutenlijst, rollen
from . import soorten as soorten_pkg
from .core.actualiteit import verouderd
from .core.content import Inhoud, Soort, bestanden, load_content
from .core.links import controleer_links
from .core.onthouden import Onthouden
from .core.problems import Problem
from .core.render import Context, Uitvoer, make_env
from .indeling import INDELING
from .zoeken import zoekextra, zoekwoorden


@cache
def modules() -> tuple:
    """Every module in generator/soorten/: adding a content type means adding a module there."""
    return tuple(
        importlib.import_module(f"{soorten_pkg.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(soorten_pkg.__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    )


@cache
def _env(templates: tuple[Path, ...]):
    """One Jinja environment per template folders: a rebuild while serving reuses the compiled
    templates (Jinja still notices a template that changed on disk). Domain helpers the templates
    share are added here, so that core/render.py knows nothing of the domain."""
    env = make_env(list(templates))
    env.globals["wie"] = rollen.wie  # ['werkgever', 'buurtbaner'] -> 'werkgever en buurtbaner'
    env.globals["overzicht"] = INDELING.overzicht  # overzicht("regelingen") -> 'regelingen/index.md'
    env.globals["pagina"] = INDELING.pagina  # pagina("checklist"): the path of a page the layout lists
    return env


def soorten() -> dict[str, Soort]:
    return {s.naam: s for module in modules() for s in module.SOORTEN}


def bij_html(inhoud: Inhoud) -> list[Callable[[str, str, str, bool], str]]:
    """What modules do to the HTML of every built page: `bij_html(inhoud)` in a module returns
    a function (html, path, page_url, mappen_urls) -> html (the glossary marks terms with it)."""
    return [m.bij_html(inhoud) for m in modules() if hasattr(m, "bij_html")]


def controleer(root: Path, bouwdatum: dt.date | None = None) -> tuple[Inhoud, list[Problem]]:
    """Check all content and the search's synonyms. With a build date, also warn about facts
    checked too long before it."""
    inhoud, problems = load_content(Path(root), soorten())
    problems = problems + zoekwoorden(Path(root))[1]
    if bouwdatum is not None:
        problems = sorted(problems + verouderd(inhoud, bouwdatum), key=Problem.sort_key)
    return inhoud, problems


def controleer_alles(root: Path, datum: dt.date | None = None) -> tuple[Inhoud, list[Problem]]:
    """Everything the strict build would refuse, found before the build: the content, and when
    it is sound, the links inside it against the generated and hand-written pages. With a
    build date, also the facts that were checked too long before it."""
    inhoud, problems = controleer(root, datum)
    docs = Path(root) / "docs"
    # MkDocs follows a symlink in docs/ and would publish what it points at: refuse it too.
    problems += [Problem(link.relative_to(root).as_posix(), 1, None, "snelkoppeling") for link in bestanden(docs)
                 if link.is_symlink()]
    if any(p.is_fout for p in problems):
        return inhoud, sorted(problems, key=Problem.sort_key)
    bestaande = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")] if docs.is_dir() else []
    uitvoer = genereer(inhoud, datum or dt.date.today(), bestaande=bestaande)  # the date changes no link
    problems = sorted(problems + controleer_links(inhoud, uitvoer, docs), key=Problem.sort_key)
    return inhoud, problems


def genereer(inhoud: Inhoud, bouwdatum: dt.date, templates: Sequence[Path] = (), *, site_url: str = "",
             mappen_urls: bool = True, bestaande=(), bewerken: str = "",
             geheugen: Onthouden | None = None) -> list[Uitvoer]:
    """All generated files of the site, in a stable order.

    `bestaande` are the hand-written pages of the build (paths relative to docs/). A module
    that links to another section only when it exists sets `NA_DE_ANDEREN = True`: it runs
    after the other modules, so `ctx.bestaat()` knows every page they made (a number runs later
    still: 2 after True). `geheugen`: while previewing, the pages of the last build, rendered
    again only when what they read changed (core/onthouden.py).
    """
    context = Context(bouwdatum, _env(tuple(templates)), site_url=site_url or "",
                      mappen_urls=mappen_urls, bestaande=set(bestaande), bewerken=bewerken, geheugen=geheugen)
    if geheugen is not None:
        geheugen.begin(inhoud, (bouwdatum, site_url, mappen_urls, tuple(sorted(bestaande)), bewerken), context.env)
    bronnen = {str(item.path): item for item in inhoud}
    pages = []
    for module in sorted(modules(), key=lambda m: getattr(m, "NA_DE_ANDEREN", False)):
        for out in module.paginas(inhoud, context):
            context.bestaande.add(out.path)  # modules that run later may link to it
            pages.append(out)
    pages.append(foutenlijst.pagina(context))
    pages.append(bewerk_links.pagina(context, inhoud.soorten))
    # Modules with `bij_item(item, inhoud, ctx, path)` add a part to other types' item pages,
    # e.g. the experiences that are about a vuistregel.
    aanvullers = [m for m in modules() if hasattr(m, "bij_item")]
    uitvoer: dict[str, Uitvoer] = {}
    for out in pages:
        if out.path in uitvoer:
            raise ValueError(f"two generated files share the path {out.path!r}")
        if out.source_path is None and out.path in context.sjablonen:
            out = replace(out, sjabloon=context.sjablonen[out.path])  # its "edit" link opens the template
        if out.is_pagina and out.source_path in bronnen:
            item = bronnen[out.source_path]
            if out.path == item.pagina:  # the item's own page: what other modules add to it
                out = replace(out, text=out.text + "".join(
                    m.bij_item(item, inhoud, context, out.path) for m in aanvullers))
            out = replace(out, text=out.text + zoekextra(item))
        uitvoer[out.path] = out
    return sorted(uitvoer.values(), key=lambda o: o.path)
