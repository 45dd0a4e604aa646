"""Begrippen: the glossary. Each term is explained in one or two B1 sentences on one page, and
the first use of a term on any other page links to its explanation (`markeer`)."""

from __future__ import annotations

import html
import posixpath
import re
from html.parser import HTMLParser

from ..core.content import Inhoud, Soort
from ..core.indeling import relatieve_url
from ..core.render import Context, Uitvoer
from ..core.velden import lijst, tekst
from ..indeling import INDELING

BEGRIP = Soort(
    naam="begrip",
    map="begrippen",
    velden=(
        tekst("woord", "Het woord zoals het op de site staat.", voorbeeld="aanjaagteam"),
        tekst("uitleg", "Wat het woord betekent, in een of twee korte zinnen (B1).",
              voorbeeld="Een groep mensen die de buurtbanen op gang brengt."),
        lijst(tekst("vormen", "Andere vormen van het woord die de site ook uitlegt, zoals een "
                    "meervoud. Met een hoofdletter erin telt alleen precies die schrijfwijze.",
                    voorbeeld="aanjaagteams"), verplicht=False),
    ),
    titel=lambda item: item.woord,
    volgorde=lambda item: item.woord.casefold(),
)

SOORTEN = (BEGRIP,)
PATH = INDELING.overzicht("begrippen")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    begrippen = inhoud.alle("begrip")
    if not begrippen:
        return []
    out = [Uitvoer(b.pagina, ctx.render("begrippen/begrip.md.j2", b.pagina, item=b), source_path=str(b.path))
           for b in begrippen]
    out.append(Uitvoer(PATH, ctx.render("begrippen/overzicht.md.j2", PATH, begrippen=begrippen)))
    return out


# --- marking the first use of a term on a page ---------------------------------------------

# Text inside these elements is never marked: links, code, headings, form controls and the
# summary of a <details> (a link inside it would steal the click that opens it).
OVERSLAAN = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "textarea", "button",
             "label", "select", "option", "summary", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "svg"}
LEEG = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def patronen(begrippen) -> list[tuple[re.Pattern, str, str]]:
    """(pattern, id, explanation) per term; longest forms first, so 'instroom' is not taken for
    a part of a longer form. A form with a capital matches only as written."""
    result = []
    for b in begrippen:
        for vorm in sorted({b.woord, *(b.vormen or [])}, key=len, reverse=True):
            flags = 0 if any(c.isupper() for c in vorm) else re.IGNORECASE
            result.append((re.compile(r"(?<![\w&;])" + re.escape(vorm) + r"(?!\w)", flags), b.id, b.uitleg))
    return result


class _Markeerder(HTMLParser):
    """Copies HTML as it is, and links the first use of each term in ordinary text.

    Only words from the page's own text are wrapped, and only in an <a> whose address is made
    from the term's file name and whose title is escaped: no content value becomes markup."""

    def __init__(self, patterns, link):
        super().__init__(convert_charrefs=False)
        self.patterns, self.link = patterns, link
        self.out: list[str] = []
        self.skip: list[str] = []
        self.done: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")
        if tag in OVERSLAAN or (self.skip and tag not in LEEG):
            self.skip.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if self.skip and tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass

    def handle_data(self, data):
        self.out.append(data if self.skip else self._mark(data))

    def _mark(self, text: str) -> str:
        for pattern, ident, uitleg in self.patterns:
            if ident in self.done:
                continue
            found = pattern.search(text)
            if found:
                self.done.add(ident)
                before, word, after = text[:found.start()], found.group(0), text[found.end():]
                anchor = (f'<a class="bb-begrip" href="{html.escape(self.link(ident))}" '
                          f'title="{html.escape(uitleg)}">{word}</a>')
                return self._mark(before) + anchor + self._mark(after)
        return text

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")


def markeer(page_html: str, begrippen, link) -> str:
    """`page_html` with the first use of every term linked to `link(id)`."""
    if not begrippen:
        return page_html
    parser = _Markeerder(patronen(begrippen), link)
    parser.feed(page_html)
    parser.close()
    return "".join(parser.out) + parser.rawdata


def bij_html(inhoud: Inhoud):
    """The build hands every page's HTML, after cleaning, to this (site.bij_html): the first use
    of each term without mistakes links to its explanation."""
    terms = [b for b in inhoud.alle(BEGRIP.naam) if b.geldig]
    return lambda page_html, path, page_url, mappen_urls: markeer_pagina(page_html, terms, path, page_url, mappen_urls)


def markeer_pagina(page_html: str, begrippen, path: str, page_url: str, mappen_urls: bool = True) -> str:
    """One built page (`path` under the site, served at `page_url`) with the first use of every
    term linked to its anchor on the glossary, at the glossary's address as the site serves it
    (`use_directory_urls`). The glossary's own pages are left as they are."""
    if not begrippen or path.startswith(BEGRIP.map + "/"):
        return page_html
    here = page_url.rstrip("/") if page_url.endswith("/") or not page_url else posixpath.dirname(page_url)
    lijst = relatieve_url(PATH, here, mappen_urls)
    return markeer(page_html, begrippen, lambda ident: f"{lijst}#{ident}")
