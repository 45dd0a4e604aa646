"""Markdown to plain text, for the FAQPage JSON-LD: the same words a reader sees, without markup."""

from __future__ import annotations

from functools import lru_cache
from html.parser import HTMLParser

import markdown

# The extensions of mkdocs.yml that change text (not only attributes), so the text matches the page.
EXTENSIES = ["admonition", "attr_list", "md_in_html", "tables", "pymdownx.details", "pymdownx.superfences"]
# Between these elements a reader sees a break: keep a space, so words never run together.
_BLOKKEN = {"p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "table", "tr", "td", "th", "details", "summary", "pre"}


class _Tekst(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.delen: list[str] = []

    def handle_data(self, data):
        self.delen.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in _BLOKKEN:
            self.delen.append(" ")

    def handle_endtag(self, tag):
        if tag in _BLOKKEN:
            self.delen.append(" ")


@lru_cache(maxsize=4096)  # the same answers again on every rebuild while serving
def platte_tekst(tekst: str) -> str:
    """'**Let op:** zie [de regels](r.md).' -> 'Let op: zie de regels.' (whitespace collapsed)."""
    parser = _Tekst()
    parser.feed(markdown.markdown(str(tekst), extensions=EXTENSIES))
    parser.close()
    return " ".join("".join(parser.delen).split())
