"""Every field kind, word for word: what it says about each of a row of values an editor might
write (at and around its limits), and how it explains itself to the JSON Schema, the form,
`buurtbanen nieuw` and the messages' examples.

The expected text is tests/fixtures/velden.txt. After an intended change, rewrite it with
`UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_velden.py` and read the diff: every line
there is something an editor reads. The declarations here are small and made up, so the file
does not change when a content type does.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.core.velden import (
    FoutInDeclaratie,
    Kader,
    Plek,
    Uitkomst,
    aantal,
    datum,
    getal,
    ja_nee,
    keuze,
    koppeling,
    lijst,
    markdown,
    onderdeel,
    tekst,
    verwijzing,
    voorbeeld_yaml,
)

GOUDEN = Path(__file__).parent / "fixtures" / "velden.txt"

ORGANISATIE = SimpleNamespace(naam="organisatie", map="organisaties", naamveld="naam")
KADER = Kader({"organisatie": ORGANISATIE}, {"organisatie": ["buurtwerk-noord", "wikistad"]})
ZONDER_INHOUD = Kader({"organisatie": ORGANISATIE})

def velden() -> list:
    """The declarations, made inside each test: mutmut counts only what a test itself calls."""
    return [
        tekst("titel", "De titel van de pagina.", voorbeeld="Een buurtbaan in Noord"),
        tekst("stadsdeel", "Het stadsdeel.", voorbeeld="West", verplicht=False),
        markdown("toelichting", "Wat je erover moet weten."),
        getal("uren_per_week", "Hoeveel uur per week?", voorbeeld=32, minimum=1, maximum=40),
        getal("nummer", "Het nummer in de lijst.", minimum=1, uniek=True),
        aantal("duur_maanden", "Hoe lang het duurt.", voorbeeld=24, minimum=1, maximum=36),
        aantal("leeftijd", "De leeftijd.", verplicht=False),
        datum("sluit", "De laatste dag om te solliciteren."),
        datum("bijgewerkt", "Wanneer het is aangepast.", verplicht=False),
        ja_nee("voorbeeld", "Is dit een voorbeeld?"),
        keuze("groep", "De groep.", ["doel", "praktijk", "brede-buurtaanpak"]),
        keuze("inkomen", "Waar je geld van komt.", {"loon": "Loon van je werkgever", "uitkering": "Een uitkering"},
              verplicht=False),
        verwijzing("werkgever", "De organisatie die de buurtbaner in dienst neemt.", "organisatie",
                   voorbeeld="wikistad"),
        lijst(tekst("vragen", "Vragen voor het gesprek.", voorbeeld="Wat past?"), min_aantal=2),
        lijst(keuze("voor_wie", "Voor wie dit is.", ["werkgever", "collega"]), verplicht=False),
        lijst(verwijzing("hulp", "Wie helpt.", "organisatie", voorbeeld="wikistad"), min_aantal=1),
        lijst(onderdeel("valkuilen", "Wat mis kan gaan, met een tip.", [
            tekst("valkuil", "Wat mis kan gaan.", voorbeeld="Niemand kent je plan."),
            tekst("tip", "Wat helpt.", voorbeeld="Vertel het in het teamoverleg."),
            getal("keer", "Hoe vaak.", verplicht=False, minimum=0),
        ]), min_aantal=1),
        koppeling("taken", "Wie wat doet.", ["buurtbaner", "werkgever"],
                  lijst(tekst("taak", "Een taak.", voorbeeld="Koffie zetten."), min_aantal=1)),
        datum("gedeeld_op", "De dag waarop je het deelde.", verplicht=False, vandaag=True),
        verwijzing("plek", "Waar het is.", "organisatie", voorbeeld="elders", verplicht=False),
        ja_nee("open", "Is het open?", voorbeeld=True),
        tekst("opmerking", "Een opmerking.", voorbeeld=None, verplicht=False),
        koppeling("contact", "Wie je belt, per rol.", ["externe-coach", "buurt_team"],
                  lijst(verwijzing("organisaties", "Organisaties.", "organisatie", voorbeeld="wikistad"))),
        onderdeel("werk", "Het werk.", [verwijzing("bij", "Bij wie.", "organisatie", voorbeeld="wikistad"),
                                        tekst("wat", "Wat je doet.", voorbeeld="Koken.")]),
        lijst(datum("dagen", "De dagen."), verplicht=False),
        lijst(tekst("stappen", "De stappen.", voorbeeld="Bellen.")),
        keuze("vorm", "De vorm.", ["kort", "lang"], voorbeeld=None, verplicht=False),
        lijst(tekst("notities", "Notities.", voorbeeld="Let op.", verplicht=False)),
        lijst(tekst("wensen", "Wensen.", voorbeeld="Rust."), min_aantal=1, verplicht=False),
        keuze("fase", "De fase.", ["start", "midden", "eind"], voorbeeld="midden"),
        lijst(tekst("tips", "Tips.", voorbeeld="Vraag het."), min_aantal=2, verplicht=False,
              voorbeeld=["Vraag het.", "Kijk rond."]),
        koppeling("hulp_per_rol", "Wie helpt wie.", ["buurtbaner"],
                  lijst(tekst("hulp", "Hulp.", voorbeeld="Een gesprek."), verplicht=False), verplicht=False),
        onderdeel("adres", "Waar het is.", [tekst("straat", "De straat.", voorbeeld="Dorpsstraat"),
                                            getal("nummer", "Het huisnummer.", voorbeeld=3)]),
    ]


WAARDEN = [
    None, "", "   ", True, False, 0, 1, 32, 36, 37, 40, 41, -1, 1.5, 32.0, "32", " 7 ", "tekst",
    "Let op: dit", "onbekend", "Schatting 12", "schatting 40", "schatting", dt.date(2026, 12, 15),
    "2026-12-15", "2026-02-30", "15-12-2026", "doel", "Doel", "praktijkk", "wikistad", "Wiki Stad",
    "wikistadd", "nergens", [], ["Wat past?"], ["Wat past?", "Wie helpt?"], ["Wat past?", ""], [["a"]],
    ["werkgever", "coach"], ["wikistad", "nergens"], {}, {"valkuil": "Te druk."},
    [{"valkuil": "Te druk.", "tip": "Plan rust in.", "keer": -1}], [{"valkuil": "Te druk."}], ["Te druk."],
    {"buurtbaner": ["Koffie zetten."], "werkgever": ["Inwerken."]}, {"buurtbaner": ["Koffie zetten."]},
    {"buurtbaner": [], "werkgever": "Inwerken.", "coach": ["Luisteren."]},
]


class Doc:
    """A content file as the checks see it; a value's line is 10 + its depth."""

    path = "content/proef/item.yaml"

    def line(self, path=()) -> int:
        return 10 + len(path)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _check(veld, value, in_lijst: bool = False) -> list[str]:
    uitkomst = Uitkomst()
    path = (veld.naam, 0) if in_lijst else (veld.naam,)
    result = veld.check(value, Plek(Doc(), path, uitkomst))
    regels = [f"  {value!r}{' (in een lijst)' if in_lijst else ''} -> {result!r}"]
    regels += ["    " + p.format().replace("\n", "\n    ") for p in uitkomst.problems]
    regels += [f"    verwijzing: {v.veld} -> {v.naar} '{v.id}'" for v in uitkomst.verwijzingen]
    return regels


def beschrijving(veld) -> str:
    """One field kind's every answer, as text."""
    regels = [f"== {type(veld).__name__} {veld.naam} (verplicht: {veld.verplicht})",
              f"toelichting: {veld.toelichting(KADER)}",
              f"toelichting voor het formulier: {veld.toelichting(KADER, yaml=False)}",
              f"json_schema: {_json(veld.json_schema(KADER))}",
              f"json_schema in een lijst: {_json(veld.json_schema(KADER, in_lijst=True))}",
              f"json_schema zonder inhoud: {_json(veld.json_schema(ZONDER_INHOUD))}",
              f"decap: {_json(veld.decap(KADER))}",
              f"voorbeeld_regels: {_json(veld.voorbeeld_regels())}",
              f"voorbeeld_yaml: {voorbeeld_yaml(veld)!r}",
              f"nieuw_voorbeeld: {veld.nieuw_voorbeeld(KADER)!r}",
              f"nieuw_voorbeeld naast 3 en 7: {veld.nieuw_voorbeeld(KADER, [3, True, 7, 'x'])!r}",
              f"nieuw_voorbeeld zonder inhoud: {veld.nieuw_voorbeeld(ZONDER_INHOUD)!r}",
              f"yaml_regels: {_json(veld.yaml_regels(veld.nieuw_voorbeeld(KADER), '  '))}",
              f"leeg: {veld.leeg()!r}"]
    for tekstje in ["32", "onbekend", "schatting 12", "ja", "nee", "true", "false", "yes", "no", "j", "n", " Ja ",
                    "NEE", "2026-12-15", "x", "a, b,,c"]:
        try:
            regels.append(f"lees_tekst({tekstje!r}): {veld.lees_tekst(tekstje)!r}")
        except (ValueError, NotImplementedError, TypeError) as e:
            regels.append(f"lees_tekst({tekstje!r}): {type(e).__name__}: {e}")
    regels.append("controle:")
    for value in WAARDEN:
        regels += _check(veld, value)
    regels += _check(veld, "", in_lijst=True)
    regels += _check(veld, 32, in_lijst=True)
    return "\n".join(regels) + "\n"


def test_every_field_kind_word_for_word():
    found = "\n".join(beschrijving(veld) for veld in velden())
    if os.environ.get("UPDATE_GOLDEN"):
        assert not os.environ.get("CI"), "UPDATE_GOLDEN rewrites what it checks: never in CI"
        GOUDEN.write_text(found, encoding="utf-8")
    assert found == GOUDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("maak, fout", [
    (lambda: getal("uren", "Uren.", minimum=2, maximum=1, voorbeeld=None),
     "GetalVeld 'uren': the minimum is above the maximum"),
    (lambda: aantal("duur", "Duur.", minimum=2, maximum=1, voorbeeld=2),
     "AantalVeld 'duur': the minimum is above the maximum; the example 2 fails the field's own check (te-groot)"),
    (lambda: tekst("Titel", "De titel."), "TekstVeld 'Titel': the name must be lower case letters, digits, _ and -"),
    (lambda: tekst("titel", "De titel"),
     "TekstVeld 'titel': the explanation must be a sentence ending in '.' or '?'"),
    (lambda: tekst("titel", "   "), "TekstVeld 'titel': the explanation must be a sentence ending in '.' or '?'"),
    (lambda: getal("uren", "Uren.", voorbeeld=0, minimum=1),
     "GetalVeld 'uren': the example 0 fails the field's own check (te-klein)"),
    (lambda: aantal("duur", "Duur.", voorbeeld="veel"),
     "AantalVeld 'duur': the example 'veel' fails the field's own check (geen-aantal)"),
    (lambda: keuze("groep", "De groep.", []), "KeuzeVeld 'groep': a choice needs at least one option"),
    (lambda: onderdeel("deel", "Een deel.", []), "OnderdeelVeld 'deel': a part needs at least one field"),
    (lambda: onderdeel("deel", "Een deel.", [tekst("a", "A."), tekst("a", "B.")]),
     "OnderdeelVeld 'deel': two fields of the part share a name"),
    (lambda: lijst(lijst(tekst("x", "X."))), "LijstVeld 'x': a list of lists is not supported"),
    (lambda: onderdeel("deel", "Een deel.", [tekst("a", "A."), tekst("a", "A.")]), None),
    (lambda: verwijzing("werkgever", "De werkgever.", "Organisatie"),
     "VerwijzingVeld 'werkgever': 'naar' must name a content type, not 'Organisatie'"),
    (lambda: lijst(tekst("x", "X."), min_aantal=-1), "LijstVeld 'x': min_aantal must be 0 or more"),
])
def test_a_declaration_that_cannot_work_fails_at_once(maak, fout):
    with pytest.raises(FoutInDeclaratie) as info:
        maak()
    if fout is not None:
        assert str(info.value) == fout


@pytest.mark.parametrize("maak", [
    lambda: getal("uren", "Uren.", minimum=1, maximum=1),  # one allowed value is a choice, but allowed
    lambda: aantal("duur", "Duur?", minimum=3, maximum=3, voorbeeld=3),
    lambda: getal("uren", "Uren.", minimum=5, voorbeeld=5),
    lambda: lijst(tekst("x", "X."), min_aantal=0),
    lambda: aantal("duur", "Duur.", maximum=0, voorbeeld=0),
    lambda: tekst("a-b_c1", "Een naam met streepjes?"),
])
def test_a_declaration_at_its_limits_is_accepted(maak):
    maak()


def test_builders_give_their_examples():
    assert getal("n", "N.").voorbeeld == 1
    assert aantal("n", "N.").voorbeeld == 1
    assert aantal("n", "N.", voorbeeld=24).voorbeeld == 24
    assert datum("d", "D.").voorbeeld == dt.date(2026, 1, 31)
    assert ja_nee("j", "J.").voorbeeld is False
    assert tekst("t", "T.").voorbeeld == "..."
    assert keuze("k", "K.", ["b", "a"]).voorbeeld == "b"
    assert keuze("k", "K.", ["b", "a"], voorbeeld="a").voorbeeld == "a"
    assert lijst(tekst("t", "T.", verplicht=False)).verplicht is False
    assert lijst(tekst("t", "T.", verplicht=False), verplicht=True).verplicht is True


@pytest.mark.parametrize("aantal_ids, getoond", [
    (0, ""),
    (8, " (org-1, org-2, org-3, org-4, org-5, org-6, org-7, org-8)"),
    (9, " (org-1, org-2, org-3, org-4, org-5, org-6, org-7, org-8, ...)"),
])
def test_a_reference_shows_at_most_eight_ids(aantal_ids, getoond):
    kader = Kader({"organisatie": ORGANISATIE}, {"organisatie": [f"org-{i}" for i in range(1, aantal_ids + 1)]})
    veld = verwijzing("werkgever", "De werkgever.", "organisatie")
    assert veld.vorm(kader) == f" Schrijf de naam van een bestand in content/organisaties/, zonder .yaml{getoond}."


def test_more_builders_give_their_examples():
    assert markdown("m", "M.").voorbeeld == "..."
    assert verwijzing("v", "V.", "organisatie").voorbeeld == "..."
    with pytest.raises(FoutInDeclaratie) as info:
        koppeling("taken", "Wie wat doet.", [], lijst(tekst("taak", "Een taak.")))
    assert str(info.value) == "KoppelingVeld 'taken': a koppeling needs at least one key"


def test_a_group_of_fields_on_its_own_in_the_form_and_in_messages():
    deel = onderdeel("adres", "Waar het is.", [tekst("straat", "De straat.", voorbeeld="Dorpsstraat"),
                                                getal("nummer", "Het huisnummer.", voorbeeld=3)])
    assert deel.decap_widget(KADER) == {"widget": "object", "fields": [
        {"name": "straat", "label": "Straat", "hint": "De straat.", "required": True, "widget": "string"},
        {"name": "nummer", "label": "Nummer", "hint": "Het huisnummer.", "required": True, "widget": "number",
         "value_type": "int", "step": 1}]}
    taken = koppeling("taken", "Wie wat doet.", ["buurtbaner", "werkgever"], lijst(tekst("taak", "Een taak.")))
    assert taken.voorbeeld_regels() == ["taken:", "  buurtbaner:", "    - ..."]


def test_a_whole_file_in_the_schema_and_the_frame_of_loaded_content():
    from generator.core.velden import json_object

    velden_ = [tekst("titel", "De titel."), getal("nummer", "Het nummer.", verplicht=False)]
    assert json_object(velden_, KADER) == {
        "type": "object", "additionalProperties": False, "required": ["titel"],
        "properties": {v.naam: v.json_schema(KADER) for v in velden_}}
    assert json_object([getal("nummer", "Het nummer.", verplicht=False)], KADER)["required"] == []
    inhoud = SimpleNamespace(soorten={"organisatie": ORGANISATIE},
                             items={"organisatie": {"wikistad": 1, "buurtwerk-noord": 2}})
    kader = Kader.van(inhoud)
    assert kader.ids == {"organisatie": ["buurtwerk-noord", "wikistad"]} and kader.map("organisatie") == "organisaties"
    assert Kader().bestaande("organisatie") == [] and Kader(ids={}).bestaande("organisatie") == []
    assert hash(keuze("k", "K.", ["a", "b"])) == hash(keuze("k", "K.", ["a", "b"]))


def test_buurtbanen_nieuw_writes_values_as_yaml():
    assert ja_nee("voorbeeld", "V?").yaml_regels(True) == ["voorbeeld: true"]
    assert ja_nee("voorbeeld", "V?").yaml_regels(False, "  ") == ["  voorbeeld: false"]
    assert tekst("titel", "T.").yaml_regels("Café: één") == ['titel: "Café: één"']
    assert tekst("titel", "T.").yaml_regels('Een "x"', naam="kop") == ['kop: "Een \\"x\\""']
    assert getal("n", "N.").yaml_regels(3) == ["n: 3"]
    assert datum("d", "D.").yaml_regels(dt.date(2026, 1, 2)) == ["d: 2026-01-02"]
    assert markdown("m", "M.").yaml_regels("een\ntwee", "  ") == ["  m: |", "    een", "    twee"]
    assert markdown("m", "M.").yaml_regels("") == ["m: |", "  "]
    assert markdown("m", "M.").yaml_regels(3, "  ", naam="x") == ["  x: 3"]


def test_today_as_a_default_and_a_lists_example_text():
    assert datum("d", "D.", vandaag=True).standaard(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    assert datum("d", "D.").standaard(dt.date(2026, 1, 2)) is None
    assert lijst(tekst("t", "T.", voorbeeld="a")).voorbeeld_tekst() == "a"
    assert lijst(tekst("t", "T.", voorbeeld="a"), voorbeeld=["x", "y"]).voorbeeld_tekst() is None
