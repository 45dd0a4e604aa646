"""The site's layout (core/indeling.py, generator/indeling.py): the URL rule, the menu, the search
sections, mkdocs.yml checked against it, and a throwaway content type added the way the README's
recipe says: one module, its template, one line of layout."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from typing import ClassVar

import jsonschema
import pytest
import yaml
from conftest import ROOT, bouw, maak_fixture_project

from generator import formulier, nieuw, site
from generator import schema as json_schema
from generator import soorten as soorten_pkg
from generator.core import problems
from generator.core.content import Inhoud, Soort, load_content
from generator.core.indeling import Indeling, Sectie, lees_mkdocs_yml, relatieve_url, url
from generator.core.problems import Melding
from generator.core.render import Context
from generator.core.velden import FoutInDeclaratie, Kader, Veld, tekst
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
    assert INDELING.zoeksectie("regelingen/x.md") == "Werkgevers"
    assert INDELING.zoeksectie("vacatures/x.md") == "Vacatures"
    assert INDELING.zoeksectie("werkgevers/vragen/x.md") == "Werkgevers"  # the outermost section's title
    assert INDELING.zoeksectie("over.md") == "Over"  # served at over/: the section over
    assert INDELING.zoeksectie("over/wat-weten-we.md") == "Over"
    assert INDELING.zoeksectie("nergens/x.md") == "Algemeen"
    assert INDELING.zoeksectie("index.md") == "Algemeen"
    assert INDELING.zoeksectie("contact.md") == "Algemeen"


def test_a_nested_section_may_have_a_search_section_of_its_own():
    indeling = Indeling((Sectie("a", "A"), Sectie("a/b", "B", zoeksectie="Anders"), Sectie("a/b/c", "C"),
                         Sectie("a/d", "D")))
    assert indeling.zoeksectie("a/b/x.md") == "Anders"
    assert indeling.zoeksectie("a/b/c/x.md") == "Anders"  # from the section above it
    assert indeling.zoeksectie("a/b/index.md") == "Anders"
    assert indeling.zoeksectie("a/d/x.md") == "A"
    assert indeling.zoeksectie("a/index.md") == "A"


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


def mkdocs_yml_problemen(gegenereerd: set[str]) -> list[str]:
    """What the real suite checks of mkdocs.yml against the layout: only real disagreement (a
    title, a generated page the layout keeps out of the menu, a search section). A section that
    mkdocs.yml's nav does not name is no disagreement: the plugin adds it."""
    return INDELING.verschillen(lees_mkdocs_yml(ROOT / "mkdocs.yml"), gegenereerd)


def test_mkdocs_yml_agrees_with_the_layout(gegenereerd):
    assert mkdocs_yml_problemen(gegenereerd) == []


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
        "mkdocs.yml's extra.zoeksecties is not read: the search section of a page comes from the "
        "layout (generator/indeling.py). Take it out of mkdocs.yml.",
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
    out = [Uitvoer(w.pagina, ctx.render("weetjes/weetje.md.j2", w.pagina, item=w), source_path=str(w.path))
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
    assert pages["weetjes/eerste.md"].source_path == "content/weetjes/eerste.yaml"
    assert INDELING.in_nav("weetjes/index.md") and not INDELING.in_nav("weetjes/eerste.md")
    assert INDELING.zoeksectie("weetjes/eerste.md") == "Weetjes"
    # the real menu gets it (at the end: mkdocs.yml may place it elsewhere)
    nav = INDELING.nav_aanvullen(lees_mkdocs_yml(ROOT / "mkdocs.yml")["nav"])
    assert nav[-1] == {"Weetjes": "weetjes/index.md"}
    assert {"vacatures/index.md", "spoorboekje/index.md"} <= set(pages)  # the rest of the site is still there


def test_a_new_type_passes_the_checks_of_the_real_suite_after_the_readme_steps(weetjes):
    """What `make test` checks for every type, run for the throwaway one: mkdocs.yml against
    the layout (the new section is not in its nav: no disagreement), a fixture item, and the
    JSON Schema that `buurtbanen schema` writes (the README's test-side steps)."""
    project, templates = weetjes
    inhoud, _ = site.controleer(project)
    pages = {o.path for o in site.genereer(inhoud, DATUM, [templates])}
    assert mkdocs_yml_problemen(pages) == []
    assert any(p.startswith("weetjes/") and not p.endswith("index.md") for p in pages)  # test_golden's rule
    # the committed schemas lack the new type until `buurtbanen schema` runs (test_schema's rule)
    assert {"schemas/weetje.schema.json", ".vscode/settings.json"} <= set(json_schema.verschillen(ROOT, site.soorten()))
    json_schema.schrijf(project, site.soorten())
    assert json_schema.verschillen(project, site.soorten()) == []
    schema = json.loads((project / "schemas" / "weetje.schema.json").read_text(encoding="utf-8"))
    item = yaml.safe_load((project / "content" / "weetjes" / "eerste.yaml").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(item)) == []
    assert list(jsonschema.Draft202012Validator(schema).iter_errors({"titel": 3, "bron": "x"})) != []
    settings = (project / ".vscode" / "settings.json").read_text(encoding="utf-8")
    assert '"content/weetjes/*.yaml"' in settings


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


# --- addresses in the theme and the glossary follow use_directory_urls ----------------------------

@pytest.fixture(scope="module")
def zonder_mappen(tmp_path_factory):
    """The fixture site built with `use_directory_urls: false` (pages are `a/b.html`)."""
    project = maak_fixture_project(tmp_path_factory.mktemp("zonder") / "site")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "use_directory_urls: false\n", encoding="utf-8")
    result = bouw(project, project / "uit")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "uit"


def _begrip_links(page) -> list[str]:
    return re.findall(r'<a class="bb-begrip" href="([^"#]*)#', page.read_text(encoding="utf-8"))


def test_glossary_and_footer_links_follow_use_directory_urls(zonder_mappen):
    page = zonder_mappen / "vacatures" / "buurtverbinder-west.html"
    begrip = _begrip_links(page)
    assert begrip and all(link == "../begrippen/index.html" for link in begrip), begrip
    assert (page.parent / begrip[0]).resolve().is_file()
    text = page.read_text(encoding="utf-8")
    for naam in ("contact.html", "privacy.html", "toegankelijkheid.html", "over.html",
                 "begrippen/index.html", "onderwerpen/index.html"):
        assert f'href="../{naam}"' in text, naam
    assert 'href="../bijdragen/index.html">hoe je kunt bijdragen' in text
    assert "href=\"../begrippen/\"" not in text and "href=\"../contact/\"" not in text


# --- generated pages by name: written once, in the layout -------------------------------------------

def test_a_listed_page_is_found_by_its_name_and_a_name_twice_is_refused():
    assert INDELING.pagina("checklist") == "werkgevers/checklist.md"
    assert INDELING.pagina("gespreksleidraad") == "vuistregels/gespreksleidraad.md"
    with pytest.raises(KeyError, match="generator/indeling.py"):
        INDELING.pagina("bestaat-niet")
    with pytest.raises(ValueError, match="page twice: x"):
        Indeling((Sectie("a", "A", paginas={"x.md": "X"}), Sectie("b", "B", paginas={"x.md": "Ook X"})))


def test_no_module_or_template_writes_the_path_of_a_page_the_layout_lists():
    paths = [path for path in INDELING.nav_titels() if not path.endswith("/index.md")]
    assert "werkgevers/checklist.md" in paths
    layout = {ROOT / "generator" / "indeling.py", ROOT / "generator" / "core" / "indeling.py"}
    bestanden = [f for f in [*(ROOT / "generator").rglob("*.py"), *(ROOT / "generator" / "templates").rglob("*.j2")]
                 if f not in layout and "voorbeeld" not in f.name and "voorbeeld" not in f.parent.name]
    found = [f"{f.relative_to(ROOT)}: {path}" for f in bestanden for path in paths
             if re.search(r"[\"'(]" + re.escape(path) + r"[\"')]", f.read_text(encoding="utf-8"))]
    assert found == []


def test_where_is_what_names_the_parts_as_the_menu_does():
    from generator import bewerken
    text = (ROOT / "tests" / "golden" / "bijdragen" / "waar-staat-wat.md").read_text(encoding="utf-8")
    assert "## Voor bewoners {: #bewoners }" in text and "## Bewoners" not in text
    assert "## Leren van elkaar {: #leren }" in text
    alle = site.soorten()
    assert bewerken.uitleg("werkgevers/protocol/index.md", alle) == "bijdragen/waar-staat-wat.md#werkgevers"
    assert bewerken.uitleg("index.md", alle) == "bijdragen/waar-staat-wat.md"
    assert list(bewerken.delen(alle))[0] == INDELING.sectie("bewoners")  # menu order


def test_each_page_carries_the_layouts_search_section_and_the_theme_has_no_rule_of_its_own(zonder_mappen):
    vacature = (zonder_mappen / "vacatures" / "buurtverbinder-west.html").read_text(encoding="utf-8")
    assert 'data-pagefind-filter="sectie:Vacatures"' in vacature
    regeling = next((zonder_mappen / "regelingen").glob("*.html")).read_text(encoding="utf-8")
    assert 'data-pagefind-filter="sectie:Werkgevers"' in regeling
    home = (zonder_mappen / "index.html").read_text(encoding="utf-8")
    assert 'data-pagefind-filter="sectie:Algemeen"' in home
    assert "Algemeen" not in (ROOT / "docs" / "overrides" / "main.html").read_text(encoding="utf-8")


# --- the engine stays thin: short hooks that name no section ----------------------------------------

def test_the_plugins_hooks_are_short_and_name_no_section():
    import ast
    source = (ROOT / "generator" / "mkdocs_plugin.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name.startswith("on_"):
            docstring = isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
            body = node.body[1:] if docstring else node.body  # without the docstring
            assert body[-1].end_lineno - body[0].lineno + 1 <= 15, node.name
    assert "from .soorten" not in source and "inhoud.alle(" not in source  # no content type by name
    strings = [n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [s for s in strings for sectie in INDELING.secties if s.startswith(sectie.map + "/")] == []


# --- a content type's declaration is checked when its module is imported ----------------------------

@pytest.mark.parametrize(("maak", "melding"), [
    (lambda: Soort("weetje", "weetjes", (tekst("titel", "De titel."))), "mind the comma after one field"),
    (lambda: Soort("weetje", "weetjes", [tekst("titel", "De titel.")]), "velden must be a tuple"),
    (lambda: Soort("weetje", "weetjes", (tekst("bron", "Een bron."),)), "share a name (also with the fields every type has): bron"),
    (lambda: Soort("Weetje", "weetjes", ()), "the name must be one word"),
    (lambda: Soort("weetje", "/weetjes/", ()), "the folder (map) must be"),
    (lambda: Soort("weetje", "weetjes", (), controles=(lambda items, inhoud: [])), "mind the comma after one check"),
    (lambda: Soort("weetje", "weetjes", (), titel="titel"), "titel must be a function"),
    (lambda: Soort("weetje", "weetjes", (), verloopt_na_maanden=0), "verloopt_na_maanden must be"),
])
def test_a_bad_type_declaration_fails_at_once_with_what_to_change(maak, melding):
    with pytest.raises(FoutInDeclaratie, match=re.escape(melding)):
        maak()


def test_a_type_module_without_the_comma_fails_on_import_not_while_checking(weetjes):
    project, _ = weetjes
    module = f"{soorten_pkg.__path__[-1]}/weetjes.py"  # the fixture's folder joins last
    with open(module, encoding="utf-8") as f:
        text = f.read()
    with open(module, "w", encoding="utf-8") as f:
        f.write(text.replace('(tekst("titel", "De titel van het weetje."),)', '(tekst("titel", "De titel van het weetje."))'))
    with pytest.raises(FoutInDeclaratie, match="Soort 'weetje': velden must be a tuple"):
        site.controleer(project)


# --- a throwaway field kind: one class, its messages, its builder -----------------------------------

class PostcodeVeld(Veld):
    """A Dutch postcode: 1011 AB. Everything that differs from other kinds is here."""

    veldsoort: ClassVar[str] = "postcode"
    vraag_bij_nieuw: ClassVar[bool] = True

    def controleer(self, value, plek):
        if not isinstance(value, str) or not re.fullmatch(r"\d{4} [A-Z]{2}", value.strip()):
            return self.fout(plek, "geen-postcode", gevonden=value)
        return value.strip()

    def json_waarde(self, kader, leeg_mag):
        return {"type": "string", "pattern": r"^\d{4} [A-Z]{2}$"}

    def decap_widget(self, kader):
        return {"widget": "string", "pattern": [r"^\d{4} [A-Z]{2}$", "Vier cijfers, een spatie, twee hoofdletters."]}

    def toon(self, value):
        return f"{value} (postcode)"

    def standaard(self, vandaag):
        return "1011 AB"


def postcode(naam, uitleg, voorbeeld="1011 AB", **kw):  # its builder, beside the others in core/velden/__init__.py
    return PostcodeVeld(naam=naam, uitleg=uitleg, voorbeeld=voorbeeld, **kw)


GEEN_POSTCODE = Melding("hier hoort een postcode, maar er staat {gevonden}.",
                        "Schrijf vier cijfers, een spatie en twee hoofdletters.", "postcode: 1011ab", "postcode: 1011 AB")


def test_a_new_field_kind_needs_one_class_its_messages_and_its_builder(monkeypatch, tmp_path, capsys):
    # a real kind calls problems.register({...}) in its module; here the table is put back afterwards
    monkeypatch.setitem(problems.MELDINGEN, "geen-postcode", GEEN_POSTCODE)
    plek = Soort("plek", "plekken", (tekst("titel", "De naam van de plek."),
                                     postcode("postcode", "De postcode van de plek.")))
    alle = {"plek": plek}
    (tmp_path / "content" / "plekken").mkdir(parents=True)
    (tmp_path / "content" / "plekken" / "a.yaml").write_text("titel: Buurthuis\npostcode: 1011ab\nbron: Test, §1\n",
                                                           encoding="utf-8")
    # checking, with its own message
    _, found = load_content(tmp_path, alle)
    assert [p.format().splitlines()[0] for p in found] == [
        "content/plekken/a.yaml:2: veld 'postcode': hier hoort een postcode, maar er staat 1011ab."]
    # the JSON Schema, the form, `buurtbanen nieuw` (its start value, its question)
    assert json_schema.schema(plek, Kader(alle))["properties"]["postcode"]["pattern"] == r"^\d{4} [A-Z]{2}$"
    assert formulier.veld(plek.velden[1], alle)["widget"] == "string"
    inhoud = Inhoud(alle)
    assert nieuw.standaard(plek, inhoud, DATUM)["postcode"] == "1011 AB"
    assert re.search(r'^postcode: "?1011 AB"?$', nieuw.scaffold(plek, inhoud, DATUM, {}), re.M)
    vragen: list[str] = []
    nieuw.vragen(plek, lambda q: vragen.append(q) or "", nieuw.voorbeelden(plek, inhoud, DATUM))
    assert "Enter houdt: 1011 AB (postcode)" in vragen[1]


def test_paragraphs_never_name_an_item():
    from generator.core.velden import markdown
    soort = Soort("stuk", "stukken", (markdown("tekst", "De tekst."), tekst("kop", "De kop.")))
    assert soort.naamveld == "kop"


def test_the_forms_page_links_to_bijdragen_as_the_site_serves_it(tmp_path):
    from types import SimpleNamespace

    config = SimpleNamespace(repo_url="https://github.com/buurtbaan/kennisbank", edit_uri="edit/main/docs/",
                             site_url=None, use_directory_urls=False)
    made = {b.path: b.text for b in formulier.bestanden(site.soorten(), config, ROOT, None, False, dist=tmp_path)}
    assert 'href="../bijdragen/index.html"' in made["admin/index.html"]
    assert 'href="../bijdragen/"' in formulier.index_html(oefen=False, klaar=False)
