"""The form's config.yml, made from the field declarations, and the build with and without Decap."""

import os
import subprocess
import sys

import pytest
import yaml
from conftest import BOUWDATUM, ROOT

from generator import formulier
from generator.core.velden import (
    FoutInDeclaratie,
    Kader,
    Veld,
    aantal,
    datum,
    getal,
    ja_nee,
    keuze,
    koppeling,
    lijst,
    markdown,
    onderdeel,
    tekst,
    verwijzing,
)
from generator.site import soorten

SOORTEN = soorten()


def _config(**kw):
    return formulier.config(SOORTEN, repo="buurtbaan/kennisbank", site_url="https://buurtbaan.github.io/kennisbank/", **kw)


def test_dutch_editorial_workflow_on_github():
    cfg = _config(oauth_proxy="https://oauth.buurtbaan.example")
    assert cfg["locale"] == "nl"
    assert cfg["publish_mode"] == "editorial_workflow"
    assert cfg["backend"] == {"name": "github", "repo": "buurtbaan/kennisbank", "branch": "main",
                              "base_url": "https://oauth.buurtbaan.example", "auth_endpoint": "auth",
                              "open_authoring": True, "auth_scope": "public_repo"}


def test_without_a_proxy_the_placeholder_is_used_and_practice_uses_test_repo():
    assert _config()["backend"]["base_url"] == formulier.OAUTH_VOORBEELD
    assert _config(oefen=True)["backend"] == {"name": "test-repo"}


def test_one_folder_collection_per_content_type():
    collections = {c["name"]: c for c in _config()["collections"]}
    assert set(collections) == set(SOORTEN)
    for naam, soort in SOORTEN.items():
        c = collections[naam]
        assert (c["folder"], c["extension"], c["format"], c["slug"]) == (f"content/{soort.map}", "yaml", "yaml", "{{slug}}")
        assert [f["name"] for f in c["fields"]] == [v.naam for v in soort.alle_velden]
        assert c["identifier_field"] in [v.naam for v in soort.velden]


def test_field_kinds_become_decap_widgets():
    def veld(v):
        return formulier.veld(v, SOORTEN)

    assert veld(tekst("titel", "De titel.")) == {
        "name": "titel", "label": "Titel", "hint": "De titel.", "required": True, "widget": "string"}
    assert veld(getal("uren_per_week", "Uren.", minimum=1, maximum=40, verplicht=False)) == {
        "name": "uren_per_week", "label": "Uren per week", "hint": "Uren.", "required": False,
        "widget": "number", "value_type": "int", "step": 1, "min": 1, "max": 40}
    assert veld(datum("sluit", "Sluitdatum."))["widget"] == "datetime"
    assert veld(datum("sluit", "Sluitdatum."))["time_format"] is False
    assert veld(datum("sluit", "Sluitdatum."))["format"] == "YYYY-MM-DD"
    # Decap 3.2.1 and later leave a date empty unless told '{{now}}': only the day something is made.
    assert "default" not in veld(datum("sluit", "Sluitdatum."))
    assert veld(datum("gedeeld_op", "Gedeeld op.", vandaag=True))["default"] == "{{now}}"
    # Choices show the label people read; the file gets the code.
    assert veld(keuze("groep", "Groep.", ["doel", "brede-buurtaanpak"]))["options"] == [
        {"label": "Doel", "value": "doel"}, {"label": "Brede buurtaanpak", "value": "brede-buurtaanpak"}]
    assert veld(keuze("soort", "Soort.", {"zorg-en-welzijn": "Zorg en welzijn"}))["options"] == [
        {"label": "Zorg en welzijn", "value": "zorg-en-welzijn"}]
    relation = veld(verwijzing("werkgever", "Werkgever.", "organisatie"))
    assert {k: relation[k] for k in ("widget", "collection", "value_field", "search_fields", "display_fields")} == {
        "widget": "relation", "collection": "organisatie", "value_field": "{{slug}}",
        "search_fields": ["naam"], "display_fields": ["naam"]}
    many = veld(lijst(verwijzing("zie_ook", "Zie ook.", "vuistregel"), verplicht=False))
    assert (many["widget"], many["multiple"], many["collection"]) == ("relation", True, "vuistregel")
    rollen = veld(lijst(keuze("voor_wie", "Voor wie.", ["buurtbaner", "werkgever"]), min_aantal=1))
    assert (rollen["widget"], rollen["multiple"], rollen["min"]) == ("select", True, 1)
    steps = veld(lijst(onderdeel("valkuilen", "Valkuilen.", (tekst("valkuil", "Wat."), tekst("tip", "Tip."))),
                       min_aantal=3))
    assert (steps["widget"], steps["min"], [f["name"] for f in steps["fields"]]) == ("list", 3, ["valkuil", "tip"])
    assert steps["hint"] == "Valkuilen. Minstens 3."
    texts = veld(lijst(tekst("route", "Stappen.")))
    assert texts["widget"] == "list" and texts["field"]["widget"] == "string"
    assert veld(markdown("toelichting", "Uitleg."))["editor_components"] == []
    plan = veld(koppeling("inwerkplan", "Taken per rol.", ["buurtbaner", "werkgever"],
                          lijst(tekst("taken", "Taken."), min_aantal=1), verplicht=False))
    assert plan["widget"] == "object"
    assert [(f["name"], f["widget"], f["required"]) for f in plan["fields"]] == [
        ("buurtbaner", "list", False), ("werkgever", "list", False)]


def _kinds(cls=Veld):
    """Every field kind: a subclass that names its own `veldsoort` (a shared base such as
    `BegrensdVeld` names none). Kinds that tests make up (tests/test_indeling.py) do not count."""
    for sub in cls.__subclasses__():
        if "veldsoort" in vars(sub) and sub.__module__.startswith("generator."):
            yield sub
        yield from _kinds(sub)


def test_every_field_kind_has_a_widget_a_schema_and_an_explanation():
    made = [tekst("a", "."), markdown("a", "."), getal("a", "."), datum("a", "."), ja_nee("a", "."),
            keuze("a", ".", ["x"]), verwijzing("a", ".", "vuistregel"), lijst(tekst("a", ".")),
            onderdeel("a", ".", (tekst("b", "."),)), koppeling("a", ".", ["x"], lijst(tekst("b", "."))),
            aantal("a", ".")]
    assert {type(v) for v in made} == set(_kinds()), "a field kind without a builder (or a test here)"
    kader = Kader(SOORTEN)
    for v in made:
        assert formulier.veld(v, SOORTEN)["widget"], v.veldsoort
        assert v.json_schema(kader)["description"].startswith("."), v.veldsoort
        assert v.voorbeeld_regels(), v.veldsoort


@pytest.mark.parametrize("bad", [
    lambda: tekst("Titel", "Een titel."),                      # not a field name
    lambda: tekst("titel", "Een titel"),                       # not a sentence
    lambda: getal("uren", "Uren.", minimum=40, maximum=1),     # no number fits
    lambda: getal("uren", "Uren.", voorbeeld=50, maximum=40),  # the example fails its own check
    lambda: keuze("groep", "Groep.", []),                      # nothing to choose
    lambda: keuze("groep", "Groep.", ["Doel"]),                # a code people cannot type
    lambda: datum("sluit", "Sluit.", voorbeeld="31-12-2026"),  # the example is no date
    lambda: lijst(lijst(tekst("a", "A."))),                    # lists of lists are not supported
    lambda: onderdeel("stap", "Stap.", (tekst("a", "A."), tekst("a", "A."))),
])
def test_a_bad_declaration_fails_at_once(bad):
    with pytest.raises(FoutInDeclaratie):
        bad()


def test_the_real_config_is_valid_yaml_and_names_the_repository(gebouwde_site):
    if not formulier.decap_aanwezig():  # the build left /admin/ out; test_build_without_decap covers that
        if os.environ.get("CI"):
            pytest.fail("In CI moet Decap er zijn (make formulier).", pytrace=False)
        pytest.skip("Decap CMS is niet geïnstalleerd (npm ontbreekt): /admin/ is niet gebouwd.")
    cfg = yaml.safe_load((gebouwde_site / "admin/config.yml").read_text(encoding="utf-8"))
    assert cfg["backend"]["repo"] == "buurtbaan/kennisbank"
    # No OAuth proxy in mkdocs.yml yet: the page says so instead of a login that cannot work.
    html = (gebouwde_site / "admin/index.html").read_text(encoding="utf-8")
    assert "<h1>Het formulier werkt nog niet</h1>" in html
    assert "decap-cms.js" not in html
    # The hint of a number that must be unique names the numbers in use and a free one.
    nummer = next(f for c in cfg["collections"] if c["name"] == "vuistregel" for f in c["fields"]
                  if f["name"] == "nummer")
    assert " Al in gebruik: 1, 2, 3, " in nummer["hint"] and " Nog vrij: " in nummer["hint"]
    assert (gebouwde_site / "admin/decap-cms.js").stat().st_size > 1_000_000
    assert not list((gebouwde_site / "admin").glob("*.map"))


def test_with_a_proxy_or_for_practice_the_page_starts_decap_with_our_dutch_texts():
    for html in (formulier.index_html(oefen=False, klaar=True), formulier.index_html(oefen=True)):
        assert ('<script>window.CMS_MANUAL_INIT = true;</script>\n  <script src="decap-cms.js"></script>\n'
                '  <script src="nl.js"></script>') in html
    assert "Het formulier werkt nog niet" in formulier.index_html(oefen=False, klaar=False)


def _build(project, uit, **env):
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", "--map", str(project), "bouw", "--datum", BOUWDATUM,
         "--uit", str(uit)], capture_output=True, text=True, cwd=ROOT,
        env={k: v for k, v in {**os.environ, **env}.items() if v is not None})


def test_build_without_decap_leaves_admin_out_and_says_so(fixture_project, tmp_path):
    result = _build(fixture_project, tmp_path / "site", BUURTBANEN_DECAP=str(tmp_path / "geen-decap"), CI=None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Het formulier (/admin/) is weggelaten: Decap CMS is niet geïnstalleerd." in result.stderr
    assert (tmp_path / "site/index.html").is_file()
    assert not (tmp_path / "site/admin").exists()


def test_in_ci_a_build_without_decap_fails(fixture_project, tmp_path):
    result = _build(fixture_project, tmp_path / "site", BUURTBANEN_DECAP=str(tmp_path / "geen-decap"), CI="true")
    assert result.returncode == 1
    assert "In CI moet het formulier er zijn." in result.stdout + result.stderr


def test_only_the_day_an_experience_is_shared_starts_as_today_in_the_form():
    """A checked-on date or a closing date that fills itself in would claim what nobody did."""
    cfg = formulier.config(SOORTEN, repo="buurtbanen/kennisbank")
    today = sorted(f"{c['name']}.{f['name']}" for c in cfg["collections"] for f in c["fields"]
                   if f.get("default") == "{{now}}")
    assert today == ["ervaring.gedeeld_op"]
