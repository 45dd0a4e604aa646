"""Vacatures without MkDocs: the checks, what is open on a build date, the listing and the filter."""

import datetime as dt
import re

import pytest
from conftest import FIXTURE_SITE, ROOT
from hulp import pagina_inhoud as pages

from generator.site import controleer
from generator.soorten.vacatures.controles import MOBIEL

OPEN_DAG = dt.date(2026, 11, 23)
NA_ALLES = dt.date(2030, 1, 1)  # after every closing date, in the fixture and in the real content


@pytest.mark.parametrize("text", [
    "06-12345678", "06 12 34 56 78", "0612345678", "06 1234 5678", "06.12.34.56.78",
    "+316 12345678", "+31 6 12345678", "+31 (0)6 12345678", "+31-6-12345678", "00316 12345678",
    "0031 6 1234 5678", "Bel (06-12345678) vandaag",
])
def test_mobile_numbers_are_found(text):
    assert MOBIEL.search(text), text


@pytest.mark.parametrize("text", [
    "020 123 4567", "033-4695000", "0800 1234", "06-1234567", "1206123456789", "+31 20 123 4567",
    "Sluit op 2026-06-12", "werk@voorbeeld.nl",
])
def test_other_numbers_are_not(text):
    assert not MOBIEL.search(text), text


def listed(listing: str) -> list[str]:
    return re.findall(r"\*\*\[[^\]]+\]\(([^)]+)\.md\)\*\*", listing)


def test_listing_shows_open_vacancies_soonest_closing_first():
    listing = pages(FIXTURE_SITE, OPEN_DAG)["vacatures/index.md"]
    # buurtverbinder-west closes 2026-12-15, gastvrouw-voorbeeld 2027-01-31; oude-vacature is closed
    assert listed(listing) == ["buurtverbinder-west", "gastvrouw-voorbeeld"]
    assert "Er zijn nu geen open vacatures" not in listing


def test_a_vacancy_is_open_on_its_closing_day_and_closed_the_day_after():
    assert "buurtverbinder-west" in listed(pages(FIXTURE_SITE, dt.date(2026, 12, 15))["vacatures/index.md"])
    after = pages(FIXTURE_SITE, dt.date(2026, 12, 16))
    assert "buurtverbinder-west" not in listed(after["vacatures/index.md"])
    assert '!!! failure "Deze vacature is gesloten"' in after["vacatures/buurtverbinder-west.md"]


@pytest.mark.parametrize("root", [FIXTURE_SITE, ROOT], ids=["fixture", "echte-inhoud"])
def test_after_every_closing_date_nothing_is_listed_and_every_page_says_closed(root):
    out = pages(root, NA_ALLES)
    listing = out["vacatures/index.md"]
    assert listed(listing) == []
    assert '!!! info "Er zijn nu geen open vacatures"' in listing
    assert "<form" not in listing
    assert "[spoorboekje](../spoorboekje/index.md)" in listing  # both builds have one
    assert "- Zet de [vacatures in je feedlezer](feed.xml)." in listing
    vacancy_pages = [path for path in out if re.fullmatch(r"vacatures/(?!index)[^/]+\.md", path)]
    assert vacancy_pages
    for path in vacancy_pages:
        assert '!!! failure "Deze vacature is gesloten"' in out[path], path
        assert "[Bekijk de open vacatures](index.md)" in out[path], path
        assert "application/ld+json" not in out[path], path
    assert "<entry>" not in out["vacatures/feed.xml"]


def test_examples_are_labelled_and_never_marked_up_as_jobs():
    out = pages(FIXTURE_SITE, OPEN_DAG)
    page = out["vacatures/gastvrouw-voorbeeld.md"]
    assert '!!! warning "Voorbeeld"\n    Dit is een voorbeeld. Je kunt hier niet op solliciteren.' in page
    assert "application/ld+json" not in page
    item = re.search(r"<li[^>]*>\n([^<]*<span.*?gastvrouw-voorbeeld\.md.*?)</li>", out["vacatures/index.md"],
                     re.S).group(1)
    assert item.startswith('<span class="bb-voorbeeld">Voorbeeld</span> **[Gastvrouw')
    assert "Voorbeeld" not in out["vacatures/buurtverbinder-west.md"]


def test_every_real_example_is_an_example():
    """The real content holds only illustrations: none may reach a search engine as a job."""
    inhoud, _ = controleer(ROOT)
    vacatures = inhoud.alle("vacature")
    assert len(vacatures) >= 6
    assert all(v.voorbeeld for v in vacatures)
    out = pages(ROOT, OPEN_DAG)
    assert not any("application/ld+json" in text for path, text in out.items() if path.startswith("vacatures/"))
