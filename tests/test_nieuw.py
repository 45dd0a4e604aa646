"""`buurtbanen nieuw`: every content type gets a new file that validates at once."""

import pytest
from schemahulp import schema_fouten

from generator import nieuw
from generator.cli import main
from generator.site import soorten


@pytest.mark.parametrize("soort", sorted(soorten()))
def test_new_file_of_every_type_validates(soort, fixture_project, capsys):
    before = set((fixture_project / "content").rglob("*.yaml"))
    assert main(["--map", str(fixture_project), "nieuw", soort, "--geen-vragen",
                 "--datum", "2026-11-23"]) == 0, capsys.readouterr().out
    assert main(["--map", str(fixture_project), "controleer"]) == 0, capsys.readouterr().out
    (new,) = set((fixture_project / "content").rglob("*.yaml")) - before
    # The editor's VS Code sees the same file through the JSON Schema: it must agree.
    assert schema_fouten(soort, new.read_text(encoding="utf-8"), new.name) == []


def test_flags_fill_fields_and_name_the_file(fixture_project, capsys):
    assert main(["--map", str(fixture_project), "nieuw", "vuistregel", "--veld", "titel=Luister eerst",
                 "--veld", "voor_wie=buurtbaner,collega"]) == 0
    text = (fixture_project / "content/vuistregels/luister-eerst.yaml").read_text()
    assert 'titel: "Luister eerst"\n' in text
    assert 'voor_wie:\n  - "buurtbaner"\n  - "collega"\n' in text
    assert "nummer: 3\n" in text  # the next free number
    assert "# Het nummer van de vuistregel. Elk nummer komt één keer voor. Alleen cijfers.\n" in text


def test_an_existing_file_is_never_overwritten(fixture_project, capsys):
    path = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    before = path.read_text()
    assert main(["--map", str(fixture_project), "nieuw", "vuistregel", "--naam", "volwaardige-collega",
                 "--geen-vragen"]) == 1
    assert "content/vuistregels/volwaardige-collega.yaml bestaat al." in capsys.readouterr().out
    assert path.read_text() == before


def test_unknown_type_and_field_get_a_dutch_answer(fixture_project, capsys):
    assert main(["--map", str(fixture_project), "nieuw", "vacaturee"]) == 1
    assert capsys.readouterr().out.startswith("De soort 'vacaturee' kennen we niet. Kies uit: ")
    assert main(["--map", str(fixture_project), "nieuw", "vuistregel", "--veld", "titl=x"]) == 1
    assert capsys.readouterr().out.startswith("Het veld 'titl' hoort niet bij een vuistregel.")


def test_questions_show_the_example_they_keep_and_ask_again_after_a_wrong_one(capsys):
    soort = soorten()["vuistregel"]
    answers = iter(["twaalf", "0", "12", "Luister eerst", "praktijkk", "praktijk", ""])
    prompts = []

    def ask(prompt):
        prompts.append(prompt)
        return next(answers)
    waarden = nieuw.vragen(soort, ask, {"nummer": 3, "titel": "Een titel", "groep": "doel", "regel": "Een regel."})
    assert waarden == {"nummer": 12, "titel": "Luister eerst", "groep": "praktijk"}
    assert prompts[0] == ("nummer: Het nummer van de vuistregel. Elk nummer komt één keer voor. Alleen cijfers.\n"
                          "  Enter houdt: 3\n> ")
    assert prompts[-1] == "regel: De vuistregel in één korte zin.\n  Enter houdt: Een regel.\n> "
    out = capsys.readouterr().out
    assert "Dat klopt niet. Probeer het nog eens" in out
    assert "0 is te weinig. Het moet minstens 1 zijn. Kijk of het getal klopt.\n" in out
    assert ("'praktijkk' kan hier niet. Kies uit: doel, praktijk, facilitering, doorontwikkeling, "
            "brede-buurtaanpak. Bedoel je 'praktijk'?\n") in out


def test_enter_only_gives_an_example_vacancy_not_a_real_one(fixture_project, capsys, monkeypatch):
    """Pressing Enter at every question keeps every example: the file says `voorbeeld: true`, so it
    never shows as a real vacancy (no JobPosting, a visible 'Voorbeeld' label)."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "")
    assert main(["--map", str(fixture_project), "nieuw", "vacature", "--datum", "2027-02-01"]) == 0
    out = capsys.readouterr().out
    asked = [p.split(":")[0] for p in prompts]
    assert asked == ["titel", "gemeente", "buurt", "soort_werk", "uren_per_week", "leeruren_per_week",
                     "duur_maanden", "geplaatst", "sluit", "samenvatting", "voorbeeld"]
    assert all("\n  Enter houdt: " in p for p in prompts)
    assert "Enter houdt: ja (true)" in prompts[-1]
    path = fixture_project / out.split("Gemaakt: ")[1].split("\n")[0]
    assert "\nvoorbeeld: true\n" in path.read_text(encoding="utf-8"), out


def test_new_vacancy_from_flags_takes_its_dates_from_the_given_day(fixture_project, capsys):
    assert main(["--map", str(fixture_project), "nieuw", "vacature", "--veld", "titel=Buurtkok in Noord",
                 "--veld", "werkgever=wikistad", "--veld", "stadsdeel=Noord",
                 "--veld", "taken=Je kookt met buren.,Je doet de inkoop.",
                 # a real vacancy (voorbeeld: false) must not keep the example texts
                 "--veld", "samenvatting=Je kookt voor en met buren.", "--veld", "profiel=Je kookt graag.",
                 "--veld", "wij_bieden=Een eigen coach.", "--veld", "solliciteren=Mail het team van de keuken.",
                 "--veld", "bron=Evaluatie Buurtbaan (2024), §1.4", "--veld", "voorbeeld=nee",
                 "--datum", "2027-02-01"]) == 0
    text = (fixture_project / "content/vacatures/buurtkok-in-noord.yaml").read_text()
    assert "geplaatst: 2027-02-01\n" in text
    assert "sluit: 2027-03-01\n" in text  # open for four weeks
    assert 'stadsdeel: "Noord"\n' in text
    assert 'taken:\n  - "Je kookt met buren."\n  - "Je doet de inkoop."\n' in text
    assert "voorbeeld: false\n" in text
    assert "# salaris_per_maand: 2500\n" in text  # optional fields stay comments
    assert "# De laatste dag waarop je kunt solliciteren. Daarna verdwijnt de vacature uit de lijst." in text
    capsys.readouterr()
    assert main(["--map", str(fixture_project), "controleer"]) == 0
    files = len(list((fixture_project / "content").rglob("*.yaml")))
    assert capsys.readouterr().out == f"Alles in orde: {files} bestanden gecontroleerd.\n"  # no warnings either


def test_a_new_vacancy_with_only_examples_is_not_a_real_vacancy(fixture_project, capsys):
    """Issue 12: a vacancy made real (voorbeeld: false) that keeps the examples never goes live."""
    assert main(["--map", str(fixture_project), "nieuw", "vacature", "--geen-vragen",
                 "--veld", "voorbeeld=nee", "--datum", "2026-11-23"]) == 1
    out = capsys.readouterr().out
    assert "veld 'solliciteren': dit is nog de voorbeeldtekst van 'buurtbanen nieuw'.\n" \
           "    Tip: Vervang het voorbeeld door je eigen tekst. Wat hier hoort: Hoe je solliciteert: " \
           "het e-mailadres of telefoonnummer van een team, nooit van één persoon. Is dit geen echte " \
           "vacature? Zet dan voorbeeld: true.\n" in out
    assert main(["--map", str(fixture_project), "controleer"]) == 1


def test_a_new_experience_is_shared_on_the_given_day(fixture_project, capsys):
    assert main(["--map", str(fixture_project), "nieuw", "ervaring", "--geen-vragen", "--veld", "titel=Alleen",
                 "--datum", "2026-11-23"]) == 0, capsys.readouterr().out
    text = (fixture_project / "content/leren/ervaringen/alleen.yaml").read_text(encoding="utf-8")
    assert "\ngedeeld_op: 2026-11-23\n" in text
