"""The resident pages in Chromium at phone width: nothing from other hosts, no sideways scroll, axe
finds nothing, and a linked question opens."""

import pytest

from conftest import axe

PAGES = ["bewoners/", "bewoners/vragen/", "bewoners/vragen/uitkering/", "over/wat-weten-we/"]


@pytest.mark.parametrize("path", PAGES)
def test_resident_pages_on_a_phone(path, site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert [r for r in visit.requests if not r.startswith(site_url)] == []
    assert visit.errors == []
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 360
    # Every table fits the screen: none that must be scrolled sideways to be read (a finger can
    # do that, a keyboard cannot).
    assert visit.page.evaluate("[...document.querySelectorAll('.md-typeset__scrollwrap')]"
                               ".every(w => w.querySelector('table').offsetWidth <= w.clientWidth)")


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing_on_the_resident_pages(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert axe(visit.page) == []


def test_a_resident_question_opened_by_its_url_anchor_is_found_opened(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + "bewoners/vragen/#kinderopvang", wait_until="networkidle")
    assert visit.page.evaluate("document.getElementById('kinderopvang').open")
    assert visit.page.get_by_text("De factsheet noemt kinderopvang alleen bij zzp'ers.").is_visible()
    assert not visit.page.evaluate("document.getElementById('uitkering').open")


def test_from_home_to_the_resident_answers_with_the_keyboard_only(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url, wait_until="networkidle")
    link = visit.page.get_by_role("link", name="Naar de pagina voor bewoners")
    link.focus()
    visit.page.keyboard.press("Enter")
    visit.page.wait_for_url(site_url + "bewoners/")
    assert visit.page.get_by_role("heading", name="Voor bewoners", level=1).is_visible()
