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
    ("while scanning a quoted scalar", "een aanhalingsteken wordt niet gesloten."),
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
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = mark.line + 1 if mark else 1
        return None, [Problem(rel_path, at, None, "yaml-fout", uitleg=_dutch_syntax(error))]
    except yaml.YAMLError:
        return None, [Problem(rel_path, 1, None, "yaml-fout", uitleg="het bestand is geen geldige YAML.")]
    if node is None:
        return None, [Problem(rel_path, 1, None, "leeg-bestand")]
    doc = Document(rel_path, None)
    doc.data = _value(node, (), doc, problems)
    if any(p.code == "yaml-fout" for p in problems):  # an alias: stop here, like a syntax error
        return None, [p for p in problems if p.code == "yaml-fout"]
    doc.lines[()] = node.start_mark.line + 1
    return doc, problems


def _dutch_syntax(error: yaml.MarkedYAMLError) -> str:
    said = f"{error.context or ''} {error.problem or ''}"
    for english, dutch in SYNTAX:
        if english in said:
            return dutch
    return "de opmaak van het bestand klopt hier niet."


def _value(node: yaml.Node, path: Path_, doc: Document, problems: list[Problem], seen=None) -> object:
    doc.lines.setdefault(path, node.start_mark.line + 1)
    seen = set() if seen is None else seen
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # A YAML alias (*naam) reuses a node. Content never needs one, and one that points at
        # itself would recurse forever (or blow up in size): say so instead.
        if id(node) in seen:
            problems.append(Problem(doc.path, node.start_mark.line + 1, None, "yaml-fout",
                                    uitleg="een verwijzing met & en * gebruiken we hier niet: schrijf de waarde zelf uit."))
            return None
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in result:
                problems.append(
                    Problem(doc.path, key_node.start_mark.line + 1, path + (key,), "dubbel-veld")
                )
                continue
            doc.lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _value(value_node, path + (key,), doc, problems, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_value(item, path + (i,), doc, problems, seen) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> object:
    text = node.value
    if node.style:  # quoted or a block (| or >): always text
        return text
    if text in _NULL:
        return None
    if text in ("true", "false"):
        return text == "true"
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
