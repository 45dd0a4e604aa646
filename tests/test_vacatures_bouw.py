"""Vacatures in whole builds: expiry by build date, the empty listing, the navigation."""

import re

from hulp import hoofdmenu


def test_after_every_closing_date_the_listing_is_empty_and_pages_stay(late_site):
    listing = (late_site / "vacatures/index.html").read_text()
    assert "Er zijn nu geen open vacatures" in listing
    assert 'class="bb-vacatures"' not in listing
    assert '<a href="../spoorboekje/">spoorboekje</a>' in listing  # the fixture site has one
    assert "startpagina" not in listing
    for name in ["buurtverbinder-west", "gastvrouw-voorbeeld", "oude-vacature"]:
        page = (late_site / f"vacatures/{name}/index.html").read_text()
        assert "Deze vacature is gesloten" in page
        assert '<a href="../">Bekijk de open vacatures</a>' in page


def test_without_a_spoorboekje_the_empty_listing_points_home(monkeypatch):
    """A site without the spoorboekje module: the empty listing sends people home instead."""
    import datetime as dt

    from conftest import FIXTURE_SITE

    from generator import site

    others = tuple(m for m in site.modules() if not m.__name__.endswith(".spoorboekje"))
    monkeypatch.setattr(site, "modules", lambda: others)
    inhoud, _ = site.controleer(FIXTURE_SITE)
    inhoud.items.pop("station", None), inhoud.items.pop("lijn", None)
    listing = {o.path: o.text for o in site.genereer(inhoud, dt.date(2030, 1, 1))}["vacatures/index.md"]
    assert "[startpagina](../index.md)" in listing
    assert "spoorboekje" not in listing


def test_vacancy_pages_stay_out_of_the_navigation(open_site):
    html_text = (open_site / "index.html").read_text()
    nav = hoofdmenu(html_text)
    assert "vacatures/" in nav
    assert "buurtverbinder-west" not in nav


def test_real_site_has_the_listing_in_the_nav_and_linked_from_home(gebouwde_site):
    home = (gebouwde_site / "index.html").read_text()
    assert '<a href="vacatures/">Bekijk de vacatures</a>' in home
    nav = hoofdmenu(home)
    assert 'href="vacatures/"' in nav
    assert "naaien-en-upcycling" not in nav
    listing = (gebouwde_site / "vacatures/index.html").read_text()
    items = re.search(r'<ul class="bb-vacatures">(.*?)</ul>', listing, re.S).group(1)
    assert items.count("<li") == items.count('<span class="bb-voorbeeld">Voorbeeld</span>') > 0
