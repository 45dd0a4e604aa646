"""The error catalogue page and the "Pas deze pagina aan" link on every page."""

import datetime as dt
import html
import re

from conftest import FIXTURE_SITE

from generator.core.loader import SYNTAX
from generator.core.problems import MELDINGEN
from generator.site import controleer, genereer


def _catalogus() -> str:
    inhoud, _ = controleer(FIXTURE_SITE)
    return {o.pad: o for o in genereer(inhoud, dt.date(2026, 11, 23))}["bijdragen/foutmeldingen.md"].inhoud


def test_every_message_is_in_the_catalogue_with_its_mistake_and_fix():
    page = _catalogus()
    for code, melding in MELDINGEN.items():
        section = page.split("{#" + code + "}", 1)
        assert len(section) == 2, f"no section for {code}"
        body = section[1].split("\n### ", 1)[0]
        assert (melding.fout or "(een leeg bestand)") in body, code
        assert melding.goed in body, code


def test_placeholders_are_said_in_words():
    page = _catalogus()
    assert "{" + "gevonden}" not in page
    assert "### '*Wat er staat*' kan hier niet. {#keuze}" in page
    assert "**Tip:** Kies uit: *de waarden die kunnen*. *Een voorstel, als we er een weten.*\n" in page
    for _, dutch in SYNTAX:
        assert f"- {dutch}\n" in page


def test_every_built_page_links_to_its_source(gebouwde_site):
    link = re.compile(r'<a href="([^"]+)" class="md-content__button bb-aanpassen" rel="edit">')
    pages = [p for p in gebouwde_site.rglob("index.html") if p.parent.name != "admin"]  # the form is Decap's
    assert len(pages) > 40
    for page in pages:
        text = page.read_text(encoding="utf-8")
        found = link.findall(text)
        assert found and "Pas deze pagina aan" in text, page
        assert found[0].startswith("https://github.com/buurtbaan/kennisbank/edit/main/"), (page, found)
        assert "/../" not in found[0], found[0]


def test_edit_links_of_overview_and_catalogue_pages(gebouwde_site):
    def edit(rel):
        text = (gebouwde_site / rel).read_text(encoding="utf-8")
        return html.unescape(re.search(r'<a href="([^"]+)" class="md-content__button bb-aanpassen"', text)[1])
    base = "https://github.com/buurtbaan/kennisbank/edit/main/"
    assert edit("vuistregels/index.html") == base + "generator/templates/vuistregels/overzicht.md.j2"
    assert edit("bijdragen/foutmeldingen/index.html") == base + "generator/core/problems.py"
    assert edit("vuistregels/dubbel-doel/index.html") == base + "content/vuistregels/dubbel-doel.yaml"
    assert edit("bijdragen/index.html") == base + "docs/bijdragen/index.md"


def test_the_guide_is_on_the_site(gebouwde_site):
    for page in ["bijdragen/index.html", "bijdragen/tekst-aanpassen/index.html",
                 "bijdragen/vacature-toevoegen/index.html", "bijdragen/formulier/index.html",
                 "bijdragen/na-je-voorstel/index.html", "bijdragen/foutmeldingen/index.html",
                 "bijdragen/beheer/index.html"]:
        assert (gebouwde_site / page).is_file(), page
    nav = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    assert 'href="bijdragen/foutmeldingen/"' in nav
