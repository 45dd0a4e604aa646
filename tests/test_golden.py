"""Golden files: the Markdown the generator writes for the fixture content, byte for byte.

After an intended change of a template, refresh them with `UPDATE_GOLDEN=1 make test` and read
the diff before committing it.
"""

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE

from generator.site import controleer, genereer

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def uitvoer():
    inhoud, problems = controleer(FIXTURE_SITE)
    assert problems == []
    return {o.pad: o.inhoud for o in genereer(inhoud, dt.date(2026, 11, 23))}


@pytest.mark.parametrize("pad", CASES)
def test_golden(pad, uitvoer):
    if os.environ.get("UPDATE_GOLDEN"):
        assert not os.environ.get("CI"), "UPDATE_GOLDEN rewrites what it checks: never in CI"
        (GOLDEN / pad).write_text(uitvoer[pad], encoding="utf-8")
    assert uitvoer[pad] == (GOLDEN / pad).read_text(encoding="utf-8")


def test_every_content_type_has_a_golden_item_page(uitvoer):
    from generator.site import soorten
    inhoud, _ = controleer(FIXTURE_SITE)
    for soort in soorten():
        items = inhoud.alle(soort)
        assert items, f"the fixture site has no {soort}"
        assert any(item.pagina in CASES for item in items), f"no golden page for a {soort}"
