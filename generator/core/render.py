"""Turn checked content into output files through Jinja templates. Knows nothing of MkDocs."""

from __future__ import annotations

import datetime as dt
import json
import os
import posixpath
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml
from markupsafe import Markup

from . import aantal
from .indeling import url
from .onthouden import Onthouden
from .veilig import Markdown, markdown_tekst

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MARKER = ".buurtbanen-gegenereerd"


@dataclass(frozen=True)
class Uitvoer:
    """One generated file. `path` is relative to the docs folder (e.g. `vuistregels/x.md`)."""

    path: str
    text: str
    source_path: str | None = None  # the YAML file it comes from, relative to the project root
    sjabloon: str | None = None  # the template file that made it (filled in by site.genereer)
    @property
    def is_pagina(self) -> bool:
        return self.path.endswith(".md")


@dataclass
class Context:
    """What every renderer gets: the build date (an input, never the clock) and templates.

    The other fields describe the build around the generator; the MkDocs plugin fills them in.
    They matter only for output that MkDocs does not rewrite, such as a feed, and for links to
    pages that may not exist in every build.
    """

    bouwdatum: dt.date
    env: jinja2.Environment
    site_url: str = ""  # the site's absolute address (mkdocs.yml site_url); "" when unknown
    mappen_urls: bool = True  # MkDocs' use_directory_urls: x.md is served as x/
    bestaande: set[str] = field(default_factory=set)  # pages in the build so far (docs/ and generated)
    sjablonen: dict[str, str] = field(default_factory=dict)  # page path -> template file used
    # Where a content file is edited: this plus its path (e.g. a repository's ".../edit/main/").
    # Empty: no edit links for items on pages that gather them.
    bewerken: str = ""
    # While previewing: the pages of the last build, kept when nothing they read changed.
    geheugen: Onthouden | None = None

    def render(self, template: str, path: str, **values) -> str:
        """Render `template` for the page at `path`; `url(target)` gives a link relative to it."""
        here = posixpath.dirname(path)
        found = self.env.get_template(template)
        self.sjablonen[path] = found.filename or template

        def maak(values: dict, bestaat) -> str:
            return found.render(
                url=lambda target: Markup(relatief(target, here)),
                path=path, bouwdatum=self.bouwdatum, bestaat=bestaat, bewerk=self.bewerk, **values,
            )
        if self.geheugen is None:
            return maak(values, self.bestaat)
        return self.geheugen.render(found, path, values, self.bestaat, maak)

    def bewerk(self, item, wat: str = "dit") -> str:
        """A small "Pas ... aan" link to an item's own YAML file, for pages that gather items."""
        if not self.bewerken:
            return ""
        adres = self.bewerken.rstrip("/") + "/" + str(item.path)
        # an HTML template: autoescape made it safe, so it is Markup for the Markdown page
        return Markup(self.env.get_template("_bewerk.html.j2").render(adres=adres, wat=wat).strip())

    def bestaat(self, path: str) -> bool:
        """Whether the page `path` (e.g. `spoorboekje/index.md`) is part of this build."""
        return path in self.bestaande

    def adres(self, path: str) -> str:
        """The address of a file in the built site, as MkDocs serves it: absolute when
        `site_url` is known, else relative to the site's root. `a/b.md` -> `a/b/` (the layout's
        URL rule, core/indeling.py)."""
        path = url(path, self.mappen_urls)
        return (self.site_url.rstrip("/") + "/" + path) if self.site_url else path


def relatief(target: str, here: str) -> str:
    """posixpath.relpath(target, here or ".") for the plain relative paths of a site, without
    asking the operating system for the current folder (this runs thousands of times a build)."""
    doel, van = target.split("/"), here.split("/") if here else []
    if any(part in ("", ".", "..") for part in doel + van):
        return posixpath.relpath(target, here or ".")
    gelijk = 0
    while gelijk < min(len(doel), len(van)) and doel[gelijk] == van[gelijk]:
        gelijk += 1
    return "/".join([".."] * (len(van) - gelijk) + doel[gelijk:]) or "."


def make_env(extra_dirs: Sequence[Path] = ()) -> jinja2.Environment:
    """Templates in `extra_dirs` override ours, so a site can change any generated page.

    Every value a template prints is escaped for where it lands: in a Markdown template
    (`.md.j2`) plain text becomes text that cannot turn into Markdown or HTML (`veilig.markdown_tekst`)
    and a Markdown field's value (`veilig.Markdown`) stays Markdown; in any other template (XML,
    HTML) autoescape escapes it. Inside raw HTML in a Markdown template, use `| e` (HTML only).
    Our own output (links, JSON-LD, front matter) is `Markup` and is written as it is.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*map(str, extra_dirs), str(TEMPLATES)]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=True,
        finalize=_finalize,
    )
    env.filters["datum"] = datum_nl
    # JSON with every non-ASCII character as a \u escape: also a valid YAML value.
    env.filters["json"] = lambda v: Markup(json.dumps(v, ensure_ascii=True, sort_keys=True, default=str))
    env.filters["yaml"] = yaml_waarde
    env.filters["regel"] = tabelcel
    env.filters["klein"] = lambda text: str(text)[:1].lower() + str(text)[1:]  # 'Na X' -> 'na X'
    env.filters["jsonld"] = jsonld
    env.filters["aantal"] = aantal.eenheid_tekst  # 32 uur / ongeveer 12 uur (schatting) / onbekend
    env.filters["inspringen"] = inspringen
    return env


@jinja2.pass_context
def _finalize(context, value):
    if isinstance(value, Markup) or not (context.name or "").endswith(".md.j2"):
        return str(value) if isinstance(value, Markdown) else value  # autoescape does the rest
    if isinstance(value, Markdown):
        return Markup(value)
    return markdown_tekst(value)


def yaml_waarde(value) -> Markup:
    """A front matter value on one line, written by the YAML serialiser: no text can end it or
    add a field, and characters YAML cannot hold as they are (U+0080) become escapes."""
    text = " ".join(str(value).split())
    return Markup(yaml.safe_dump(text, allow_unicode=True, default_style='"', width=float("inf")).strip())


def tabelcel(text) -> Markup:
    """One line for a Markdown table cell: a | would start a new column."""
    if isinstance(text, Markdown):
        return Markup(" ".join(text.split()).replace("|", "\\|"))
    return markdown_tekst(text)


def inspringen(text, n: int = 4) -> Markup:
    """Markdown indented by `n` spaces (for a block inside a list item or admonition)."""
    text = text if isinstance(text, Markdown) else markdown_tekst(text)
    return Markup("\n".join((" " * n + line) if line.strip() else "" for line in str(text).strip().splitlines()))


def jsonld(data: dict) -> str:
    """A schema.org <script> block that is safe whatever the text holds: <, > and & become
    \\u escapes, so no text can end the element early."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def datum_nl(value: dt.date) -> str:
    """2026-03-01 -> '1 maart 2026'."""
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def bouwdatum(gegeven: str | None = None, environ=os.environ) -> dt.date:
    """The build date: given explicitly, else BUURTBANEN_DATUM, else SOURCE_DATE_EPOCH, else today."""
    bron, text = ("--datum", gegeven) if gegeven else ("BUURTBANEN_DATUM", environ.get("BUURTBANEN_DATUM"))
    try:
        if text:
            return dt.date.fromisoformat(text)
        if environ.get("SOURCE_DATE_EPOCH"):
            bron, text = "SOURCE_DATE_EPOCH", environ["SOURCE_DATE_EPOCH"]
            return dt.datetime.fromtimestamp(int(text), dt.UTC).date()
    except ValueError:
        raise ValueError(f"De datum '{text}' ({bron}) klopt niet. Schrijf hem als jaar-maand-dag, "
                         "bijvoorbeeld 2026-12-31.") from None
    return dt.date.today()


def write_folder(uitvoer: list[Uitvoer], target: Path) -> int:
    """Write the generated files as plain Markdown into `target` (for other engines).

    Refuses a folder that holds anything we did not write, so nothing hand-written is overwritten.
    """
    target = Path(target)
    if target.exists() and any(target.iterdir()) and not (target / MARKER).exists():
        raise FileExistsError(
            f"De map {target} bestaat al en is niet door ons gemaakt. Kies een lege map.")
    if (target / MARKER).exists():
        for old in sorted(target.rglob("*"), reverse=True):
            old.unlink() if old.is_file() else old.rmdir()
    target.mkdir(parents=True, exist_ok=True)
    (target / MARKER).write_text("Deze map is gemaakt door 'buurtbanen markdown'.\n", encoding="utf-8")
    for out in uitvoer:
        path = target / out.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(out.text, encoding="utf-8")
    return len(uitvoer)
