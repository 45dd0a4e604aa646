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
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from . import beelden, bewerken, formulier, logboek, voorbeeld
from .core import veilig
from .core.indeling import CONTENT_ROOT, url
from .core.problems import samenvatting
from .core.render import Uitvoer, bouwdatum
from .indeling import INDELING, THEMA_PADEN
from .site import bij_html, controleer, genereer, soorten
from .zoeken import indexeer, zoekwoorden

log = logging.getLogger("mkdocs.plugins.buurtbanen")


class BuurtbanenConfig(Config):
    templates = c.Optional(c.Type(str))
    datum = c.Optional(c.Type(str))
    formulier = c.Type(bool, default=True)
    oauth_proxy = c.Optional(c.Type(str))


class BuurtbanenPlugin(BasePlugin[BuurtbanenConfig]):
    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"
        self.fouten = []
        self.vb = voorbeeld.Voorbeeld() if self.serving else None
        self.index = voorbeeld.Achtergrond()
        self.uitleg: dict[str, str] = {}
        self.bij_html: list = []
        self.beelden_gemeld = False
        logboek.installeer(self.serving)

    def on_pre_build(self, *, config):
        self.index.onderbreek()  # a save while the search index is made: the preview goes first

    def on_config(self, config):
        # The layout (generator/indeling.py) adds its sections to the menu, and gives the theme
        # the addresses of the pages it links on every page.
        if config.nav:
            config.nav = INDELING.nav_aanvullen(config.nav)
        config.extra["paden"] = {naam: url(path, config.use_directory_urls) for naam, path in THEMA_PADEN.items()}
        if self.vb is not None:  # while serving: the theme's files do not change between saves
            thema_lijst_onthouden(config.theme)
        return config

    def on_files(self, files: Files, *, config) -> Files:
        root = Path(config.config_file_path).parent
        inhoud, problems = self.controleren(root)
        with dutch_errors():
            uitvoer = self.uitvoer(inhoud, problems, files, config, root)
            for out in uitvoer:
                add_generated(files, out, config, root, self.vb)
            self.uitleg = uitleg_links(files, uitvoer)
            if self.config.formulier and (self.serving or not self.fouten):
                add_formulier(files, config, root, self.config.oauth_proxy, inhoud)
        if self.vb is not None:
            opnieuw_bouwen(self.vb, files, config)
        return files

    def on_nav(self, nav, *, config, files):
        if self.vb is not None:  # a dirty build reads only changed pages: the menu needs all titles
            for page in nav.pages:
                if page.markdown is None and not page.file.is_modified():
                    page.read_source(config)
        return nav

    def on_env(self, env, *, config, files):
        env.bytecode_cache = THEMA_CACHE  # the theme compiles once, not on every rebuild
        return env

    def on_page_markdown(self, markdown, *, page, config, files):
        if page.file.abs_src_path is None or page.file.generated_by:
            return markdown
        markdown, weg = beelden.zonder_ontbrekende(markdown, Path(page.file.abs_src_path))
        if weg and not self.beelden_gemeld:  # said once: the guide works without them
            self.beelden_gemeld = True
            log.info("Schermafbeeldingen ontbreken (%s). Maak ze met: make beelden", ", ".join(weg))
        return markdown

    def on_page_context(self, context, *, page, config, nav):
        context["zoeksectie"] = INDELING.zoeksectie(page.file.src_uri)  # the search filter's section
        if page.file.src_uri in self.uitleg:  # made from many files: say where its text is
            page.edit_url = get_relative_url(self.uitleg[page.file.src_uri], page.url)
        return context

    def on_page_content(self, html, *, page, config, files):
        """Every page leaves cleaned, then as the modules' `bij_html` make it (the glossary's
        marks: our own, escaped markup). While previewing, the banner's place on top."""
        html = schone_pagina(page, html)
        for bewerk in self.bij_html:
            html = bewerk(html, page.file.src_uri, page.url, config.use_directory_urls)
        return html if self.vb is None else voorbeeld.PLEK + html  # the banner's place, filled when served

    def on_post_page(self, output, *, page, config):
        if self.vb is None:
            return output
        geval = "fouten" if page.file.src_uri == voorbeeld.FOUTENPAGINA else "pagina"
        return voeg_toe(output, voorbeeld.script(geval))

    def on_post_template(self, output_content, *, template_name, config):
        if self.vb is None or template_name != "404.html":
            return output_content
        return voeg_toe(output_content, voorbeeld.script("404"))

    def on_post_build(self, *, config):
        if self.fouten:
            return
        groepen = zoekwoorden(Path(config.config_file_path).parent)[0]  # the search's synonyms
        if self.vb is not None:  # while serving: the browser reloads first, the index follows
            self.index.start(lambda: indexeer(Path(config.site_dir), groepen, self.index.run))
            return
        with dutch_errors():
            indexeer(Path(config.site_dir), groepen)

    def on_build_error(self, *, error):
        logboek.vertaal_afbreken(error)  # MkDocs' last line, "Aborted with 2 warnings ...", in Dutch

    def on_serve(self, server, *, config, builder):
        snel_opmerken(server)
        banner_bij_het_sturen(server, self.vb)
        server.watch(str(Path(config.config_file_path).parent / CONTENT_ROOT))
        return server

    def on_shutdown(self):
        if self.vb is not None:
            self.index.stop()
            self.vb.opruimen()

    def controleren(self, root: Path):
        """Check the content and say what is wrong; a build (not a preview) stops on mistakes.
        Keeps the mistakes, and what modules do to every page's HTML (`bij_html`)."""
        inhoud, problems = controleer(root, bouwdatum(self.config.datum))
        self.fouten = [p for p in problems if p.is_fout]
        # with mistakes too: a page built while one is open keeps its glossary links (broken terms are left out)
        self.bij_html = bij_html(inhoud)  # e.g. the glossary's marks
        logboek.toon(problems)
        if self.fouten and not self.serving:
            raise PluginError(samenvatting(problems, inhoud.bestanden))
        return inhoud, problems

    def uitvoer(self, inhoud, problems, files, config, root) -> list[Uitvoer]:
        """The generated files: the site, or while serving the preview that survives mistakes."""
        templates = [root / self.config.templates] if self.config.templates else []
        bestaande = {f.src_uri for f in files.documentation_pages()}

        def maak(inh):
            return genereer(inh, bouwdatum(self.config.datum), templates, site_url=config.site_url,
                            mappen_urls=config.use_directory_urls, bestaande=bestaande,
                            bewerken=bewerk_basis(config), geheugen=self.vb.geheugen if self.vb else None)
        return voorbeeld.uitvoer(self.vb, inhoud, problems, maak) if self.vb is not None else maak(inhoud)


@contextlib.contextmanager
def dutch_errors():
    """The core says what went wrong in Dutch (ValueError, RuntimeError); MkDocs shows a
    PluginError as a plain message and any other exception as a traceback."""
    try:
        yield
    except (ValueError, RuntimeError) as error:
        raise PluginError(str(error)) from error


def schone_pagina(page, html: str) -> str:
    """A page cleaned (core/veilig.py): its HTML, its title and description as the theme prints
    them, and its table of contents."""
    page.meta = veilig.schone_meta(page.meta)
    if "title" not in page.meta:
        page.title = veilig.schone_titel(page.title)
    veilig.schone_inhoudsopgave(page.toc)
    return veilig.schoon_html(html)


def add_generated(files: Files, out: Uitvoer, config, root: Path, vb=None) -> None:
    """Add one generated file; a hand-written file with the same path is never replaced.
    While serving, a page is read from the preview's folder, written only when it changed."""
    if files.get_file_from_path(out.path) is not None:
        raise PluginError(
            f"docs/{out.path} is met de hand geschreven, maar de generator maakt dezelfde pagina. "
            "Geef het bestand in docs/ een andere naam.")
    in_nav = INDELING.in_nav(out.path) or not out.is_pagina
    inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
    if vb is not None and out.is_pagina:
        file = File.generated(config, out.path, abs_src_path=str(voorbeeld.schrijf_bron(vb, out)),
                              inclusion=inclusion)
    else:
        file = File.generated(config, out.path, content=out.text, inclusion=inclusion)
    # The edit link points at the YAML source, not at a page that does not exist in docs/. A page
    # made from many files (or by code) gets no edit_uri: see uitleg_links.
    if out.source_path:
        logboek.BRONNEN[out.path] = out.source_path
    if out.source_path is not None and bewerken.is_bewerkbaar(out.source_path):
        file.edit_uri = posixpath.relpath((root / out.source_path).as_posix(), Path(config.docs_dir).as_posix())
    files.append(file)


def add_formulier(files: Files, config, root: Path, oauth_proxy: str | None, inhoud=None) -> None:
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
                 "/admin/ zegt dat inloggen nog niet kan, tot die er is.")
    key = (config.repo_url, config.edit_uri, config.site_url, oauth_proxy, str(root))
    if oefen or key not in _FORMULIER:  # the practice form carries a copy of the content
        _FORMULIER[key] = formulier.bestanden(soorten(), config, root, oauth_proxy, oefen,
                                                  inhoud=inhoud)
    for bestand in _FORMULIER[key]:
        if bestand.source_path is not None:
            files.append(File.generated(config, bestand.path, abs_src_path=str(bestand.source_path)))
        else:
            files.append(File.generated(config, bestand.path, content=bestand.text or ""))


_FORMULIER: dict[tuple, list] = {}  # the form's files, made once per process and address


def thema_lijst_onthouden(theme) -> None:
    """MkDocs lists every file of the theme on every build (Material has thousands of icons)
    to find the static ones. While serving, list them once, and again only when a folder of a
    theme outside the installed packages (docs/overrides/) changed."""
    get_env = theme.get_env

    def env():
        made = get_env()
        list_templates = made.list_templates

        def lijst(extensions=None, filter_func=None):
            key = (tuple(theme.dirs), extensions, _mappen_tijden(theme.dirs))
            if key not in _THEMA_LIJST:
                _THEMA_LIJST.clear()
                _THEMA_LIJST[key] = list_templates(extensions=extensions, filter_func=filter_func)
            return _THEMA_LIJST[key]
        made.list_templates = lijst
        return made
    theme.get_env = env


_THEMA_LIJST: dict[tuple, list[str]] = {}


def _mappen_tijden(dirs) -> tuple:
    eigen = [Path(d) for d in dirs if "site-packages" not in Path(d).parts]
    return tuple((str(m), m.stat().st_mtime_ns) for d in eigen for m in [d, *d.rglob("*")] if m.is_dir())


def uitleg_links(files: Files, uitvoer: list[Uitvoer]) -> dict[str, str]:
    """Generated page without a single source -> the address of the part of "Waar staat wat?"
    that says which files hold its text (its "Pas deze pagina aan" link)."""
    doel = files.get_file_from_path(bewerken.PATH)
    if doel is None:
        return {}
    alle = soorten()
    out = {}
    for o in uitvoer:
        if o.is_pagina and not bewerken.is_bewerkbaar(o.source_path) and o.path not in (bewerken.PATH, voorbeeld.FOUTENPAGINA):
            _, _, anker = bewerken.uitleg(o.path, alle).partition("#")
            out[o.path] = doel.url + (f"#{anker}" if anker else "")
    return out


def bewerk_basis(config) -> str:
    """Where a content file is edited: the repository's edit address of docs/, one folder up."""
    if not config.repo_url or not config.edit_uri:
        return ""
    return urljoin(urljoin(config.repo_url.rstrip("/") + "/", config.edit_uri), "../")


def opnieuw_bouwen(vb, files: Files, config) -> None:
    """A dirty build renders only pages whose source is newer than their HTML, and leaves the
    pages that are gone (removed here). When what every page shows changes (the list of pages,
    the theme, mkdocs.yml), remove every page's HTML so that all are built again. The banner is
    not part of a page's HTML: it goes in when the page is sent (banner_bij_het_sturen)."""
    paginas = files.documentation_pages()
    nav = [f for f in paginas if f.generated_by and f.inclusion.is_in_nav()]
    extra = [Path(config.config_file_path), *(Path(d) for d in config.theme.dirs[:1])]
    sleutel = voorbeeld.sleutel(vb, [f.src_uri for f in paginas], extra,
                                [Uitvoer(f.src_uri, f.content_string) for f in nav])
    naar_fouten = url(voorbeeld.FOUTENPAGINA, config.use_directory_urls)
    vb.adressen = {f.url.removeprefix("./"): (f.src_uri, get_relative_url(naar_fouten, f.url)) for f in paginas}
    gemaakt = {f.src_uri for f in paginas if f.generated_by}
    voorbeeld.weg_sinds_vorige(vb, {f.abs_dest_path for f in files}, gemaakt)
    if sleutel != vb.sleutel:
        vb.sleutel = sleutel
        for f in paginas:
            Path(f.abs_dest_path).unlink(missing_ok=True)


def banner_bij_het_sturen(server, vb) -> None:
    """Put the banner into each page as the server sends it (voorbeeld.met_banner). MkDocs'
    server adds its live-reload script to every page it sends: the banner goes in there, with
    the address of the request, which this thread remembers. These are private methods of
    MkDocs 1.6's LiveReloadServer (pinned); tests/test_bekijk.py fails when they change."""
    verzoek = threading.local()
    serve_request, inject = server._serve_request, server._inject_js_into_html

    def _serve_request(environ, start_response):
        verzoek.adres = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "ignore")
        return serve_request(environ, start_response)

    def _inject_js_into_html(content, epoch):
        adres = getattr(verzoek, "adres", "").removeprefix(urlsplit(server.url).path)
        return inject(voorbeeld.met_banner(vb, content, adres), epoch)
    server._serve_request, server._inject_js_into_html = _serve_request, _inject_js_into_html


def snel_opmerken(server) -> None:
    """MkDocs looks for changed files every 0,5 s. For the folders watched from here on
    (content/), every 0,1 s: a save shows sooner, and a stat of a few hundred files costs
    nothing. watchdog reads the interval from the observer when a folder is added."""
    if hasattr(server, "observer") and hasattr(server.observer, "_timeout"):
        server.observer._timeout = 0.1


def voeg_toe(html: str, script: str) -> str:
    """Put a script just before </body>."""
    at = html.rfind("</body>")
    return html[:at] + script + html[at:] if at >= 0 else html + script


class _Thema(jinja2.BytecodeCache):
    """Compiled theme templates, kept in memory between the rebuilds of one `bekijk`."""

    def __init__(self) -> None:
        self.opgeslagen: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if bucket.key in self.opgeslagen:
            bucket.bytecode_from_string(self.opgeslagen[bucket.key])

    def dump_bytecode(self, bucket) -> None:
        self.opgeslagen[bucket.key] = bucket.bytecode_to_string()


THEMA_CACHE = _Thema()
