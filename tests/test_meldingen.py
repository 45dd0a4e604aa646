"""Every message an editor sees, word for word.

One file per case in tests/meldingen/: the content files it writes, and the exact output and
exit code of `buurtbanen controleer` (on the case's `datum`, when it gives one).
"""

from pathlib import Path

import pytest
import yaml

from generator.cli import main

CASES = sorted((Path(__file__).parent / "meldingen").glob("*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_message(case, tmp_path, capsys):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    for name, text in spec["bestanden"].items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    datum = ["--datum", str(spec["datum"])] if "datum" in spec else []
    code = main(["--map", str(tmp_path), "controleer", *datum])
    assert capsys.readouterr().out == spec["uitvoer"]
    assert code == spec.get("code", 1)
