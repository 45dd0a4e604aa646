"""Where an editor changes a page: its own YAML file, or for a page made from many files, the
Bijdragen page that says which files hold what. Knows nothing of MkDocs."""

from __future__ import annotations

from .core.content import Soort
from .core.indeling import is_inhoud
from .core.render import Context, Uitvoer

PATH = "bijdragen/waar-staat-wat.md"
FOUTMELDINGEN = "bijdragen/foutmeldingen.md"


def delen(soorten: dict[str, Soort]) -> dict[str, list[Soort]]:
    """The content types by the part of the site they belong to: {"werkgevers": [protocolfase, vraag]}."""
    out: dict[str, list[Soort]] = {}
    for soort in sorted(soorten.values(), key=lambda s: s.map):
        out.setdefault(soort.map.split("/")[0], []).append(soort)
    return out


def pagina(ctx: Context, soorten: dict[str, Soort]) -> Uitvoer:
    return Uitvoer(PATH, ctx.render("bijdragen/waar-staat-wat.md.j2", PATH, delen=delen(soorten)))


def uitleg(path: str, soorten: dict[str, Soort]) -> str:
    """For a generated page without a single source: the part of PATH that explains where its
    text comes from, e.g. `bijdragen/waar-staat-wat.md#vacatures`."""
    deel = path.split("/")[0] if "/" in path else ""
    if path == FOUTMELDINGEN:
        return f"{PATH}#foutmeldingen"
    return f"{PATH}#{deel}" if deel in delen(soorten) else PATH


def is_bewerkbaar(bron: str | None) -> bool:
    """Only content files are for editors; a page made by code has no edit link of its own."""
    return is_inhoud(bron)
