"""The werkgevers section in built HTML: the Q&A and its FAQPage JSON-LD, anchors, edit links."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, bouw
from hulp import Vragen, blok, faq_vragen, home_blok, hoofdmenu, tekst, vragen_op

VRAGEN = sorted((ROOT / "content/werkgevers/vragen").glob("*.yaml"))


@pytest.fixture(scope="module")
def vragenpagina(gebouwde_site) -> Vragen:
    return vragen_op(gebouwde_site / "werkgevers/vragen/index.html")


def test_there_are_at_least_thirty_questions_each_with_its_own_anchor(vragenpagina):
    ids = [v["id"] for v in vragenpagina.vragen]
    assert len(ids) >= 30
    assert sorted(ids) == [p.stem for p in VRAGEN]  # every file once, its id as the anchor


def test_faq_jsonld_matches_the_visible_questions_and_answers(vragenpagina):
    in_jsonld = faq_vragen(vragenpagina)
    zichtbaar = [(tekst(v["vraag"]), tekst(v["antwoord"])) for v in vragenpagina.vragen]
    assert in_jsonld == zichtbaar
    assert all(len(antwoord) > 40 for _, antwoord in in_jsonld), in_jsonld


def test_unanswered_questions_say_so_and_whom_to_ask(vragenpagina):
    onbeantwoord = {p.stem for p in VRAGEN if re.search(r"^onbeantwoord: true$", p.read_text(), re.M)}
    assert onbeantwoord
    for v in vragenpagina.vragen:
        gemarkeerd = "De bronnen geven hier geen antwoord op." in v["antwoord"]
        assert gemarkeerd == (v["id"] in onbeantwoord), v["id"]
        assert (v["tag"] == "Geen antwoord in de bronnen") == (v["id"] in onbeantwoord), v["id"]
        if gemarkeerd:
            assert "Vraag het aan: " in v["antwoord"], v["id"]


def test_answers_per_regeling_name_their_regeling(gebouwde_site):
    html = (gebouwde_site / "werkgevers/vragen/index.html").read_text(encoding="utf-8")
    vraag = blok(html, "hoeveel-subsidie")
    for regeling in ["amsterdam-2021-2023", "amsterdam-vanaf-2024", "amersfoort-kansrijk-liendert"]:
        assert f'href="../../regelingen/{regeling}/"' in vraag


def test_real_site_has_the_werkgevers_pages(gebouwde_site):
    for page in ["werkgevers/index.html", "werkgevers/protocol/index.html", "werkgevers/inwerkplan/index.html",
                 "werkgevers/checklist/index.html", "werkgevers/vragen/index.html",
                 "werkgevers/protocol/inwerken/index.html", "werkgevers/vragen/hoeveel-subsidie/index.html"]:
        assert (gebouwde_site / page).is_file(), page
    for fase in (ROOT / "content/werkgevers/protocol").glob("*.yaml"):
        assert (gebouwde_site / f"werkgevers/protocol/{fase.stem}/index.html").is_file()


def test_home_sends_employers_to_the_werkgevers_section(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    deel = home_blok(html, "Ik ben werkgever")
    assert 'href="werkgevers/"' in deel


def test_werkgevers_in_the_nav_but_not_the_item_pages(gebouwde_site):
    html = (gebouwde_site / "werkgevers/index.html").read_text(encoding="utf-8")
    nav = hoofdmenu(html)
    for page in ["protocol/", "inwerkplan/", "checklist/", "vragen/"]:
        assert f'href="{page}"' in nav, page
    assert "hoeveel-subsidie" not in nav and "protocol/inwerken" not in nav


@pytest.mark.traag
def test_fixture_site_edit_links_point_at_the_yaml(fixture_project, tmp_path):
    result = bouw(fixture_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    edit = "https://github.com/buurtbaan/kennisbank/edit/main/content/werkgevers/"
    for page, bron in [("werkgevers/protocol/inwerken", "protocol/inwerken.yaml"),
                       ("werkgevers/inwerkplan", "protocol/inwerken.yaml"),
                       ("werkgevers/vragen/hoeveel-subsidie", "vragen/hoeveel-subsidie.yaml")]:
        html = (tmp_path / "site" / page / "index.html").read_text(encoding="utf-8")
        assert f'href="{edit}{bron}"' in html, page


