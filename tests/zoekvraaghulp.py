"""Ask the questions of tests/zoekvragen.yaml through the site's search dialog and check the facts.

Shared by tests/test_zoekvragen.py and bench/zoekvragen.py. The search is the real one: the
dialog opened with "/", the words typed into its box, the first three result links read from
the list. A result counts when the fact is in its text: for a question of a Q&A (a link to a
`<details>`), in that question and its answer; for any other result, in the indexed part of
the page, as a reader sees it (hidden search words do not count).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

VRAGEN = Path(__file__).with_name("zoekvragen.yaml")
TOP = 3
GAP = 120  # characters allowed between the parts of "a ... b"


def laad(path: Path = VRAGEN) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def normaliseer(text: str) -> str:
    """Lower case, no accents, hyphens and dashes as spaces, one space between words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def patroon(feit: str) -> re.Pattern:
    """`werk*` matches longer words too; `a ... b` is a followed by b within GAP characters."""
    parts = []
    for part in feit.split("..."):
        part = normaliseer(part)
        words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in part.split()]
        parts.append(r"(?<!\w)" + r"\s".join(words) + (r"" if part.endswith("*") else r"(?!\w)"))
    return re.compile(f".{{0,{GAP}}}?".join(parts))


def bevat(text: str, feiten: list[str] | str) -> bool:
    feiten = [feiten] if isinstance(feiten, str) else feiten
    text = normaliseer(text)
    return any(patroon(str(f)).search(text) for f in feiten)


@dataclass
class Antwoord:
    vraag: dict
    links: list[str] = field(default_factory=list)  # the first three results, as path#anchor
    goed: str | None = None  # the first result that holds the fact

    @property
    def ok(self) -> bool:
        return self.goed is not None


class Zoeker:
    """One browser page with the search dialog open, and one to read result pages with."""

    def __init__(self, context, base_url: str):
        self.base = base_url
        self.zoek = context.new_page()
        self.lees = context.new_page()
        self._teksten: dict[str, str] = {}
        self.zoek.goto(base_url)
        self.zoek.keyboard.press("/")
        self.zoek.wait_for_selector("dialog.bb-zoek[open]")

    def resultaten(self, woorden: str, n: int = TOP) -> list[str]:
        """The links of the first `n` results for `woorden`, as typed into the dialog."""
        box = self.zoek.get_by_label("Waar zoek je naar?")
        box.fill("")
        box.fill(woorden)
        self.zoek.wait_for_function(
            "q => document.querySelector('.bb-zoek__status').textContent.includes('\"' + q + '\"')",
            arg=woorden.strip(), timeout=30_000)
        return self.zoek.eval_on_selector_all(
            ".bb-zoek__resultaten a.bb-zoek__titel", f"ls => ls.slice(0, {n}).map(a => a.href)")

    def tekst(self, href: str) -> str:
        """What a reader sees of a result: the Q&A question it points at, or the whole page."""
        if href not in self._teksten:
            self.lees.goto(href)
            anchor = href.split("#", 1)[1] if "#" in href else ""
            self._teksten[href] = self.lees.evaluate(
                """anchor => {
                    const target = anchor && document.getElementById(decodeURIComponent(anchor));
                    if (target && target.tagName === "DETAILS") { target.open = true; return target.innerText; }
                    const body = document.querySelector("[data-pagefind-body]") || document.body;
                    body.querySelectorAll("details").forEach(d => { d.open = true; });
                    return body.innerText;
                }""", anchor)
        return self._teksten[href]

    def vraag(self, vraag: dict) -> Antwoord:
        antwoord = Antwoord(vraag, self.resultaten(vraag["typ"]))
        for href in antwoord.links:
            if bevat(self.tekst(href), vraag["feit"]):
                antwoord.goed = href
                break
        return antwoord

    def path(self, href: str) -> str:
        return href[len(self.base) - 1:] if href.startswith(self.base) else href


def verslag(zoeker: Zoeker, antwoorden: list[Antwoord]) -> str:
    """The score, per group of askers, and every miss with its top three."""
    goed = sum(a.ok for a in antwoorden)
    lines = [f"Score: {goed} van {len(antwoorden)} vragen ({100 * goed / len(antwoorden):.1f} %)"]
    for wie in dict.fromkeys(a.vraag["wie"] for a in antwoorden):
        groep = [a for a in antwoorden if a.vraag["wie"] == wie]
        lines.append(f"  {wie:11} {sum(a.ok for a in groep):3} van {len(groep)}")
    missers = [a for a in antwoorden if not a.ok]
    if missers:
        lines.append(f"Gemist ({len(missers)}):")
    for a in missers:
        feit = a.vraag["feit"]
        lines.append(f"  - {a.vraag['id']}: typ '{a.vraag['typ']}', feit {feit}")
        for href in a.links:
            lines.append(f"      {zoeker.path(href)}")
        if not a.links:
            lines.append("      (geen resultaten)")
    return "\n".join(lines)
