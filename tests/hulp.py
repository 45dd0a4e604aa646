"""Helpers that several test files use: one copy of each, so they cannot drift apart."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from generator.site import controleer, genereer


def pagina_inhoud(root: Path, datum: dt.date) -> dict[str, str]:
    """Check the content under `root` (it must have no errors), then generate every file:
    path -> text."""
    inhoud, problems = controleer(root)
    assert [p.format() for p in problems if p.is_fout] == []
    return {o.path: o.text for o in genereer(inhoud, datum)}


def zet(project, rel, **velden):
    """Set top-level fields of a content file (`veld: waarde` lines), as an editor would."""
    path = project / rel
    text = path.read_text(encoding="utf-8")
    for naam, waarde in velden.items():
        line = f"{naam}: {waarde}"
        # the field's line and the lines that belong to its value (indented, or list items)
        text, n = re.subn(rf"^{naam}:.*(?:\n(?:[ -].*)?)*?(?=\n[^\s-]|\Z)", line, text, flags=re.M)
        if not n:
            text += line + "\n"
    path.write_text(text, encoding="utf-8")


def codes(project) -> list[str]:
    """The codes of every problem `controleer` finds in the project."""
    return [p.code for p in controleer(project)[1]]


def pdf_pages(pdf: bytes) -> int:
    """How many pages a PDF made by Chromium has."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def hoofdmenu(html: str) -> str:
    """The primary navigation of a built page (up to the page's own content, which is not the menu)."""
    return html[html.index('<nav class="md-nav md-nav--primary"'):html.index('<div class="md-content"')]


def home_blok(html: str, kop: str) -> str:
    """The section of the home page that starts with the heading text `kop`."""
    deel = html[html.index(kop):]
    return deel[:deel.index("</section>")]


def tab_to(page, test: str, limit: int = 200) -> None:
    """Press Tab until `test` (a JavaScript expression on `el`, the focused element) holds, as a
    keyboard user moves through the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({test}))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {test}")


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Vragen(HTMLParser):
    """Collects each <details class="bb-vraag">: its id, the question and the answer text as a
    browser's textContent would give them, and the JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.vragen: list[dict] = []
        self.jsonld: list[str] = []
        self.open: list[tuple[str, str | None]] = []  # (tag, what it collects)
        self.in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self.in_jsonld = True
            self.jsonld.append("")
        if tag in VOID:
            return
        collects = None
        if tag == "details" and "bb-vraag" in classes:
            self.vragen.append({"id": attrs.get("id"), "vraag": "", "antwoord": "", "tag": ""})
            collects = "details"
        elif "bb-vraagtekst" in classes:
            collects = "vraag"
        elif "bb-antwoord" in classes and self.vragen and self._inside("details"):
            collects = "antwoord"
        elif "bb-tag" in classes:
            collects = "tag"
        self.open.append((tag, collects))

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_jsonld = False
        if tag in VOID:
            return
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.in_jsonld:
            self.jsonld[-1] += data
        for _, collects in self.open:
            if collects in ("vraag", "antwoord", "tag"):
                self.vragen[-1][collects] += data

    def _inside(self, what):
        return any(c == what for _, c in self.open)


def tekst(s: str) -> str:
    """Text with every run of white space as one space, as a browser shows it."""
    return " ".join(s.split())


def vragen_op(page: Path) -> Vragen:
    """The questions, answers and JSON-LD of a built Q&A page."""
    parser = Vragen()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def blok(html: str, id_: str) -> str:
    """The HTML of one <details> on a Q&A page."""
    start = html.index(f'id="{id_}"')
    return html[start:html.index("</details>", start)]


def faq_vragen(pagina: Vragen) -> list[tuple[str, str]]:
    """The (question, answer) pairs of the page's one FAQPage JSON-LD block, after checking its shape."""
    assert len(pagina.jsonld) == 1
    data = json.loads(pagina.jsonld[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
    assert all(q["@type"] == "Question" and q["acceptedAnswer"]["@type"] == "Answer" for q in data["mainEntity"])
    return [(q["name"], q["acceptedAnswer"]["text"]) for q in data["mainEntity"]]
