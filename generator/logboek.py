"""What the terminal shows while MkDocs builds: our problems, and MkDocs' own warnings in Dutch.

An editor reads this output. MkDocs' warnings that an editor cannot act on are left out; a
warning about a generated page names the YAML file it comes from, in Dutch.
"""

from __future__ import annotations

import logging
import re

from .core.problems import Problem

log = logging.getLogger("mkdocs.plugins.buurtbanen")

# Generated page (relative to docs/) -> its YAML file; filled in by the plugin on every build.
BRONNEN: dict[str, str] = {}

STIL = (
    "A 'dirty' build is being performed",  # `bekijk` builds only changed pages, on purpose
)
STIL_BIJ_BEKIJKEN = (
    "is included in the 'nav' configuration, which is not found",  # a page a mistake held back
)
LINK = re.compile(r"^Doc file '(?P<pagina>[^']+)' contains (?:an? |an unrecognized relative |an absolute )?"
                  r"link (?:to )?'(?P<link>[^']*)'")


class _Filter(logging.Filter):
    def __init__(self, bekijken: bool) -> None:
        super().__init__()
        self.stil = STIL + (STIL_BIJ_BEKIJKEN if bekijken else ())

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if any(s in text for s in self.stil):
            return False
        match = LINK.match(text)
        if match and match["pagina"] in BRONNEN:
            record.msg, record.args = vertaal_link(BRONNEN[match["pagina"]], match["link"]), ()
        return True


def vertaal_link(bron: str, link: str) -> str:
    return (f"{bron}: de link '{link}' gaat naar een pagina of een deel dat niet bestaat.\n"
            "    Tip: Kijk of het adres goed is geschreven. Een link naar een andere pagina van de "
            "site schrijf je als pad naar het .md-bestand, bijvoorbeeld ../vuistregels/dubbel-doel.md")


def installeer(bekijken: bool) -> None:
    """Filter MkDocs' loggers once per process (a filter on a logger, so that --strict counts
    only what is shown)."""
    for naam in ("mkdocs.commands.build", "mkdocs.structure.pages", "mkdocs.structure.nav"):
        logger = logging.getLogger(naam)
        logger.filters = [f for f in logger.filters if not isinstance(f, _Filter)]
        logger.addFilter(_Filter(bekijken))


def toon(problems: list[Problem]) -> None:
    for p in problems:
        (log.error if p.is_fout else log.info)(p.format())
