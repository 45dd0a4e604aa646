"""The resident section in the built site: the Q&A and its FAQPage JSON-LD, the links every answer
rests on, "Wat weten we?", "Gecontroleerd op" and the way in from home."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT
from hulp import Vragen, blok, faq_vragen, home_blok, hoofdmenu, tekst, vragen_op

VRAGEN = sorted((ROOT / "content/bewoners/vragen").glob("*.yaml"))


@pytest.fixture(scope="module")
def vragenpagina(gebouwde_site) -> Vragen:
    return vragen_op(gebouwde_site / "bewoners/vragen/index.html")


def test_at_least_thirty_resident_questions_in_faqpage_jsonld(vragenpagina):
    vragen = faq_vragen(vragenpagina)
    assert len(vragen) >= 30
    assert vragen == [(tekst(v["vraag"]), tekst(v["antwoord"])) for v in vragenpagina.vragen]
    assert sorted(v["id"] for v in vragenpagina.vragen) == [p.stem for p in VRAGEN]


def test_answers_that_differ_per_gemeente_name_the_gemeente(vragenpagina):
    for path in VRAGEN:
        item = yaml.safe_load(path.read_text(encoding="utf-8"))
        antwoord = next(v["antwoord"] for v in vragenpagina.vragen if v["id"] == path.stem)
        for deel in item.get("per_gemeente") or []:
            label = {"amsterdam": "In Amsterdam:", "amersfoort": "In Liendert (Amersfoort):"}[deel["gemeente"]]
            assert label in antwoord, path.stem
    beide = [v for v in vragenpagina.vragen
             if "In Amsterdam:" in v["antwoord"] and "In Liendert (Amersfoort):" in v["antwoord"]]
    assert len(beide) >= 20


def test_unanswered_resident_questions_say_so_and_whom_to_ask(vragenpagina):
    onbeantwoord = {p.stem for p in VRAGEN if re.search(r"^onbeantwoord: true$", p.read_text(), re.MULTILINE)}
    assert onbeantwoord, "no unanswered question left: this test can no longer fail"
    for v in vragenpagina.vragen:
        gemarkeerd = "Dit staat niet (helemaal) in de bronnen." in v["antwoord"]
        assert gemarkeerd == (v["id"] in onbeantwoord), v["id"]
        if gemarkeerd:
            assert "Vraag het aan: " in v["antwoord"], v["id"]


def test_every_resident_answer_links_to_the_pages_it_rests_on(gebouwde_site, vragenpagina):
    html = (gebouwde_site / "bewoners/vragen/index.html").read_text(encoding="utf-8")
    for v in vragenpagina.vragen:
        deel = blok(html, v["id"])
        verder = deel[deel.index("Lees verder:"):]
        assert re.search(r'href="\.\./\.\./(regelingen|spoorboekje|vacatures|over|routekaart)/', verder), v["id"]
    # The vacancies, stations and "Wat weten we?" are among them, where the answer names them.
    assert 'href="../../vacatures/"' in blok(html, "hoe-solliciteer-ik")
    assert 'href="../../spoorboekje/stations/buurtbaan-liendert/"' in blok(html, "minder-uren")
    assert 'href="../../over/wat-weten-we/"' in blok(html, "werk-na-de-buurtbaan")


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


def gecontroleerd_op(path) -> str | None:
    """'Gecontroleerd op 30 november 2026' for the file's `gecontroleerd` date (None: it has none)."""
    found = re.search(r"^gecontroleerd: (\d{4})-(\d\d)-(\d\d)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    if not found:
        return None
    jaar, maand, dag = map(int, found.groups())
    return f"Gecontroleerd op {dag} {MAANDEN[maand - 1]} {jaar}"


def test_resident_answers_show_when_they_were_checked(gebouwde_site, vragenpagina):
    html = (gebouwde_site / "bewoners/vragen/index.html").read_text(encoding="utf-8")
    for path in VRAGEN:
        zin = gecontroleerd_op(path)
        assert zin, f"{path.name}: a resident answer must say when it was checked"
        assert f'<p class="bb-gecontroleerd">{zin}</p>' in blok(html, path.stem), path.stem
        pagina = (gebouwde_site / f"bewoners/vragen/{path.stem}/index.html").read_text(encoding="utf-8")
        assert zin in pagina, path.stem


def test_employer_answers_and_regelingen_show_when_they_were_checked(gebouwde_site):
    html = (gebouwde_site / "werkgevers/vragen/index.html").read_text(encoding="utf-8")
    for path in (ROOT / "content/werkgevers/vragen").glob("*.yaml"):
        zin = gecontroleerd_op(path)
        assert (zin in blok(html, path.stem)) if zin else ("Gecontroleerd op" not in blok(html, path.stem)), path.stem
    for path in (ROOT / "content/regelingen").glob("*.yaml"):
        regeling = (gebouwde_site / f"regelingen/{path.stem}/index.html").read_text(encoding="utf-8")
        zin = gecontroleerd_op(path)
        assert (zin in regeling) if zin else ("Gecontroleerd op" not in regeling), path.stem


def test_wat_weten_we_has_the_outcome_table_and_is_linked_from_the_resident_section(gebouwde_site):
    html = (gebouwde_site / "over/wat-weten-we/index.html").read_text(encoding="utf-8")
    assert "<h1" in html and "Wat weten we?" in html
    rijen = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>", html, re.DOTALL)
    assert [(s.strip(), n.strip()) for s, n in rijen] == [
        ("Zuidoost", "8"), ("Noord", "3"), ("Nieuw West", "5"), ("West", "8"), ("Zuid", "3"),
        ("Centrum", "2"), ("Oost", "4"), ("Weesp", "")]
    for kop in ["Wie waren de buurtbaners?", "Wat werkte?", "Wat werkte niet goed?", "Wat raadt de evaluatie aan?"]:
        assert kop in html, kop
    assert html.count('class="bb-bron"') >= 5
    for pagina in ["bewoners/index.html", "bewoners/vragen/index.html"]:
        assert 'over/wat-weten-we/"' in (gebouwde_site / pagina).read_text(encoding="utf-8"), pagina


def test_resident_section_links_to_the_route_builder_and_the_vacancies(gebouwde_site):
    html = (gebouwde_site / "bewoners/index.html").read_text(encoding="utf-8")
    assert 'href="../spoorboekje/"' in html and 'href="../vacatures/"' in html
    assert 'href="vragen/"' in html


def test_home_ik_wil_een_buurtbaan_leads_to_the_resident_section(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    deel = home_blok(html, "Ik wil een buurtbaan")
    assert 'href="bewoners/"' in deel


def test_voor_bewoners_is_first_in_the_nav_after_home(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    nav = hoofdmenu(html)
    links = re.findall(r'<a href="([^"#]+)" class="md-nav__link', nav)
    eerste = [link for link in links if link not in (".", "./")][:1]
    assert eerste == ["bewoners/"], links[:5]
    assert "bewoners/vragen/uitkering" not in nav  # item pages stay out of the nav
