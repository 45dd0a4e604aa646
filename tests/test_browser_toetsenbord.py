"""Keyboard only, at phone and laptop width: every focus stop is visible, named, on screen, has a
focus indicator and is big enough to hit; the menu opens with a real button."""

import pytest
from toetsenbord import tab_door

# One page of every kind: hand-written, generated overviews, item pages, forms, the builder.
PAGINAS = ["", "over/", "toegankelijkheid/", "contact/", "privacy/", "begrippen/",
           "vuistregels/", "vuistregels/volwaardige-collega/", "routekaart/het-eigen-plan/",
           "werkgevers/", "werkgevers/protocol/inwerken/", "werkgevers/vragen/", "werkgevers/checklist/",
           "werkgevers/inwerkplan/", "vacatures/", "vacatures/naaien-en-upcycling/", "regelingen/",
           "organisaties/wikistad/", "spoorboekje/", "spoorboekje/stations/zzp/", "onderwerpen/",
           "bijdragen/", "leren/", "leren/ervaringen/"]
BREEDTES = {"telefoon": {"width": 360, "height": 740}, "laptop": {"width": 1280, "height": 800}}


@pytest.mark.parametrize("breedte", BREEDTES)
@pytest.mark.parametrize("path", PAGINAS)
def test_every_focus_stop_is_visible_named_and_marked(path, breedte, site_url, bezoek):
    visit = bezoek(viewport=BREEDTES[breedte])
    visit.page.goto(site_url + path, wait_until="networkidle")
    stops = tab_door(visit.page)
    assert len(stops) >= 3
    wrong = [(s.beschrijving, s.naam, s.problemen) for s in stops if s.problemen]
    assert wrong == [], f"{len(wrong)} van {len(stops)} focusstops fout"


def test_the_menu_opens_and_closes_with_a_real_button(site_url, bezoek):
    visit = bezoek(viewport=BREEDTES["telefoon"])
    page = visit.page
    page.goto(site_url + "werkgevers/", wait_until="networkidle")
    knop = page.get_by_role("button", name="Menu")
    assert knop.get_attribute("aria-expanded") == "false"
    # closed: nothing of the menu can get focus
    assert page.evaluate("[...document.querySelectorAll('.md-sidebar--primary a')]"
                         ".every(a => getComputedStyle(a).visibility === 'hidden')")
    knop.focus()
    page.keyboard.press("Enter")
    assert knop.get_attribute("aria-expanded") == "true"
    page.wait_for_function("document.activeElement.closest('.md-sidebar--primary')")
    page.keyboard.press("Escape")
    assert knop.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('bb-menuknop')")
    assert visit.errors == []


def test_menu_parts_have_a_name_a_state_and_open_with_space(site_url, bezoek):
    visit = bezoek(viewport=BREEDTES["laptop"])
    page = visit.page
    page.goto(site_url + "vacatures/", wait_until="networkidle")
    deel = page.get_by_role("button", name="Pagina's onder Werkgevers")
    assert deel.get_attribute("aria-expanded") == "false"
    deel.focus()
    page.keyboard.press(" ")
    assert deel.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="Inwerkplan").is_visible()


def test_on_a_phone_focus_follows_a_part_of_the_menu_and_comes_back(site_url, bezoek):
    visit = bezoek(viewport=BREEDTES["telefoon"])
    page = visit.page
    page.goto(site_url + "vacatures/", wait_until="networkidle")
    page.add_style_tag(content="*{transition:none!important}")
    page.get_by_role("button", name="Menu").click()
    deel = page.get_by_role("button", name="Pagina's onder Werkgevers")
    deel.focus()
    page.keyboard.press("Enter")
    terug = page.get_by_role("button", name="Terug uit Werkgevers")
    page.wait_for_function("document.activeElement.getAttribute('aria-label') === 'Terug uit Werkgevers'")
    assert terug.is_visible() and page.get_by_role("link", name="Inwerkplan").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.getAttribute('aria-label') === \"Pagina's onder Werkgevers\"")
    assert deel.get_attribute("aria-expanded") == "false"
    assert visit.errors == []
