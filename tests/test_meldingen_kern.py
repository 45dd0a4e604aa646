"""The parts every message is made of, word for word and at their edges: the summary line (one
and more, errors and warnings), quoting what the editor wrote (at most 60 characters), the field
path, the cap per file, the message table, and the "verouderd" date rule."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from generator.core.actualiteit import maanden_later, verouderd
from generator.core.problems import (
    MAX_PER_BESTAND,
    MELDINGEN,
    Melding,
    Problem,
    ingekort,
    kort,
    register,
    samenvatting,
    veldnaam,
)

A, B = "content/vuistregels/a.yaml", "content/vuistregels/b.yaml"


def fout(path=A, line=3):
    return Problem(path, line, ("nummer",), "te-klein", waarde=0, grens=1)


def waarschuwing(path=A, line=4):
    return Problem(path, line, ("gecontroleerd",), "verouderd", datum="1 januari 2025", maanden=12,
                   bouwdatum="2 januari 2026")


@pytest.mark.parametrize("problems, files, verwacht", [
    ([], 1, "Alles in orde: 1 bestand gecontroleerd."),
    ([], 2, "Alles in orde: 2 bestanden gecontroleerd."),
    ([], 0, "Alles in orde: 0 bestanden gecontroleerd."),
    ([waarschuwing()], 5, "Alles in orde: 5 bestanden gecontroleerd. Kijk nog naar 1 waarschuwing."),
    ([waarschuwing(), waarschuwing(B)], 5,
     "Alles in orde: 5 bestanden gecontroleerd. Kijk nog naar 2 waarschuwingen."),
    ([fout()], 5, "1 fout in 1 bestand. Pas de fouten aan en controleer opnieuw."),
    ([fout(), fout(line=9)], 5, "2 fouten in 1 bestand. Pas de fouten aan en controleer opnieuw."),
    ([fout(), fout(B)], 5, "2 fouten in 2 bestanden. Pas de fouten aan en controleer opnieuw."),
    # a warning in another file does not make that file count as one with errors
    ([fout(), waarschuwing(B)], 5, "1 fout in 1 bestand. En 1 waarschuwing. Pas de fouten aan en controleer opnieuw."),
    ([fout(), waarschuwing(), waarschuwing(B)], 5,
     "1 fout in 1 bestand. En 2 waarschuwingen. Pas de fouten aan en controleer opnieuw."),
])
def test_the_summary_counts_errors_files_and_warnings_apart(problems, files, verwacht):
    assert samenvatting(problems, files) == verwacht


def test_a_problem_reads_with_file_line_field_and_tip():
    assert fout().format() == ("content/vuistregels/a.yaml:3: veld 'nummer': 0 is te weinig. Het moet minstens 1 "
                               "zijn.\n    Tip: Kijk of het getal klopt.")
    assert waarschuwing().format() == (
        "content/vuistregels/a.yaml:4: veld 'gecontroleerd': let op: de feiten zijn voor het laatst gecontroleerd "
        "op 1 januari 2025. Dat is meer dan 12 maanden voor de bouwdatum (2 januari 2026).\n"
        "    Tip: Lees de bron opnieuw en vergelijk die met de tekst. Klopt alles? Zet dan de datum van vandaag "
        "bij gecontroleerd. Klopt iets niet meer? Pas de tekst aan en zet daarna de datum.")
    assert fout().is_fout and not waarschuwing().is_fout
    assert Problem(A, 1, None, "geen-velden").format() == (
        "content/vuistregels/a.yaml:1: het bestand moet beginnen met velden.\n    Tip: Schrijf per regel een veld, "
        "zoals 'titel: ...'. Kijk bij een ander bestand in dezelfde map hoe het moet.")


def test_a_problem_keeps_its_file_as_a_path():
    from pathlib import PurePosixPath

    for path in (A, PurePosixPath(A)):
        problem = Problem(path, 3, ["nummer"], "te-klein", waarde=0, grens=1)
        assert type(problem.path) is PurePosixPath and problem.path == PurePosixPath(A)
        assert problem.veld == ("nummer",) and problem.line == 3 and problem.details == {"waarde": 0, "grens": 1}
    assert problem == fout()


def test_a_tip_of_several_lines_is_indented_under_one_tip():
    tekst = Problem(A, 2, ("duur",), "geen-aantal", gevonden="'veel'", naam="duur", voorbeeld=24).format()
    regels = tekst.split("\n")
    assert regels[0] == ("content/vuistregels/a.yaml:2: veld 'duur': hier hoort een getal, 'onbekend' of 'schatting' "
                         "met een getal, maar er staat 'veel'.")
    assert regels[1] == "    Tip: Staat het getal in de bron? Schrijf dan alleen het getal: duur: 24"
    assert regels[2] == "    Geeft geen bron het getal? Schrijf dan: duur: onbekend"
    assert all(r.startswith("    ") and "Tip:" not in r for r in regels[2:])


@pytest.mark.parametrize("veld, verwacht", [
    (("titel",), "titel"),
    (("valkuilen", 0, "tip"), "valkuilen > 1 > tip"),
    (("valkuilen", 1, "tip"), "valkuilen > 2 > tip"),
    (("taken", "buurtbaner", 2), "taken > buurtbaner > 3"),
])
def test_a_field_path_counts_list_items_from_one(veld, verwacht):
    assert veldnaam(veld) == verwacht


@pytest.mark.parametrize("tekst, verwacht", [
    ("kort", "kort"),
    ("'kort'", "'kort'"),
    ("'", "'"),
    ("''", "''"),
    ("een\n  twee\tdrie", "een twee drie"),
    ("x" * 60, "x" * 60),
    ("x" * 61, "x" * 59 + "…"),
    ("'" + "x" * 60 + "'", "'" + "x" * 60 + "'"),
    ("'" + "x" * 61 + "'", "'" + "x" * 59 + "…'"),
    ("woord " * 20, ("woord " * 10).rstrip() + "…"),
])
def test_what_the_editor_wrote_is_quoted_on_one_line_and_at_most_60_characters(tekst, verwacht):
    assert kort(tekst) == verwacht


def test_quotes_in_a_message_are_shortened_but_our_own_words_are_not():
    lang = "x" * 100
    tekst = Problem(A, 1, ("titel",), "geen-tekst", gevonden=f"'{lang}'", tip="Tip " * 30).format()
    assert f"'{'x' * 59}…'" in tekst and lang not in tekst
    assert "Tip " * 29 in tekst


def test_each_file_shows_at_most_its_cap_and_then_one_line_with_the_rest():
    assert MAX_PER_BESTAND == 25
    veel = [fout(A, i) for i in range(1, 28)] + [fout(B, 1)]
    shown = ingekort(veel)
    assert [p.line for p in shown if str(p.path) == A] == list(range(1, 26)) + [26]
    assert shown[25].code == "nog-meer" and shown[25].details == {"aantal": 2}
    assert [str(p.path) for p in shown[26:]] == [B]
    precies = [fout(A, i) for i in range(1, 26)]
    assert ingekort(precies) == precies


def test_a_code_is_declared_once():
    eigen = Melding("een test.", "Geen tip.", "a: 1", "a: 2")
    register({"proef-eenmaal": eigen})
    register({"proef-eenmaal": Melding("een test.", "Geen tip.", "a: 1", "a: 2")})  # the same again: fine
    assert MELDINGEN["proef-eenmaal"] == eigen
    with pytest.raises(ValueError, match="message code 'proef-eenmaal' is declared twice"):
        register({"proef-eenmaal": Melding("iets anders.", "Geen tip.", "a: 1", "a: 2")})
    del MELDINGEN["proef-eenmaal"]


@pytest.mark.parametrize("datum, maanden, verwacht", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2026, 3, 31), 1, dt.date(2026, 4, 30)),
    (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2026, 11, 30), 1, dt.date(2026, 12, 30)),
    (dt.date(2026, 12, 15), 1, dt.date(2027, 1, 15)),
    (dt.date(2026, 12, 15), 12, dt.date(2027, 12, 15)),
    (dt.date(2026, 1, 15), 11, dt.date(2026, 12, 15)),
    (dt.date(2026, 1, 15), 24, dt.date(2028, 1, 15)),
    (dt.date(2026, 5, 15), 0, dt.date(2026, 5, 15)),
])
def test_months_later_keeps_the_day_or_takes_the_last_of_the_month(datum, maanden, verwacht):
    assert maanden_later(datum, maanden) == verwacht


class _Inhoud:
    """Just what `verouderd` reads: the types, and their items."""

    def __init__(self, items, maanden):
        self.soorten = {"regeling": SimpleNamespace(naam="regeling", verloopt_na_maanden=maanden),
                        "vuistregel": SimpleNamespace(naam="vuistregel", verloopt_na_maanden=None)}
        self.items = items

    def alle(self, naam):
        return self.items.get(naam, [])


def _item(gecontroleerd, path="content/regelingen/r.yaml"):
    return SimpleNamespace(path=path, waarden={"gecontroleerd": gecontroleerd}, line=lambda *p: 5)


@pytest.mark.parametrize("bouwdatum, te_oud", [
    (dt.date(2027, 1, 15), False),  # exactly 12 months: still up to date
    (dt.date(2027, 1, 16), True),   # one day more
    (dt.date(2026, 1, 15), False),
])
def test_an_item_is_out_of_date_one_day_after_its_months(bouwdatum, te_oud):
    inhoud = _Inhoud({"regeling": [_item(dt.date(2026, 1, 15)), _item(None, "content/regelingen/zonder.yaml")],
                      "vuistregel": [_item(dt.date(2000, 1, 1), "content/vuistregels/v.yaml")]}, 12)
    found = verouderd(inhoud, bouwdatum)
    if not te_oud:
        assert found == []
        return
    assert [p.format().split("\n")[0] for p in found] == [
        "content/regelingen/r.yaml:5: veld 'gecontroleerd': let op: de feiten zijn voor het laatst gecontroleerd "
        "op 15 januari 2026. Dat is meer dan 12 maanden voor de bouwdatum (16 januari 2027)."]
    assert found[0].veld == ("gecontroleerd",) and found[0].code == "verouderd"


def test_a_type_without_months_never_goes_out_of_date():
    inhoud = _Inhoud({"regeling": [_item(dt.date(2000, 1, 1))]}, 0)
    assert verouderd(inhoud, dt.date(2026, 1, 1)) == []
