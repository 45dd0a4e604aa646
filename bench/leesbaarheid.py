"""Plain language: the Flesch-Douma reading ease of every page, per section.

Usage: .venv/bin/python bench/leesbaarheid.py [SITE_DIR]
Without SITE_DIR it builds the real site in a temporary folder first. For each page it reads the
text of the article (not the menu, code or the source line), counts each heading, list item and
paragraph as its own sentence, leaves out lists of links (below), and scores it with textstat
(`set_lang('nl')`, Flesch-Douma: 206,84 - 0,77 x syllables per 100 words - 0,93 x words per
sentence). 60 or more is plain Dutch; resident pages aim at 65 or more with at most 15 words per
sentence on average.

What counts as a list of links, not prose (the rule, written down once): a block (paragraph,
list item, heading, ...) with at least one link, whose words outside its links are only
- a short lead-in that ends in a colon ("Verder naar:", "Vraag het aan:", "Protocol:"),
- the kind of page in brackets ("(vuistregel)") or a short note after a middle dot
  ("· beginstation"),
- punctuation and the joining words "of" and "en".
Such a block is a list of page names: station names, organisations, official titles of
regelingen. They are names the reader needs to recognise, not words we can choose, so they are
left out. Every link inside a sentence (a glossary term, "lees ook ...") stays counted, and so
does every sentence around it: the running text is measured, the names are not.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import textstat

ROOT = Path(__file__).resolve().parent.parent
DATUM = "2026-11-23"
GRENS = 60
GRENS_BEWONERS = 65
MAX_WOORDEN_BEWONERS = 15
# Pages that speak to (future) residents: the first part of their address.
BEWONERS = {"", "bewoners", "spoorboekje", "vacatures", "contact", "privacy", "toegankelijkheid", "begrippen"}

BLOKKEN = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "summary", "figcaption",
           "blockquote", "label", "legend", "option", "div", "section", "br"}
OVERSLAAN = {"script", "style", "code", "pre", "svg", "select", "button"}
# Not the page's own text: the source line, the edit link, permalinks.
KLASSEN_OVERSLAAN = {"bb-bron", "bb-aanpassen-onder", "headerlink", "md-content__button", "bb-label"}


class _Tekst(HTMLParser):
    """The readable text of <article>, one block per line."""

    def __init__(self):
        super().__init__()
        self.in_article = 0
        self.skip: list[str] = []
        self.blocks: list[str] = [""]
        self.links: list[str] = [""]  # per block: the part of its text that is inside a link
        self.buiten: list[str] = [""]  # per block: the part of its text that is outside links
        self.in_link = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.in_article += 1
        if tag == "a":
            self.in_link += 1
        if not self.in_article or tag in {"br", "img", "input", "hr", "wbr"}:
            if tag == "br":
                self._block()
            return
        classes = set((a.get("class") or "").split())
        if self.skip or tag in OVERSLAAN or classes & KLASSEN_OVERSLAAN or "hidden" in a:
            self.skip.append(tag)
        elif tag in BLOKKEN:
            self._block()

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_link = max(0, self.in_link - 1)
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        elif tag in BLOKKEN and self.in_article:
            self._block()
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data):
        if self.in_article and not self.skip:
            self.blocks[-1] += data
            if self.in_link:
                self.links[-1] += data
            else:
                self.buiten[-1] += data

    def _block(self):
        if self.links[-1].strip() and alleen_namen(self.buiten[-1]):  # a list of links
            self.blocks[-1] = ""
        self.blocks.append("")
        self.links.append("")
        self.buiten.append("")


def alleen_namen(buiten: str) -> bool:
    """Whether the text outside a block's links is only labels and separators (see the module's
    docstring): then the block is a list of page names."""
    rest = re.sub(r"^[^:]{0,40}:", " ", buiten.strip())  # a lead-in: "Vraag het aan:"
    rest = re.sub(r"\([^()]{0,30}\)", " ", rest)  # the kind of page: "(vuistregel)"
    rest = re.sub(r"·[^·]{0,60}", " ", rest)  # a note: "· beginstation", "· alleen in Amsterdam"
    rest = re.sub(r"\b(?:of|en)\b", " ", rest)
    return not re.search(r"\w", rest)


def tekst(html: str) -> str:
    parser = _Tekst()
    parser.feed(html)
    parser._block()
    sentences = []
    for block in parser.blocks:
        block = " ".join(block.split())
        if not re.search(r"\w", block):
            continue
        # a heading or list item is a sentence of its own, also without a full stop
        sentences.append(block if block[-1] in ".!?:" else block + ".")
    return " ".join(sentences)


@dataclass
class Meting:
    path: str
    sectie: str
    score: float
    woorden_per_zin: float
    woorden: int

    @property
    def voor_bewoners(self) -> bool:
        return self.sectie in BEWONERS

    @property
    def goed(self) -> bool:
        if self.voor_bewoners:
            return self.score >= GRENS_BEWONERS and self.woorden_per_zin <= MAX_WOORDEN_BEWONERS
        return self.score >= GRENS


def meet(site: Path) -> list[Meting]:
    textstat.set_lang("nl")
    result = []
    for page in sorted(site.rglob("index.html")):
        rel = page.parent.relative_to(site).as_posix()
        rel = "" if rel == "." else rel + "/"
        if rel.startswith(("admin/", "pagefind/")):
            continue
        text = tekst(page.read_text(encoding="utf-8"))
        words = textstat.lexicon_count(text)
        if words < 20:
            continue
        result.append(Meting(rel, rel.split("/")[0], round(textstat.flesch_reading_ease(text), 1),
                             round(words / max(1, textstat.sentence_count(text)), 1), words))
    return result


def tabel(metingen: list[Meting]) -> str:
    rows = ["| sectie | pagina's | mediaan | laagste | gehaald | woorden per zin (gem.) |",
            "|---|---:|---:|---:|---:|---:|"]
    secties: dict[str, list[Meting]] = {}
    for m in metingen:
        secties.setdefault(m.sectie or "(home)", []).append(m)
    for naam, ms in sorted(secties.items()):
        scores = [m.score for m in ms]
        rows.append(f"| {naam} | {len(ms)} | {statistics.median(scores):.0f} | {min(scores):.0f} | "
                    f"{sum(m.goed for m in ms)}/{len(ms)} | {statistics.mean(m.woorden_per_zin for m in ms):.1f} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    if argv:
        metingen = meet(Path(argv[0]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "generator.cli", "bouw", "--datum", DATUM, "--uit", tmp],
                           cwd=ROOT, check=True, capture_output=True)
            metingen = meet(Path(tmp))
    print(f"Flesch-Douma per sectie (gehaald: {GRENS}+, bewonerspagina's {GRENS_BEWONERS}+ en "
          f"hoogstens {MAX_WOORDEN_BEWONERS} woorden per zin)\n")
    print(tabel(metingen))
    slecht = sorted((m for m in metingen if not m.goed), key=lambda m: m.score)
    print(f"\n{len(metingen) - len(slecht)} van {len(metingen)} pagina's gehaald. Niet gehaald:")
    for m in slecht:
        print(f"  {m.score:5.1f}  {m.woorden_per_zin:4.1f} w/zin  {m.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
