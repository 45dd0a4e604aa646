"""The MkDocs plugin: a thin layer that hands content to the core and adds what it returns.

Enable it in mkdocs.yml as `- buurtbanen`. Options:
- `templates`: a folder whose templates override the generator's own (optional).
- `datum`: the build date, YYYY-MM-DD (default: BUURTBANEN_DATUM, SOURCE_DATE_EPOCH, or today).
- `formulier`: add the web form (Decap CMS) under /admin/ when Decap is installed (default true).
- `oauth_proxy`: the address of the OAuth proxy the form logs in to GitHub through (see
  docs/bijdragen/beheer.md). Without it the form shows, but logging in fails.
"""

from __future__ import annotations

import contextlib
import logging
import os
import posixpath
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from . import formulier
from .core import veilig
from .core.problems import samenvatting
from .core.render import Uitvoer, bouwdatum
from .site import controleer, genereer, soorten
from .zoeken import indexeer

log = logging.getLogger("mkdocs.plugins.buurtbanen")
PROBLEMEN_PAGINA = "inhoud-met-fouten.md"


class BuurtbanenConfig(Config):
    templates = c.Optional(c.Type(str))
    datum = c.Optional(c.Type(str))
    formulier = c.Type(bool, default=True)
    oauth_proxy = c.Optional(c.Type(str))


class BuurtbanenPlugin(BasePlugin[BuurtbanenConfig]):
    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"
        self.fouten = []

    def on_files(self, files: Files, *, config) -> Files:
        root = Path(config.config_file_path).parent
        inhoud, problems = controleer(root)
        self.fouten = [p for p in problems if p.is_fout]
        for p in problems:
            (log.error if p.is_fout else log.info)(p.format())
        if self.fouten and not self.serving:
            raise PluginError(samenvatting(problems, inhoud.bestanden))
        templates = [root / self.config.templates] if self.config.templates else []
        with dutch_errors():
            uitvoer = problemen_pagina(problems, inhoud.bestanden) if self.fouten else genereer(
                inhoud, bouwdatum(self.config.datum), templates, site_url=config.site_url,
                mappen_urls=config.use_directory_urls, bestaande={f.src_uri for f in files.documentation_pages()})
            for out in uitvoer:
                add_generated(files, out, config, root)
            if self.config.formulier and not self.fouten:
                add_formulier(files, config, root, self.config.oauth_proxy)
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        if self.fouten and page.file.src_uri != PROBLEMEN_PAGINA:
            return banner(page.file.src_uri) + markdown
        return markdown

    def on_page_content(self, html, *, page, config, files):
        """Every page leaves cleaned: its HTML, its title and description as the theme prints
        them, and its table of contents (core/veilig.py)."""
        page.meta = veilig.schone_meta(page.meta)
        if "title" not in page.meta:
            page.title = veilig.schone_titel(page.title)
        veilig.schone_inhoudsopgave(page.toc)
        return veilig.schoon_html(html)

    def on_post_build(self, *, config):
        if not self.fouten:  # index after every build, also each rebuild while serving
            with dutch_errors():
                indexeer(Path(config.site_dir))

    def on_serve(self, server, *, config, builder):
        server.watch(str(Path(config.config_file_path).parent / "content"))
        return server


@contextlib.contextmanager
def dutch_errors():
    """The core says what went wrong in Dutch (ValueError, RuntimeError); MkDocs shows a
    PluginError as a plain message and any other exception as a traceback."""
    try:
        yield
    except (ValueError, RuntimeError) as error:
        raise PluginError(str(error)) from error


def add_generated(files: Files, out: Uitvoer, config, root: Path) -> None:
    """Add one generated file; a hand-written file with the same path is never replaced."""
    if files.get_file_from_path(out.pad) is not None:
        raise PluginError(
            f"docs/{out.pad} is met de hand geschreven, maar de generator maakt dezelfde pagina. "
            "Geef het bestand in docs/ een andere naam.")
    inclusion = InclusionLevel.UNDEFINED if out.in_nav or not out.is_pagina else InclusionLevel.NOT_IN_NAV
    file = File.generated(config, out.pad, content=out.inhoud, inclusion=inclusion)
    # The edit link points at the YAML source, not at a page that does not exist in docs/; an
    # overview page's at its template, when that template is part of this project.
    source = root / out.bron if out.bron else Path(out.sjabloon) if out.sjabloon else None
    if source is not None and (out.bron or source.resolve().is_relative_to(root.resolve())):
        file.edit_uri = posixpath.relpath(source.as_posix(), Path(config.docs_dir).as_posix())
    files.append(file)


def add_formulier(files: Files, config, root: Path, oauth_proxy: str | None) -> None:
    """The form under /admin/, or a clear message why it is left out."""
    if not formulier.decap_aanwezig():
        message = ("Het formulier (/admin/) is weggelaten: Decap CMS is niet geïnstalleerd. "
                   "Installeer Node.js en npm, en bouw opnieuw met 'make build'.")
        if os.environ.get("CI"):
            raise PluginError(message + " In CI moet het formulier er zijn.")
        log.info(message)
        return
    oefen = formulier.oefenen()
    if not oefen and not oauth_proxy:
        log.info("Het formulier heeft nog geen OAuth-proxy (oauth_proxy in mkdocs.yml): "
                 "inloggen met GitHub werkt pas als die er is.")
    for bestand in formulier.bestanden(soorten(), config, root, oauth_proxy, oefen):
        if bestand.bron is not None:
            files.append(File.generated(config, bestand.pad, abs_src_path=str(bestand.bron)))
        else:
            files.append(File.generated(config, bestand.pad, content=bestand.inhoud or ""))


def problemen_pagina(problems, bestanden) -> list[Uitvoer]:
    """While serving, bad content shows as a page instead of a stuck server."""
    lines = "\n\n".join(p.format() for p in problems)
    text = (f"# Inhoud met fouten\n\n{samenvatting(problems, bestanden)}\n"
            "Sla het bestand op na het aanpassen. Deze pagina ververst dan vanzelf.\n\n"
            f"```text\n{lines}\n```\n")
    return [Uitvoer(PROBLEMEN_PAGINA, text)]


def banner(src_uri: str) -> str:
    link = posixpath.relpath(PROBLEMEN_PAGINA, posixpath.dirname(src_uri) or ".")
    return (f'!!! failure "De inhoud heeft fouten"\n    De site toont nu alleen de pagina\'s die met de '
            f"hand zijn geschreven. [Bekijk de fouten]({link}).\n\n")
