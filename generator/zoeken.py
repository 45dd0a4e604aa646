"""Search with Pagefind: the hidden extras every item page carries, and indexing a built site.

Pagefind reads the built HTML, so search needs no running server and loads only the index
chunks a query needs. Nothing here knows MkDocs.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from .core.content import Item


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


def indexeer(site_dir: Path) -> None:
    """Build the Pagefind index into `site_dir/pagefind/`. Language comes from <html lang="nl">."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--silent",
         # the ¶ of heading links and the edit button are not content
         "--exclude-selectors", ".headerlink", "--exclude-selectors", ".md-content__button"],
        capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError("De zoekindex kon niet gemaakt worden (Pagefind):\n" + result.stdout + result.stderr)
