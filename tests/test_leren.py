"""Leren van elkaar without a browser: the personal-data patterns, and what the pages show."""

import datetime as dt

import pytest
from conftest import ROOT

from generator.site import controleer, genereer
from generator.soorten.leren import ervaringen
from generator.soorten.leren.ervaringen import OVER, PATRONEN

PATROON = dict(PATRONEN)


@pytest.mark.parametrize("code, text, found", [
    ("naam-in-ervaring", "Mijn collega Fatima hielp me.", "Fatima"),
    ("naam-in-ervaring", "Ik vroeg het aan de buurvrouw Anja.", "Anja"),
    ("naam-in-ervaring", "Onze coach Ben zei het al.", "Ben"),
    ("telefoon-in-ervaring", "Bel 06-12345678.", "06-12345678"),
    ("telefoon-in-ervaring", "Bel 020 123 4567.", "020 123 4567"),
    ("telefoon-in-ervaring", "Bel +31 6 1234 5678.", "+31 6 1234 5678"),
    ("email-in-ervaring", "Mail naar ik@voorbeeld.nl.", "ik@voorbeeld.nl"),
    ("adres-in-ervaring", "Bij mij thuis, Kinkerstraat 12.", "Kinkerstraat 12"),
    ("adres-in-ervaring", "Op de Burgemeester de Vlugtlaan 3a.", "Vlugtlaan 3a"),
    ("adres-in-ervaring", "Het is huisnummer 4.", "huisnummer 4"),
])
def test_personal_data_is_found(code, text, found):
    match = PATROON[code].search(text)
    assert match, text
    assert (match.group(1) if match.groups() and match.group(1) else match.group(0)) == found


@pytest.mark.parametrize("text", [
    "Mijn collega's dachten dat ik klusjes kwam doen.",
    "Mijn collega en ik spraken af.",   # a lower-case word after the role is no name
    "Ik werk 32 uur per week, 8 uur is voor leren.",
    "In 2021 begon ik, in stadsdeel West.",
    "Ik belde mijn coach.",
    "We kookten in de Kinkerstraat.",    # a street without a number is fine
    "Subsidie van 30.000 euro per jaar.",
])
def test_ordinary_text_is_not_personal_data(text):
    assert [code for code, p in PATRONEN if p.search(text)] == []


@pytest.fixture(scope="module")
def echte():
    inhoud, problems = controleer(ROOT)
    assert [p.format() for p in problems if p.is_fout] == []
    return inhoud, {o.path: o.text for o in genereer(inhoud, dt.date(2026, 11, 30))}


def test_at_least_twenty_experiences_each_by_role_with_a_source(echte):
    inhoud, pages = echte
    items = inhoud.alle("ervaring")
    assert len(items) >= 20
    overzicht = pages["leren/ervaringen/index.md"]
    for e in items:
        assert f"({e.id}.md)" in overzicht, e.id
        assert e.bron.strip()


def test_every_related_page_shows_the_experiences_about_it(echte):
    inhoud, pages = echte
    checked = 0
    for e in inhoud.alle("ervaring"):
        for veld, soort in OVER.items():
            for target in e.waarden.get(veld) or []:
                page = pages[inhoud.get(soort, target).pagina]
                part = page.split("## Zo ging het bij anderen", 1)
                assert len(part) == 2, (e.id, target)
                assert f"{e.id}.md)" in part[1], (e.id, target)
                checked += 1
    assert checked >= 20


def test_a_page_no_experience_is_about_has_no_empty_section(echte):
    inhoud, pages = echte
    about = {t for e in inhoud.alle("ervaring") for t in (e.waarden.get("vuistregels") or [])}
    lonely = [v for v in inhoud.alle("vuistregel") if v.id not in about]
    assert lonely, "every vuistregel has an experience: pick another type for this test"
    assert "Zo ging het bij anderen" not in pages[lonely[0].pagina]


def test_a_meeting_page_per_theme_with_its_questions_and_the_sites_own_outline_marked(echte):
    inhoud, pages = echte
    for thema in inhoud.alle("thema"):
        page = pages[f"leren/bijeenkomsten/{thema.id}.md"]
        assert thema.kernvraag in page
        for vraag in thema.intervisievragen:
            assert vraag in page
        for v in thema.valkuilen:
            assert v["valkuil"] in page and v["tip"] in page
        assert "Dit plan is een voorstel van deze site." in page


def test_experiences_from_a_source_say_whose_words_they_are(echte):
    inhoud, pages = echte
    for e in inhoud.alle("ervaring"):
        page = pages[e.pagina]
        if e.gedeeld_op:
            assert "deelde dit zelf op" in page
        else:
            assert "Wij schreven het op in eenvoudige woorden. De tip is van ons." in page
        if e.over_eigen_leven:
            assert ervaringen.TOESTEMMING[e.toestemming] in page
