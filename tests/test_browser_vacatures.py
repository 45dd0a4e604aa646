"""The vacancy listing in Chromium: the filter by keyboard alone, without JavaScript, and after
Material's instant navigation."""

import urllib.parse

import pytest
from conftest import ROOT
from hulp import tab_to
from mkdocs.config import load_config

LISTING = "vacatures/"


def choose_by_keyboard(page, element_id: str, label: str) -> None:
    """Arrow down through the closed <select> until `label` is chosen, as a keyboard user does."""
    for _ in range(20):
        if page.evaluate(f"document.getElementById('{element_id}').selectedOptions[0].text") == label:
            return
        page.keyboard.press("ArrowDown")
    pytest.fail(f"{label!r} is not a choice of #{element_id}")


def visible_items(page) -> list[str]:
    return page.eval_on_selector_all(".bb-vacatures > li:not([hidden])", "els => els.map(e => e.dataset.plaats)")


def test_filter_by_keyboard_only(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    page = visit.page
    page.goto(site_url + LISTING, wait_until="networkidle")
    total = page.locator(".bb-vacatures > li").count()
    assert total >= 2
    status = page.locator(".bb-filter [role=status]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == f"Je ziet alle {total} vacatures."

    tab_to(page, "el.id === 'bb-waar'")
    choose_by_keyboard(page, "bb-waar", "Amsterdam-Zuidoost")
    shown = visible_items(page)
    assert shown and all(p == "amsterdam/zuidoost" for p in shown)
    assert len(shown) < total
    assert status.inner_text() == f"Je ziet {len(shown)} van de {total} vacatures."

    # on to the kind of work, and a choice that leaves nothing
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "bb-soort"
    soort_met_zuidoost = page.evaluate(
        "document.querySelector('.bb-vacatures > li:not([hidden])').dataset.soort")
    andere = page.evaluate(f"""[...document.getElementById('bb-soort').options]
        .filter(o => o.value && o.value !== '{soort_met_zuidoost}')[0].text""")
    choose_by_keyboard(page, "bb-soort", andere)
    assert visible_items(page) == []
    assert status.inner_text() == "Er is geen vacature voor deze keuze. Kies iets anders."

    # back to everything: Home selects the first choice
    page.keyboard.press("Home")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Home")
    assert len(visible_items(page)) == total
    assert status.inner_text() == f"Je ziet alle {total} vacatures."
    assert visit.errors == []


def test_without_javascript_the_listing_is_the_full_list(site_url, bezoek):
    visit = bezoek(java_script_enabled=False)
    visit.page.goto(site_url + LISTING)
    assert not visit.page.locator(".bb-filter").is_visible()
    items = visit.page.locator(".bb-vacatures > li")
    assert items.count() >= 2
    assert all(items.nth(i).is_visible() for i in range(items.count()))


def test_filter_works_after_instant_navigation(gebouwde_site, bezoek):
    """Material's instant navigation follows only links to pages in sitemap.xml, which holds the
    real site_url. So the browser asks for that address and Playwright answers from the built
    folder: nothing leaves the machine."""
    site_url = load_config(str(ROOT / "mkdocs.yml")).site_url  # MkDocs' loader knows !ENV
    visit = bezoek()

    def from_folder(route):
        rel = urllib.parse.urlparse(route.request.url).path[len(urllib.parse.urlparse(site_url).path):]
        file = gebouwde_site / rel
        file = file / "index.html" if file.is_dir() else file
        route.fulfill(path=file) if file.is_file() else route.fulfill(status=404)

    visit.context.route(site_url + "**", from_folder)
    page = visit.page
    page.goto(site_url, wait_until="networkidle")
    page.get_by_role("link", name="Bekijk de vacatures").click()
    page.wait_for_url(site_url + LISTING)
    page.locator(".bb-filter").wait_for(state="visible")
    # the listing came through instant navigation: the document is still the home page's
    assert page.evaluate("performance.getEntriesByType('navigation')[0].name") == site_url
    page.select_option("#bb-waar", "amersfoort")
    assert set(visible_items(page)) == {"amersfoort"}
    assert visit.errors == []


@pytest.mark.parametrize("path", [LISTING, "vacatures/naaien-en-upcycling/",
                                  "vacatures/jongeren-bereiken-en-activeren/"])
def test_vacancy_pages_on_a_phone(path, site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 360
    assert [r for r in visit.requests if not r.startswith(site_url)] == []
    assert visit.errors == []
    if path != LISTING:
        assert visit.page.get_by_text("Dit is een voorbeeld. Je kunt hier niet op solliciteren.").is_visible()
