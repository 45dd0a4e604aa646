"""The guide's screenshots, made from the real site (issue 12).

`make beelden` runs this file with BUURTBANEN_BEELDEN=docs/bijdragen/beelden, so the pictures on
the Bijdragen pages are made by these tests, never committed, and cannot go stale unseen. In the
normal test run they go to a temporary folder; the test still fails when a picture no longer
shows what the guide says it shows.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from test_bekijk import bekijk
from test_browser_formulier import _open, admin_url  # noqa: F401 - admin_url is a fixture

MARKEER = "outline: 4px solid #c00000; outline-offset: 4px;"  # what the reader should look at


@pytest.fixture
def beelden(tmp_path) -> Path:
    folder = Path(os.environ.get("BUURTBANEN_BEELDEN") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _bewaar(locator_or_page, path: Path, **kw) -> None:
    locator_or_page.screenshot(path=str(path), **kw)
    assert path.stat().st_size > 3000, path  # a picture, not an empty rectangle


def test_screenshots_of_the_edit_links(site_url, bezoek, beelden):
    visit = bezoek(viewport={"width": 1100, "height": 700})
    page = visit.page
    page.goto(site_url + "vuistregels/dubbel-doel/")
    link = page.locator(".md-content__button.bb-aanpassen")
    assert link.is_visible() and link.inner_text().strip() == "Pas deze pagina aan"
    page.add_style_tag(content=f".md-content__button.bb-aanpassen {{ {MARKEER} }}")
    _bewaar(page, beelden / "pas-aan.png", clip={"x": 0, "y": 0, "width": 1100, "height": 330})

    phone = bezoek(viewport={"width": 360, "height": 640}, device_scale_factor=2).page
    phone.goto(site_url + "vuistregels/dubbel-doel/")
    below = phone.locator(".bb-aanpassen-telefoon")
    assert below.is_visible() and not phone.locator(".md-content__button.bb-aanpassen").is_visible()
    title = phone.locator("h1").bounding_box()
    assert below.bounding_box()["y"] > title["y"] + title["height"] - 1  # below the title
    phone.add_style_tag(content=f".bb-aanpassen-telefoon {{ {MARKEER} }}")
    _bewaar(phone, beelden / "pas-aan-telefoon.png",
            clip={"x": 0, "y": 0, "width": 360, "height": below.bounding_box()["y"] + 60})

    page.goto(site_url + "werkgevers/vragen/")
    vraag = page.locator("details.bb-vraag").first
    vraag.locator("summary").click()
    edit = vraag.locator(".bb-bewerk")
    assert edit.inner_text() == "Pas deze vraag aan"
    assert "/edit/main/content/werkgevers/vragen/" in edit.get_attribute("href")
    page.add_style_tag(content=f".bb-bewerk {{ {MARKEER} }}")
    _bewaar(vraag, beelden / "vraag-pas-aan.png")


def test_screenshot_of_a_mistake_in_the_preview(tmp_path, bezoek, beelden):
    project = tmp_path / "project"
    for part in ("content", "docs"):
        shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("beelden"))
    shutil.copy(ROOT / "mkdocs.yml", project)
    regel = project / "content/vuistregels/volwaardige-collega.yaml"
    with bekijk(project) as base:
        page = bezoek(viewport={"width": 1100, "height": 800}).page
        page.goto(base + "vuistregels/volwaardige-collega/")
        page.wait_for_timeout(500)
        regel.write_text(regel.read_text().replace("regel: ", "regel: Let op: ", 1))
        banner = page.locator(".bb-voorbeeld-fout")
        banner.wait_for(timeout=60_000)
        assert "hier staat een dubbele punt" in banner.inner_text()
        _bewaar(banner, beelden / "foutmelding.png")


def test_a_screenshot_that_was_not_made_is_left_out(tmp_path):
    from generator.beelden import zonder_ontbrekende
    (tmp_path / "beelden").mkdir()
    (tmp_path / "beelden/er.png").write_bytes(b"png")
    text = "Voor.\n\n![Er](beelden/er.png)\n\n![Weg](beelden/weg.png){ width=\"300\" }\n\nNa.\n"
    out, weg = zonder_ontbrekende(text, tmp_path / "pagina.md")
    assert out == "Voor.\n\n![Er](beelden/er.png)\n\n\nNa.\n"
    assert weg == ["beelden/weg.png"]


def test_screenshot_of_the_form(admin_url, bezoek, beelden):  # noqa: F811 - the fixture
    """The practice form (no GitHub needed): a new vacancy, as the guide shows it."""
    visit = _open(bezoek, admin_url)
    page = visit.page
    page.set_viewport_size({"width": 1100, "height": 800})
    page.goto(admin_url + "#/collections/vacature/new")
    page.get_by_role("button", name="Opslaan").wait_for()
    page.wait_for_timeout(500)
    _bewaar(page, beelden / "formulier.png")
    assert visit.blocked == []
