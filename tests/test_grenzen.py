"""Boundary tests: every numeric and date rule at its edge, on the edge and one step past it.

They work on a copy of the fixture site through `controleer` and `genereer`, as an editor's
file would, so they keep holding when the code behind a rule is rewritten.
"""

import datetime as dt
import json
import re

import pytest

from generator.cli import main
from generator.site import controleer, genereer
from generator.soorten.vacatures.jobposting import VOLTIJD_VANAF

VACATURE = "content/vacatures/buurtverbinder-west.yaml"  # geplaatst 2026-11-01, sluit 2026-12-15
VUISTREGEL = "content/vuistregels/volwaardige-collega.yaml"


def zet(project, rel, **velden):
    """Set top-level fields of a content file (`veld: waarde` lines), as an editor would."""
    path = project / rel
    text = path.read_text(encoding="utf-8")
    for naam, waarde in velden.items():
        line = f"{naam}: {waarde}"
        # the field's line and the lines that belong to its value (indented, or list items)
        text, n = re.subn(rf"^{naam}:.*(?:\n(?:[ -].*)?)*?(?=\n[^\s-]|\Z)", line, text, flags=re.M)
        if not n:
            text += line + "\n"
    path.write_text(text, encoding="utf-8")


def codes(project) -> list[str]:
    return [p.code for p in controleer(project)[1]]


@pytest.mark.parametrize("sluit, fout", [("2026-11-01", True), ("2026-11-02", False)])
def test_a_vacancy_must_close_after_the_day_it_was_posted(fixture_project, sluit, fout):
    zet(fixture_project, VACATURE, geplaatst="2026-11-01", sluit=sluit)
    assert ("sluit-voor-geplaatst" in codes(fixture_project)) is fout


@pytest.mark.parametrize("leeruren, fout", [(32, False), (33, True)])
def test_learning_hours_may_be_all_the_hours_but_not_more(fixture_project, leeruren, fout):
    zet(fixture_project, VACATURE, uren_per_week=32, leeruren_per_week=leeruren)
    assert ("leeruren-te-veel" in codes(fixture_project)) is fout


@pytest.mark.parametrize("duur, fout", [(24, False), (25, True)])
def test_a_vacancy_lasts_at_most_as_long_as_its_regeling_allows(fixture_project, duur, fout):
    zet(fixture_project, "content/regelingen/amsterdam-2021-2023.yaml", max_duur_maanden=24)
    zet(fixture_project, VACATURE, duur_maanden=duur)
    assert ("duur-te-lang" in codes(fixture_project)) is fout


@pytest.mark.parametrize("bouwdatum, open_", [(dt.date(2026, 12, 15), True), (dt.date(2026, 12, 16), False),
                                               (dt.date(2026, 11, 1), True)])
def test_a_vacancy_is_open_up_to_and_including_its_closing_day(fixture_project, bouwdatum, open_):
    inhoud, _ = controleer(fixture_project)
    pages = {o.path: o.text for o in genereer(inhoud, bouwdatum)}
    assert ("(buurtverbinder-west.md)" in pages["vacatures/index.md"]) is open_
    assert ('"JobPosting"' in pages["vacatures/buurtverbinder-west.md"]) is open_


@pytest.mark.parametrize("uren, soort", [(VOLTIJD_VANAF, "FULL_TIME"), (VOLTIJD_VANAF - 1, "PART_TIME")])
def test_full_time_starts_at_its_boundary(fixture_project, uren, soort):
    zet(fixture_project, VACATURE, uren_per_week=uren, leeruren_per_week=8)
    inhoud, problems = controleer(fixture_project)
    assert [p.format() for p in problems if p.is_fout] == []
    page = {o.path: o.text for o in genereer(inhoud, dt.date(2026, 11, 23))}["vacatures/buurtverbinder-west.md"]
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["employmentType"][0] == soort


@pytest.mark.parametrize("nummer, fout", [(1, False), (0, True)])
def test_a_number_may_be_its_minimum_but_not_less(fixture_project, nummer, fout):
    zet(fixture_project, VUISTREGEL, nummer=nummer)
    assert ("te-klein" in codes(fixture_project)) is fout


@pytest.mark.parametrize("vragen, fout", [(["Wat past?", "Wie helpt?"], False), (["Wat past?"], True)])
def test_a_list_may_have_exactly_its_minimum_of_items(fixture_project, vragen, fout):
    zet(fixture_project, VUISTREGEL, gespreksvragen=json.dumps(vragen, ensure_ascii=False))
    assert ("te-kort" in codes(fixture_project)) is fout


def test_a_warning_alone_passes_and_is_not_counted_as_an_error(fixture_project, capsys):
    # a real-looking private number (06-12345678 is an example number: an error in a real vacancy)
    zet(fixture_project, VACATURE, solliciteren='"Bel de coördinator op 06-28394751."')
    assert main(["--map", str(fixture_project), "controleer"]) == 0
    files = len(list((fixture_project / "content").rglob("*.yaml")))
    assert capsys.readouterr().out.endswith(
        f"Alles in orde: {files} bestanden gecontroleerd. Kijk nog naar 1 waarschuwing.\n")

    zet(fixture_project, VUISTREGEL, nummer=0)
    assert main(["--map", str(fixture_project), "controleer"]) == 1
    assert capsys.readouterr().out.endswith(
        "1 fout in 1 bestand. En 1 waarschuwing. Pas de fouten aan en controleer opnieuw.\n")


def test_an_item_whose_file_has_a_yaml_problem_is_not_valid(fixture_project):
    path = fixture_project / VUISTREGEL
    path.write_text(path.read_text(encoding="utf-8") + "titel: Nog een titel\n", encoding="utf-8")
    inhoud, problems = controleer(fixture_project)
    assert "dubbel-veld" in [p.code for p in problems]
    assert not inhoud.get("vuistregel", "volwaardige-collega").geldig
    assert inhoud.get("vuistregel", "externe-coach").geldig
