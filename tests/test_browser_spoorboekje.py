"""The spoorboekje in Chromium: the route module, the builder by mouse and by keyboard, shared
links, saving, printing, instant navigation, no JavaScript, and axe-core on the builder page."""

import json
import re
import shutil

import pytest
from conftest import ROOT, axe, serve_folder
from hulp import tab_to
from mkdocs.config import load_config

PAGE = "spoorboekje/"

# --- the route module: pure functions, run in the browser they are written for --------------

# A small network with loops (vrijwilliger <-> taal, vrijwilliger <-> buurtbaan, werk <-> trainer),
# an end station that leads on, and a station that no route reaches.
GRAPH = {
    "meedoen": {"soort": "meedoen", "maanden": 6, "max_uren": 4,
                "volgende": [["vrijwilliger", ""], ["taal", ""], ["mbo", ""]]},
    "vrijwilliger": {"soort": "vrijwilligerswerk", "maanden": 3, "max_uren": 8,
                     "volgende": [["buurtbaan", ""], ["taal", ""]]},
    "taal": {"soort": "opleiding", "maanden": 12, "max_uren": 8, "diploma": True,
             "volgende": [["vrijwilliger", ""], ["mbo", ""]]},
    "buurtbaan": {"soort": "buurtbaan", "maanden": 12, "max_uren": 32,
                  "volgende": [["werk", ""], ["vrijwilliger", ""], ["weg", ""]]},
    "mbo": {"soort": "opleiding", "maanden": 36, "max_uren": 16, "diploma": True,
            "volgende": [["werk", ""], ["trainer", ""]]},
    "werk": {"soort": "werk", "maanden": 0, "max_uren": 36, "eind": True, "volgende": [["trainer", ""]]},
    "trainer": {"soort": "training", "maanden": 12, "max_uren": 8, "eind": True, "volgende": [["werk", ""]]},
    "eiland": {"soort": "meedoen", "maanden": 1, "max_uren": 4, "volgende": []},
}

# Two municipalities: the way through Amersfoort is the quicker one, and "klus" lies only behind it.
GEMEENTE_GRAPH = {
    "meedoen": {"soort": "meedoen", "maanden": 3, "max_uren": 4,
                "volgende": [["west", ""], ["liendert", ""], ["hulp-liendert", ""]]},
    "west": {"soort": "buurtbaan", "maanden": 24, "max_uren": 32, "gemeente": "amsterdam",
             "volgende": [["werk", ""]]},
    "liendert": {"soort": "buurtbaan", "maanden": 6, "max_uren": 24, "gemeente": "amersfoort",
                 "volgende": [["werk", ""], ["klus", ""]]},
    "hulp-liendert": {"soort": "hulp", "maanden": 0, "max_uren": 0, "gemeente": "amersfoort",
                      "volgende": [["liendert", ""]]},
    "werk": {"soort": "werk", "maanden": 0, "max_uren": 36, "eind": True, "volgende": []},
    "klus": {"soort": "zzp", "maanden": 0, "max_uren": 20, "eind": True, "volgende": []},
}


@pytest.fixture(scope="module")
def routes(browser, site_url):
    """Call a function of routes.js with GRAPH: routes("findRoutes", "a", "b", {...}); another
    graph with graph=..."""
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + PAGE)
    module = site_url + "assets/spoorboekje/routes.js"

    def call(function, *args, graph=GRAPH):
        return page.evaluate("async ([url, f, graph, args]) => (await import(url))[f](graph, ...args)",
                             [module, function, graph, list(args)])

    yield call
    assert errors == []
    context.close()


def ids(result):
    return [(r["ids"], r["soorten"]) for r in result["routes"]]


def test_fewest_steps_shortest_time_and_one_more(routes):
    result = routes("findRoutes", "meedoen", "werk")
    assert result["reden"] is None
    assert ids(result) == [
        (["meedoen", "mbo", "werk"], ["stappen"]),
        (["meedoen", "vrijwilliger", "buurtbaan", "werk"], ["duur"]),
        (["meedoen", "taal", "mbo", "werk"], ["anders"]),
    ]
    assert [(r["stappen"], r["maanden"]) for r in result["routes"]] == [(2, 36), (3, 15), (3, 48)]


def test_one_route_can_be_both_fewest_and_shortest(routes):
    result = routes("findRoutes", "vrijwilliger", "werk")
    assert ids(result)[0] == (["vrijwilliger", "buurtbaan", "werk"], ["stappen", "duur"])


def test_loops_end_and_no_route_visits_a_station_twice(routes):
    result = routes("findRoutes", "buurtbaan", "taal")
    assert ids(result) == [(["buurtbaan", "vrijwilliger", "taal"], ["stappen", "duur"])]
    assert ids(routes("findRoutes", "werk", "trainer")) == [(["werk", "trainer"], ["stappen", "duur"])]
    for start in GRAPH:
        for goal in GRAPH:
            for route in routes("findRoutes", start, goal)["routes"]:
                assert len(set(route["ids"])) == len(route["ids"])
                assert routes("isRoute", route["ids"])


def test_unreachable_goals(routes):
    assert routes("findRoutes", "werk", "meedoen") == {"routes": [], "reden": "onbereikbaar"}
    assert routes("findRoutes", "meedoen", "eiland") == {"routes": [], "reden": "onbereikbaar"}
    assert routes("findRoutes", "eiland", "werk") == {"routes": [], "reden": "onbereikbaar"}
    assert routes("findRoutes", "werk", "werk") == {"routes": [], "reden": "zelfde"}
    assert routes("findRoutes", "werk", "bestaat-niet") == {"routes": [], "reden": "onbekend"}


def test_wish_diploma_passes_a_station_with_a_diploma(routes):
    result = routes("findRoutes", "vrijwilliger", "werk", {"diploma": True})
    assert ids(result)[0] == (["vrijwilliger", "taal", "mbo", "werk"], ["stappen", "duur"])
    for route in result["routes"]:
        assert any(GRAPH[s].get("diploma") for s in route["ids"])
    assert routes("findRoutes", "werk", "trainer", {"diploma": True}) == {"routes": [], "reden": "wensen"}


def test_wish_volunteer_first_comes_before_any_paid_station(routes):
    result = routes("findRoutes", "meedoen", "werk", {"vrijwilligerEerst": True})
    assert ids(result) == [
        (["meedoen", "vrijwilliger", "buurtbaan", "werk"], ["stappen", "duur"]),
        (["meedoen", "taal", "vrijwilliger", "buurtbaan", "werk"], ["anders"]),
    ]
    paid = {"buurtbaan", "werk", "zzp", "eigen-organisatie"}
    for route in result["routes"]:
        kinds = [GRAPH[s]["soort"] for s in route["ids"]]
        first_paid = next(i for i, k in enumerate(kinds) if k in paid)
        assert "vrijwilligerswerk" in kinds[:first_paid]


def test_wish_at_most_hours_counts_every_station_after_the_start(routes):
    assert ids(routes("findRoutes", "vrijwilliger", "trainer"))[0][0] == ["vrijwilliger", "buurtbaan", "werk", "trainer"]
    result = routes("findRoutes", "vrijwilliger", "trainer", {"maxUren": 16})
    assert ids(result) == [(["vrijwilliger", "taal", "mbo", "trainer"], ["stappen", "duur"])]
    # where you are now may have more hours: you are already there
    assert ids(routes("findRoutes", "buurtbaan", "vrijwilliger", {"maxUren": 8}))[0][0] == ["buurtbaan", "vrijwilliger"]
    assert routes("findRoutes", "vrijwilliger", "werk", {"maxUren": 16}) == {"routes": [], "reden": "uren-doel"}
    assert routes("fitsWishes", ["vrijwilliger", "buurtbaan", "werk"], {"maxUren": 32}) is False
    assert routes("fitsWishes", ["buurtbaan", "werk"], {"maxUren": 36}) is True


def test_wish_gemeente_skips_the_stations_of_another_gemeente(routes):
    def find(start, goal, **wishes):
        return routes("findRoutes", start, goal, wishes, graph=GEMEENTE_GRAPH)

    assert ids(find("meedoen", "werk")) == [(["meedoen", "liendert", "werk"], ["stappen", "duur"]),
                                            (["meedoen", "west", "werk"], ["anders"])]
    assert ids(find("meedoen", "werk", gemeente="amsterdam")) == [(["meedoen", "west", "werk"], ["stappen", "duur"])]
    assert ids(find("meedoen", "werk", gemeente="amersfoort")) == [
        (["meedoen", "liendert", "werk"], ["stappen", "duur"]),
        (["meedoen", "hulp-liendert", "liendert", "werk"], ["anders"]),
    ]
    for goal in GEMEENTE_GRAPH:
        for route in find("meedoen", goal, gemeente="amsterdam")["routes"]:
            assert all(GEMEENTE_GRAPH[s].get("gemeente") in (None, "amsterdam") for s in route["ids"])
    # "klus" is open to everyone, but the only way there runs through Amersfoort
    assert ids(find("meedoen", "klus"))[0][0] == ["meedoen", "liendert", "klus"]
    assert find("meedoen", "klus", gemeente="amsterdam") == {"routes": [], "reden": "gemeente-onderweg"}
    assert find("meedoen", "liendert", gemeente="amsterdam") == {"routes": [], "reden": "gemeente-doel"}
    assert find("liendert", "werk", gemeente="amsterdam") == {"routes": [], "reden": "gemeente-start"}
    assert find("werk", "meedoen", gemeente="amsterdam") == {"routes": [], "reden": "onbereikbaar"}
    # with another wish that rules the route out too, the other wish is the reason
    assert find("meedoen", "klus", gemeente="amersfoort", diploma=True) == {"routes": [], "reden": "wensen"}
    assert routes("fitsWishes", ["meedoen", "liendert", "werk"], {"gemeente": "amsterdam"},
                  graph=GEMEENTE_GRAPH) is False
    assert routes("fitsWishes", ["meedoen", "liendert", "werk"], {"gemeente": "amersfoort"},
                  graph=GEMEENTE_GRAPH) is True


def test_route_checks_and_next_steps(routes):
    assert routes("isRoute", ["meedoen", "vrijwilliger", "taal"]) is True
    assert routes("isRoute", ["meedoen", "werk"]) is False  # no such step
    assert routes("isRoute", ["vrijwilliger", "taal", "vrijwilliger"]) is False  # twice
    assert routes("isRoute", ["meedoen", "onbekend"]) is False
    assert routes("isRoute", []) is False
    assert routes("nextSteps", "buurtbaan") == [["werk", ""], ["vrijwilliger", ""]]  # "weg" does not exist
    assert routes("months", ["meedoen", "vrijwilliger", "buurtbaan"]) == 15  # the start is where you are


# --- the builder page --------------------------------------------------------------------------

def open_builder(bezoek, site_url, path=PAGE, **options):
    visit = bezoek(**options)
    visit.page.goto(site_url + path, wait_until="networkidle")
    visit.page.wait_for_selector("#bb-planner:not([hidden])")
    return visit


def search(page, start, goal):
    page.select_option("#bb-van", start)
    page.select_option("#bb-naar", goal)
    page.get_by_role("button", name="Zoek routes").click()
    page.wait_for_selector("#bb-routes-kop")


def stations_of(page, selector):
    return page.locator(selector).locator(".bb-halte-kop").all_inner_texts()


def focused(page):
    return page.evaluate("document.activeElement.id || document.activeElement.textContent")


def test_choose_start_and_goal(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    search(page, "vrijwilliger-in-de-buurt", "werk-zorg-en-welzijn")
    assert focused(page) == "bb-routes-kop"
    assert page.locator("#bb-routes-kop").inner_text() == \
        "Routes van Vrijwilliger in de buurt naar Werk in zorg en welzijn"
    page.wait_for_function("document.querySelector('#bb-melding').textContent !== ''")
    assert re.fullmatch(r"[123] routes? gevonden\.", page.locator("#bb-melding").inner_text())
    routes = page.locator(".bb-route")
    assert 1 <= routes.count() <= 3
    first = stations_of(page, ".bb-route >> nth=0")
    assert first[0] == "Vrijwilliger in de buurt" and first[-1] == "Werk in zorg en welzijn"
    timetable = routes.first.inner_text()
    for label in ["Hoe lang", "Uren per week", "Inkomen", "Je leert", "Voorwaarden", "Wie helpt",
                  "Totaal van nu tot je doel"]:
        assert label in timetable
    # the page shows what the route module finds in the published data
    assert [stations_of(page, f".bb-route >> nth={i}") for i in range(routes.count())] == \
        expected_routes(page, "vrijwilliger-in-de-buurt", "werk-zorg-en-welzijn")
    assert visit.errors == []


def test_the_route_data_loads_only_when_the_builder_is_used(site_url, bezoek):
    """A first visit stays light: the builder's code and stations.json wait for the first use.
    Here that first use is a press on the button, straight after choosing with the mouse."""
    visit = open_builder(bezoek, site_url)
    lazy = ("stations.json", "planner.js", "routes.js", "timetable.js")
    assert [r for r in visit.requests if r.endswith(lazy)] == []
    visit.page.select_option("#bb-van", "vrijwilliger-in-de-buurt")
    visit.page.select_option("#bb-naar", "zzp")
    visit.page.get_by_role("button", name="Zoek routes").click()
    visit.page.wait_for_selector("#bb-routes-kop")
    assert visit.page.url == site_url + PAGE  # the form was not sent anywhere
    assert all(any(r.endswith(name) for r in visit.requests) for name in lazy)
    assert visit.errors == []


def test_the_first_press_on_zet_erbij_counts_before_the_builder_has_loaded(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    assert visit.page.locator("#bb-zelf-keuze option").count() > 0  # offered before any script ran
    visit.page.click("#bb-zelf-erbij")
    visit.page.wait_for_selector("#bb-zelf-route > li")
    assert visit.page.locator("#bb-zelf-route > li").count() == 1
    assert visit.errors == []


def test_a_goal_you_cannot_reach_says_why(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    search(visit.page, "werk-zorg-en-welzijn", "meedoen-aan-activiteiten")
    assert visit.page.locator("#bb-routes-kop").inner_text() == "Geen route gevonden"
    assert "Vanaf Werk in zorg en welzijn kom je niet bij Meedoen aan activiteiten in de buurt." in \
        visit.page.locator("#bb-routes").inner_text()
    visit.page.select_option("#bb-uren", "16")
    search(visit.page, "vrijwilliger-in-de-buurt", "werk-zorg-en-welzijn")
    assert "Dat is meer dan 16 uur." in visit.page.locator("#bb-routes").inner_text()
    assert visit.errors == []


def test_wish_where_you_live(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    liendert = "Buurtbaan in Liendert (Amersfoort)"
    search(page, "vrijwilliger-in-de-buurt", "werk-in-een-ander-vak")
    assert liendert in [t for i in range(page.locator(".bb-route").count())
                        for t in stations_of(page, f".bb-route >> nth={i}")]
    assert page.get_by_label("Waar woon je?").input_value() == ""
    page.get_by_label("Waar woon je?").select_option(label="Amsterdam")
    search(page, "vrijwilliger-in-de-buurt", "werk-in-een-ander-vak")
    found = [stations_of(page, f".bb-route >> nth={i}") for i in range(page.locator(".bb-route").count())]
    assert found and all(liendert not in route for route in found)
    assert found == expected_routes(page, "vrijwilliger-in-de-buurt", "werk-in-een-ander-vak",
                                    {"gemeente": "amsterdam"})
    assert "Alleen voor wie in Amsterdam woont" in page.locator("#bb-routes").inner_text()
    search(page, "meedoen-aan-activiteiten", "buurtbaan-liendert")
    assert page.locator("#bb-routes-kop").inner_text() == "Geen route gevonden"
    assert "Buurtbaan in Liendert (Amersfoort) is alleen voor wie in Amersfoort woont. Jij woont in " \
        "Amsterdam. Kies een ander doel." in page.locator("#bb-routes").inner_text()
    assert visit.errors == []


def expected_routes(page, start, goal, wishes=None):
    """The titles of the routes that routes.js finds in the published stations.json."""
    return page.evaluate("""async ([start, goal, wishes]) => {
        const {findRoutes} = await import('../assets/spoorboekje/routes.js');
        const data = await (await fetch('stations.json')).json();
        return findRoutes(data.stations, start, goal, wishes ?? {}).routes
          .map(r => r.ids.map(id => data.stations[id].titel));
    }""", [start, goal, wishes])


def choose_first_route(page):
    page.get_by_role("button", name="Kies route 1").click()
    page.wait_for_selector("#bb-mijn-route:not([hidden])")
    return stations_of(page, "#bb-mijn-route")


def test_a_shared_link_restores_the_same_route_in_a_new_page(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    search(visit.page, "meedoen-aan-activiteiten", "mbo-sociaal-werk")
    chosen = choose_first_route(visit.page)
    assert focused(visit.page) == "bb-mijn-route-kop"
    link = visit.page.locator("#bb-deel").input_value()
    assert link == visit.page.url
    assert re.fullmatch(re.escape(site_url + PAGE) + r"#route=meedoen-aan-activiteiten,[a-z0-9,-]+,mbo-sociaal-werk", link)

    other = bezoek()  # a new browser profile: nothing saved, only the link
    other.page.goto(link, wait_until="networkidle")
    other.page.wait_for_selector("#bb-mijn-route:not([hidden])")
    assert stations_of(other.page, "#bb-mijn-route") == chosen
    assert focused(other.page) == "bb-mijn-route-kop"
    # the route is never sent anywhere: the fragment is not part of any request
    assert not [r for r in visit.requests + other.requests if "route=" in r and "#" not in r]
    assert visit.errors == other.errors == []


def test_a_link_pasted_into_the_same_page_opens_too(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    visit.page.evaluate("location.hash = '#route=meedoen-aan-activiteiten,vrijwilliger-in-de-buurt'")
    visit.page.wait_for_selector("#bb-mijn-route:not([hidden]) .bb-halte-kop")
    assert stations_of(visit.page, "#bb-mijn-route") == ["Meedoen aan activiteiten in de buurt",
                                                         "Vrijwilliger in de buurt"]
    assert visit.errors == []


def test_a_broken_link_says_so(site_url, bezoek):
    visit = open_builder(bezoek, site_url, PAGE + "#route=meedoen-aan-activiteiten,werk-zorg-en-welzijn")
    visit.page.wait_for_selector("#bb-routes-kop")
    assert visit.page.locator("#bb-routes-kop").inner_text() == "Deze link werkt niet meer"
    assert visit.page.locator("#bb-mijn-route").is_hidden()
    assert visit.errors == []


def test_save_and_reload(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    search(page, "vrijwilliger-in-de-buurt", "zzp")
    chosen = choose_first_route(page)
    page.get_by_role("button", name="Bewaar in deze browser").click()
    page.wait_for_function("document.querySelector('#bb-melding').textContent.startsWith('Je route is bewaard')")

    page.goto(site_url + PAGE, wait_until="networkidle")  # later, without the link
    page.wait_for_selector("#bb-planner:not([hidden])")
    assert page.locator("#bb-mijn-route").is_hidden()
    assert "Je hebt een route bewaard: van Vrijwilliger in de buurt naar Zelfstandige (zzp'er)." in \
        page.locator(".bb-bewaard").inner_text()
    page.get_by_role("button", name="Open je bewaarde route").click()
    assert stations_of(page, "#bb-mijn-route") == chosen

    page.goto(site_url + PAGE, wait_until="networkidle")
    page.get_by_role("button", name="Vergeet deze route").click()
    assert focused(page) == "bb-van"
    page.goto(site_url + PAGE, wait_until="networkidle")
    page.wait_for_selector("#bb-planner:not([hidden])")
    assert page.locator(".bb-bewaard").count() == 0
    assert visit.errors == []


def test_keyboard_only(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    tab_to(page, "el.id === 'bb-van'")
    page.keyboard.type("Vrijwilliger in")  # a closed select picks the option you type
    page.keyboard.press("Tab")
    page.keyboard.type("Werk in zorg")
    tab_to(page, "el.id === 'bb-diploma'")
    page.keyboard.press("Space")
    tab_to(page, "el.textContent === 'Zoek routes'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#bb-routes-kop")
    assert page.locator("#bb-van").input_value() == "vrijwilliger-in-de-buurt"
    assert page.locator("#bb-naar").input_value() == "werk-zorg-en-welzijn"
    assert page.locator("#bb-diploma").is_checked()
    assert focused(page) == "bb-routes-kop"
    first = stations_of(page, ".bb-route >> nth=0")
    assert first == expected_routes(page, "vrijwilliger-in-de-buurt", "werk-zorg-en-welzijn", {"diploma": True})[0]

    tab_to(page, "el.textContent === 'Kies route 1'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#bb-mijn-route:not([hidden])")
    assert focused(page) == "bb-mijn-route-kop"
    assert stations_of(page, "#bb-mijn-route") == first

    # build one yourself: only next steps are offered, and a step can be taken back
    tab_to(page, "el.id === 'bb-zelf-keuze'")
    page.keyboard.type("Meedoen")
    tab_to(page, "el.id === 'bb-zelf-erbij'")
    page.keyboard.press("Enter")
    assert focused(page) == "bb-zelf-keuze"
    offered = page.locator("#bb-zelf-keuze option").all_inner_texts()
    assert offered == ["Vrijwilliger in de buurt", "Taal leren en een startkwalificatie halen",
                       "Hulp bij een volgende stap in Liendert"]
    page.keyboard.type("Taal")
    tab_to(page, "el.id === 'bb-zelf-erbij'")
    page.keyboard.press("Enter")
    assert "Meedoen aan activiteiten in de buurt" not in page.locator("#bb-zelf-keuze").inner_text()
    tab_to(page, "el.id === 'bb-zelf-terug'")
    page.keyboard.press("Enter")
    assert page.locator("#bb-zelf-route > li").count() == 1
    assert page.locator("#bb-zelf-keuze option").all_inner_texts() == offered
    page.keyboard.press("Tab")  # from the list of choices to "Zet erbij"
    page.keyboard.press("Enter")
    tab_to(page, "el.id === 'bb-zelf-klaar'")
    page.keyboard.press("Enter")
    assert stations_of(page, "#bb-mijn-route") == ["Meedoen aan activiteiten in de buurt", "Vrijwilliger in de buurt"]
    assert page.url.endswith("#route=meedoen-aan-activiteiten,vrijwilliger-in-de-buurt")
    assert visit.errors == []


def test_a_lijn_becomes_your_own_spoorboekje(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    visit.page.get_by_role("link", name="Maak van deze lijn je eigen spoorboekje").first.click()
    visit.page.wait_for_selector("#bb-mijn-route:not([hidden])")
    assert stations_of(visit.page, "#bb-mijn-route")[-1] == "Jongerenwerker"
    assert visit.errors == []


def test_every_lijn_prints_on_one_a4(site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    links = page.locator(".bb-alleen-js a").evaluate_all("links => links.map(a => a.hash)")
    assert len(links) >= 4
    page.emulate_media(media="print")
    for href in links:
        page.goto(site_url + PAGE + href)
        page.reload(wait_until="networkidle")
        page.wait_for_selector("#bb-mijn-route:not([hidden])")
        # on paper only the personal spoorboekje shows: not the form, not building it yourself
        assert page.locator("#bb-mijn-route").is_visible()
        assert page.locator("#bb-zoek").is_hidden() and page.locator("#bb-zelf").is_hidden()
        pdf = page.pdf(format="A4")
        assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, href
    assert visit.errors == []


@pytest.fixture(scope="module")
def instant_url(gebouwde_site, tmp_path_factory):
    """The built site with a sitemap that names this server. Material's instant navigation only
    takes over links it finds in the sitemap; it swaps in the visitor's protocol and host name, but
    not the port or the path of `site_url`, so on a test server it would quietly load every page."""
    folder = tmp_path_factory.mktemp("instant")
    shutil.copytree(gebouwde_site, folder, dirs_exist_ok=True)
    url, server = serve_folder(folder)
    site = load_config(str(ROOT / "mkdocs.yml")).site_url  # MkDocs' loader knows !ENV
    sitemap = folder / "sitemap.xml"
    sitemap.write_text(sitemap.read_text().replace(site, url))
    yield url
    server.shutdown()


def test_works_after_materials_instant_navigation(instant_url, bezoek):
    visit = bezoek()
    page = visit.page
    page.goto(instant_url, wait_until="networkidle")
    page.evaluate("window.zelfdePagina = true")
    page.get_by_role("link", name="Maak je route in het spoorboekje").click()  # from home
    for _ in range(2):  # there, away, and there again
        page.wait_for_selector("#bb-planner:not([hidden])")
        search(page, "vrijwilliger-in-de-buurt", "zzp")
        assert page.locator(".bb-route").count() >= 1
        page.locator(".md-nav--primary").get_by_role("link", name="Routekaart").click()
        page.wait_for_url("**/routekaart/")
        page.locator(".md-nav--primary").get_by_role("link", name="Spoorboekje").click()
    assert page.evaluate("window.zelfdePagina") is True  # no full page load happened
    assert visit.errors == []


def test_without_javascript_the_lists_remain(site_url, bezoek):
    visit = bezoek(java_script_enabled=False)
    page = visit.page
    page.goto(site_url + PAGE)
    assert page.locator("#bb-planner").is_hidden()
    assert page.get_by_role("heading", name="Voorbeeldroutes").is_visible()
    data = json.loads(page.context.request.get(site_url + PAGE + "stations.json").text())
    for station in data["stations"].values():
        assert page.locator(f'a[href="{station["url"]}"]').count() >= 1, station["titel"]
    assert page.get_by_text("Verder naar:").count() >= 18


def test_phone_width_and_tap_targets(site_url, bezoek):
    visit = open_builder(bezoek, site_url, viewport={"width": 360, "height": 740})
    page = visit.page
    search(page, "meedoen-aan-activiteiten", "werk-zorg-en-welzijn")
    choose_first_route(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    small = page.evaluate("""[...document.querySelectorAll(
        '#bb-planner button, #bb-planner select, #bb-planner input')]
        .filter(el => el.offsetParent !== null)
        .map(el => [el.id || el.textContent, el.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24)""")
    assert small == []
    assert visit.errors == []


@pytest.mark.parametrize("state", ["leeg", "routes", "eigen spoorboekje", "bewaard", "zelf bouwen"])
def test_axe_finds_nothing_on_the_builder(state, site_url, bezoek):
    visit = open_builder(bezoek, site_url)
    page = visit.page
    if state != "leeg":
        search(page, "vrijwilliger-in-de-buurt", "werk-zorg-en-welzijn")
    if state in ("eigen spoorboekje", "bewaard"):
        choose_first_route(page)
    if state == "bewaard":
        page.get_by_role("button", name="Bewaar in deze browser").click()
        page.goto(site_url + PAGE, wait_until="networkidle")
        page.wait_for_selector(".bb-bewaard")
    if state == "zelf bouwen":
        page.click("#bb-zelf-erbij")
        page.click("#bb-zelf-erbij")
        assert page.locator("#bb-zelf-route > li").count() == 2
    assert axe(page) == []
    assert visit.errors == []


@pytest.mark.parametrize("path", ["spoorboekje/stations/buurtbaan-community-builder/",
                                  "spoorboekje/lijnen/van-vrijwilliger-naar-sociaal-werker/"])
def test_axe_finds_nothing_on_station_and_lijn_pages(path, site_url, bezoek):
    visit = bezoek()
    visit.page.goto(site_url + path, wait_until="networkidle")
    assert axe(visit.page) == []
    assert visit.errors == []
