"""On a small phone (320 px): the regelingen comparison, the site name and the menu."""

import pytest


@pytest.mark.parametrize("path", ["regelingen/", "", "werkgevers/", "contact/", "toegankelijkheid/", "begrippen/"])
def test_no_sideways_scrolling_at_320_px(path, site_url, bezoek):
    visit = bezoek(viewport={"width": 320, "height": 640})
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 320


def test_regelingen_are_compared_without_a_table(site_url, bezoek):
    visit = bezoek(viewport={"width": 320, "height": 640})
    visit.page.goto(site_url + "regelingen/", wait_until="networkidle")
    assert visit.page.locator("article table").count() == 0
    cellen = visit.page.locator(".bb-vergelijk__cel")
    assert cellen.count() >= 6
    assert visit.page.evaluate("[...document.querySelectorAll('.bb-vergelijk__cel')]"
                               ".every(c => c.getBoundingClientRect().right <= 320)")


def test_the_menu_has_no_link_for_developers(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url, wait_until="networkidle")
    assert visit.page.get_by_text("Broncode en inhoud").count() == 0


def test_the_site_name_fits_on_a_phone(site_url, bezoek):
    visit = bezoek(viewport={"width": 320, "height": 640})
    visit.page.goto(site_url + "werkgevers/", wait_until="networkidle")
    name = visit.page.locator(".md-header__topic").first
    assert name.inner_text().strip() == "Buurtbaan Kennisbank"
    assert visit.page.evaluate("el => el.scrollWidth <= el.clientWidth + 1",
                               name.locator(".md-ellipsis").element_handle())
