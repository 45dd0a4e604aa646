"""The content types' own checks, called on small made-up items: each rule exactly at its edge and
one step past it, and the message word for word (the `tests/meldingen/` cases show the same
messages through `buurtbanen controleer`; these pin the edges)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from generator.core.aantal import Aantal
from generator.soorten.bewoners.vragen import met_links
from generator.soorten.leren.ervaringen import bron_of_datum, persoonsgegevens, toestemming
from generator.soorten.vacatures.controles import (
    datums,
    duur,
    is_plaatshouder_nummer,
    prive_nummers,
    uren,
    verzonnen_werkgever,
)
from generator.soorten.werkgevers.protocol import een_inwerkplan
from generator.soorten.werkgevers.vragen import een_keer_in, volgorde_per_categorie, vraag_aan_bij_onbeantwoord


def item(naam="a", map_="vacatures", regels=None, **waarden):
    """An item as the checks see it: its fields as attributes and in `waarden`, a line per field."""
    regels = regels or {}
    return SimpleNamespace(path=f"content/{map_}/{naam}.yaml", id=naam, waarden=waarden, geldig=True,
                           line=lambda *p: regels.get(p, 10 + len(p)), **waarden)


def tekst(problems) -> list[str]:
    return [p.format() for p in problems]


class Inhoud:
    def __init__(self, **items):
        self.items = items

    def get(self, soort, id_):
        return self.items.get((soort, id_))


GEPLAATST = dt.date(2026, 11, 1)


@pytest.mark.parametrize("sluit, fout", [(GEPLAATST - dt.timedelta(days=1), True), (GEPLAATST, True),
                                         (GEPLAATST + dt.timedelta(days=1), False), (None, False)])
def test_a_vacancy_closes_after_its_posting_day(sluit, fout):
    found = datums([item(sluit=sluit, geplaatst=GEPLAATST)], Inhoud())
    if not fout:
        assert found == []
        return
    assert tekst(found) == [
        f"content/vacatures/a.yaml:11: veld 'sluit': de vacature sluit op {sluit.isoformat()}. Dat moet later zijn "
        "dan de dag van plaatsen (2026-11-01).\n    Tip: Kijk of je de twee datums niet hebt omgedraaid."]


def test_no_posting_day_no_date_check():
    assert datums([item(sluit=GEPLAATST, geplaatst=None)], Inhoud()) == []


@pytest.mark.parametrize("alle, leren, fout", [
    (Aantal(32), Aantal(32), False), (Aantal(32), Aantal(33), True), (Aantal(32), Aantal(31), False),
    (Aantal(32), Aantal(40, schatting=True), True), (Aantal(None), Aantal(40), False),
    (Aantal(32), Aantal(None), False), (None, Aantal(8), False), (Aantal(8), None, False),
])
def test_learning_hours_are_part_of_all_hours(alle, leren, fout):
    found = uren([item(uren_per_week=alle, leeruren_per_week=leren)], Inhoud())
    assert tekst(found) == ([
        f"content/vacatures/a.yaml:11: veld 'leeruren_per_week': {leren.waarde} uur leren per week is meer dan alle "
        f"uren per week ({alle.waarde}).\n    Tip: De uren voor leren horen bij de uren per week. Bijvoorbeeld: 32 uur "
        "per week, waarvan 8 uur voor leren."] if fout else [])


@pytest.mark.parametrize("maanden, maximum, fout", [
    (Aantal(24), Aantal(24), False), (Aantal(25), Aantal(24), True), (Aantal(30, schatting=True), Aantal(24), True),
    (Aantal(None), Aantal(24), False), (Aantal(25), Aantal(None), False), (None, Aantal(24), False),
])
def test_a_vacancy_lasts_at_most_what_its_regeling_allows(maanden, maximum, fout):
    regeling = SimpleNamespace(titel="Amsterdam 2021-2023", max_duur_maanden=maximum)
    inhoud = SimpleNamespace(get=lambda soort, id_: regeling if (soort, id_) == ("regeling", "ams") else None)
    found = duur([item(regeling="ams", duur_maanden=maanden)], inhoud)
    assert tekst(found) == ([
        f"content/vacatures/a.yaml:11: veld 'duur_maanden': {maanden.waarde} maanden is te lang. Bij de regeling "
        "'Amsterdam 2021-2023' duurt een buurtbaan hoogstens 24 maanden.\n    Tip: Maak de duur korter. Of kijk of "
        "je de goede regeling hebt gekozen."] if fout else [])


def test_without_a_known_regeling_the_duration_is_not_checked():
    geen = SimpleNamespace(get=lambda soort, id_: None)
    assert duur([item(regeling="weg", duur_maanden=Aantal(99))], geen) == []
    assert duur([item(regeling=None, duur_maanden=Aantal(99))], geen) == []


@pytest.mark.parametrize("nummer, plaatshouder", [
    ("06-12345678", True), ("0612345678", True), ("020 123 4567", True), ("06-12345687", False),
    ("06-28394751", False), ("0201234576", False),
])
def test_a_row_of_counting_digits_is_an_example_number(nummer, plaatshouder):
    assert is_plaatshouder_nummer(nummer) is plaatshouder


@pytest.mark.parametrize("voorbeeld, tekst_, gevonden", [
    (False, "Bel 06-28394751 of 06 28 39 47 52.", ["06-28394751", "06 28 39 47 52"]),
    (False, "Bel 06-12345678.", []),  # an example number in a real vacancy: the placeholder check says so
    (True, "Bel 06-12345678.", ["06-12345678"]),
    (None, "Bel 06-12345678.", ["06-12345678"]),
    (False, "Bel 020 555 0198.", []),
    (False, "", []),
])
def test_a_private_mobile_number_is_a_warning(voorbeeld, tekst_, gevonden):
    found = prive_nummers([item(voorbeeld=voorbeeld, solliciteren=tekst_)], Inhoud())
    assert [p.details["nummer"] for p in found] == gevonden
    assert all(not p.is_fout for p in found)
    if found:
        assert tekst(found)[0].startswith(
            f"content/vacatures/a.yaml:11: veld 'solliciteren': let op: '{gevonden[0]}' lijkt een mobiel nummer "
            "van één persoon.\n    Tip: Zet hier het e-mailadres of telefoonnummer van een team.")


@pytest.mark.parametrize("werkgever_voorbeeld, voorbeeld, fout", [
    (True, False, True), (True, True, False), (True, None, False), (False, False, False), (None, False, False),
])
def test_a_real_vacancy_never_names_a_made_up_employer(werkgever_voorbeeld, voorbeeld, fout):
    werkgever = SimpleNamespace(id="voorbeeldstichting", voorbeeld=werkgever_voorbeeld)
    inhoud = SimpleNamespace(get=lambda soort, id_: werkgever if (soort, id_) == ("organisatie", "vs") else None)
    found = verzonnen_werkgever([item(werkgever="vs", voorbeeld=voorbeeld), item("b", werkgever=None,
                                                                                 voorbeeld=False)], inhoud)
    assert tekst(found) == ([
        "content/vacatures/a.yaml:11: veld 'werkgever': 'voorbeeldstichting' is een verzonnen werkgever. Een echte "
        "vacature kan die niet hebben.\n    Tip: Kies de organisatie die de buurtbaner echt in dienst neemt. Is dit "
        "een voorbeeld? Zet dan 'voorbeeld: true'."] if fout else [])


def deel(gemeente):
    return {"gemeente": gemeente, "antwoord": "Ja."}


def test_each_gemeente_answers_once_per_question():
    # the check is made here, not at import: mutmut then sees which test runs its code
    gemeente_een_keer = een_keer_in("per_gemeente", "gemeente", "gemeente-dubbel")
    assert gemeente_een_keer.__name__ == "gemeente_een_keer"
    regels = {("per_gemeente", i, "gemeente"): 20 + i for i in range(5)}
    vraag = item(map_="bewoners/vragen", regels=regels,
                 per_gemeente=[deel("amsterdam"), None, deel(None), deel("amersfoort"), deel("amsterdam")])
    assert tekst(gemeente_een_keer([vraag], Inhoud())) == [
        "content/bewoners/vragen/a.yaml:24: veld 'per_gemeente > 5 > gemeente': de gemeente 'amsterdam' staat al "
        "eerder in deze lijst, op regel 20.\n    Tip: Schrijf alles over één gemeente in één antwoord. Haal deze "
        "weg, of kies de andere gemeente."]
    assert gemeente_een_keer([item(per_gemeente=[deel("amsterdam"), deel("amersfoort")])], Inhoud()) == []


@pytest.mark.parametrize("links, geldig, fout", [
    ({}, True, True), ({}, False, False), ({"regelingen": ["x"]}, True, False), ({"stations": ["x"]}, True, False),
    ({"paginas": ["vacatures"]}, True, False),
])
def test_every_resident_answer_links_somewhere(links, geldig, fout):
    vraag = item(map_="bewoners/vragen", **{"regelingen": [], "stations": [], "paginas": [], **links})
    vraag.geldig = geldig
    found = met_links([vraag], Inhoud())
    assert tekst(found) == ([
        "content/bewoners/vragen/a.yaml:11: veld 'antwoord': dit antwoord verwijst naar geen enkele pagina.\n"
        "    Tip: Zet erbij op welke pagina's het antwoord steunt: een regeling, een station of een pagina zoals de "
        "vacatures. Bijvoorbeeld:\n    regelingen: [amersfoort-kansrijk-liendert]\n    paginas: [vacatures]"]
        if fout else [])


def ervaring(**waarden):
    basis = {"titel": "Taken", "wat_gebeurde": "", "wat_hielp": None, "tip": "", "bron": None,
             "gedeeld_op": dt.date(2026, 5, 1), "over_eigen_leven": None, "toestemming": None}
    return item(map_="leren/ervaringen", **{**basis, **waarden})


@pytest.mark.parametrize("text, code, gevonden", [
    ("Mijn collega Fatima hielp.", "naam-in-ervaring", "Fatima"),
    ("De buurvrouw Els kwam.", "naam-in-ervaring", "Els"),
    ("mijn collega fatima hielp.", None, None),
    ("Mijn collega hielp.", None, None),
    ("Bel 020-1234567 of 06 2839 4751.", "telefoon-in-ervaring", "020-1234567"),
    ("Het nummer 12345678901 is een code.", None, None),
    ("Mail naar jan@voorbeeld.nl.", "email-in-ervaring", "jan@voorbeeld.nl"),
    ("We woonden op de Kinkerstraat 12a.", "adres-in-ervaring", "Kinkerstraat 12a"),
    ("Op huisnummer 4 was het feest.", "adres-in-ervaring", "huisnummer 4"),
    ("In de Kinkerstraat was het feest.", None, None),
])
def test_no_personal_data_in_an_experience(text, code, gevonden):
    found = persoonsgegevens([ervaring(wat_gebeurde=text)], Inhoud())
    if code is None:
        assert found == []
        return
    assert (found[0].code, found[0].details["gevonden"], found[0].veld) == (code, gevonden, ("wat_gebeurde",))


def test_every_text_field_of_an_experience_is_searched():
    found = persoonsgegevens([ervaring(titel="Mijn coach Anna", wat_hielp="Bel 06-28394751", tip="x@y.nl",
                                       wat_gebeurde=None)], Inhoud())
    assert sorted((p.veld[0], p.code) for p in found) == [
        ("tip", "email-in-ervaring"), ("titel", "naam-in-ervaring"), ("wat_hielp", "telefoon-in-ervaring")]


@pytest.mark.parametrize("eigen, toe, fout", [(True, None, True), (True, "ja", False), (False, None, False),
                                             (None, None, False)])
def test_an_experience_about_someones_own_life_needs_consent(eigen, toe, fout):
    found = toestemming([ervaring(over_eigen_leven=eigen, toestemming=toe)], Inhoud())
    assert [(p.code, p.veld, p.line) for p in found] == ([("toestemming-nodig", ("over_eigen_leven",), 11)]
                                                         if fout else [])


@pytest.mark.parametrize("bron, gedeeld, fout", [(None, None, True), ("Een bron", None, False),
                                                 (None, dt.date(2026, 1, 1), False), ("", None, True)])
def test_an_experience_names_a_source_or_the_day_it_was_shared(bron, gedeeld, fout):
    found = bron_of_datum([ervaring(bron=bron, gedeeld_op=gedeeld)], Inhoud())
    assert [(p.code, p.veld, p.line) for p in found] == ([("bron-of-datum", None, 10)] if fout else [])


def test_an_unanswered_question_says_whom_to_ask():
    vragen = [item("a", onbeantwoord=True, vraag_aan=[]), item("b", onbeantwoord=True, vraag_aan=["x"]),
              item("c", onbeantwoord=False, vraag_aan=[]), item("d", onbeantwoord=None, vraag_aan=[])]
    assert [(str(p.path), p.code, p.veld) for p in vraag_aan_bij_onbeantwoord(vragen, Inhoud())] == [
        ("content/vacatures/a.yaml", "onbeantwoord-zonder-vraag-aan", ("onbeantwoord",))]


def test_each_regeling_answers_once_per_question():
    regeling_een_keer = een_keer_in("per_regeling", "regeling", "regeling-dubbel")
    regels = {("per_regeling", i, "regeling"): 30 + i for i in range(4)}
    vraag = item(regels=regels, per_regeling=[{"regeling": "ams"}, None, {"regeling": "ams"}, {"regeling": "amf"}])
    found = regeling_een_keer([vraag], Inhoud())
    assert [(p.line, p.veld, p.details) for p in found] == [
        (32, ("per_regeling", 2, "regeling"), {"regeling": "ams", "eerder": 30})]


def test_two_questions_in_one_category_have_different_places():
    vragen = [item("0", categorie="geld", volgorde=None),  # first by file name: skipped, not the end
              item("c", categorie="geld", volgorde=2), item("a", categorie="geld", volgorde=2),
              item("b", categorie="werk", volgorde=2), item("d", categorie="geld", volgorde=None),
              item("e", categorie=None, volgorde=None), item("f", categorie=None, volgorde=None)]
    found = volgorde_per_categorie(vragen, Inhoud())
    assert tekst(found) == [
        "content/vacatures/c.yaml:11: veld 'volgorde': een andere vraag in de categorie 'geld' heeft ook volgorde 2: "
        "content/vacatures/a.yaml:11.\n    Tip: Geef elke vraag in een categorie een eigen volgorde (1, 2, 3 ...)."]


def test_one_inwerkplan_for_the_whole_protocol():
    fases = [item("c", inwerkplan={"x": 1}), item("a", inwerkplan={"x": 1}), item("b", inwerkplan=None),
             item("d", inwerkplan={"x": 1})]
    assert [(str(p.path), p.details) for p in een_inwerkplan(fases, Inhoud())] == [
        ("content/vacatures/c.yaml", {"ander": "content/vacatures/a.yaml:11"}),
        ("content/vacatures/d.yaml", {"ander": "content/vacatures/a.yaml:11"})]
    assert een_inwerkplan(fases[1:3], Inhoud()) == []


def test_an_empty_next_station_is_skipped_not_a_crash():
    from generator.soorten.spoorboekje.controles import _controleer_station

    station = item("taalles", map_="spoorboekje/stations", start=None, eind=None, soort="opleiding",
                   volgende=[None, {"naar": None}, {"naar": "taalles"}, {"naar": "werk"}, {"naar": "werk"}])
    assert [(p.code, p.veld) for p in _controleer_station(station)] == [
        ("volgende-zelf", ("volgende", 2, "naar")), ("volgende-dubbel", ("volgende", 4, "naar"))]
