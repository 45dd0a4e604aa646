"""`buurtbanen controleer --github`: every problem also as a GitHub annotation, word for word."""

from generator.cli import main

GOED = """nummer: 1
titel: Een buurtbaner is een volwaardige collega
groep: praktijk
regel: Zie de buurtbaner als collega, niet als assistent.
toelichting: |
  Een buurtbaner doet echt werk.
voor_wie: [werkgever, collega]
gespreksvragen:
  - Welke taken passen bij de buurtbaner?
  - Wie is het vaste aanspreekpunt?
bron: "Evaluatie Buurtbaan (2024), §2.2"
"""


def _write(root, name, text):
    path = root / "content/vuistregels" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_broken_file_gives_error_lines_on_the_right_lines(tmp_path, capsys):
    _write(tmp_path, "collega.yaml", GOED.replace("groep: praktijk", "groep: 100% praktijk")
           .replace("regel: Zie de buurtbaner als collega, niet als assistent.\n", ""))
    assert main(["--map", str(tmp_path), "controleer", "--github"]) == 1
    assert capsys.readouterr().out == """\
content/vuistregels/collega.yaml:1: veld 'regel': dit veld ontbreekt.
    Tip: Voeg het toe, bijvoorbeeld:
        regel: Zie de buurtbaner als collega, niet als assistent.
::error file=content/vuistregels/collega.yaml,line=1::veld 'regel': dit veld ontbreekt.%0ATip: Voeg het toe, bijvoorbeeld:%0A    regel: Zie de buurtbaner als collega, niet als assistent.
content/vuistregels/collega.yaml:3: veld 'groep': '100% praktijk' kan hier niet.
    Tip: Kies uit: doel, praktijk, facilitering, doorontwikkeling, brede-buurtaanpak. Bedoel je 'praktijk'?
::error file=content/vuistregels/collega.yaml,line=3::veld 'groep': '100%25 praktijk' kan hier niet.%0ATip: Kies uit: doel, praktijk, facilitering, doorontwikkeling, brede-buurtaanpak. Bedoel je 'praktijk'?

2 fouten in 1 bestand. Pas de fouten aan en controleer opnieuw.
"""


def test_file_name_is_escaped_as_a_property(tmp_path, capsys):
    _write(tmp_path, "a,b.yaml", GOED)
    assert main(["--map", str(tmp_path), "controleer", "--ci"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == ("::error file=content/vuistregels/a%2Cb.yaml,line=1::de naam van het bestand mag "
                        "alleen kleine letters, cijfers en streepjes (-) hebben.%0ATip: Noem het bestand 'a-b.yaml'.")


def test_good_content_prints_no_annotations(tmp_path, capsys):
    _write(tmp_path, "collega.yaml", GOED)
    assert main(["--map", str(tmp_path), "controleer", "--github"]) == 0
    assert capsys.readouterr().out == "Alles in orde: 1 bestand gecontroleerd.\n"


def test_without_the_flag_there_are_no_annotations(tmp_path, capsys):
    _write(tmp_path, "collega.yaml", GOED.replace("groep: praktijk", "groep: praktijkk"))
    assert main(["--map", str(tmp_path), "controleer"]) == 1
    assert "::error" not in capsys.readouterr().out
