"""Numbers that may be unknown or an estimate (generator/core/aantal.py)."""

import pytest

from generator.core.aantal import Aantal, eenheid_tekst, lees


@pytest.mark.parametrize("value, expected", [
    (24, Aantal(24)),
    (0, Aantal(0)),
    ("24", Aantal(24)),  # the form's text box writes numbers as text
    ("onbekend", Aantal(None)),
    ("Onbekend ", Aantal(None)),
    ("schatting 12", Aantal(12, schatting=True)),
    ("Schatting  12", Aantal(12, schatting=True)),
])
def test_the_three_forms(value, expected):
    assert lees(value) == expected


@pytest.mark.parametrize("value", ["tot 24 uur", "ongeveer 12", "schatting", "12 uur", True, 1.5, ["12"], "٣"])
def test_anything_else_is_refused(value):
    assert lees(value) is None


def test_unknown_is_never_zero():
    onbekend = lees("onbekend")
    assert not onbekend.bekend and onbekend.waarde is None and onbekend.status == "onbekend"


def test_the_reader_sees_estimate_and_unknown():
    assert eenheid_tekst(Aantal(32), "uur per week") == "32 uur per week"
    assert eenheid_tekst(Aantal(12, True), "maanden") == "ongeveer 12 maanden (schatting)"
    assert eenheid_tekst(Aantal(None), "uur", "nog niet bekend") == "nog niet bekend"
    assert eenheid_tekst(None, "uur", "nog niet bekend") == "nog niet bekend"  # optional field left out


def test_without_a_unit_a_number_is_just_the_number():
    assert eenheid_tekst(Aantal(32)) == "32"
    assert eenheid_tekst(Aantal(None)) == "onbekend"
    assert Aantal(12, schatting=True).tekst() == "ongeveer 12 (schatting)"
    assert str(Aantal(3)) == "3" and str(Aantal(None)) == "onbekend"
    assert eenheid_tekst(5, "uur") == "5 uur" and eenheid_tekst("veel") == "veel"
