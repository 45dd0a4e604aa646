"""Search in Chromium: Pagefind on the fixture site, opened from the header, Dutch stemming."""

import pytest


def _open_search(page):
    page.keyboard.press("/")
    page.wait_for_selector("dialog.bb-zoek[open]")


def _search(page, words):
    page.get_by_label("Waar zoek je naar?").fill(words)
    page.wait_for_function("document.querySelector('.bb-zoek__status').textContent.length > 0")
    return page.eval_on_selector_all(".bb-zoek__resultaten a", "links => links.map(a => a.pathname)")


def test_nothing_of_the_search_loads_before_it_is_opened(fixture_site_url, bezoek):
    visit = bezoek()
    visit.page.goto(fixture_site_url + "vuistregels/", wait_until="networkidle")
    assert [r for r in visit.requests if "pagefind" in r or "zoeken" in r] == []
    _open_search(visit.page)
    assert any("zoeken.js" in r for r in visit.requests)
    visit.page.get_by_role("radio", name="Vuistregels").wait_for()  # filters come with the index
    assert any("/pagefind/" in r for r in visit.requests)
    assert visit.errors == []


def test_a_plural_finds_the_page_through_dutch_stemming(fixture_site_url, bezoek):
    visit = bezoek()
    visit.page.goto(fixture_site_url)
    html = visit.page.request.get(fixture_site_url + "vuistregels/externe-coach/").text()
    assert "ontwikkelplan" in html and "ontwikkelplannen" not in html  # only the singular
    _open_search(visit.page)
    assert _search(visit.page, "ontwikkelplannen") == ["/vuistregels/externe-coach/"]


def test_a_zoekwoord_finds_its_item(fixture_site_url, bezoek):
    visit = bezoek()
    visit.page.goto(fixture_site_url)
    page_text = visit.page.request.get(fixture_site_url + "vuistregels/externe-coach/").text()
    assert "begeleider" in page_text  # it is in the page, but hidden:
    visit.page.goto(fixture_site_url + "vuistregels/externe-coach/")
    assert not visit.page.get_by_text("begeleider").is_visible()
    _open_search(visit.page)
    assert _search(visit.page, "begeleider") == ["/vuistregels/externe-coach/"]


def test_a_section_filter_narrows_the_results(fixture_site_url, bezoek):
    visit = bezoek()
    visit.page.goto(fixture_site_url)
    _open_search(visit.page)
    everywhere = _search(visit.page, "buurtbaner")
    total = _count(visit.page)
    assert any(path.startswith("/vuistregels/") for path in everywhere)
    visit.page.get_by_role("radio", name="Routekaart").check()
    visit.page.wait_for_function(
        "[...document.querySelectorAll('.bb-zoek__resultaten a')].every(a => a.pathname.startsWith('/routekaart/'))")
    narrowed = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname)")
    assert "/routekaart/het-eigen-plan/" in narrowed
    assert 0 < _count(visit.page) < total


def _count(page) -> int:
    """The number of results the status line reports (the list shows at most ten)."""
    import re
    return int(re.match(r"\d+", page.locator(".bb-zoek__status").inner_text()).group())


def test_keyboard_only_open_type_arrow_enter(fixture_site_url, bezoek):
    visit = bezoek()
    visit.page.goto(fixture_site_url)
    visit.page.keyboard.press("Control+k")
    visit.page.wait_for_selector("dialog.bb-zoek[open]")
    visit.page.keyboard.type("assistent")
    visit.page.wait_for_selector(".bb-zoek__resultaten a")
    visit.page.keyboard.press("ArrowDown")
    visit.page.keyboard.press("ArrowDown")
    second = visit.page.evaluate("document.activeElement.href")
    assert second == visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls[1].href")
    visit.page.keyboard.press("Enter")
    visit.page.wait_for_url(second)
    assert not visit.page.locator("dialog.bb-zoek[open]").count()
    assert visit.errors == []


@pytest.mark.parametrize("path", ["", "vuistregels/"])
def test_without_javascript_the_search_link_leads_to_the_a_to_z_list(path, fixture_site_url, bezoek):
    visit = bezoek(java_script_enabled=False)
    visit.page.goto(fixture_site_url + path)
    visit.page.get_by_role("link", name="Zoeken").click()
    visit.page.wait_for_url("**/onderwerpen/")
    assert visit.page.get_by_role("link", name="De coach komt van buiten").is_visible()


def test_a_question_is_found_at_its_own_anchor_in_the_q_and_a(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    _search(visit.page, "kinderopvang")
    results = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname + a.hash)")
    assert "/werkgevers/vragen/#kinderopvang" in results
    assert "/werkgevers/vragen/kinderopvang/" not in results  # the single-question page is not indexed


def _count(page) -> int:
    """The number of results the status line reports (the list shows at most 10)."""
    text = page.inner_text(".bb-zoek__status")
    return 0 if text.startswith("Niets") else int(text.split()[0])


def test_vacancies_can_be_narrowed_to_a_place(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    visit.page.get_by_role("radio", name="Vacatures").check()
    place = visit.page.get_by_label("Gemeente of stadsdeel")
    assert place.is_visible()
    _search(visit.page, "buurtbaan")
    everywhere = _count(visit.page)
    place.select_option("Amersfoort")
    visit.page.wait_for_function(f"!document.querySelector('.bb-zoek__status').textContent.startsWith('{everywhere} ')")
    narrowed = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname)")
    assert 0 < _count(visit.page) < everywhere
    assert all(path.startswith("/vacatures/") for path in narrowed)
    for path in narrowed:  # every result is a vacancy in Amersfoort
        assert "Amersfoort" in visit.page.request.get(site_url.rstrip("/") + path).text()


def test_when_the_search_cannot_load_the_link_leads_to_the_a_to_z_list(site_url, bezoek):
    visit = bezoek()
    visit.page.route("**/assets/zoeken.js", lambda route: route.abort())
    visit.page.goto(site_url)
    visit.page.get_by_role("link", name="Zoeken").click()
    visit.page.wait_for_url("**/onderwerpen/")
