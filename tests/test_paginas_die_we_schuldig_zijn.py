"""The pages a Dutch public site owes its readers: in the footer of every page, reachable from
home, a Dutch 404 page with a way on, and one home title."""

import re
from urllib.parse import urljoin

import pytest

VOET = ["contact/", "toegankelijkheid/", "privacy/", "begrippen/", "over/"]


def test_every_page_links_contact_accessibility_and_privacy_in_its_footer(gebouwde_site):
    # 404.html links from the site root (its address is any missing page): tested below
    pages = [p for p in gebouwde_site.rglob("*.html") if "admin" not in p.parts and p.name != "404.html"]
    assert len(pages) > 100
    for page in pages:
        html = page.read_text(encoding="utf-8")
        footer = html[html.index('<footer class="md-footer">'):]
        here = "http://site/" + page.relative_to(gebouwde_site).as_posix()
        links = {urljoin(here, href) for href in re.findall(r'href="([^"]*)"', footer)}
        for target in VOET:
            assert "http://site/" + target in links, (page, target)


@pytest.mark.parametrize("target", ["over/", "contact/", "begrippen/"])
def test_home_links_over_contact_and_the_glossary_in_its_text_too(target, gebouwde_site):
    article = (gebouwde_site / "index.html").read_text(encoding="utf-8").split("<article", 1)[1].split("</article>")[0]
    assert f'href="{target}"' in article


def test_the_home_title_says_the_name_once(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<title>\s*Buurtbaan Kennisbank\s*</title>", html)


def test_the_404_page_is_dutch_and_shows_a_way_on(gebouwde_site):
    html = (gebouwde_site / "404.html").read_text(encoding="utf-8")
    assert "Deze pagina bestaat niet" in html and "Not found" not in html
    assert "<title>Pagina niet gevonden - Buurtbaan Kennisbank</title>" in html
    for target in ["onderwerpen/", "vacatures/", "contact/"]:
        assert re.search(r'href="[^"]*' + target + '"', html), target


@pytest.mark.parametrize("path", ["toegankelijkheid/", "privacy/", "contact/"])
def test_the_statements_are_there(path, gebouwde_site):
    text = (gebouwde_site / path / "index.html").read_text(encoding="utf-8")
    wanted = {
        "toegankelijkheid/": ["WCAG 2.1", "WCAG 2.2", "Laatste controle", "Wat werkt nog niet goed?",
                              "Een probleem melden", "toegankelijkheidsverklaring.nl/register"],
        "privacy/": ["geen cookies", "Wat blijft in je eigen browser?", "Als je meeschrijft"],
        "contact/": ["Amsterdam", "Amersfoort", "buurtbaanamsterdam.nl", "amersfoort.nl"],
    }[path]
    for part in wanted:
        assert part in text, part
