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
    return {o.path: o for o in genereer(inhoud, dt.date(2026, 11, 23))}["bijdragen/foutmeldingen.md"].text


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
    """Issue 12: an edit link never opens a template or Python file. A page with one source opens
    its file on GitHub; a page made from many files, the part of "Waar staat wat?" about it."""
    link = re.compile(r'<a href="([^"]+)" class="md-content__button bb-aanpassen" rel="edit">')
    pages = [p for p in gebouwde_site.rglob("index.html") if p.parent.name != "admin"]  # the form is Decap's
    assert len(pages) > 40
    for page in pages:
        if page.parent.name == "waar-staat-wat":
            continue  # the explanation itself is made by code
        text = page.read_text(encoding="utf-8")
        found = link.findall(text)
        assert found and "Pas deze pagina aan" in text, page
        assert found[0].startswith("https://github.com/buurtbaan/kennisbank/edit/main/") \
            or "bijdragen/waar-staat-wat/" in found[0] or found[0].startswith("../waar-staat-wat/"), (page, found)
        assert not found[0].endswith((".j2", ".py")), (page, found)
        assert "/../" not in found[0] or not found[0].startswith("http"), found[0]
        # on a phone the same link sits right below the title
        assert re.search(r'</h1>\s*<a href="' + re.escape(found[0]) + '" class="bb-aanpassen-telefoon"', text), page


def test_edit_links_of_overview_and_catalogue_pages(gebouwde_site):
    def edit(rel):
        text = (gebouwde_site / rel).read_text(encoding="utf-8")
        return html.unescape(re.search(r'<a href="([^"]+)" class="md-content__button bb-aanpassen"', text)[1])
    base = "https://github.com/buurtbaan/kennisbank/edit/main/"
    assert edit("vuistregels/index.html") == "../bijdragen/waar-staat-wat/#vuistregels"
    assert edit("vacatures/index.html") == "../bijdragen/waar-staat-wat/#vacatures"
    assert edit("bijdragen/foutmeldingen/index.html") == "../waar-staat-wat/#foutmeldingen"
    assert edit("vuistregels/dubbel-doel/index.html") == base + "content/vuistregels/dubbel-doel.yaml"
    assert edit("bijdragen/index.html") == base + "docs/bijdragen/index.md"
    uitleg = (gebouwde_site / "bijdragen/waar-staat-wat/index.html").read_text(encoding="utf-8")
    for anker in ("vuistregels", "vacatures", "werkgevers", "spoorboekje", "foutmeldingen"):
        assert f'id="{anker}"' in uitleg, anker
    assert "<code>content/werkgevers/vragen/</code>" in uitleg


def test_pages_that_gather_items_link_each_item_to_its_file(gebouwde_site):
    base = "https://github.com/buurtbaan/kennisbank/edit/main/content/"
    for rel, map_, wat in [("werkgevers/vragen/index.html", "werkgevers/vragen", "Pas deze vraag aan"),
                           ("vacatures/index.html", "vacatures", "Pas deze vacature aan"),
                           ("spoorboekje/index.html", "spoorboekje/stations", "Pas dit station aan"),
                           ("werkgevers/protocol/index.html", "werkgevers/protocol", "Pas deze fase aan")]:
        text = (gebouwde_site / rel).read_text(encoding="utf-8")
        links = re.findall(r'<a class="bb-bewerk" href="' + re.escape(base + map_) + r'/[a-z0-9-]+\.yaml" rel="edit">'
                           + wat + "</a>", text)
        assert len(links) >= 3, rel


def test_the_guide_is_on_the_site(gebouwde_site):
    for page in ["bijdragen/index.html", "bijdragen/tekst-aanpassen/index.html",
                 "bijdragen/vacature-toevoegen/index.html", "bijdragen/formulier/index.html",
                 "bijdragen/na-je-voorstel/index.html", "bijdragen/foutmeldingen/index.html",
                 "bijdragen/beheer/index.html"]:
        assert (gebouwde_site / page).is_file(), page
    nav = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    assert 'href="bijdragen/foutmeldingen/"' in nav
