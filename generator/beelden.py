"""Screenshots in the guide (docs/bijdragen/beelden/): made by the browser tests from the real
site (`make beelden`), never committed, so they cannot go stale unseen. A page that shows a
screenshot that was not made (yet) leaves it out instead of showing a broken image."""

from __future__ import annotations

import re
from pathlib import Path

MAP = "beelden"
BEELD = re.compile(r"!\[[^\]]*\]\((?P<path>" + MAP + r"/[a-z0-9-]+\.png)\)(?:\{[^}\n]*\})?\n?")


def zonder_ontbrekende(markdown: str, bron: Path) -> tuple[str, list[str]]:
    """The page's Markdown without screenshots that do not exist, and the ones left out."""
    weg: list[str] = []

    def vervang(match: re.Match) -> str:
        if (bron.parent / match["path"]).is_file():
            return match.group(0)
        weg.append(match["path"])
        return ""
    return BEELD.sub(vervang, markdown), weg
