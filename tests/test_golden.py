"""Golden files: every file the generator writes for the fixture content, byte for byte.

Every output has a golden file: a new page, feed or data file fails until it has one. After an
intended change, refresh them all with `UPDATE_GOLDEN=1 make test` (it also writes the missing
ones and removes those of outputs that are gone) and read the diff before committing it. CI
refuses the flag, so a golden file is never rewritten where it is checked.
"""

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE
from hulp import pagina_inhoud

from generator.site import soorten

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))


@pytest.fixture(scope="module")
def uitvoer():
    found = pagina_inhoud(FIXTURE_SITE, dt.date(2026, 11, 23))
    if UPDATE:
        assert not os.environ.get("CI"), "UPDATE_GOLDEN rewrites what it checks: never in CI"
        for path, text in found.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_text(text, encoding="utf-8")
        for path in set(CASES) - set(found):
            (GOLDEN / path).unlink()
    return found


def test_every_output_has_a_golden_file_and_every_golden_file_an_output(uitvoer):
    hint = "Maak ze met UPDATE_GOLDEN=1 make test en lees de verschillen na."
    assert sorted(set(uitvoer) - set(CASES)) == [], hint
    assert sorted(set(CASES) - set(uitvoer)) == [], hint


@pytest.mark.parametrize("path", CASES)
def test_golden(path, uitvoer):
    assert path in uitvoer, "this output is gone: remove its golden file"
    assert uitvoer[path] == (GOLDEN / path).read_text(encoding="utf-8")


def test_every_content_type_has_items_in_the_fixture_site(uitvoer):
    for soort in soorten().values():
        assert any(path.startswith(soort.map + "/") and not path.endswith("/index.md")
                   for path in uitvoer), f"the fixture site has no {soort.naam}"
