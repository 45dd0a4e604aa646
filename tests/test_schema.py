"""The JSON Schemas for editors: up to date, and in agreement with the validator."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, ROOT, maak_fixture_project
from schemahulp import schema_fouten

from generator import schema as json_schema
from generator.cli import main
from generator.site import controleer, soorten


def test_committed_schemas_match_the_declarations():
    # A content file added by a pull request (from the form) only makes an id list one short:
    # that must not fail the editor's pull request (see the test below).
    stale = [] if json_schema.alleen_nieuwe_ids(ROOT, soorten()) else json_schema.verschillen(ROOT, soorten())
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


# (name, file in the fixture site, text to replace, replacement). Each changes the file in one way;
# most break it. The same files go through `buurtbanen controleer` and through check-jsonschema (an
# independent JSON Schema checker that reads YAML as the editor's tools do).
V = "vuistregels/volwaardige-collega.yaml"
R = "routekaart/het-eigen-plan.yaml"
B = "vacatures/buurtverbinder-west.yaml"
GEVALLEN = [
    ("keuze-typo", V, "groep: praktijk", "groep: praktijkk"),
    ("getal-als-woord", V, "nummer: 1", "nummer: een"),
    ("getal-te-klein", V, "nummer: 1", "nummer: 0"),
    ("getal-te-groot", "regelingen/amsterdam-2021-2023.yaml", "uren_per_week: 32", "uren_per_week: 41"),
    ("getal-met-komma", V, "nummer: 1", "nummer: 1.5"),
    ("veld-ontbreekt", V, "regel: Zie de buurtbaner als collega, niet als assistent.\n", ""),
    ("veld-verkeerd-gespeld", V, "titel:", "titl:"),
    ("veld-onbekend", V, "groep: praktijk", "groep: praktijk\nextra: iets"),
    ("veld-leeg", V, "titel: Een buurtbaner is een volwaardige collega", "titel:"),
    ("tekst-alleen-spaties", V, "titel: Een buurtbaner is een volwaardige collega", 'titel: "   "'),
    ("tekst-waar-lijst", V, "voor_wie: [werkgever, collega]", "voor_wie: werkgever"),
    ("lijst-te-kort", R, "  - Wat is lastig?\n", ""),
    ("lijst-waar-tekst", V, "regel: Zie de buurtbaner als collega, niet als assistent.",
     "regel:\n  - Zie de buurtbaner als collega, niet als assistent."),
    ("lijst-met-leeg-item", V, "zie_ook: [externe-coach]", "zie_ook: [externe-coach, '']"),
    ("getal-waar-tekst", R, "titel: Het eigen plan", "titel: 2024"),
    ("ja-waar-tekst", R, "titel: Het eigen plan", "titel: true"),
    ("ja-nee-als-woord", B, "voorbeeld: false", "voorbeeld: nee"),
    ("datum-andersom", V, "bijgewerkt: 2026-11-01", "bijgewerkt: 01-11-2026"),
    ("datum-bestaat-niet", V, "bijgewerkt: 2026-11-01", "bijgewerkt: 2026-02-30"),
    ("verwijzing-geen-bestandsnaam", V, "zie_ook: [externe-coach]", "zie_ook: [Externe Coach]"),
    ("verwijzing-bestaat-niet", V, "zie_ook: [externe-coach]", "zie_ook: [externe-coaches]"),
    ("verwijzing-naar-zichzelf-bestaat", B, "werkgever: wikistad", "werkgever: wiki-stad"),
    ("onderdeel-zonder-tip", R, "    tip: Kies eerst één project.\n", ""),
    ("onderdeel-als-tekst", R, "  - valkuil: Niemand kent je plan.\n    tip: Vertel het in het teamoverleg.\n",
     "  - Niemand kent je plan.\n"),
    ("keuze-in-lijst", V, "voor_wie: [werkgever, collega]", "voor_wie: [werkgever, coach]"),
    ("tab", V, "titel: Een", "titel:\tEen"),
    ("yaml-dubbele-punt", V, "regel: Zie de buurtbaner als collega, niet als assistent.",
     "regel: Let op: zie de buurtbaner als collega."),
    # Accepted by both: these read as what they say.
    ("datum-tussen-aanhalingstekens", V, "bijgewerkt: 2026-11-01", 'bijgewerkt: "2026-11-01"'),
    ("heel-getal-met-punt-nul", V, "nummer: 1", "nummer: 1.0"),
    ("optionele-tekst-leeg", B, "stadsdeel: West", 'stadsdeel: ""'),
    ("optionele-lijst-leeg", V, "zie_ook: [externe-coach]", "zie_ook: []"),
    # What one file cannot show: the check knows the other files, the schema does not.
    ("nummer-dubbel", V, "nummer: 1", "nummer: 2"),
    ("sluit-voor-geplaatst", B, "sluit: 2026-12-15", "sluit: 2026-10-15"),
    ("leeruren-meer-dan-uren", B, "leeruren_per_week: 8", "leeruren_per_week: 33"),
    # An explicitly empty optional field that is not text: the check takes it as left out.
    ("optionele-datum-leeg", V, "bijgewerkt: 2026-11-01", 'bijgewerkt: ""'),
    ("optionele-verwijzingen-leeg", V, "zie_ook: [externe-coach]", 'zie_ook: ""'),
]

# Every case where the two disagree, and why. The README lists the same ("Schema and check").
BEKEND = {
    "nummer-dubbel": "alleen controleer: een schema ziet één bestand, niet de nummers van de andere",
    "sluit-voor-geplaatst": "alleen controleer: een regel over twee velden samen",
    "leeruren-meer-dan-uren": "alleen controleer: een regel over twee velden samen",
    "optionele-datum-leeg": "alleen het schema: de controle leest \"\" als weggelaten",
    "optionele-verwijzingen-leeg": "alleen het schema: de controle leest \"\" als weggelaten",
}


def _afgewezen_door_schema(schemas: Path, per_soort: dict[str, list[Path]]) -> set[str]:
    """The files check-jsonschema rejects, with the schemas `buurtbanen schema` wrote (one run per type)."""
    afgewezen = set()
    for soort, paths in per_soort.items():
        result = subprocess.run(
            [str(Path(sys.executable).parent / "check-jsonschema"), "--output-format", "json",
             "--schemafile", str(schemas / f"{soort}.schema.json"), *map(str, paths)],
            capture_output=True, text=True)
        assert result.returncode in (0, 1), result.stdout + result.stderr
        report = json.loads(result.stdout)
        afgewezen |= {e["filename"] for e in report["errors"] + report["parse_errors"]}
    return afgewezen


def test_schema_and_check_reject_the_same_files_except_the_known_ones(tmp_path):
    basis = maak_fixture_project(tmp_path / "basis")
    assert main(["--map", str(basis), "schema"]) == 0
    check, per_soort, paths = set(), {}, {}
    for name, rel, old, new in GEVALLEN:
        project = tmp_path / name
        shutil.copytree(basis / "content", project / "content")
        path = paths[name] = project / "content" / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"case {name}: the fixture no longer has {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        soort = next(s.naam for s in soorten().values() if rel.startswith(s.map + "/"))
        per_soort.setdefault(soort, []).append(path)
        _, problems = controleer(project)
        if any(p.is_fout and str(p.path) == f"content/{rel}" for p in problems):
            check.add(name)
    schema = {name for name, path in paths.items() if str(path) in _afgewezen_door_schema(basis / "schemas", per_soort)}
    verschillen = {name: "alleen controleer" if name in check else "alleen het schema" for name in check ^ schema}
    print("\n".join(f"{naam}: {kant}" for naam, kant in verschillen.items()))
    assert verschillen == {naam: uitleg.split(":")[0] for naam, uitleg in BEKEND.items()}
    assert check & schema, "nothing rejected by both: the test cannot fail"


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


def test_a_new_content_file_only_makes_the_id_lists_short_and_fails_nothing(fixture_project, capsys):
    assert main(["--map", str(fixture_project), "schema"]) == 0
    assert json_schema.alleen_nieuwe_ids(fixture_project, soorten()) == []  # up to date
    # An editor adds a station through the form: the schemas do not list its id yet.
    station = next((fixture_project / "content/spoorboekje/stations").glob("*.yaml"))
    (station.parent / "nieuw-station.yaml").write_text(station.read_text(encoding="utf-8"), encoding="utf-8")
    assert json_schema.verschillen(fixture_project, soorten()) != []
    assert json_schema.alleen_nieuwe_ids(fixture_project, soorten()) == [
        "content/spoorboekje/stations/nieuw-station.yaml"]
    # A change to a declaration is never only new ids: a schema that says something else.
    path = fixture_project / "schemas/vuistregel.schema.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Bij welke groep', '"Bij welke'), encoding="utf-8")
    assert json_schema.alleen_nieuwe_ids(fixture_project, soorten()) == []
    assert main(["--map", str(fixture_project), "schema"]) == 0
    assert json_schema.alleen_nieuwe_ids(fixture_project, soorten()) == []
    assert json_schema.verschillen(fixture_project, soorten()) == []


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
