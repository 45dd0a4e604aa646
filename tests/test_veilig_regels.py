"""Where `controleer` reports HTML, a link scheme or a control character in a text (core/veilig.py):
at the line that holds it, inside a block text, and at the field's own line when it cannot be
found in the file. And the quoted piece: at most 60 characters."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from generator.core import veilig
from generator.core.loader import load


def regels(text: str) -> list[tuple[int, str, tuple]]:
    doc, problems = load(text, PurePosixPath("content/x/y.yaml"))
    assert problems == [], problems
    return [(p.line, p.code, p.veld) for p in veilig.problemen(doc, text.splitlines())]


@pytest.mark.parametrize("text, verwacht", [
    # on the field's own line
    ("a: x\nb: Zie <b>dit</b>.\nc: y\n", [(2, "html", ("b",))]),
    # inside a block text: the line that holds it
    ("a: |\n  een\n  twee <b>x</b>\n  drie\nb: y\n", [(3, "html", ("a",))]),
    # a line that starts with # inside a quoted text does not end the search
    ('a: "een\n# twee\n  <b>x</b>"\nb: y\n', [(3, "html", ("a",))]),
    # the next field ends the value: a piece only found there is not this field's
    ('a: "\\u003cb\\u003e"\nb: <b>\n', [(1, "html", ("a",)), (2, "html", ("b",))]),
    # a piece that stands earlier in the file, in another field, is not taken
    ("a: <i>x</i>\nb: Zie <i>x</i>.\n", [(1, "html", ("a",)), (2, "html", ("b",))]),
    # a list item and a deeper field
    ("a:\n  - een\n  - twee <u>x</u>\nb:\n  c:\n    d: |\n      x\n      <s>y</s>\n", [
        (3, "html", ("a", 1)), (8, "html", ("b", "c", "d"))]),
    # found in the same line's other text: the case does not matter
    ("a: Zie <B>dit</B>.\n", [(1, "html", ("a",))]),
    # a control character written as a YAML escape: found by its escape
    ('a: x\nb: "een\\u0007twee"\n', [(2, "stuurteken", ("b",))]),
    ('a: x\nb: "een\\x07twee"\n', [(2, "stuurteken", ("b",))]),
    ('a: x\nb: "een\\atwee"\n', [(2, "stuurteken", ("b",))]),
])
def test_the_line_of_a_piece(text, verwacht):
    assert regels(text) == verwacht


def test_a_piece_at_most_500_lines_into_a_block():
    for n, verwacht in [(499, 501), (500, 1)]:  # not found within the window: the field's line
        text = "a: |\n" + "  x\n" * n + "  <b>y</b>\n"
        assert regels(text) == [(verwacht, "html", ("a",))], n


@pytest.mark.parametrize("tekst, verwacht", [
    ("x" * 60, "'" + "x" * 60 + "'"),
    ("x" * 61, "'" + "x" * 57 + "...'"),
    ("", "''"),
])
def test_a_quoted_piece_is_at_most_60_characters(tekst, verwacht):
    assert veilig._kort(tekst) == verwacht


def test_where_a_control_character_stands_in_words():
    assert veilig.fouten_in_tekst("\x07begin")[0][1] == {"teken": "U+0007", "waar": "aan het begin"}
    assert veilig.fouten_in_tekst("een twee drie vier\x07")[0][1] == {"teken": "U+0007",
                                                                       "waar": "na 'twee drie vier'"}
    lang = "woord" * 10
    assert veilig.fouten_in_tekst(f"{lang}\x07")[0][1]["waar"] == f"na '{lang[:27]}...'"
