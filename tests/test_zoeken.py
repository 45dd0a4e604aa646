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
    visit.page.locator("#bb-zoek-sectie option[value=Vuistregels]").wait_for(state="attached")  # with the index
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
    visit.page.get_by_label("Zoek in").select_option("Routekaart")
    visit.page.wait_for_function(
        "[...document.querySelectorAll('.bb-zoek__resultaten a')].every(a => a.pathname.startsWith('/routekaart/'))")
    narrowed = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname)")
    assert "/routekaart/het-eigen-plan/" in narrowed
    assert 0 < _count(visit.page) < total


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


def test_a_question_of_a_q_and_a_is_found_on_its_own_page(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    _search(visit.page, "kinderopvang")
    results = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname + a.hash)")
    assert "/werkgevers/vragen/kinderopvang/" in results
    assert not [r for r in results if r.startswith("/werkgevers/vragen/#")]  # the overview only repeats it


def _count(page) -> int:
    """The number of results the status line reports (the list shows at most 10)."""
    text = page.inner_text(".bb-zoek__status")
    return 0 if text.startswith("Niets") else int(text.split()[0])


def test_vacancies_can_be_narrowed_to_a_place(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    visit.page.get_by_label("Zoek in").select_option("Vacatures")
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


# --- Search that answers residents (issue 10, part 5) -------------------------------------

ALLEDAAGS = ["wat is een buurtbaan", "hoeveel verdien ik", "uitkering", "solliciteren"]


def _gesloten(site) -> set[str]:
    """The closed vacancies of a built site, as paths."""
    return {f"/{p.parent.relative_to(site).as_posix()}/" for p in site.glob("vacatures/*/index.html")
            if "Deze vacature is gesloten" in p.read_text(encoding="utf-8")}


@pytest.mark.parametrize("woorden", ALLEDAAGS)
def test_everyday_words_show_no_editors_page_and_no_closed_vacancy_in_the_top_3(woorden, site_url, gebouwde_site, bezoek):
    gesloten = _gesloten(gebouwde_site)
    assert gesloten  # the test build has closed vacancies, so this test can fail
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    top = _search(visit.page, woorden)[:3]
    assert len(top) == 3
    assert [p for p in top if p.startswith("/bijdragen/")] == []
    assert [p for p in top if p in gesloten] == []


def test_a_closed_vacancy_leaves_the_index(site_url, gebouwde_site, bezoek):
    path = min(_gesloten(gebouwde_site))
    html = (gebouwde_site / path.strip("/") / "index.html").read_text(encoding="utf-8")
    titel = html.split("<h1", 1)[1].split(">", 1)[1].split("<", 1)[0]
    assert titel
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    assert path not in _search(visit.page, titel)


def test_editors_pages_have_their_own_filter(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    _open_search(visit.page)
    assert [p for p in _search(visit.page, "foutmelding") if p.startswith("/bijdragen/")] == []
    visit.page.get_by_label("Zoek in").select_option("Bijdragen")
    visit.page.wait_for_function(
        "[...document.querySelectorAll('.bb-zoek__resultaten a')].some(a => a.pathname.startsWith('/bijdragen/'))")
    paths = visit.page.eval_on_selector_all(".bb-zoek__resultaten a", "ls => ls.map(a => a.pathname)")
    assert paths and all(p.startswith("/bijdragen/") for p in paths)


def test_an_everyday_word_finds_the_formal_one_through_the_synonyms(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    pagina = visit.page.request.get(site_url + "werkgevers/vragen/kinderopvang/").text()
    assert "oppas" not in pagina.lower()  # only the synonym list links the two words
    _open_search(visit.page)
    assert "/werkgevers/vragen/kinderopvang/" in _search(visit.page, "oppas")


def test_on_a_phone_with_the_keyboard_open_three_results_are_visible(site_url, bezoek):
    visit = bezoek(viewport={"width": 360, "height": 400}, is_mobile=True, has_touch=True)
    visit.page.goto(site_url)
    visit.page.locator("[data-bb-zoek]").first.click()
    visit.page.wait_for_selector("dialog.bb-zoek[open]")
    _search(visit.page, "buurtbaan")
    zichtbaar = visit.page.evaluate("""() => {
        const h = window.innerHeight, w = window.innerWidth;
        const inView = (e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= h && r.left >= 0 && r.right <= w; };
        return { box: inView(document.querySelector('#bb-zoek-vraag')),
                 results: [...document.querySelectorAll('.bb-zoek__resultaten a.bb-zoek__titel')].filter(inView).length,
                 selects: [...document.querySelectorAll('dialog.bb-zoek select')].filter(s => s.offsetParent).length,
                 radios: document.querySelectorAll('dialog.bb-zoek input[type=radio]').length };
    }""")
    assert zichtbaar == {"box": True, "results": zichtbaar["results"], "selects": 1, "radios": 0}
    assert zichtbaar["results"] >= 3
    assert visit.errors == []


def test_result_text_is_never_parsed_as_markup(site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url)
    uit = visit.page.evaluate("""async () => {
        const m = await import(new URL('assets/zoeken.js', location.href).href);
        const p = document.createElement('p');
        p.append(...m.excerpt('a &lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; <mark>b &amp; c</mark> d'));
        document.body.append(p);
        return { imgs: p.querySelectorAll('img').length, marks: [...p.querySelectorAll('mark')].map(m => m.textContent),
                 text: p.textContent };
    }""")
    assert uit == {"imgs": 0, "marks": ["b & c"], "text": 'a <img src=x onerror="window.pwned=1"> b & c d'}
    from conftest import ROOT
    assert "innerHTML" not in (ROOT / "docs" / "assets" / "zoeken.js").read_text(encoding="utf-8")


def test_a_failed_search_says_so_in_dutch(site_url, bezoek):
    visit = bezoek()
    visit.page.route("**/pagefind/fragment/**", lambda route: route.abort())
    visit.page.goto(site_url)
    _open_search(visit.page)
    _search(visit.page, "subsidie")
    status = visit.page.locator(".bb-zoek__status")
    assert status.evaluate("p => p.firstChild.textContent") == \
        'Zoeken naar "subsidie" lukt nu niet. Misschien is je internet even weg. '
    assert status.get_by_role("button", name="Probeer opnieuw").is_visible()
    assert visit.page.locator(".bb-zoek__resultaten li").count() == 0
