"""The werkgevers pages in Chromium: a linked question opens, answers work without JavaScript and
on paper, and the checklist prints on at most two A4 pages."""

import re

import pytest
from hulp import pdf_pages

VRAGEN = "werkgevers/vragen/"


def is_open(page, id_: str) -> bool:
    return page.evaluate("id => document.getElementById(id).open", id_)


@pytest.mark.parametrize("path", ["werkgevers/", "werkgevers/protocol/", "werkgevers/protocol/inwerken/",
                                  "werkgevers/inwerkplan/", "werkgevers/checklist/", VRAGEN,
                                  "werkgevers/vragen/hoeveel-subsidie/"])
def test_werkgevers_pages_load_only_from_this_site(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert [r for r in visit.requests if not r.startswith(site_url)] == []
    assert visit.errors == []


@pytest.mark.parametrize("path", ["werkgevers/inwerkplan/", "werkgevers/checklist/", VRAGEN + "#hoeveel-subsidie"])
def test_werkgevers_pages_at_phone_width_have_no_sideways_scroll(path, site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 740})
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_question_opened_by_its_url_anchor_is_found_opened(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + VRAGEN + "#kinderopvang", wait_until="networkidle")
    assert is_open(visit.page, "kinderopvang")
    assert visit.page.get_by_text("Alleen de factsheet van Amersfoort noemt kinderopvang.").is_visible()
    assert not is_open(visit.page, "hoeveel-subsidie")  # the others stay closed
    assert visit.errors == []


def test_a_question_opens_when_the_anchor_changes(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + VRAGEN, wait_until="networkidle")
    assert not is_open(visit.page, "verzekering")
    visit.page.evaluate("location.hash = '#verzekering'")
    visit.page.wait_for_function("document.getElementById('verzekering').open")


def test_a_question_opens_after_instant_navigation(site_url, bezoek):
    """Material's instant navigation swaps the page without a load event: the link from a phase
    page to a question must still find the question open."""
    visit = bezoek()
    visit.page.goto(site_url + "werkgevers/protocol/instroom/", wait_until="networkidle")
    visit.page.get_by_role("link", name="Wordt kinderopvang voor de buurtbaner vergoed?").click()
    visit.page.wait_for_url("**/werkgevers/vragen/#kinderopvang")
    visit.page.wait_for_function("document.getElementById('kinderopvang')?.open")
    assert visit.errors == []


def test_a_linked_question_opens_without_material_too(site_url, bezoek):
    """Our own script opens it: Material's JavaScript is blocked here."""
    visit = bezoek()
    visit.page.route(re.compile(r".*/assets/javascripts/bundle\..*\.js$"), lambda route: route.abort())
    visit.page.goto(site_url + VRAGEN + "#ziekte", wait_until="networkidle")
    assert is_open(visit.page, "ziekte")


def test_answers_open_and_close_without_javascript(site_url, bezoek):
    visit = bezoek(java_script_enabled=False)
    visit.page.goto(site_url + VRAGEN)
    vraag = visit.page.locator("#hoeveel-subsidie > summary")
    antwoord = visit.page.locator("#hoeveel-subsidie .bb-antwoord")
    assert not antwoord.is_visible()
    vraag.click()
    assert antwoord.is_visible()
    vraag.click()
    assert not antwoord.is_visible()


def test_on_paper_every_answer_shows(site_url, bezoek):
    visit = bezoek(java_script_enabled=False)  # CSS alone does it
    visit.page.goto(site_url + VRAGEN)
    visit.page.emulate_media(media="print")
    antwoorden = visit.page.locator("details.bb-vraag .bb-antwoord")
    assert antwoorden.count() >= 30
    assert all(antwoorden.nth(i).is_visible() for i in range(antwoorden.count()))


def test_checklist_prints_on_at_most_two_a4_pages(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + "werkgevers/checklist/", wait_until="networkidle")
    pdf = visit.page.pdf(format="A4")
    pages = pdf_pages(pdf)
    assert 1 <= pages <= 2, f"the checklist prints on {pages} pages"
    # and every step is on it: one tick box per step
    assert visit.page.locator(".bb-vinklijst input[type=checkbox]").count() >= 50


def test_checklist_tick_boxes_have_labels_and_are_big_enough(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + "werkgevers/checklist/", wait_until="networkidle")
    box = visit.page.locator(".bb-vinklijst input[type=checkbox]").first
    size = box.bounding_box()
    assert size["width"] >= 24 and size["height"] >= 24
    label = visit.page.locator(".bb-vinklijst label").first
    label.click()
    assert box.is_checked()
