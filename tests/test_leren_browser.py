"""Leren van elkaar in Chromium: the meeting pages on paper, the experiences filter by keyboard
and without JavaScript."""


import pytest
from conftest import ROOT, axe
from hulp import pdf_pages

from generator.site import controleer

INHOUD, _ = controleer(ROOT)
THEMAS = [t.id for t in INHOUD.alle("thema")]


@pytest.mark.parametrize("thema", THEMAS)
def test_each_meeting_page_prints_on_one_a4(thema, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + f"leren/bijeenkomsten/{thema}/")
    assert visit.page.get_by_role("heading", level=1).inner_text().startswith("Bijeenkomst: ")
    assert pdf_pages(visit.page.pdf(format="A4")) == 1
    assert visit.errors == []


def visible_items(page) -> int:
    return page.locator(".bb-ervaringen > li:visible").count()


def test_the_filter_works_by_keyboard_and_says_how_many(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 800})
    page = visit.page
    page.goto(site_url + "leren/ervaringen/")
    total = page.locator(".bb-ervaringen > li").count()
    status = page.locator(".bb-filter [role=status]")
    assert status.inner_text() == f"Je ziet alle {total} ervaringen."
    assert page.locator("#bb-rol").is_visible()

    page.locator("#bb-rol").focus()
    page.keyboard.press("ArrowDown")  # the first role after "Iedereen"
    rol = page.locator("#bb-rol").input_value()
    expected = page.locator(f'.bb-ervaringen > li[data-rol="{rol}"]').count()
    assert 0 < expected < total
    assert visible_items(page) == expected
    assert status.inner_text() == f"Je ziet {expected} van de {total} ervaringen."

    page.locator("#bb-thema").focus()
    page.keyboard.press("ArrowDown")
    thema = page.locator("#bb-thema").input_value()
    both = page.locator(f'.bb-ervaringen > li[data-rol="{rol}"]').evaluate_all(
        "(items, thema) => items.filter(i => i.dataset.themas.split(' ').includes(thema)).length", thema)
    assert visible_items(page) == both
    assert visit.errors == []


def test_without_javascript_the_list_is_complete_and_the_filter_invisible(site_url, bezoek):
    visit = bezoek(java_script_enabled=False)
    page = visit.page
    page.goto(site_url + "leren/ervaringen/")
    assert visible_items(page) == page.locator(".bb-ervaringen > li").count() >= 20
    assert not page.locator("#bb-rol").is_visible()


def test_showing_the_filter_moves_nothing(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 800})
    page = visit.page
    page.add_init_script("""
        window.__cls = 0;
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({type: 'layout-shift', buffered: true});
    """)
    page.goto(site_url + "leren/ervaringen/", wait_until="networkidle")
    page.wait_for_timeout(500)
    assert page.evaluate("window.__cls") == 0


@pytest.mark.parametrize("path", ["leren/", "leren/ervaringen/", "leren/ervaringen/boegbeeld-of-klusjes/",
                                  "leren/programma/intervisie/", "leren/bijeenkomsten/",
                                  "leren/bijeenkomsten/de-collegas/"])
def test_axe_finds_nothing_on_the_leren_pages(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert axe(visit.page) == []
    assert visit.errors == []
