"""No layout shift while a page loads (CLS 0), on a phone and a laptop, for every page type,
including the two whose scripts add parts: the vacancy filter and the route builder."""

import pytest
from verschuiving import cls

PAGINAS = ["", "vacatures/", "spoorboekje/", "spoorboekje/stations/zzp/", "vacatures/naaien-en-upcycling/",
           "werkgevers/inwerkplan/", "werkgevers/vragen/", "vuistregels/", "begrippen/", "toegankelijkheid/"]


@pytest.mark.parametrize("breedte", [360, 1280])
@pytest.mark.parametrize("path", PAGINAS)
def test_nothing_moves_while_the_page_loads(path, breedte, site_url, bezoek):
    visit = bezoek(viewport={"width": breedte, "height": 740})
    score, shifts = cls(visit.page, site_url + path)
    assert score == 0, shifts


def test_the_scripts_did_show_their_parts(site_url, bezoek):
    """The space is only reserved: once the scripts run, the filter and the builder are there."""
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + "vacatures/", wait_until="networkidle")
    assert visit.page.get_by_label("Waar wil je werken?").is_visible()
    visit.page.goto(site_url + "spoorboekje/", wait_until="networkidle")
    assert visit.page.get_by_label("Waar sta je nu?").is_visible()
