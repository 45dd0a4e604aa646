"""Read one YAML content file into plain values plus the line of every key and list item.

We compose the node tree with PyYAML's C loader (fast, safe: it never builds Python objects)
and turn nodes into values ourselves, because YAML 1.1 resolution is wrong for our editors:
`no`, `yes`, `on` and `off` would become booleans and `010` the number 8. Here only `true` and
`false` are booleans, only plain decimal numbers are numbers, `YYYY-MM-DD` is a date, and
anything quoted is text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import yaml

from .problems import Problem

_Loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader]
try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

Path_ = tuple  # a path into the data: ("valkuilen", 2, "tip")

_INT = re.compile(r"-?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NULL = {"", "~", "null", "Null", "NULL"}

# PyYAML's English syntax messages, said again in plain Dutch.
SYNTAX = [
    ("mapping values are not allowed", "hier staat een dubbele punt ( : ) die niet mag."),
    ("could not find expected ':'", "na een veldnaam hoort een dubbele punt ( : )."),
    ("found unexpected end of stream", "het bestand stopt midden in een tekst."),
    ("found character '\\t'", "hier staat een tab."),
    ("did not find expected key", "de inspringing klopt hier niet."),
    ("did not find expected '-' indicator", "de inspringing van de lijst klopt hier niet."),
    ("found undefined alias", "een verwijzing met * kennen we niet."),
    ("expected <block end>", "de inspringing klopt hier niet."),
]


@dataclass
class Document:
    """One content file: its data and the line (1-based) of every key and list item."""

    path: PurePosixPath  # relative to the project root, e.g. content/vuistregels/x.yaml
    data: object
    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, path: Path_ = ()) -> int:
        """The line of `path`, or of the nearest parent that has one."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def load(text: str, rel_path: PurePosixPath) -> tuple[Document | None, list[Problem]]:
    """Parse `text`. Returns the document, or None with the problems that stopped it."""
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            problems.append(Problem(rel_path, number, None, "tab"))
    if problems:
        return None, problems
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return None, [Problem(rel_path, 1, None, "leeg-bestand")]
    teken = _ONZICHTBAAR.search(text)
    if teken:
        return None, [Problem(rel_path, text.count("\n", 0, teken.start()) + 1, None, "onzichtbaar-teken",
                              teken=f"U+{ord(teken.group()):04X}")]
    doc = Document(rel_path, None)
    try:
        doc.data = _build(yaml.parse(text, Loader=_Loader), doc, problems)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, text, rel_path)]
    except yaml.YAMLError:
        return None, [Problem(rel_path, 1, None, "yaml-fout", uitleg="het bestand is geen geldige YAML.")]
    except _Stop:
        return None, [p for p in problems if p.code != "dubbel-veld"]
    if doc.data is None and () not in doc.lines:
        return None, [Problem(rel_path, 1, None, "leeg-bestand")]
    return doc, problems


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, rel_path: PurePosixPath) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    said = f"{error.context or ''} {error.problem or ''}"
    # An unclosed quote makes the parser stumble lines later, often over "indentation": say
    # where the quote opens, which is what the editor has to mend.
    opened = _open_quote(text, line)
    if "quoted scalar" in said and error.context_mark is not None:
        opened = error.context_mark.line + 1
    if opened is not None:
        return Problem(rel_path, opened, None, "open-aanhalingsteken")
    return Problem(rel_path, line, None, "yaml-fout", uitleg=_dutch_syntax(said))


def _dutch_syntax(said: str) -> str:
    for english, dutch in SYNTAX:
        if english in said:
            return dutch
    return "de opmaak van het bestand klopt hier niet."


# Characters YAML does not allow in a file (libyaml refuses them without a line): C0 and C1
# control characters other than tab and line breaks, and two non-characters. NEL (U+0085) is
# a line break to YAML.
_ONZICHTBAAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_BLOK = re.compile(r".*:\s*[|>][-+0-9]*\s*(#.*)?$")
_OPENER = re.compile(r"""^(\s*)(?:-\s+)*(?:[^\s#'"-][^#]*?:\s+)?(?:-\s+)*(["'])(.*)$""")


def _open_quote(text: str, until: int) -> int | None:
    """The first line before `until` whose value opens a quote that the line does not close."""
    block = None  # the indentation of the line that opened a block text (| or >)
    for number, line in enumerate(text.splitlines()[:until], start=1):
        indent = len(line) - len(line.lstrip(" "))
        if block is not None and (not line.strip() or indent > block):
            continue
        block = indent if _BLOK.match(line) else None
        found = _OPENER.match(line)
        if found and number < until and not _closes(found.group(2), found.group(3)):
            return number
    return None


def _closes(quote: str, rest: str) -> bool:
    i = 0
    while i < len(rest):
        if quote == '"' and rest[i] == "\\":
            i += 2
            continue
        if rest[i] == quote:
            if quote == "'" and rest[i + 1:i + 2] == "'":
                i += 2
                continue
            return True
        i += 1
    return False


class _Stop(Exception):
    """A problem after which the rest of the file cannot be read sensibly."""


def _build(events, doc: Document, problems: list[Problem]) -> object:
    """Values from PyYAML's events, without recursion, without ever expanding an alias.

    Working on events (not on PyYAML's node tree) means an alias is seen where it is written,
    a key that is a list or a mapping is refused before anything reads it, and nesting has a
    limit instead of exhausting Python's stack.
    """
    root: object = None
    # Each open list or mapping: [container, its path (None when dropped), key waiting for its value]
    stack: list[list] = []
    documents = 0

    def stop(line: int, code: str, **details) -> None:
        problems.append(Problem(doc.path, line, None, code, **details))
        raise _Stop

    def place(value: object, line: int) -> tuple | None:
        """Put `value` where it belongs; returns its path, or None when it is dropped."""
        nonlocal root
        if not stack:
            root = value
            doc.lines.setdefault((), line)
            return ()
        top = stack[-1]
        container, path, key = top
        if isinstance(container, list):
            container.append(value)
            if path is None:
                return None
            doc.lines.setdefault(path + (len(container) - 1,), line)
            return path + (len(container) - 1,)
        top[2] = _GEEN
        if key is _DUBBEL:
            return None
        container[key] = value
        return None if path is None else path + (key,)

    for count, event in enumerate(events):
        line = event.start_mark.line + 1
        if count > MAX_WAARDEN:
            stop(line, "te-veel-waarden", grens=f"{MAX_WAARDEN:,}".replace(",", "."))
        top = stack[-1] if stack else None
        wants_key = top is not None and isinstance(top[0], dict) and top[2] is _GEEN
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                stop(line, "tweede-deel")
        elif isinstance(event, yaml.AliasEvent):
            stop(line, "yaml-alias")
        elif isinstance(event, yaml.ScalarEvent) and wants_key:
            assert top is not None
            key = str(event.value)
            if key in top[0]:
                if top[1] is not None:
                    problems.append(Problem(doc.path, line, top[1] + (key,), "dubbel-veld"))
                top[2] = _DUBBEL
            else:
                if top[1] is not None:
                    doc.lines[top[1] + (key,)] = line
                top[2] = key
        elif isinstance(event, yaml.ScalarEvent):
            place(_scalar(event, doc, line, problems), line)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if wants_key:
                stop(line, "samengestelde-sleutel")
            if len(stack) >= MAX_DIEPTE:
                stop(line, "te-diep", grens=MAX_DIEPTE)
            container: object = {} if isinstance(event, yaml.MappingStartEvent) else []
            stack.append([container, place(container, line), _GEEN])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
    if any(p.code == "te-lang-getal" for p in problems):
        raise _Stop
    return root


_GEEN = object()  # a mapping waiting for its next key
_DUBBEL = object()  # the key was there already: its value is dropped
MAX_DIEPTE = 20  # lists and mappings inside each other; our content needs 4
MAX_WAARDEN = 10_000  # values, keys and lists in one file; the largest item has a few hundred
MAX_CIJFERS = 15  # digits in a number; a longer one is a telephone number or a code


def _scalar(event: yaml.ScalarEvent, doc: Document, line: int, problems: list[Problem]) -> object:
    text = event.value
    if event.style:  # quoted or a block (| or >): always text
        return text
    if text in _NULL:
        return None
    if text in ("true", "false"):
        return text == "true"
    if (_INT.fullmatch(text) or _FLOAT.fullmatch(text)) and sum(c.isdigit() for c in text) > MAX_CIJFERS:
        # int() refuses more than 4,300 digits with a ValueError; no number of ours has 16
        problems.append(Problem(doc.path, line, None, "te-lang-getal", grens=MAX_CIJFERS))
        return text
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text  # e.g. 2024-13-01: the validator says it is no date
    return text
