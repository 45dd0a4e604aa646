"""The spoorboekje without a browser: the graph functions, the route data and the built pages.

The messages of the graph checks are tested word for word in tests/meldingen/ (station-*,
volgende-*, lijn-*, spoorboekje-cycli-mogen).
"""

import datetime as dt
import json

from conftest import FIXTURE_SITE
from hulp import hoofdmenu

from generator.indeling import INDELING
from generator.site import controleer, genereer
from generator.soorten.spoorboekje.graph import reachable_from, reaching, reversed_edges

EDGES = {
    "meedoen": ["vrijwilliger"],
    "vrijwilliger": ["buurtbaan", "taal"],
    "taal": ["vrijwilliger"],  # a loop
    "buurtbaan": ["werk", "bestaat-niet"],  # a dangling edge is left to the reference check
    "werk": ["trainer"],
    "trainer": ["werk"],  # an end station that leads on, and back
    "eiland": [],
}


def test_reachable_from_follows_loops_and_ignores_dangling_edges():
    assert reachable_from(EDGES, ["meedoen"]) == {"meedoen", "vrijwilliger", "taal", "buurtbaan", "werk", "trainer"}
    assert reachable_from(EDGES, ["werk"]) == {"werk", "trainer"}
    assert reachable_from(EDGES, ["onbekend"]) == set()


def test_reaching_is_reachability_backwards():
    assert reversed_edges(EDGES)["werk"] == ["buurtbaan", "trainer"]
    assert reaching(EDGES, ["werk"]) == {"meedoen", "vrijwilliger", "taal", "buurtbaan", "werk", "trainer"}
    assert reaching(EDGES, ["eiland"]) == {"eiland"}


def _uitvoer():
    inhoud, problems = controleer(FIXTURE_SITE)
    assert problems == []
    return {o.path: o for o in genereer(inhoud, dt.date(2026, 11, 23))}


def test_route_data_holds_what_the_builder_shows_and_nothing_else():
    data = json.loads(_uitvoer()["spoorboekje/stations.json"].text)
    assert set(data) == {"soorten", "inkomen", "gemeenten", "stations"}
    assert data["gemeenten"] == {"amsterdam": "Amsterdam", "amersfoort": "Amersfoort"}
    assert data["stations"]["buurtbaan-community-builder"] == {
        "titel": "Buurtbaan als community builder",
        "url": "stations/buurtbaan-community-builder/",
        "soort": "buurtbaan",
        "duur": "Maximaal 2 jaar.",
        "maanden": 24,
        "uren": "32 uur, waarvan 8 uur voor leren en coaching",
        "max_uren": 32,
        "inkomen": "loon",
        "voorwaarden": ["Je bent al actief als vrijwilliger in je eigen buurt.",
                        "Je spreekt en schrijft redelijk goed Nederlands."],
        "leert": ["Werken in een team."],
        "bewijs": "Certificaat van deelname",
        "hulp": [["Wikistad", "../organisaties/wikistad/"]],
        "gemeente": "amsterdam",
        "volgende": [["werk-zorg-en-welzijn", "Je werkgever kan je na de buurtbaan een vaste baan geven."],
                     ["vrijwilliger-in-de-buurt", "Past betaald werk nog niet? Dan kun je als vrijwilliger verder."]],
    }
    assert data["stations"]["vrijwilliger-in-de-buurt"]["start"] is True
    assert data["stations"]["werk-zorg-en-welzijn"]["eind"] is True
    assert "gemeente" not in data["stations"]["werk-zorg-en-welzijn"]  # open to everyone


def test_pages_out_of_the_nav_with_their_yaml_as_source():
    uitvoer = _uitvoer()
    station = uitvoer["spoorboekje/stations/buurtbaan-community-builder.md"]
    assert station.source_path == "content/spoorboekje/stations/buurtbaan-community-builder.yaml"
    assert not INDELING.in_nav(station.path)
    assert uitvoer["spoorboekje/lijnen/van-vrijwilliger-naar-werk.md"].source_path.endswith("van-vrijwilliger-naar-werk.yaml")
    assert INDELING.in_nav(uitvoer["spoorboekje/index.md"].path)


def test_every_link_in_the_route_data_leads_to_a_built_page(gebouwde_site):
    data = json.loads((gebouwde_site / "spoorboekje/stations.json").read_text())
    assert len(data["stations"]) >= 18
    base = gebouwde_site / "spoorboekje"
    for station in data["stations"].values():
        for url in [station["url"], *(url for _, url in station["hulp"])]:
            assert (base / url / "index.html").resolve().is_file(), url
        for naar, _ in station["volgende"]:
            assert naar in data["stations"]


def test_the_real_site_has_the_spoorboekje(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text()
    nav = hoofdmenu(html)
    assert 'href="spoorboekje/"' in nav
    assert "stations/" not in nav  # station pages stay out of the navigation
    home = html[html.index('<h2 id="ik-wil-een-buurtbaan"'):html.index('<h2 id="ik-ben-werkgever"')]
    assert 'href="spoorboekje/"' in home
    station = (gebouwde_site / "spoorboekje/stations/mbo-sociaal-werk/index.html").read_text()
    assert "edit/main/content/spoorboekje/stations/mbo-sociaal-werk.yaml" in station
