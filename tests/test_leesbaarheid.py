"""Plain language (B1): Flesch-Douma per page with textstat, as bench/leesbaarheid.py prints it."""

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import leesbaarheid  # noqa: E402

# Pages this project writes by hand for every visitor. All but Over count as resident pages
# (65 or more, at most 15 words per sentence); Over must reach 60.
EIGEN = ["", "contact/", "privacy/", "toegankelijkheid/", "begrippen/", "over/"]


@pytest.fixture(scope="module")
def metingen(gebouwde_site):
    return {m.path: m for m in leesbaarheid.meet(gebouwde_site)}


@pytest.mark.parametrize("path", EIGEN)
def test_our_own_pages_are_plain_dutch(path, metingen):
    m = metingen[path]
    assert m.voor_bewoners == (path != "over/")
    assert m.goed, m


def _lijst(slecht) -> str:
    return "\n".join(f"  {m.path or '(home)'}: {m.score:.1f} ({m.woorden_per_zin:.1f} woorden per zin)"
                     for m in sorted(slecht, key=lambda m: m.score))


def test_every_page_is_plain_dutch(metingen):
    """Every page of the real site, generated or hand-written, reaches Flesch-Douma 60 (B1).
    Lists of links (names of stations, organisations, regelingen) are not counted: see the rule
    in bench/leesbaarheid.py."""
    assert len(metingen) > 200
    slecht = [m for m in metingen.values() if m.score < leesbaarheid.GRENS]
    assert not slecht, (f"{len(slecht)} pagina's onder Flesch-Douma {leesbaarheid.GRENS}. Schrijf kortere "
                        f"zinnen met gewone woorden:\n{_lijst(slecht)}")


def test_every_resident_page_is_plainer_still(metingen):
    """Pages for (future) residents: 65 or more and at most 15 words per sentence on average."""
    bewoners = [m for m in metingen.values() if m.voor_bewoners]
    assert len(bewoners) > 50
    slecht = [m for m in bewoners if not m.goed]
    assert not slecht, (f"{len(slecht)} bewonerspagina's onder Flesch-Douma {leesbaarheid.GRENS_BEWONERS} of met "
                        f"meer dan {leesbaarheid.MAX_WOORDEN_BEWONERS} woorden per zin:\n{_lijst(slecht)}")


def test_every_glossary_explanation_is_plain_dutch(metingen):
    uitleg = [m for path, m in metingen.items() if path.startswith("begrippen/") and path != "begrippen/"]
    assert uitleg and [m for m in uitleg if not m.goed] == []


def test_the_score_tells_plain_from_hard_dutch():
    import textstat
    textstat.set_lang("nl")
    makkelijk = leesbaarheid.tekst("<article><p>Je werkt in je eigen buurt. Je krijgt loon.</p></article>")
    moeilijk = leesbaarheid.tekst("<article><p>De gemeentelijke subsidieregeling faciliteert de "
                                  "totstandkoming van arbeidsparticipatiebevorderende dienstverbanden.</p></article>")
    assert textstat.flesch_reading_ease(makkelijk) >= 65 > 30 > textstat.flesch_reading_ease(moeilijk)


def test_a_list_of_links_is_navigation_not_prose():
    html = "<article><p>Verder naar:</p><ul><li><a href='x'>Loopbaanoriëntatie</a></li></ul></article>"
    assert leesbaarheid.tekst(html) == "Verder naar:"


@pytest.mark.parametrize("html", [
    "<p><strong>Meer weten?</strong> Vraag het aan: <a href='a'>Gemeente Amsterdam, Werk &amp; Participatie</a>, "
    "<a href='b'>Wikistad</a> of <a href='c'>Kansrijk Liendert (gemeente Amersfoort)</a>.</p>",
    "<p><strong><a href='r'>Buurtbanen Kansrijk Liendert (Amersfoort)</a>:</strong></p>",
    "<li><a href='s'>Bied maatwerk bij de groei van bewoners</a> (vuistregel)</li>",
    "<p><strong><a href='t'>Buurtbaan in Liendert (Amersfoort)</a></strong> · alleen in de wijk Liendert</p>",
])
def test_names_in_a_list_of_links_are_left_out(html):
    assert leesbaarheid.tekst(f"<article>{html}<p>Je werkt in de buurt.</p></article>") == "Je werkt in de buurt."


@pytest.mark.parametrize("html", [
    "<p>Voor <a href='b'>intervisie</a> en workshops zijn de oud-buurtbaners het aanspreekpunt.</p>",
    "<p>Vraag het aan de <a href='o'>projectmanager</a> van de gemeente.</p>",
    "<p>Dit is geen korte aanloop naar een lijst met namen: <a href='o'>Wikistad</a>.</p>",
])
def test_a_link_inside_a_sentence_is_still_prose(html):
    assert leesbaarheid.tekst(f"<article>{html}</article>") == leesbaarheid.tekst(
        "<article>" + html.replace("<a href='b'>", "").replace("<a href='o'>", "").replace("</a>", "") + "</article>")
