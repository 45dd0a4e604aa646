"""The site's layout (core/indeling.py, generator/indeling.py): the URL rule, the menu, the search
sections, mkdocs.yml checked against it, and a throwaway content type added the way the README's
recipe says: one module, its template, one line of layout."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest
from conftest import ROOT, maak_fixture_project

from generator import site
from generator import soorten as soorten_pkg
from generator.core.indeling import Indeling, Sectie, lees_mkdocs_yml, relatieve_url, url
from generator.core.render import Context
from generator.indeling import INDELING
from generator.soorten.spoorboekje.routedata import routedata

DATUM = dt.date(2026, 11, 23)


# --- the URL rule ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "mappen", "verwacht"), [
    ("index.md", True, ""), ("a/index.md", True, "a/"), ("a/b.md", True, "a/b/"),
    ("a/b/index.md", True, "a/b/"), ("index.md", False, "index.html"), ("a/index.md", False, "a/index.html"),
    ("a/b.md", False, "a/b.html"), ("a/feed.xml", True, "a/feed.xml"), ("a/feed.xml", False, "a/feed.xml"),
])
def test_the_url_rule_follows_use_directory_urls(path, mappen, verwacht):
    assert url(path, mappen) == verwacht


def test_relative_urls_keep_the_folder_slash():
    assert relatieve_url("spoorboekje/stations/x.md", "spoorboekje") == "stations/x/"
    assert relatieve_url("organisaties/y.md", "spoorboekje") == "../organisaties/y/"
    assert relatieve_url("index.md", "spoorboekje") == "../"
    assert relatieve_url("organisaties/y.md", "spoorboekje", mappen_urls=False) == "../organisaties/y.html"


def test_the_route_data_honours_use_directory_urls():
    inhoud, _ = site.controleer(ROOT / "tests" / "fixtures" / "site")
    for mappen, einde in ((True, "/"), (False, ".html")):
        data = json.loads(routedata(inhoud, Context(DATUM, site._env(()), mappen_urls=mappen)))
        urls = [s["url"] for s in data["stations"].values()] + \
               [u for s in data["stations"].values() for _, u in s["hulp"]]
        assert urls and all(u.endswith(einde) for u in urls), (mappen, urls)


# --- sections, overviews, menu and search ------------------------------------------------------

def test_every_content_type_has_a_section_with_an_overview():
    for soort in site.soorten().values():
        assert INDELING.overzicht(soort.map).endswith("/index.md"), soort.naam
    assert INDELING.overzicht("spoorboekje/stations") == "spoorboekje/index.md"
    assert INDELING.overzicht("werkgevers/vragen") == "werkgevers/vragen/index.md"


def test_a_folder_outside_every_section_is_refused_with_a_hint():
    with pytest.raises(KeyError, match="generator/indeling.py"):
        INDELING.overzicht("bestaat-niet")


def test_a_section_named_twice_is_refused():
    with pytest.raises(ValueError, match="twice: a"):
        Indeling((Sectie("a", "A"), Sectie("a", "Ook A")))


def test_menu_and_search_sections():
    assert INDELING.in_nav("vacatures/index.md")
    assert INDELING.in_nav("werkgevers/checklist.md")
    assert not INDELING.in_nav("vacatures/gastvrouw.md")  # item pages never
    assert not INDELING.in_nav("onderwerpen/index.md")
    assert INDELING.zoeksectie("regelingen/x/") == "Werkgevers"
    assert INDELING.zoeksectie("vacatures/x/") == "Vacatures"
    assert INDELING.zoeksectie("nergens/x/") == "Algemeen"
    assert INDELING.zoeksectie("index.md") == "Algemeen"


def test_a_missing_section_joins_the_menu_under_its_parent_or_at_the_end():
    indeling = Indeling((Sectie("a", "A"), Sectie("a/b", "B"), Sectie("c", "C")))
    nav = [{"Home": "index.md"}, {"A": ["a/index.md"]}]
    assert indeling.nav_aanvullen(nav) == [{"Home": "index.md"}, {"A": ["a/index.md", {"B": "a/b/index.md"}]},
                                           {"C": "c/index.md"}]
    assert nav == [{"Home": "index.md"}, {"A": ["a/index.md"]}]  # the given nav is left as it was
    assert indeling.nav_aanvullen(indeling.nav_aanvullen(nav)) == indeling.nav_aanvullen(nav)


# --- mkdocs.yml against the layout ----------------------------------------------------------------

@pytest.fixture(scope="module")
def gegenereerd() -> set[str]:
    inhoud, _ = site.controleer(ROOT)
    return {o.path for o in site.genereer(inhoud, DATUM)}


def test_mkdocs_yml_agrees_with_the_layout(gegenereerd):
    mkdocs = lees_mkdocs_yml(ROOT / "mkdocs.yml")
    assert INDELING.verschillen(mkdocs, gegenereerd) == []
    # every menu page of the layout is placed in mkdocs.yml's nav on purpose
    assert INDELING.nav_aanvullen(mkdocs["nav"]) == mkdocs["nav"]


def test_a_disagreeing_mkdocs_yml_gets_a_clear_message(gegenereerd):
    mkdocs = lees_mkdocs_yml(ROOT / "mkdocs.yml")
    mkdocs["nav"] = [{"Banen": "vacatures/index.md"}, {"Alle weetjes": "onderwerpen/index.md"}]
    mkdocs.setdefault("extra", {})["zoeksecties"] = {"regelingen": "Over"}
    assert INDELING.verschillen(mkdocs, gegenereerd) == [
        "mkdocs.yml's nav calls vacatures/index.md 'Banen', the layout (generator/indeling.py) "
        "'Vacatures': make them the same.",
        "mkdocs.yml's nav lists onderwerpen/index.md, a generated page that the layout "
        "(generator/indeling.py) keeps out of the menu: add it to its section's `paginas`, or take "
        "it out of the nav.",
        "mkdocs.yml's extra.zoeksecties gives regelingen/ the search section 'Over', the layout "
        "(generator/indeling.py) 'Werkgevers': leave it out of mkdocs.yml, the layout fills it in.",
    ]


# --- a throwaway content type: one module, its template, one line of layout ------------------------

MODULE = '''"""Weetjes: a throwaway content type for a test."""

from __future__ import annotations

from ..core.content import Inhoud, Soort
from ..core.render import Context, Uitvoer
from ..core.velden import tekst
from ..indeling import INDELING

WEETJE = Soort("weetje", "weetjes", (tekst("titel", "De titel van het weetje."),))
SOORTEN = (WEETJE,)


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    weetjes = inhoud.alle("weetje")
    path = INDELING.overzicht(WEETJE.map)
    out = [Uitvoer(w.pagina, ctx.render("weetjes/weetje.md.j2", w.pagina, item=w), bron=str(w.path))
           for w in weetjes]
    return out + [Uitvoer(path, ctx.render("weetjes/overzicht.md.j2", path, weetjes=weetjes))]
'''
OVERZICHT = """# Weetjes

{% for w in weetjes %}
- [{{ w.titel }}]({{ url(w.pagina) }})
{% endfor %}
"""
WEETJE = "# {{ item.titel }}\n\nBron: {{ item.bron }}\n"


@pytest.fixture
def weetjes(tmp_path, monkeypatch):
    """A project (the fixture site) with the type `weetje`: its module in a folder of its own
    that joins generator/soorten/, its templates, one item, and one line of layout."""
    modules = tmp_path / "soorten"
    modules.mkdir()
    (modules / "weetjes.py").write_text(MODULE, encoding="utf-8")
    templates = tmp_path / "sjablonen"
    (templates / "weetjes").mkdir(parents=True)
    (templates / "weetjes" / "overzicht.md.j2").write_text(OVERZICHT, encoding="utf-8")
    (templates / "weetjes" / "weetje.md.j2").write_text(WEETJE, encoding="utf-8")
    project = maak_fixture_project(tmp_path / "project")
    (project / "content" / "weetjes").mkdir()
    (project / "content" / "weetjes" / "eerste.yaml").write_text(
        "titel: Een buurtbaan duurt twee jaar\nbron: Testbron, §1\n", encoding="utf-8")

    monkeypatch.setattr(soorten_pkg, "__path__", [*soorten_pkg.__path__, str(modules)])
    monkeypatch.setattr(INDELING, "secties", (*INDELING.secties, Sectie("weetjes", "Weetjes")))  # the one line
    site.modules.cache_clear()
    yield project, templates
    site.modules.cache_clear()
    sys.modules.pop("generator.soorten.weetjes", None)


def test_a_new_type_needs_one_module_its_templates_and_one_line_of_layout(weetjes):
    project, templates = weetjes
    inhoud, problems = site.controleer(project)
    assert [p.format() for p in problems if p.is_fout] == []
    pages = {o.path: o for o in site.genereer(inhoud, DATUM, [templates])}
    assert "[Een buurtbaan duurt twee jaar](eerste.md)" in pages["weetjes/index.md"].text
    assert pages["weetjes/eerste.md"].bron == "content/weetjes/eerste.yaml"
    assert INDELING.in_nav("weetjes/index.md") and not INDELING.in_nav("weetjes/eerste.md")
    assert INDELING.zoeksectie("weetjes/eerste/") == "Weetjes"
    # the real menu gets it (at the end: mkdocs.yml may place it elsewhere) and the search its section
    nav = INDELING.nav_aanvullen(lees_mkdocs_yml(ROOT / "mkdocs.yml")["nav"])
    assert nav[-1] == {"Weetjes": "weetjes/index.md"}
    assert INDELING.zoeksecties()["weetjes"] == "Weetjes"
    assert {"vacatures/index.md", "spoorboekje/index.md"} <= set(pages)  # the rest of the site is still there


def test_a_new_type_builds_with_mkdocs_in_the_menu_and_in_its_search_section(weetjes, tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project, templates = weetjes
    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8").replace(
        "  - buurtbanen\n", f"  - buurtbanen:\n      templates: {templates}\n"
                            "      formulier: false\n")
    config_file.write_text(text, encoding="utf-8")
    config = load_config(str(config_file), site_dir=str(tmp_path / "uit"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    item = (tmp_path / "uit" / "weetjes" / "eerste" / "index.html").read_text(encoding="utf-8")
    assert "Een buurtbaan duurt twee jaar" in item
    assert 'data-pagefind-filter="sectie:Weetjes"' in item
    home = (tmp_path / "uit" / "index.html").read_text(encoding="utf-8")
    assert 'href="weetjes/"' in home  # in the menu (the fixture site has no nav of its own)
    assert 'href="weetjes/eerste/"' not in home  # its item page is not
