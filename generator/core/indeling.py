"""The site's layout as one object: where content lives, which sections the site has, each
section's overview page, which generated pages are in the menu, the search section of a page,
and the address (URL) of a page. Plain Python: MkDocs is not imported here.

Every module asks the layout instead of writing a folder or an overview path itself. The site's
own sections are listed in `generator/indeling.py`, one line each.
"""

from __future__ import annotations

import copy
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

CONTENT_ROOT = "content"  # the folder with the YAML content, relative to the project root
ALGEMEEN = "Algemeen"  # the search section of a page outside every section


def content_folder(map: str) -> str:
    """The folder of a content type's files: 'vacatures' -> 'content/vacatures'."""
    return f"{CONTENT_ROOT}/{map}"


def content_file(map: str, ident: str) -> str:
    """The file of one item: ('vacatures', 'x') -> 'content/vacatures/x.yaml'."""
    return f"{content_folder(map)}/{ident}.yaml"




def is_content(path: str | None) -> bool:
    """Whether a path (relative to the project root) is a file in the content folder."""
    return path is not None and posixpath.normpath(path).startswith(CONTENT_ROOT + "/")


def page_of_content_file(path: object) -> str:
    """The page of the item in a content file: content/vuistregels/x.yaml -> vuistregels/x.md
    ("" for a file outside the content folder)."""
    deel = PurePosixPath(str(path))
    return str(PurePosixPath(*deel.parts[1:]).with_suffix(".md")) if deel.parts[:1] == (CONTENT_ROOT,) else ""


def url(path: str, mappen_urls: bool = True) -> str:
    """The address of a file relative to the site's root, as MkDocs serves it.

    With `use_directory_urls` (`mappen_urls`): `a/b.md` -> `a/b/`, `a/index.md` -> `a/`,
    `index.md` -> `` (the root). Without: `a/b.md` -> `a/b.html`. Other files keep their path.
    """
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if not mappen_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def relatieve_url(path: str, here: str, mappen_urls: bool = True) -> str:
    """The address of `path` seen from the folder `here` (e.g. for links inside a JSON file)."""
    target = url(path, mappen_urls)
    relative = posixpath.relpath("/" + target, "/" + here)  # from "/": relpath asks no current folder (slow)
    return relative + "/" if target.endswith("/") or not target else relative


@dataclass(frozen=True)
class Sectie:
    """One part of the site: a folder (under the site and under the content folder) and its
    overview page `<map>/index.md`.

    `titel` is its name in the menu. `zoeksectie` is the search filter's section for its pages
    (default: that of the section above it, or for an outermost section its title). `in_nav`: the overview is in the menu. `paginas`:
    other generated pages of the folder that are in the menu, file name -> title.
    `handgeschreven`: the folder holds hand-written pages only (the layout knows its search
    section; its menu is mkdocs.yml's).
    """

    map: str
    titel: str
    zoeksectie: str | None = None
    in_nav: bool = True
    paginas: dict[str, str] = field(default_factory=dict)
    handgeschreven: bool = False

    def __hash__(self) -> int:
        return hash(self.map)

    @property
    def overzicht(self) -> str:
        return f"{self.map}/index.md"


@dataclass
class Indeling:
    """The layout of a site: its sections, in menu order. (Not frozen: a test adds a line.)"""

    secties: tuple[Sectie, ...]

    def __post_init__(self) -> None:
        maps = [s.map for s in self.secties]
        dubbel = sorted({m for m in maps if maps.count(m) > 1})
        if dubbel:
            raise ValueError(f"the layout names a section twice: {', '.join(dubbel)}")
        namen = [naam.removesuffix(".md") for s in self.secties for naam in s.paginas]
        dubbel = sorted({n for n in namen if namen.count(n) > 1})
        if dubbel:
            raise ValueError(f"the layout names a page twice: {', '.join(dubbel)}")

    def sectie(self, map: str) -> Sectie | None:
        """The section a folder belongs to: the section with the longest folder that contains it."""
        found = [s for s in self.secties if map == s.map or map.startswith(s.map + "/")]
        return max(found, key=lambda s: len(s.map), default=None)

    def hoofdsectie(self, map: str) -> Sectie | None:
        """The outermost section that holds a folder: 'werkgevers/protocol' -> the section
        'werkgevers' (the part of the site it belongs to)."""
        found = [s for s in self.secties if map == s.map or map.startswith(s.map + "/")]
        return min(found, key=lambda s: len(s.map), default=None)

    def overzicht(self, map: str) -> str:
        """The overview page of the section of a folder (a type's `Soort.map` or a section):
        'spoorboekje/stations' -> 'spoorboekje/index.md'. KeyError when no section holds it."""
        sectie = self.sectie(map)
        if sectie is None:
            raise KeyError(f"no section of the layout holds the folder {map!r}: add a line to generator/indeling.py")
        return sectie.overzicht

    def pagina(self, naam: str) -> str:
        """The path of a generated page that a section lists in `paginas`, by its name:
        'checklist' -> 'werkgevers/checklist.md'. KeyError when no section lists it."""
        for s in self.secties:
            if f"{naam}.md" in s.paginas:
                return f"{s.map}/{naam}.md"
        raise KeyError(f"no section of the layout lists the page {naam!r}: add it to `paginas` in generator/indeling.py")

    def in_nav(self, path: str) -> bool:
        """Whether a generated page is in the menu: an overview or a listed page of a section."""
        return path in self.nav_titels()

    def nav_titels(self) -> dict[str, str]:
        """Every generated page in the menu -> its title there, in menu order."""
        out: dict[str, str] = {}
        for s in self.secties:
            if s.handgeschreven:
                continue
            if s.in_nav:
                out[s.overzicht] = s.titel
            out.update({f"{s.map}/{naam}": titel for naam, titel in s.paginas.items()})
        return out

    def zoeksectie(self, path: str) -> str:
        """The search section of a page, by its path under the site ('regelingen/x.md'; a page
        'over.md' belongs to the section 'over', as its address 'over/' does): the nearest
        section, or section above it, with its own `zoeksectie`; else the title of the
        outermost section; outside every section "Algemeen"."""
        map = posixpath.dirname(path) if path == "index.md" or path.endswith("/index.md") else path.removesuffix(".md")
        sectie = self.sectie(map)
        while sectie is not None:
            if sectie.zoeksectie:
                return sectie.zoeksectie
            ouder = self.sectie(posixpath.dirname(sectie.map))
            if ouder is None:
                return sectie.titel
            sectie = ouder
        return ALGEMEEN

    def nav_aanvullen(self, nav: list) -> list:
        """MkDocs' `nav` with every menu page of the layout that it lacks added: under the menu
        group of its parent section when there is one, else at the end. An explicit nav in
        mkdocs.yml decides the order; a new section needs no line there."""
        nav = copy.deepcopy(nav)  # MkDocs' own config stays as mkdocs.yml wrote it
        genoemd = set(_paden(nav))
        for path, titel in self.nav_titels().items():
            if path in genoemd:
                continue
            groep = self._groep_van(nav, path)
            (groep if groep is not None else nav).append({titel: path})
            genoemd.add(path)
        return nav

    def verschillen(self, mkdocs: dict, gegenereerd: set[str]) -> list[str]:
        """Where mkdocs.yml (as data) disagrees with the layout, one sentence each: a menu title,
        a generated page in the menu that the layout keeps out, search sections of its own."""
        found = []
        titels = self.nav_titels()
        for path, titel in _titels(mkdocs.get("nav") or []):
            if path in titels and titel is not None and titel != titels[path]:
                found.append(f"mkdocs.yml's nav calls {path} '{titel}', the layout (generator/indeling.py) "
                             f"'{titels[path]}': make them the same.")
            elif path in gegenereerd and path not in titels:
                found.append(f"mkdocs.yml's nav lists {path}, a generated page that the layout "
                             "(generator/indeling.py) keeps out of the menu: add it to its section's "
                             "`paginas`, or take it out of the nav.")
        if "zoeksecties" in (mkdocs.get("extra") or {}):
            found.append("mkdocs.yml's extra.zoeksecties is not read: the search section of a page "
                         "comes from the layout (generator/indeling.py). Take it out of mkdocs.yml.")
        return found

    def _groep_van(self, nav: list, path: str) -> list | None:
        """The nav group that holds the overview of the parent section of `path`."""
        map = posixpath.dirname(path)
        if path.endswith("/index.md"):
            map = posixpath.dirname(map)
        while map:
            sectie = self.sectie(map)
            if sectie is None:
                return None
            for groep in _groepen(nav):
                if sectie.overzicht in _paden(groep):
                    return groep
            map = posixpath.dirname(sectie.map)
        return None


def _paden(nav: list) -> Iterator[str]:
    """Every page path in a MkDocs nav (a list of paths and {title: path or list})."""
    for entry in nav:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            if isinstance(value, list):
                yield from _paden(value)
            elif isinstance(value, str):
                yield value


def _titels(nav: list, groep: str | None = None) -> Iterator[tuple[str, str | None]]:
    """(page, its title in the menu) for every page of a MkDocs nav; the first page of a group
    without a title of its own (a section's index) has the group's title."""
    for i, entry in enumerate(nav):
        if isinstance(entry, str):
            yield entry, groep if i == 0 else None
            continue
        for titel, value in entry.items():
            if isinstance(value, list):
                yield from _titels(value, titel)
            else:
                yield value, titel


def _groepen(nav: list) -> Iterator[list]:
    """Every group (list) in a MkDocs nav, innermost first."""
    for entry in nav:
        if isinstance(entry, dict):
            for value in entry.values():
                if isinstance(value, list):
                    yield from _groepen(value)
                    yield value


class _MkDocsYaml(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: a tag such as `!ENV [NAME, default]` gives its plain value."""


_MkDocsYaml.add_multi_constructor("!", lambda loader, suffix, node: (
    loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else
    loader.construct_mapping(node) if isinstance(node, yaml.MappingNode) else loader.construct_scalar(node)))


def lees_mkdocs_yml(path: Path) -> dict:
    """mkdocs.yml as plain data (for checks and for settings the core shares with MkDocs)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_MkDocsYaml) or {}


def markdown_extensies(path: Path, zonder: tuple[str, ...] = ()) -> tuple[list[str], dict[str, dict]]:
    """The `markdown_extensions` of mkdocs.yml as Python-Markdown takes them: names, and the
    settings by name. `zonder`: extensions to leave out."""
    names, configs = [], {}
    for entry in lees_mkdocs_yml(path).get("markdown_extensions") or []:
        name, config = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        if name in zonder:
            continue
        names.append(name)
        if config:
            configs[name] = config
    return names, configs


