"""Where an editor changes a page: its own YAML file, or for a page made from many files, the
Bijdragen page that says which files hold what. Knows nothing of MkDocs."""

from __future__ import annotations

import posixpath

from .core.content import Soort
from .core.indeling import Sectie, content_folder, is_content
from .core.render import Context, Uitvoer
from .indeling import INDELING

PATH = "bijdragen/waar-staat-wat.md"
FOUTMELDINGEN = INDELING.pagina("foutmeldingen")


def delen(soorten: dict[str, Soort]) -> dict[Sectie, list[Soort]]:
    """The content types by the part of the site (the layout's outermost section) they belong
    to: {werkgevers: [protocolfase, vraag]}, in the layout's order."""
    out: dict[Sectie, list[Soort]] = {}
    for soort in sorted(soorten.values(), key=lambda s: s.map):
        sectie = INDELING.hoofdsectie(soort.map)
        if sectie is not None:
            out.setdefault(sectie, []).append(soort)
    return {s: out[s] for s in INDELING.secties if s in out}


def pagina(ctx: Context, soorten: dict[str, Soort]) -> Uitvoer:
    return Uitvoer(PATH, ctx.render("bijdragen/waar-staat-wat.md.j2", PATH, delen=delen(soorten),
                                    content_folder=content_folder))


def uitleg(path: str, soorten: dict[str, Soort]) -> str:
    """For a generated page without a single source: the part of PATH that explains where its
    text comes from, e.g. `bijdragen/waar-staat-wat.md#vacatures`."""
    if path == FOUTMELDINGEN:
        return f"{PATH}#foutmeldingen"
    sectie = INDELING.hoofdsectie(posixpath.dirname(path))
    return f"{PATH}#{sectie.map}" if sectie in delen(soorten) else PATH


def is_bewerkbaar(bron: str | None) -> bool:
    """Only content files are for editors; a page made by code has no edit link of its own."""
    return is_content(bron)
