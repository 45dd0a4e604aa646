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
AFGEBROKEN = re.compile(r"^Aborted with (?P<telling>.+) in strict mode!$")
SOORTEN = {"warning": ("waarschuwing", "waarschuwingen"), "error": ("fout", "fouten"),
           "critical": ("ernstige fout", "ernstige fouten")}
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


def afgebroken(message: str) -> str:
    """MkDocs' last line when strict mode stops a build, in Dutch; other text stays as it is.
    MkDocs counts per level: 'Aborted with 2 warnings in strict mode!', '... 1 errors, 1 warnings ...'."""
    match = AFGEBROKEN.match(message)
    if match is None:
        return message
    delen = []
    for deel in match["telling"].split(", "):
        aantal, _, soort = deel.partition(" ")
        namen = SOORTEN.get(soort.removesuffix("s"))
        if namen is None or not aantal.isdigit():
            return message
        delen.append(f"{aantal} {namen[aantal != '1']}")
    is_zijn = "is" if len(delen) == 1 and delen[0].startswith("1 ") else "zijn"
    return (f"De bouw is gestopt: er {is_zijn} {' en '.join(delen)}. De bouw is streng (--strict): "
            "dan telt elke waarschuwing als fout. Los op wat hierboven staat en bouw opnieuw.")


def vertaal_afbreken(error: BaseException) -> None:
    """Put the Dutch line in place of MkDocs' English one, on the exception MkDocs shows last."""
    message = getattr(error, "message", None)
    if isinstance(message, str):
        error.message = afgebroken(message)  # type: ignore[attr-defined]
