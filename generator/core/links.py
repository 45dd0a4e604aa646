"""Links inside content, checked the way MkDocs' strict build checks them, at the YAML line.

An editor may write a Markdown link in any text (`[de regeling](../regelingen/x.md)`). MkDocs
refuses a strict build when a relative link points at no file of the build, when it starts
with `/`, or when its `#anchor` is on no heading of the target page. We say so first, at the
file and line of the YAML, in Dutch. A link is checked on every generated page that shows the
text (an overview in another folder resolves it differently). Knows nothing of MkDocs: the
pages are the generator's output plus the hand-written files in `docs/`.
"""

from __future__ import annotations

import difflib
import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify

from .content import Inhoud, Item
from .problems import Problem
from .render import Uitvoer

# [tekst](doel "titel") and ![beeld](doel); reference definitions `[naam]: doel`.
_INLINE = re.compile(r"!?\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)")
_DEFINITIE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?(?:[ \t]|$)", re.MULTILINE)
_KOP = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_ATTR_ID = re.compile(r"\{:?[^}\n]*?#([\w-]+)[^}\n]*\}")
_HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""")
_HEKJE_ATTR = re.compile(r"\s*\{:?[^}\n]*\}\s*$")
# An inline code span: `[x](y)` in it is text, not a link (a run of backticks closes one of the same length).
_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Plek:
    """Where a link target is written: an item, the path of the text in it, and its line."""

    item: Item
    veld: tuple
    line: int


def doelen(tekst: str) -> list[tuple[str, int]]:
    """Every link target in a Markdown text, with its offset."""
    tekst = _FENCE.sub(_leeg, tekst)
    tekst = _CODE.sub(_leeg, tekst)
    found = [(m.group(1), m.start()) for m in _INLINE.finditer(tekst)]
    found += [(m.group(1), m.start()) for m in _DEFINITIE.finditer(tekst)]
    return sorted(found, key=lambda f: f[1])


def _leeg(m: re.Match) -> str:
    """The same length in spaces, line breaks kept, so offsets still give the right line."""
    return re.sub(r"[^\n]", " ", m.group())


def ankers(markdown: str) -> set[str]:
    """The anchors of a page: its headings as MkDocs' table of contents names them, and every
    explicit id (`{#id}`, `id="..."`)."""
    tekst = _FENCE.sub("", markdown)
    found: set[str] = set()
    for match in _KOP.finditer(tekst):
        kop = match.group(2)
        explicit = _ATTR_ID.search(kop)
        if explicit:
            found.add(explicit.group(1))
            continue
        plain = _HEKJE_ATTR.sub("", kop)
        plain = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", plain)  # a link in a heading: its text
        plain = html.unescape(re.sub(r"<[^>]+>|[*_`]", "", plain))
        slug = slugify(plain, "-")
        unique, n = slug, 0
        while unique in found:  # Python-Markdown numbers a repeated heading: x, x_1, x_2
            n += 1
            unique = f"{slug}_{n}"
        found.add(unique)
    found.update(_ATTR_ID.findall(tekst))
    found.update(_HTML_ID.findall(tekst))
    return found


def controleer_links(inhoud: Inhoud, uitvoer: list[Uitvoer], docs: Path) -> list[Problem]:
    """Every link in content that the strict build would refuse, at its YAML file and line."""
    plekken = _plekken(inhoud)
    if not plekken:
        return []
    bestanden = {out.path: out.text if out.is_pagina else None for out in uitvoer}
    if docs.is_dir():
        for path in sorted(docs.rglob("*")):
            rel = path.relative_to(docs).as_posix()
            if path.is_file() and not rel.startswith(("overrides/", ".")) and rel not in bestanden:
                bestanden[rel] = path.read_text(encoding="utf-8", errors="replace") if rel.endswith(".md") else None
    paginas = sorted(p for p in bestanden if p.endswith(".md"))
    cache: dict[str, set[str]] = {}
    problems: dict[tuple, Problem] = {}
    for pagina in paginas:
        for doel, _ in doelen(bestanden[pagina] or ""):
            for plek in plekken.get(doel, ()):
                key = (plek.item.path, plek.veld, doel)
                if key in problems:
                    continue
                problem = _probleem(doel, pagina, plek, bestanden, paginas, cache)
                if problem is not None:
                    problems[key] = problem
    return list(problems.values())


def _plekken(inhoud: Inhoud) -> dict[str, list[Plek]]:
    """Link target -> every place in the content where it is written."""
    found: dict[str, list[Plek]] = {}

    def walk(item: Item, value: object, veld: tuple) -> None:
        if isinstance(value, str):
            for doel, offset in doelen(value):
                found.setdefault(doel, []).append(Plek(item, veld, _regel(item, veld, value, offset)))
        elif isinstance(value, dict):
            for key, sub in value.items():
                walk(item, sub, veld + (key,))
        elif isinstance(value, list):
            for i, sub in enumerate(value):
                walk(item, sub, veld + (i,))

    for item in inhoud:
        if item.geldig:
            walk(item, item.doc.data, ())
    return found


def _regel(item: Item, veld: tuple, value: str, offset: int) -> int:
    """The line of a link: the field's line, plus the lines before it in a block text (|)."""
    line = item.line(*veld)
    if "\n" in value.rstrip("\n"):
        return line + 1 + value.count("\n", 0, offset)
    return line


def _probleem(doel: str, pagina: str, plek: Plek, bestanden: dict, paginas: list[str],
              cache: dict[str, set[str]]) -> Problem | None:
    def problem(code: str, **details) -> Problem:
        return Problem(plek.item.path, plek.line, plek.veld, code, doel=doel, **details)

    parts = urlsplit(doel)
    if parts.scheme or parts.netloc or doel.startswith("//"):
        return None  # an address elsewhere (which schemes are allowed is checked elsewhere)
    if doel.startswith(("/", "\\")):
        return problem("link-absoluut")
    path = unquote(parts.path)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(pagina), path)) if path else pagina
    if target not in bestanden:
        # `../over/` means the page over.md, `../vacatures/` the overview vacatures/index.md
        stem = target.rstrip("/")
        close = [p for p in (stem + ".md", stem + "/index.md") if p in bestanden][:1] or \
            difflib.get_close_matches(target, paginas, n=1, cutoff=0.85)
        suggestie = ""
        if close:
            suggestie = f" Bedoel je '{posixpath.relpath(close[0], posixpath.dirname(pagina) or '.')}'?"
        return problem("link-kapot", suggestie=suggestie)
    if parts.fragment and target.endswith(".md"):
        if target not in cache:
            cache[target] = ankers(bestanden[target] or "")
        if unquote(parts.fragment) not in cache[target]:
            close = difflib.get_close_matches(parts.fragment, sorted(cache[target]), n=1, cutoff=0.6)
            return problem("link-anker", anker=parts.fragment,
                           suggestie=f" Bedoel je '#{close[0]}'?" if close else "")
    return None
