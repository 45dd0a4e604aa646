"""Every content value is untrusted: what `controleer` refuses, and how output is kept safe.

Three layers, each enough on its own to keep a script off the site:

1. `problemen()` (called by `core.content` for every file): raw HTML tags, links with another
   scheme than http, https, mailto or tel, and control characters are refused with a message,
   so an editor's text is never silently changed behind their back.
2. `markdown_tekst()`: a plain-text value written into a Markdown template is escaped, so it
   stays text (`core.render` applies it to everything a `.md.j2` template prints). Values of
   Markdown fields are `Markdown` strings and are written as they are.
3. `schoon_html()` and friends: the HTML of every page is cleaned by nh3 (the Rust sanitiser
   ammonia) to an allowlist of tags, attributes and link schemes; the page title, description
   and table of contents are escaped for the theme, which prints them without escaping.

Knows nothing of MkDocs: the plugin hands it strings, dicts and table-of-contents items.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import nh3
from markupsafe import Markup, escape

from . import problems
from .problems import Melding, Problem

# --- what a link may point at -----------------------------------------------------------------

SCHEMES = frozenset({"http", "https", "mailto", "tel"})  # and links without a scheme (relative)

# --- the sanitiser's allowlist ----------------------------------------------------------------
# Everything that Python-Markdown, the extensions in mkdocs.yml (admonition, attr_list,
# md_in_html, tables, toc, pymdownx.details, pymdownx.superfences), Material and our templates
# and hand-written pages produce. tests/test_veilig.py checks that cleaning the real site's
# pages changes nothing; a new feature that needs another tag or attribute adds it here.
TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "button", "caption", "code", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "label", "legend", "li", "mark", "nav",
    "ol", "optgroup", "option", "p", "pre", "q", "s", "samp", "section", "select", "small",
    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "textarea", "tfoot", "th",
    "thead", "time", "tr", "u", "ul", "var",
})
ATTRIBUTES = {
    "*": {"class", "id", "hidden", "title", "lang", "dir", "role",
          "aria-label", "aria-labelledby", "aria-describedby", "aria-live", "aria-hidden",
          # Pagefind: what to index and how (see generator/zoeken.py)
          "data-pagefind-body", "data-pagefind-ignore", "data-pagefind-filter",
          "data-pagefind-weight"},
    "a": {"href", "rel"},  # rel="edit" on the edit links
    "img": {"src", "alt", "width", "height", "loading"},  # only our own images: see _filter
    "abbr": {"title"},
    "details": {"open"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    # the forms of the route builder, the two list filters, the checklist and the inwerkplan
    "form": {"data-bb-filter", "data-tekst-alle", "data-tekst-deel", "data-tekst-geen"},
    "input": {"type", "name", "value", "checked", "disabled"},
    "button": {"type", "disabled"},
    "label": {"for"},
    "select": {"name"},
    "option": {"value", "selected"},
    "optgroup": {"label"},
    "textarea": {"name", "rows"},
    "div": {"data-routedata", "data-bb-fouten"},  # the route builder; the preview's page of mistakes
    "li": {"data-plaats", "data-soort", "data-sluit", "data-rol", "data-themas"},  # the list filters
}

def _filter(tag: str, attribute: str, value: str) -> str | None:
    """An image comes only from this site (a relative address): no request to another host."""
    if tag == "img" and attribute == "src":
        adres = _ONZIN.sub("", value.replace("\\", "/"))
        if adres.startswith("//") or _schema(adres) is not None:
            return None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()}, attribute_filter=_filter,
    url_schemes=set(SCHEMES), link_rel=None, strip_comments=True,
    # script, style and the like go with everything in them, not only the tags
    clean_content_tags={"script", "style", "template", "noscript", "iframe", "object", "svg", "math"},
)

# Our own JSON-LD (core.render.jsonld) writes <, > and & as \\u escapes, so its body never holds a
# "<": a block that does is not ours and is dropped with the rest by the sanitiser.
_JSONLD = re.compile(r'<script type="application/ld\+json">([^<]*)</script>')


@cache
def _eigen_scripts() -> frozenset[str]:
    """The inline scripts our own templates write as fixed text (no {{ }} in them). Exactly
    these stay; a copy in content would only run our own code again."""
    found = set()
    for path in (Path(__file__).resolve().parent.parent / "templates").rglob("*.j2"):
        for body in re.findall(r"<script>(.*?)</script>", path.read_text(encoding="utf-8"), re.S):
            if "{{" not in body and "{%" not in body:
                found.add(body)
    return frozenset(found)


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def schoon_html(text: str) -> str:
    """The HTML of a page, cleaned to the allowlist. Our own JSON-LD blocks and our templates'
    own inline scripts stay as they are."""
    eigen: list[str] = []

    def bewaar(m: re.Match) -> str:
        if m.group(1) not in _eigen_scripts():
            return m.group(0)  # not ours: the sanitiser removes it
        eigen.append(m.group(0))
        return f"{_PLEK}{len(eigen) - 1}{_PLEK}"

    delen = []
    for i, deel in enumerate(_JSONLD.split(text)):
        if i % 2:  # the body of a JSON-LD block
            delen.append(f'<script type="application/ld+json">{deel}</script>')
        else:
            delen.append(_CLEANER.clean(_SCRIPT.sub(bewaar, deel)))
    schoon = "".join(delen)
    return re.sub(f"{_PLEK}([0-9]+){_PLEK}", lambda m: eigen[int(m.group(1))], schoon) if eigen else schoon


_PLEK = "bbEigenScript"  # a placeholder: text, so the sanitiser keeps it where it stands


def schone_meta(meta: dict) -> dict:
    """A page's front matter as the theme may print it: every text escaped for HTML.

    Material prints `page.meta.title` and `page.meta.description` into <title>, <meta> and the
    header without escaping. As Markup the theme prints the escaped text, and its own `| e` does
    not escape it twice.
    """
    return {key: _markup(value) for key, value in meta.items()}


def _markup(value):
    if isinstance(value, str):
        return value if isinstance(value, Markup) else escape(value)
    if isinstance(value, list):
        return [_markup(v) for v in value]
    if isinstance(value, dict):
        return {k: _markup(v) for k, v in value.items()}
    return value


def schone_titel(titel: str | None) -> str | None:
    """A title taken from a page's first heading (HTML text): only its text, escaped."""
    if titel is None or isinstance(titel, Markup):
        return titel
    return Markup(nh3.clean(titel, tags=set()))


def schone_inhoudsopgave(items: Iterable) -> None:
    """The table of contents: each entry's `title` (HTML text from a heading) keeps only text.

    Python-Markdown strips tags from a heading with one regular expression, so a heading such as
    `<scr<b></b>ipt>` leaves a tag behind; the theme prints the title as it is.
    """
    for item in items:
        item.title = schone_titel(item.title)
        schone_inhoudsopgave(item.children)


# --- escaping plain text for Markdown ---------------------------------------------------------

class Markdown(str):
    """The value of a Markdown field: templates write it as Markdown, not escaped.

    `| trim` keeps it Markdown. Anything else made from it is plain text again, and escaped.
    """

    def strip(self, chars=None):
        return Markdown(str.strip(self, chars))

    def lstrip(self, chars=None):
        return Markdown(str.lstrip(self, chars))

    def rstrip(self, chars=None):
        return Markdown(str.rstrip(self, chars))


# Backslash escapes that Python-Markdown and CommonMark both know: inline markup, links, attribute
# lists ({: ...}), table cells (|) and heading hashes.
_MD_TABEL = str.maketrans({"<": "&lt;", ">": "&gt;", **{c: "\\" + c for c in "\\`*_[]{}|#"}})
# What starts a block only at the start of a line: a list, a quote, an admonition, a fence.
_MD_BEGIN = re.compile(r"(\d+)([.)])(?=\s|$)|([-+=~!])(?=\s|$|\3)")


def markdown_tekst(value) -> Markup:
    """Plain text for a Markdown page: on one line (a line break could start a new block), with
    <, > and an & that starts an entity written as entities, and Markdown's signs escaped. It
    renders as exactly the same text."""
    text = _AMP.sub("&amp;", _WIT.sub(" ", str(value))).translate(_MD_TABEL)
    begin = _MD_BEGIN.match(text)
    if begin and begin.group(1):
        text = f"{begin.group(1)}&#{ord(begin.group(2))};{text[begin.end():]}"
    elif begin:
        text = f"&#{ord(text[0])};{text[1:]}"
    return Markup(text)


_WIT = re.compile(r"\s+")
_AMP = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


# --- what controleer refuses ------------------------------------------------------------------

problems.register({
    "html": Melding(
        "hier staat HTML-code: {gevonden}. Dat kan niet in de inhoud.",
        "Schrijf gewone tekst of Markdown, zonder < en > om woorden. Vet schrijf je zo: **vet**. "
        "Een nieuwe alinea: laat een regel leeg.",
        "toelichting: Dit is <b>belangrijk</b>.",
        "toelichting: Dit is **belangrijk**.",
    ),
    "link-soort": Melding(
        "de link {gevonden} kan niet. Een link begint met https://, http://, mailto: of tel:.",
        "Schrijf gewone tekst of Markdown. Een link schrijf je zo: [de tekst](https://www.voorbeeld.nl). "
        "Een link naar een ander deel van deze site mag ook, zoals [vacatures](../vacatures/index.md).",
        "toelichting: Zie [de regels](javascript:alert(1)).",
        "toelichting: Zie [de regels](https://www.amsterdam.nl/buurtbanen/).",
    ),
    "afbeelding": Melding(
        "hier staat een afbeelding: {gevonden}. Afbeeldingen kunnen niet op de site.",
        "Schrijf gewone tekst of Markdown, zonder ! voor de link. Wil je naar een afbeelding "
        "verwijzen? Maak er een gewone link van: [de tekst](https://...).",
        "toelichting: ![Het buurthuis](https://www.voorbeeld.nl/buurthuis.jpg)",
        "toelichting: Zie [een foto van het buurthuis](https://www.voorbeeld.nl/buurthuis.jpg).",
    ),
    "stuurteken": Melding(
        "hier staat een onzichtbaar teken ({teken}) {waar}.",
        "Schrijf gewone tekst of Markdown. Haal het teken weg: typ de tekst op die plek opnieuw. "
        "Zo'n teken komt vaak mee als je tekst kopieert uit een ander programma. "
        "Staat er een \\ met een code, zoals \\u0080? Haal die dan weg.",
        'titel: "Welkom\\u0080"',
        "titel: Welkom",
    ),
})

_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>")
_MAIL = re.compile(r"<[^\s<>@:]+@[^\s<>]+>")
# What Python-Markdown passes on as raw HTML: a tag (also <svg/onload=...>), a closing tag, a
# comment, a declaration or CDATA, a processing instruction. And attribute lists with a value,
# {: onclick="..."}, which set any attribute on an element.
_HTML = re.compile(r"</?[A-Za-z][^<>]*>|<!--(?:[^\n]*?-->)?|<![A-Za-z\[]|<\?|\{:?[^{}\n=]*=[^{}\n]*\}")
# Where a link's address stands: [tekst](adres), [ref]: adres, and href/src in an attribute list.
_LINKS = re.compile(r"\]\(\s*<?((?:[^\n()<>]|\([^\n()<>]*\))*)|^[ ]{0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)"
                    r"|\b(?:href|src)\s*=\s*[\"']?([^\"'\s}]+)", re.MULTILINE)
_BEELD = re.compile(r"!\[[^\]\[\n]*\]\s*(?:\([^)\n]*\)?|\[[^\]\n]*\]?)")
_SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):")
_ONZICHTBAAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # control characters but tab and newline


# How YAML writes some control characters in a "quoted" text, to find their line.
_YAML_ESCAPES = {0: "\\0", 7: "\\a", 8: "\\b", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r", 0x1B: "\\e",
                 0x85: "\\N"}


def _kort(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= n else f"'{text[:n - 3]}...'"


def _schema(adres: str) -> str | None:
    """The scheme of a link as a browser reads it, or None for a relative link. A scheme is
    short: the first 80 characters hold it, also when written with entities and tabs."""
    adres = adres[:80]
    if "&" in adres and ";" in adres:
        adres = html.unescape(adres)
    adres = _ONZIN.sub("", adres).lower()
    found = _SCHEME.match(adres)
    return found.group(1) if found else None


_ONZIN = re.compile(r"[\x00-\x20\x7f\\]+")  # what a browser skips in a scheme: spaces, tabs, controls


def fouten_in_tekst(text: str) -> list[tuple[str, dict, str | tuple[str, ...]]]:
    """What is wrong with one text: (code, details, the piece to look for in the file), at most
    one of each kind."""
    found: list[tuple[str, dict, str | tuple[str, ...]]] = []
    rest = _MAIL.sub(" ", _AUTOLINK.sub(" ", text)) if "<" in text else text
    tag = _HTML.search(rest)
    if tag:
        found.append(("html", {"gevonden": _kort(tag.group(0))}, tag.group(0)))
    for adres, stuk in _links(text):
        if ":" not in adres[:80] and "&" not in adres[:80]:
            continue  # no scheme, and no entity that could write one
        schema = _schema(adres)
        if schema is not None and schema not in SCHEMES:
            found.append(("link-soort", {"gevonden": _kort(adres)}, stuk))
            break
    beeld = _BEELD.search(text)
    if beeld:  # an image would load from another host; the sanitiser drops it, so say so here
        found.append(("afbeelding", {"gevonden": _kort(beeld.group(0))}, beeld.group(0)))
    teken = _ONZICHTBAAR.search(text)
    if teken:
        ervoor = text[:teken.start()].split()
        waar = f"na {_kort(' '.join(ervoor[-3:]), 30)}" if ervoor else "aan het begin"
        code = ord(teken.group(0))
        vormen = (f"\\x{code:02x}", f"\\u{code:04x}", f"\\U{code:08x}", _YAML_ESCAPES.get(code, ""))
        found.append(("stuurteken", {"teken": f"U+{code:04X}", "waar": waar}, vormen))
    return found


def _links(text: str):
    """(address, the piece of text it stands in) of every link, one at a time."""
    for m in _AUTOLINK.finditer(text):
        yield m.group(1), m.group(0)
    for m in _LINKS.finditer(text):
        yield next(g for g in m.groups() if g is not None), m.group(0)


def problemen(doc, regels: list[str]) -> list[Problem]:
    """Every text value of a loaded file (any field, any content type), checked.

    `regels` are the lines of the file: a problem is reported at the line where the piece
    stands, when it can be found there, else at the line of its field.
    """
    found = []
    for path, text in _teksten(doc.data, ()):
        for code, details, stuk in fouten_in_tekst(text):
            line = doc.line(path)
            found.append(Problem(doc.path, _regel_van(regels, line, stuk), path, code, **details))
    return found


def _teksten(data, path: tuple):
    """Every string in the data with its path, in file order (without recursion: no depth limit)."""
    todo = [(path, data)]
    while todo:
        path, data = todo.pop()
        if isinstance(data, str):
            yield path, data
        elif isinstance(data, dict):
            todo.extend(reversed([(path + (key,), value) for key, value in data.items()]))
        elif isinstance(data, list):
            todo.extend(reversed([(path + (i,), value) for i, value in enumerate(data)]))


def _regel_van(regels: list[str], line: int, stuk: str | tuple[str, ...]) -> int:
    """The first line from `line` on, within the value, that holds `stuk` (or one of them)."""
    stukken = stuk if isinstance(stuk, tuple) else (stuk.split("\n")[0],)
    if not 0 < line <= len(regels):
        return line
    inspringing = len(regels[line - 1]) - len(regels[line - 1].lstrip(" -"))
    for i in range(line - 1, min(len(regels), line + 500)):
        tekst = regels[i]
        if i >= line and tekst.strip() and len(tekst) - len(tekst.lstrip(" ")) <= inspringing \
                and not tekst.lstrip().startswith("#"):
            break  # the next field or list item: the value ended
        if any(s.lower() in tekst.lower() for s in stukken if s):
            return i + 1
    return line
