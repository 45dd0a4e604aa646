"""Markdown to plain text, for the FAQPage JSON-LD: the same words a reader sees, without markup."""

from __future__ import annotations

from functools import cache, lru_cache
from html.parser import HTMLParser
from pathlib import Path

import markdown

from ...core.indeling import markdown_extensies

# The site's mkdocs.yml (beside generator/): its extensions, so the text matches the page. `toc`
# only adds anchors, and its permalink sign would end up in the text.
MKDOCS_YML = Path(__file__).resolve().parents[3] / "mkdocs.yml"
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


@cache
def extensies() -> tuple[list[str], dict[str, dict]]:
    return markdown_extensies(MKDOCS_YML, zonder=("toc",))


@lru_cache(maxsize=4096)  # the same answers again on every rebuild while serving
def platte_tekst(tekst: str) -> str:
    """'**Let op:** zie [de regels](r.md).' -> 'Let op: zie de regels.' (whitespace collapsed)."""
    parser = _Tekst()
    names, configs = extensies()
    parser.feed(markdown.markdown(str(tekst), extensions=names, extension_configs=configs))
    parser.close()
    return " ".join("".join(parser.delen).split())
