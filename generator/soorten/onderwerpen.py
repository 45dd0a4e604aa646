"""Onderwerpen: an A-Z list of every item. It is where the search link leads without JavaScript."""

from __future__ import annotations

from itertools import groupby

from ..core.content import Inhoud
from ..core.render import Context, Uitvoer
from ..indeling import INDELING

SOORTEN = ()  # no content of its own: this module only makes a page from all the others

PATH = INDELING.overzicht("onderwerpen")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    entries = sorted(((item.content_type.titel(item), item) for item in inhoud),
                     key=lambda e: (e[0].casefold(), e[1].pagina))
    letters = [(letter.upper(), list(group))
               for letter, group in groupby(entries, key=lambda e: _letter(e[0]))]
    return [Uitvoer(PATH, ctx.render("onderwerpen.md.j2", PATH, letters=letters))]


def _letter(title: str) -> str:
    first = title.strip()[:1].casefold()
    return first if first.isalpha() else "#"
