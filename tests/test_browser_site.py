"""The built site in Chromium: nothing from other hosts, no script errors, readable on a phone."""

import pytest

PAGES = ["", "vuistregels/", "vuistregels/volwaardige-collega/", "vuistregels/gespreksleidraad/",
         "routekaart/", "routekaart/het-eigen-plan/", "over/", "bijdragen/", "bijdragen/foutmeldingen/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_only_from_this_site(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert visit.page.locator("html").get_attribute("lang") == "nl"
    assert [r for r in visit.requests if not r.startswith(site_url)] == []
    assert visit.errors == []


def test_home_at_phone_width_has_no_sideways_scroll(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url, wait_until="networkidle")
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 360
    for entry in ["Ik wil een buurtbaan", "Ik ben werkgever", "Ik ben buurtbaner"]:
        assert visit.page.get_by_role("heading", name=entry).is_visible()


def test_body_text_is_at_least_18px(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + "vuistregels/volwaardige-collega/")
    size = visit.page.evaluate("getComputedStyle(document.querySelector('[data-pagefind-body] > p:not([class])')).fontSize")
    assert float(size.rstrip("px")) >= 18


def test_boxes_are_not_in_small_type(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + "vuistregels/volwaardige-collega/")
    size = visit.page.evaluate("getComputedStyle(document.querySelector('.admonition p:not([class])')).fontSize")
    assert float(size.rstrip("px")) >= 18


@pytest.mark.parametrize("path", ["vacatures/", "spoorboekje/", "werkgevers/", "vuistregels/"])
def test_titles_do_not_break_inside_a_word_on_a_phone(path, site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + path)
    title = visit.page.locator("article h1").first
    words = title.inner_text().split()
    # a title whose words all fit on one line each is never taller than one line per word
    lines = visit.page.evaluate(
        "h => Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))",
        title.element_handle())
    assert lines <= len(words), (path, lines, words)
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 360
