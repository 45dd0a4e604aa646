"""Search with Pagefind: the hidden extras every item page carries, the list of synonyms, and
indexing a built site.

Pagefind reads the built HTML, so search needs no running server and loads only the index
chunks a query needs. Nothing here knows MkDocs.

The synonyms (`zoekwoorden.yaml` in the project root) are groups of words that mean the same
to a reader: someone who types "salaris" should find the page that says "loon". Editors
extend the list; it is checked like content and written to `assets/zoekwoorden.json`, which
the search dialog (docs/assets/zoeken.js) reads when it opens.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from .core import loader, problems
from .core.content import Item
from .core.problems import Melding, Problem

ZOEKWOORDEN = "zoekwoorden.yaml"
WOORD = re.compile(r"[^\W_]+(?:['\- ][^\W_]+){0,3}")  # letters and digits; up to 4 words, - or '

problems.register({
    "zoekwoorden-vorm": Melding(
        "dit bestand moet beginnen met 'groepen:', met daaronder per regel een groep woorden.",
        "Zet elke groep woorden die hetzelfde betekenen op een eigen regel, tussen [ en ].",
        "- [loon, salaris]",
        "groepen:\n  - [loon, salaris]",
    ),
    "zoekwoorden-geen-groep": Melding(
        "dit is geen groep woorden.",
        "Zet de woorden tussen [ en ], met een komma ertussen.",
        "groepen:\n  - loon salaris",
        "groepen:\n  - [loon, salaris]",
    ),
    "zoekwoorden-te-weinig": Melding(
        "een groep heeft minstens twee woorden. Hier staat er {aantal}.",
        "Zet er een woord bij dat hetzelfde betekent, of haal de groep weg.",
        "groepen:\n  - [loon]",
        "groepen:\n  - [loon, salaris]",
    ),
    "zoekwoorden-teken": Melding(
        "het zoekwoord '{woord}' kan niet. Een zoekwoord heeft alleen letters en cijfers, "
        "hoogstens vier woorden, en verder alleen een spatie, streepje (-) of apostrof (') tussen twee letters.",
        "Schrijf het woord zoals iemand het zou typen, zonder leestekens.",
        "groepen:\n  - [loon, salaris!]",
        "groepen:\n  - [loon, salaris]",
    ),
    "zoekwoorden-dubbel": Melding(
        "het woord '{woord}' staat al eerder in deze groep.",
        "Haal het woord één keer weg. Hoofdletters tellen niet: 'Loon' en 'loon' zijn hetzelfde.",
        "groepen:\n  - [loon, salaris, loon]",
        "groepen:\n  - [loon, salaris]",
    ),
})


def zoekextra(item: Item) -> str:
    """Hidden HTML for an item page: its `zoekwoorden` (indexed, not shown) and its filters."""
    parts = []
    if item.zoekwoorden:
        words = " ".join(html.escape(w) for w in item.zoekwoorden)
        parts.append(f'<div class="bb-zoekwoorden" hidden>{words}</div>')
    filters = item.content_type.zoekfilters(item) if item.content_type.zoekfilters else {}
    for name, value in sorted(filters.items()):
        if value:
            parts.append(f'<span hidden data-pagefind-filter="{html.escape(name)}:{html.escape(str(value))}"></span>')
    return "\n\n" + "\n".join(parts) + "\n" if parts else ""


def zoekwoorden(root: Path) -> tuple[list[list[str]], list[Problem]]:
    """The groups of synonyms in `root/zoekwoorden.yaml` and every problem in it. No file: none."""
    file = Path(root) / ZOEKWOORDEN
    if not file.is_file():
        return [], []
    rel = PurePosixPath(ZOEKWOORDEN)
    doc, found = loader.load(file.read_text(encoding="utf-8"), rel)
    if doc is None:
        return [], found
    data = doc.data
    if not isinstance(data, dict) or set(data) != {"groepen"} or not isinstance(data["groepen"], list):
        return [], found + [Problem(rel, 1, None, "zoekwoorden-vorm")]
    groepen = []
    for i, groep in enumerate(data["groepen"]):
        if not isinstance(groep, list):
            found.append(Problem(rel, doc.line(("groepen", i)), ("groepen", i), "zoekwoorden-geen-groep"))
            continue
        goed, gezien = [], set()
        for j, woord in enumerate(groep):
            plek = ("groepen", i, j)
            tekst = str(woord).strip() if woord is not None else ""
            if not isinstance(woord, (str, int)) or not WOORD.fullmatch(tekst):
                found.append(Problem(rel, doc.line(plek), plek, "zoekwoorden-teken", woord=tekst))
            elif tekst.casefold() in gezien:
                found.append(Problem(rel, doc.line(plek), plek, "zoekwoorden-dubbel", woord=tekst))
            else:
                gezien.add(tekst.casefold())
                goed.append(tekst)
        if len(groep) < 2:
            found.append(Problem(rel, doc.line(("groepen", i)), ("groepen", i), "zoekwoorden-te-weinig",
                                 aantal=len(groep)))
        elif len(goed) >= 2:
            groepen.append(goed)
    return groepen, found


def indexeer(site_dir: Path, groepen: Sequence[list[str]] = (), run=subprocess.run) -> None:
    """Build the Pagefind index into `site_dir/pagefind/` and write the synonyms next to the
    search code. Language comes from <html lang="nl">. `run`: how Pagefind is started (the
    preview starts it so that the next save can stop it)."""
    result = run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
         # the ¶ of heading links and the edit button are not content; each question of a Q&A
         # page is indexed on its own page, so the overview would only repeat them
         "--exclude-selectors", ".headerlink", "--exclude-selectors", ".md-content__button",
         "--exclude-selectors", "details.bb-vraag"],
        check=False, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError("De zoekindex kon niet gemaakt worden (Pagefind):\n" + result.stdout + result.stderr)
    uit = Path(site_dir) / "assets" / "zoekwoorden.json"
    uit.parent.mkdir(parents=True, exist_ok=True)
    uit.write_text(json.dumps(list(groepen), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
