"""Helpers that several test files use: one copy of each, so they cannot drift apart."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.site import controleer, genereer


def pagina_inhoud(root: Path, datum: dt.date) -> dict[str, str]:
    """Check the content under `root` (it must have no errors), then generate every file:
    path -> text."""
    inhoud, problems = controleer(root)
    assert [p.format() for p in problems if p.is_fout] == []
    return {o.path: o.text for o in genereer(inhoud, datum)}


def pdf_pages(pdf: bytes) -> int:
    """How many pages a PDF made by Chromium has."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def hoofdmenu(html: str) -> str:
    """The part of a built page from the primary navigation on."""
    return html[html.index('<nav class="md-nav md-nav--primary"'):]


def tab_to(page, test: str, limit: int = 200) -> None:
    """Press Tab until `test` (a JavaScript expression on `el`, the focused element) holds, as a
    keyboard user moves through the page."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => Boolean({test}))(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {test}")
