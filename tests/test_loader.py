"""The YAML loader: lines of keys and list items, and no YAML 1.1 surprises."""

import datetime as dt
from pathlib import PurePosixPath

from generator.core.loader import load

P = PurePosixPath("content/x/y.yaml")


def test_only_true_and_false_are_booleans():
    doc, problems = load("a: no\nb: yes\nc: on\nd: off\ne: true\nf: false\ng: nee\n", P)
    assert problems == []
    assert doc.data == {"a": "no", "b": "yes", "c": "on", "d": "off", "e": True, "f": False, "g": "nee"}


def test_numbers_dates_and_quoted_text():
    doc, _ = load('a: 010\nb: 32\nc: "32"\nd: 2026-12-31\ne: 2026-13-01\nf: 1.5\ng: 0x10\n', P)
    assert doc.data == {"a": "010", "b": 32, "c": "32", "d": dt.date(2026, 12, 31),
                        "e": "2026-13-01", "f": 1.5, "g": "0x10"}


def test_block_text_stays_text():
    doc, _ = load("a: |\n  32\nb: >\n  true\n", P)
    assert doc.data == {"a": "32\n", "b": "true\n"}


def test_lines_of_keys_and_list_items():
    doc, _ = load("titel: x\nlijst:\n  - een\n  - naam: b\n    tip: c\n", P)
    assert doc.line(("titel",)) == 1
    assert doc.line(("lijst",)) == 2
    assert doc.line(("lijst", 0)) == 3
    assert doc.line(("lijst", 1)) == 4
    assert doc.line(("lijst", 1, "tip")) == 5
    assert doc.line(("lijst", 1, "onbekend")) == 4  # nearest parent


def test_syntax_error_has_line_and_dutch_text():
    doc, problems = load("titel: x\nregel: Let op: dit\n", P)
    assert doc is None
    assert [(p.line, p.code, p.details["uitleg"]) for p in problems] == [
        (2, "yaml-fout", "hier staat een dubbele punt ( : ) die niet mag.")]


def test_every_tab_is_reported():
    _, problems = load("a: 1\n\tb: 2\nc:\t3\n", P)
    assert [(p.line, p.code) for p in problems] == [(2, "tab"), (3, "tab")]
