"""The JSON Schemas for editors: up to date, and in agreement with the validator."""

import pytest
from conftest import FIXTURE_SITE, ROOT
from schemahulp import schema_fouten

from generator import schema as json_schema
from generator.site import controleer, soorten


def test_committed_schemas_match_the_declarations():
    stale = json_schema.verschillen(ROOT, soorten())
    assert stale == [], (
        f"These files differ from the field declarations: {', '.join(stale)}. "
        "Run `.venv/bin/buurtbanen schema` and commit the result.")


def _content_files(root):
    for soort in soorten().values():
        for path in sorted((root / "content" / soort.map).glob("*.y*ml")):
            yield soort.naam, path


REAL = list(_content_files(ROOT))
KADER = json_schema.kader(ROOT, soorten())


@pytest.mark.parametrize("soort,path", REAL, ids=[p.relative_to(ROOT).as_posix() for _, p in REAL])
def test_every_real_content_file_validates_against_its_schema(soort, path):
    assert schema_fouten(soort, path.read_text(encoding="utf-8"), path.name) == []


def test_every_type_has_real_content_to_check():
    assert {soort for soort, _ in REAL} == set(soorten())


def test_fixture_files_validate_against_their_schema():
    for soort, path in _content_files(FIXTURE_SITE):
        assert schema_fouten(soort, path.read_text(encoding="utf-8"), path.name) == [], path


# (name, file in the fixture site, text to replace, replacement). Each breaks the file in one way.
BROKEN = [
    ("keuze-typo", "vuistregels/volwaardige-collega.yaml", "groep: praktijk", "groep: praktijkk"),
    ("getal-als-woord", "vuistregels/volwaardige-collega.yaml", "nummer: 1", "nummer: een"),
    ("getal-te-klein", "vuistregels/volwaardige-collega.yaml", "nummer: 1", "nummer: 0"),
    ("getal-te-groot", "regelingen/amsterdam-2021-2023.yaml", "uren_per_week: 32", "uren_per_week: 41"),
    ("veld-ontbreekt", "vuistregels/volwaardige-collega.yaml",
     "regel: Zie de buurtbaner als collega, niet als assistent.\n", ""),
    ("veld-verkeerd-gespeld", "vuistregels/volwaardige-collega.yaml", "titel:", "titl:"),
    ("veld-leeg", "vuistregels/volwaardige-collega.yaml",
     "titel: Een buurtbaner is een volwaardige collega", "titel:"),
    ("tekst-waar-lijst", "vuistregels/volwaardige-collega.yaml", "voor_wie: [werkgever, collega]",
     "voor_wie: werkgever"),
    ("lijst-te-kort", "routekaart/het-eigen-plan.yaml", "  - Wat is lastig?\n", ""),
    ("lijst-waar-tekst", "vuistregels/volwaardige-collega.yaml",
     "regel: Zie de buurtbaner als collega, niet als assistent.",
     "regel:\n  - Zie de buurtbaner als collega, niet als assistent."),
    ("getal-waar-tekst", "routekaart/het-eigen-plan.yaml", "titel: Het eigen plan", "titel: 2024"),
    ("ja-waar-tekst", "routekaart/het-eigen-plan.yaml", "titel: Het eigen plan", "titel: true"),
    ("datum-andersom", "vuistregels/volwaardige-collega.yaml", "bijgewerkt: 2026-11-01",
     "bijgewerkt: 01-11-2026"),
    ("verwijzing-geen-bestandsnaam", "vuistregels/volwaardige-collega.yaml", "zie_ook: [externe-coach]",
     "zie_ook: [Externe Coach]"),
    ("onderdeel-zonder-tip", "routekaart/het-eigen-plan.yaml", "    tip: Kies eerst één project.\n", ""),
    ("onderdeel-als-tekst", "routekaart/het-eigen-plan.yaml",
     "  - valkuil: Niemand kent je plan.\n    tip: Vertel het in het teamoverleg.\n",
     "  - Niemand kent je plan.\n"),
    ("keuze-in-lijst", "vuistregels/volwaardige-collega.yaml", "voor_wie: [werkgever, collega]",
     "voor_wie: [werkgever, coach]"),
]


@pytest.mark.parametrize("name,rel,old,new", BROKEN, ids=[b[0] for b in BROKEN])
def test_schema_and_validator_both_reject_a_broken_file(name, rel, old, new, fixture_project):
    path = fixture_project / "content" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"case {name}: the fixture no longer has {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

    soort = next(s.naam for s in soorten().values() if rel.startswith(s.map + "/"))
    assert schema_fouten(soort, path.read_text(encoding="utf-8"), path.name), f"the schema accepts {name}"
    _, problems = controleer(fixture_project)
    assert [p for p in problems if p.is_fout and str(p.path) == f"content/{rel}"], \
        f"the validator accepts {name}"


def test_the_unbroken_fixture_is_accepted_by_both(fixture_project):
    _, problems = controleer(fixture_project)
    assert problems == []
    for soort, path in _content_files(fixture_project):
        assert schema_fouten(soort, path.read_text(encoding="utf-8"), path.name) == []


def test_descriptions_are_dutch_and_present_for_every_field():
    def walk(node, where):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("description"), f"{where}.{name} has no description"
                walk(prop, f"{where}.{name}")
            if isinstance(node.get("items"), dict):
                walk(node["items"], where + "[]")
    for soort in soorten().values():
        walk(json_schema.schema(soort, KADER), soort.naam)


def test_schema_of_a_choice_lists_the_allowed_values():
    groep = json_schema.schema(soorten()["vuistregel"], KADER)["properties"]["groep"]
    assert groep["enum"] == ["doel", "praktijk", "facilitering", "doorontwikkeling", "brede-buurtaanpak"]
    assert groep["description"] == ("Bij welke groep de vuistregel hoort. Kies uit: doel, praktijk, "
                                    "facilitering, doorontwikkeling, brede-buurtaanpak.")


def test_schema_command_checks_and_writes(fixture_project, capsys):
    from generator.cli import main
    assert main(["--map", str(fixture_project), "schema", "--controleer"]) == 1
    out = capsys.readouterr().out
    assert out.endswith("Maak de bestanden opnieuw met: buurtbanen schema\n")
    assert main(["--map", str(fixture_project), "schema"]) == 0
    assert (fixture_project / "schemas/vuistregel.schema.json").is_file()
    assert '"./schemas/vuistregel.schema.json"' in (fixture_project / ".vscode/settings.json").read_text()
    (fixture_project / "schemas/oud.schema.json").write_text("{}")
    assert main(["--map", str(fixture_project), "schema", "--controleer"]) == 1
    assert "schemas/oud.schema.json klopt niet meer met de velden." in capsys.readouterr().out
    assert main(["--map", str(fixture_project), "schema"]) == 0
    assert not (fixture_project / "schemas/oud.schema.json").exists()
    assert main(["--map", str(fixture_project), "schema", "--controleer"]) == 0


def test_vs_code_gets_the_validators_dutch_messages():
    props = json_schema.schema(soorten()["vuistregel"], KADER)["properties"]
    assert props["groep"]["errorMessage"] == (
        "Dit kan hier niet. Kies uit: doel, praktijk, facilitering, doorontwikkeling, brede-buurtaanpak.")
    assert props["nummer"]["errorMessage"] == (
        "Hier hoort een heel getal. Schrijf alleen cijfers, zonder woorden of punt. Bijvoorbeeld: nummer: 1")
    assert props["bijgewerkt"]["patternErrorMessage"] == (
        "Dit is geen datum. Schrijf de datum als jaar-maand-dag, bijvoorbeeld: bijgewerkt: 2026-12-31")
    assert props["zie_ook"]["items"]["errorMessage"] == (
        "Er is geen bestand met deze naam in content/vuistregels/. Schrijf de naam van een bestand dat er is: "
        "kleine letters, cijfers en streepjes (-), zonder .yaml.")
