"""The command line speaks Dutch: --help and its own mistakes (issue 12)."""

import pytest

from generator.cli import main


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Gebruik: buurtbanen [-h] [--map MAP] opdracht ...\n")
    assert "\nopties:\n  -h, --help  toon deze hulp en stop\n" in out
    assert "usage" not in out and "show this help" not in out and "arguments" not in out


def test_help_of_bekijk_says_how_to_change_the_port(capsys):
    with pytest.raises(SystemExit):
        main(["bekijk", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--adres ADRES adres en poort (standaard 127.0.0.1:8000); een andere poort: 127.0.0.1:8001" in out


def test_a_mistake_on_the_command_line_is_said_in_dutch(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["bouww"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "buurtbanen: fout: opdracht: 'bouww' kennen we niet. Kies uit: 'controleer', 'bouw', " in err
    with pytest.raises(SystemExit):
        main(["nieuw"])
    assert capsys.readouterr().err.endswith("buurtbanen nieuw: fout: dit ontbreekt nog: soort.\n")
