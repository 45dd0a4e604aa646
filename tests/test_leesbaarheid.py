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
