"""Content types, items, and loading a whole `content/` folder with every problem collected."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from . import loader, veilig
from .indeling import CONTENT_ROOT, content_folder
from .problems import Problem
from .velden import ALGEMEEN, SLUG, FoutInDeclaratie, Uitkomst, Veld, check_velden

NAAM_VELDEN = ("titel", "naam", "vraag")


@dataclass
class Item:
    content_type: Soort  # not `soort`: several content types have a field of that name
    id: str
    path: PurePosixPath  # the YAML file, relative to the project root
    waarden: dict  # checked values, every declared field present
    doc: loader.Document
    geldig: bool = True  # False when the file itself has problems

    def __getattr__(self, name):
        # Templates read fields as attributes: {{ item.titel }}
        try:
            return self.__dict__["waarden"][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name):
        return self.waarden[name]

    def line(self, *path) -> int:
        return self.doc.line(tuple(path))

    @property
    def pagina(self) -> str:
        """The generated page of this item, relative to the docs folder."""
        return f"{self.content_type.map}/{self.id}.md"


@dataclass
class Soort:
    """A content type. One module in `generator/soorten/` declares one (or a few related) of these."""

    naam: str  # singular, e.g. "vuistregel"
    map: str  # folder under content/ and under the site, e.g. "vuistregels"
    velden: tuple[Veld, ...]
    titel: Callable[[Item], str] = lambda item: item.titel
    volgorde: Callable[[Item], object] = lambda item: item.id
    # Checks across items, run after every file is loaded: (items of this type, inhoud) -> problems
    controles: tuple[Callable[[list[Item], Inhoud], list[Problem]], ...] = ()
    # Values for `buurtbanen nieuw` that depend on the date or on other content, e.g. a closing
    # date a month ahead or the next free place in a list: (vandaag, inhoud) -> values.
    standaard: Callable[[dt.date, Inhoud], dict] | None = None
    # File names the type's own module uses for pages of its own (its overview is index.md).
    gereserveerd: tuple[str, ...] = ("index",)
    # Search filters for an item page, e.g. {"gemeente": "Amsterdam"} (see generator/zoeken.py).
    zoekfilters: Callable[[Item], dict] | None = None
    # Facts that go stale: `buurtbanen controleer` warns when an item's `gecontroleerd` date is
    # more than this many months before the build date (see core/actualiteit.py).
    verloopt_na_maanden: int | None = None
    # False for a type whose items may name the day they were shared instead of a source; the
    # type's own checks then ask for one of the two (see soorten/leren/ervaringen.py).
    bron_verplicht: bool = True

    def __post_init__(self) -> None:
        fouten = list(self.declaratiefouten())
        if fouten:
            raise FoutInDeclaratie(f"Soort {self.naam!r}: " + "; ".join(fouten))

    def declaratiefouten(self) -> Iterator[str]:
        """Mistakes a declaration can make that would otherwise surface later, as a traceback
        while checking content (e.g. `velden=(tekst(...))` without its trailing comma)."""
        if not isinstance(self.naam, str) or not re.fullmatch(r"[a-z][a-z0-9]*", self.naam):
            yield "the name must be one word in lower case letters and digits"
        if not isinstance(self.map, str) or not re.fullmatch(r"[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*", self.map):
            yield "the folder (map) must be lower case parts separated by '/', e.g. 'werkgevers/vragen'"
        if not isinstance(self.velden, tuple) or not all(isinstance(v, Veld) for v in self.velden):
            yield "velden must be a tuple of fields: (tekst(...),) - mind the comma after one field"
        else:
            namen = [v.naam for v in self.alle_velden]
            dubbel = sorted({n for n in namen if namen.count(n) > 1})
            if dubbel:
                yield f"two fields share a name (also with the fields every type has): {', '.join(dubbel)}"
        for naam in ("titel", "volgorde", "standaard", "zoekfilters"):
            waarde = getattr(self, naam)
            if not callable(waarde) and not (waarde is None and naam in ("standaard", "zoekfilters")):
                yield f"{naam} must be a function"
        if not isinstance(self.controles, tuple) or not all(callable(c) for c in self.controles):
            yield "controles must be a tuple of functions: (check,) - mind the comma after one check"
        if not isinstance(self.gereserveerd, tuple) or not all(isinstance(g, str) for g in self.gereserveerd):
            yield "gereserveerd must be a tuple of file names: ('index',)"
        n = self.verloopt_na_maanden
        if n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 1):
            yield "verloopt_na_maanden must be a whole number of months, 1 or more"

    @property
    def alle_velden(self) -> tuple[Veld, ...]:
        if self.bron_verplicht:
            return self.velden + ALGEMEEN
        return self.velden + tuple(replace(v, verplicht=False) if v.naam == "bron" else v for v in ALGEMEEN)

    @property
    def naamveld(self) -> str:
        """The field that names an item: its title, name or question (the form shows it)."""
        names = [v.naam for v in self.velden]
        return next((n for n in NAAM_VELDEN if n in names),
                    next(v.naam for v in self.velden if v.kan_naam_zijn and v.verplicht))


@dataclass
class Inhoud:
    """All loaded content, by type and id."""

    soorten: dict[str, Soort]
    items: dict[str, dict[str, Item]] = field(default_factory=dict)
    bestanden: int = 0
    # Files of a known type that could not be read into an item (a YAML mistake, say), by type
    # and id. The item still exists by its file name: a reference to it is not a second mistake.
    kapot: dict[str, dict[str, PurePosixPath]] = field(default_factory=dict)

    def alle(self, soort: str) -> list[Item]:
        """Every item of a type, in the type's reading order; items with problems last, by id.

        A wrong value (`nummer: een`) is empty after checking, so it cannot be sorted with the
        others: it is reported as a problem, and must not crash the sorting.
        """
        s = self.soorten[soort]
        items = self.items.get(soort, {}).values()
        goed = sorted((i for i in items if i.geldig), key=lambda i: (s.volgorde(i), i.id))
        return goed + sorted((i for i in items if not i.geldig), key=lambda i: i.id)

    def get(self, soort: str, id: str) -> Item | None:
        return self.items.get(soort, {}).get(id)

    def bestaat(self, soort: str, id: str) -> bool:
        """Whether a file for this item exists, also when it could not be read."""
        return self.get(soort, id) is not None or id in self.kapot.get(soort, {})

    def __iter__(self) -> Iterator[Item]:
        for soort in self.soorten:
            yield from self.alle(soort)


def load_content(root: Path, soorten: dict[str, Soort], content_dir: str = CONTENT_ROOT) -> tuple[Inhoud, list[Problem]]:
    """Load and check every file under `root/content_dir`. Never raises for bad content."""
    inhoud = Inhoud(soorten)
    problems: list[Problem] = []
    base = root / content_dir
    by_map = {s.map: s for s in soorten.values()}
    seen: dict[tuple[str, str], PurePosixPath] = {}
    pending = []

    for file in bestanden(base):
        rel = PurePosixPath(file.relative_to(root).as_posix())
        if file.is_symlink():  # never followed: in CI it could publish the runner's own files
            inhoud.bestanden += 1
            problems.append(Problem(rel, 1, None, "snelkoppeling"))
            continue
        if file.suffix not in (".yaml", ".yml"):
            if file.suffix.lower() in (".yaml", ".yml"):
                inhoud.bestanden += 1
                problems.append(Problem(rel, 1, None, "naam-hoofdletters", einde=file.suffix,
                                        voorstel=file.stem + file.suffix.lower()))
            continue
        if not file.is_file():
            continue
        folder = file.parent.relative_to(base).as_posix()
        soort = by_map.get(folder)
        inhoud.bestanden += 1
        if soort is None:
            problems.append(Problem(rel, 1, None, "onbekende-map", map=folder,
                                    suggestie=_suggest_map(folder, by_map)))
            continue
        ident = file.stem
        if not SLUG.fullmatch(ident):
            problems.append(Problem(rel, 1, None, "bestandsnaam", voorstel=slug(ident)))
        if ident in soort.gereserveerd:
            problems.append(Problem(rel, 1, None, "gereserveerde-naam", id=ident))
            continue
        if (soort.naam, ident) in seen:
            problems.append(Problem(rel, 1, None, "dubbel-id", id=ident, ander=seen[soort.naam, ident]))
            continue
        seen[soort.naam, ident] = rel
        inhoud.kapot.setdefault(soort.naam, {})[ident] = rel  # until it is read into an item
        text, problem = _lees_bestand(file, rel)
        if problem is not None:
            problems.append(problem)
            continue
        doc, found, waarden, uitkomst = _lees(file, rel, text, soort)
        problems += found
        if doc is None:
            continue
        problems += uitkomst.problems
        if waarden is None:
            continue
        del inhoud.kapot[soort.naam][ident]
        item = Item(soort, ident, rel, waarden, doc, geldig=not found and not uitkomst.problems)
        inhoud.items.setdefault(soort.naam, {})[ident] = item
        pending.append((item, uitkomst.verwijzingen))

    bijna: dict[tuple[str, str], list[str]] = {}
    for item, verwijzingen in pending:
        for ref in verwijzingen:
            if ref.naar not in soorten:  # a site built without that type's module
                continue
            if (ref.naar, ref.id) == (item.content_type.naam, item.id):
                problems.append(Problem(item.path, ref.line, ref.veld, "zichzelf", gevonden=ref.id))
                item.geldig = False
            elif not inhoud.bestaat(ref.naar, ref.id):
                target = soorten[ref.naar]
                # A suggestion once per name, for the first 100 names: a hostile file may hold
                # 10,000 names that do not exist, and difflib is slow.
                if (ref.naar, ref.id) not in bijna and len(bijna) < 100:
                    known = list(inhoud.items.get(ref.naar, {}))
                    bijna[ref.naar, ref.id] = difflib.get_close_matches(ref.id, known, n=1, cutoff=0.6)
                close = bijna.get((ref.naar, ref.id), [])
                problems.append(Problem(
                    item.path, ref.line, ref.veld, "verwijzing", gevonden=ref.id,
                    map=content_folder(target.map),
                    suggestie=f" Bedoel je '{close[0]}'?" if close else "",
                ))
                item.geldig = False
    for soort in soorten.values():
        items = inhoud.alle(soort.naam)
        problems += _check_unique(soort, items)
        for controle in soort.controles:
            problems += controle(items, inhoud)
    # A content type may say "refers to itself" in its own words (a station that leads to
    # itself): then the general message is one too many.
    eigen = {(p.path, p.line, p.veld) for p in problems if p.code != "zichzelf"}
    problems = [p for p in problems if p.code != "zichzelf" or (p.path, p.line, p.veld) not in eigen]
    problems.sort(key=Problem.sort_key)
    return inhoud, problems


MAX_BYTES = 1_000_000  # a content file is a few KB; a larger one is a mistake or an attack


def bestanden(base: Path) -> list[Path]:
    """Every file and symlink under `base`, sorted; symlinked folders are listed, never entered."""
    if base.is_symlink():
        return [base]
    found = []
    for folder, dirs, files in os.walk(base) if base.is_dir() else ():
        here = Path(folder)
        found += [here / name for name in files]
        found += [here / name for name in dirs if (here / name).is_symlink()]  # os.walk does not enter them
    return sorted(found)


def _lees_bestand(file: Path, rel: PurePosixPath) -> tuple[str, Problem | None]:
    """The text of a content file, or the problem that stops reading it."""
    size = file.stat().st_size
    if size > MAX_BYTES:
        return "", Problem(rel, 1, None, "te-groot-bestand", grootte=_grootte(size), grens=_grootte(MAX_BYTES))
    data = file.read_bytes()[:MAX_BYTES + 1]  # the file may have grown since stat()
    if len(data) > MAX_BYTES:
        return "", Problem(rel, 1, None, "te-groot-bestand", grootte=_grootte(len(data)), grens=_grootte(MAX_BYTES))
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return "", Problem(rel, data.count(b"\n", 0, error.start) + 1, None, "geen-utf8")


def _grootte(n: int) -> str:
    """1_000_001 bytes -> '1.001 KB' (rounded up, Dutch thousands)."""
    return f"{-(-n // 1000):,} KB".replace(",", ".")


# While serving, every save loads the whole folder again: a file that did not change is not read
# and checked again. Key: the file; value: its text and what reading it gave.
_GELEZEN: dict[tuple[str, str], tuple[str, tuple]] = {}


def _lees(file: Path, rel: PurePosixPath, text: str, soort: Soort) -> tuple:
    """Read one file into (document, syntax problems, checked values, outcome), or from the
    cache when its text is the same as last time."""
    key = (str(rel), soort.naam)  # what it gives depends only on these and the text (no resolve(): slow)
    if key in _GELEZEN and _GELEZEN[key][0] == text:
        return _GELEZEN[key][1]
    doc, found = loader.load(text, rel)
    if doc is not None:  # raw HTML, other link schemes, images, control characters: in any text
        found = found + veilig.problemen(doc, text.splitlines())
    uitkomst = Uitkomst()
    waarden = check_velden(doc, soort.alle_velden, uitkomst) if doc is not None else None
    _GELEZEN[key] = (text, (doc, found, waarden, uitkomst))
    return doc, found, waarden, uitkomst


def _check_unique(soort: Soort, items: list[Item]) -> list[Problem]:
    problems = []
    for veld in soort.velden:
        if not veld.uniek:
            continue
        first: dict[object, Item] = {}
        for item in sorted(items, key=lambda i: str(i.path)):
            value = item.waarden.get(veld.naam)
            if value is None:
                continue
            if value in first:
                other = first[value]
                vrij = veld.vrije_waarde([i.waarden.get(veld.naam) for i in items])
                problems.append(Problem(item.path, item.line(veld.naam), (veld.naam,), "dubbele-waarde",
                                        waarde=value, ander=f"{other.path}:{other.line(veld.naam)}",
                                        soort=soort.naam, naam=veld.naam,
                                        vrij=f" Nog vrij: {veld.naam}: {vrij}" if vrij is not None else ""))
            else:
                first[value] = item
    return problems


def _suggest_map(folder: str, by_map: dict) -> str:
    close = difflib.get_close_matches(folder, list(by_map), n=1, cutoff=0.6)
    if close:
        return f"Bedoel je {content_folder(close[0])}/?"
    return "Mappen die we kennen: " + ", ".join(f"{content_folder(m)}/" for m in sorted(by_map)) + "."


def slug(text: str) -> str:
    """A file name we accept, made from any text: 'Mijn Vacature!' -> 'mijn-vacature'."""
    import unicodedata
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "nieuw"
