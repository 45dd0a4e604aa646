"""axe-core (WCAG 2.1 AA and best practice) on every kind of page, and on the open search."""

import pytest
from conftest import axe

PAGES = ["", "over/", "vuistregels/", "vuistregels/volwaardige-collega/", "vuistregels/gespreksleidraad/",
         "routekaart/het-eigen-plan/", "werkgevers/", "werkgevers/protocol/inwerken/", "werkgevers/vragen/",
         "werkgevers/checklist/", "werkgevers/inwerkplan/", "vacatures/", "vacatures/naaien-en-upcycling/",
         "regelingen/", "regelingen/amsterdam-2021-2023/", "organisaties/wikistad/", "spoorboekje/stations/zzp/", "onderwerpen/", "bijdragen/", "bijdragen/foutmeldingen/"]


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert axe(visit.page) == []


def test_axe_finds_nothing_in_the_open_search(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url, wait_until="networkidle")
    visit.page.keyboard.press("/")
    visit.page.get_by_role("radio", name="Vuistregels").wait_for()
    visit.page.keyboard.type("subsidie")
    visit.page.wait_for_selector(".bb-zoek__resultaten li")
    assert axe(visit.page, "'dialog.bb-zoek'") == []
