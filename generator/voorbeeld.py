"""The preview while an editor works (`buurtbanen bekijk`): a content mistake never empties the site.

Plain functions and one small state object; the MkDocs plugin calls them from thin hooks.

- Every page keeps its last good version. A broken item shows as it was before the mistake
  (or, when it never was good, as a short page with its messages); every other change still shows.
- Every page carries a banner that names the mistake and links to the page with all messages;
  it is put in when the page is sent (`met_banner`), so a mistake changes no page.
- Only pages whose input changed are made again (core/onthouden.py) and written again, so
  MkDocs' dirty build renders only those; when what every page shows changes (the list of
  pages, the navigation, the theme), all are rebuilt. The page of a deleted file leaves the site.
- The search index waits until the editor pauses, and a save stops it (`Achtergrond`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import posixpath
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath

import jinja2

from .core.content import Inhoud, Item
from .core.indeling import content_file, page_of_content_file
from .core.onthouden import Onthouden
from .core.problems import Problem, samenvatting
from .core.render import Uitvoer, make_env
from .indeling import INDELING

FOUTENPAGINA = "inhoud-met-fouten.md"


@dataclass
class Voorbeeld:
    """What the preview remembers from one build to the next."""

    map: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="buurtbanen-bekijk-")))
    goed: dict[tuple[str, str], Item] = field(default_factory=dict)  # last good version of each item
    laatste: list[Uitvoer] = field(default_factory=list)  # the last output that could be made
    fouten: list[Problem] = field(default_factory=list)
    sleutel: str = ""  # what every page shows: when it changes, every page is built again
    geschreven: dict[str, str] = field(default_factory=dict)  # page -> the text written for it
    gebouwd: set[str] = field(default_factory=set)  # every file in the site the last build made
    # a page's address -> its page and the link from there to the messages (for the banner)
    adressen: dict[str, tuple[str, str]] = field(default_factory=dict)
    geheugen: Onthouden = field(default_factory=Onthouden)  # pages rendered again only when their input changed

    def opruimen(self) -> None:
        shutil.rmtree(self.map, ignore_errors=True)


def uitvoer(vb: Voorbeeld, inhoud: Inhoud, problems: list[Problem],
            maak: Callable[[Inhoud], list[Uitvoer]]) -> list[Uitvoer]:
    """Every generated file for this preview build, and the page with the messages.

    Without mistakes: the site as `bouw` makes it. With mistakes: broken items are replaced by
    their last good version (or left out), so the rest of the site keeps showing every change.
    """
    vb.fouten = [p for p in problems if p.is_fout]
    if not vb.fouten:
        vb.goed = {(item.content_type.naam, item.id): item for item in inhoud}
        vb.laatste = maak(inhoud)
        out = list(vb.laatste)
    else:
        gemaakt: list[Uitvoer] | None = None
        for houd in (True, False):  # first with broken items that have no good version yet
            try:
                gemaakt = maak(herstel(inhoud, vb.goed, houd))
                break
            except Exception as error:  # any failure: try again with less content
                logging.getLogger("mkdocs.plugins.buurtbanen").debug("voorbeeld: %s", error)
        out = gemaakt if gemaakt is not None else list(vb.laatste) or noodsite(inhoud)
        out += noodpaginas(vb, {o.path for o in out})
    return out + [foutenpagina(vb, inhoud.bestanden)]


def herstel(inhoud: Inhoud, goed: dict[tuple[str, str], Item], houd: bool = False) -> Inhoud:
    """The content with each broken item replaced by its last good version. One without a good
    version is kept as it is (`houd`: its wrong values are empty) or left out."""
    hersteld = Inhoud(inhoud.soorten, bestanden=inhoud.bestanden)
    namen = {(n, i) for n, items in inhoud.items.items() for i in items}
    namen |= {(n, i) for n, ids in inhoud.kapot.items() for i in ids}
    for naam, ident in sorted(namen):
        item = inhoud.get(naam, ident)
        if item is None or not item.geldig:
            item = goed.get((naam, ident), item if houd else None)
        if item is not None:
            hersteld.items.setdefault(naam, {})[ident] = item
    return hersteld


def pagina_van(bestand: object) -> str:
    """The page of the item in a content file: content/vuistregels/x.yaml -> vuistregels/x.md."""
    return page_of_content_file(bestand)


def noodsite(inhoud: Inhoud) -> list[Uitvoer]:
    """When the preview started with content no page can show: a short page in place of every
    page in the menu and every item page, so that no link leads to a 404."""
    paths: dict[str, str | None] = dict.fromkeys(INDELING.nav_titels())
    namen = [(n, i) for n, ids in inhoud.items.items() for i in ids]
    for naam, ident in namen + [(n, i) for n, ids in inhoud.kapot.items() for i in ids]:
        bron = content_file(inhoud.soorten[naam].map, ident)
        paths[page_of_content_file(bron)] = bron
    return [_nood(path, bron) for path, bron in sorted(paths.items())]


def _nood(path: str, bron: str | None) -> Uitvoer:
    naam = PurePosixPath(path).stem if PurePosixPath(path).stem != "index" else PurePosixPath(path).parent.name
    tekst = _env().get_template("voorbeeld/noodpagina.md.j2").render(titel=naam.replace("-", " ").capitalize())
    return Uitvoer(path, tekst, source_path=bron)


def noodpaginas(vb: Voorbeeld, bestaand: set[str]) -> list[Uitvoer]:
    """A short page for a broken item that has no good version yet (a new file, or a mistake
    that was there when the preview started), when items of its kind have pages of their own."""
    mappen = {posixpath.dirname(p) for p in bestaand if p.endswith(".md")}
    out = []
    bronnen = {pagina_van(p.path): str(p.path) for p in vb.fouten}
    for path in sorted(set(bronnen) - {""}):
        if path not in bestaand and posixpath.dirname(path) in mappen:
            out.append(_nood(path, bronnen[path]))
    return out


def foutenpagina(vb: Voorbeeld, bestanden: int) -> Uitvoer:
    """The page that lists every message. It is there while previewing also without mistakes,
    so a browser that shows it reloads into "no mistakes" and then back to where it was."""
    tekst = _env().get_template("voorbeeld/fouten.md.j2").render(
        fouten=vb.fouten, samenvatting=samenvatting(vb.fouten, bestanden),
        foutmeldingen=INDELING.pagina("foutmeldingen"))  # relative: this page is at the top
    return Uitvoer(FOUTENPAGINA, tekst)


PLEK = "<!-- bb-voorbeeld: de melding over fouten -->"  # where each page gets the banner, when served


def met_banner(vb: Voorbeeld, html: bytes, adres: str) -> bytes:
    """A page as it is served, with the banner in its place. The banner is added when the page is
    sent, not when it is built: a mistake (or its fix) then changes no page, and the next build
    renders only the pages whose text changed. `adres`: the page's address from the site's
    root, e.g. `vuistregels/x/`."""
    pagina, naar_fouten = vb.adressen.get(adres.removesuffix("index.html"), ("", ""))
    if not pagina or PLEK.encode() not in html:
        return html
    return html.replace(PLEK.encode(), banner(vb, pagina, naar_fouten).encode(), 1)


def banner(vb: Voorbeeld, pagina: str, naar_fouten: str) -> str:
    """HTML above a page while there are mistakes: the first mistake, how many there are, and a
    link to all of them. The page of a broken item shows its own messages in full."""
    if not vb.fouten or pagina == FOUTENPAGINA:
        return ""
    eigen = [p for p in vb.fouten if pagina_van(p.path) == pagina]
    return _env().get_template("voorbeeld/banner.html.j2").render(
        eerste=vb.fouten[0], aantal=len(vb.fouten), eigen=eigen, link=naar_fouten)


def script(geval: str) -> str:
    """The preview's own script: back to the page after a mistake is mended, and a 404 page that
    reloads (MkDocs gives its 404 page no live reload). `geval`: pagina, fouten or 404."""
    return _env().get_template("voorbeeld/herladen.html.j2").render(geval=geval)


@cache
def _env() -> jinja2.Environment:
    return make_env()


def schrijf_bron(vb: Voorbeeld, out: Uitvoer) -> Path:
    """Write a generated page into the preview's folder, only when it changed, so its time
    stamp tells MkDocs' dirty build whether to render it again."""
    path = vb.map / out.path
    if vb.geschreven.get(out.path) != out.text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out.text, encoding="utf-8")
        vb.geschreven[out.path] = out.text
    return path


def weg_sinds_vorige(vb: Voorbeeld, gebouwd: set[str], gemaakt: set[str]) -> None:
    """Remove what the last build made and this one does not (the page of a deleted item): a
    dirty build leaves such files in the site, and the page would be served until a restart.
    `gebouwd`: every file this build puts in the site; `gemaakt`: the generated pages."""
    for path in vb.gebouwd - gebouwd:
        Path(path).unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # x/index.html: the folder x/ goes too, when empty
            Path(path).parent.rmdir()
    vb.gebouwd = gebouwd
    for path in set(vb.geschreven) - gemaakt:
        del vb.geschreven[path]
        (vb.map / path).unlink(missing_ok=True)


def sleutel(vb: Voorbeeld, paginas: list[str], extra: list[Path], nav: list[Uitvoer]) -> str:
    """A fingerprint of what every page shows besides its own text: the list of pages and the
    navigation's pages, and the theme files and mkdocs.yml (the banner is added when served)."""
    h = hashlib.sha256()
    h.update("\n".join(sorted(paginas)).encode())
    for out in nav:  # other pages show only its title, in the menu
        h.update(kop(out.text).encode())
    for path in extra:
        for f in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if f.is_file():
                h.update(f"{f}:{f.stat().st_mtime_ns}".encode())
    return h.hexdigest()


def kop(markdown: str) -> str:
    """The front matter and first heading of a page: where its title comes from."""
    kop, _, rest = markdown.partition("\n# ") if not markdown.startswith("# ") else ("", "", markdown[2:])
    return kop + "\n# " + rest.split("\n", 1)[0]


class Achtergrond:
    """Runs a job in the background once things are quiet: `wacht` seconds after the last
    request. An editor saves again and again; the search index follows when they pause, and
    never takes the processor away from the next preview: `onderbreek` (when a save starts a
    build) stops a waiting or running job, and the next build starts it again."""

    def __init__(self, wacht: float = 3.0) -> None:
        self.wacht = wacht
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._bezig = threading.Lock()
        self._proces: subprocess.Popen | None = None
        self._ronde = 0  # one more at every `onderbreek`: a job of an earlier round stops
        self._huidig = 0  # the round of the running job

    def start(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.wacht, self._run, (job, self._ronde))
            self._timer.daemon = True
            self._timer.start()

    def _run(self, job: Callable[[], None], ronde: int) -> None:
        with self._bezig:  # one at a time
            with self._lock:
                if ronde != self._ronde:
                    return
                self._huidig = ronde
            try:
                job()
            except Exception as error:  # a failed index must not stop the preview
                if ronde == self._ronde:  # not stopped on purpose
                    logging.getLogger("mkdocs.plugins.buurtbanen").warning(str(error))

    def run(self, command: list[str], **options) -> subprocess.CompletedProcess:
        """subprocess.run for the job's program, at low priority and stopped by `onderbreek`."""
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proces:
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, proces.pid, 10)
            with self._lock:
                self._proces = proces
                if self._huidig != self._ronde:
                    proces.kill()
            try:
                stdout, stderr = proces.communicate()
            finally:
                with self._lock:
                    self._proces = None
        return subprocess.CompletedProcess(command, proces.returncode, stdout, stderr)

    def onderbreek(self) -> None:
        """A new build starts: the job waits for the next quiet moment, also when it is running."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._ronde += 1
            if self._proces is not None:
                self._proces.kill()

    def stop(self) -> None:
        self.onderbreek()
        with self._bezig:  # let a running index end before its folder goes
            pass
