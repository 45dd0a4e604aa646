"""The public question set (tests/zoekvragen.yaml), asked through the real search dialog."""

from __future__ import annotations

import re

import pytest
from zoekvraaghulp import Zoeker, bevat, laad, patroon, verslag

DREMPEL = 0.9


def test_the_question_set_is_complete_and_well_formed():
    vragen = laad()
    assert len(vragen) >= 60
    assert sum(v["wie"] == "bewoner" for v in vragen) >= 30
    assert {v["wie"] for v in vragen} == {"bewoner", "werkgever", "buurtbaner"}
    ids = [v["id"] for v in vragen]
    assert len(ids) == len(set(ids))
    for v in vragen:
        assert set(v) == {"id", "wie", "vraag", "typ", "feit", "bron"}, v["id"]
        assert v["typ"].strip() and v["bron"].strip() and v["feit"], v["id"]
        for feit in v["feit"] if isinstance(v["feit"], list) else [v["feit"]]:
            patroon(str(feit))  # compiles


@pytest.mark.parametrize("tekst, feit, verwacht", [
    ("Je verdient het Minimumloon.", "minimumloon", True),
    ("minimumlonen", "minimumloon", False),            # whole words only
    ("de werkgevers kiezen", "werkgever*", True),       # * allows a longer word
    ("Niet óver, maar mét inwoners", "niet over", True),  # accents do not count
    ("peer-to-peer", "peer to peer", True),             # hyphens are spaces
    ("zzp'ers krijgen de kinderopvang niet", "zzp ... kinderopvang", True),
    ("zzp " + "x" * 200 + " kinderopvang", "zzp ... kinderopvang", False),  # too far apart
    ("32\nuur", "32 uur", True),                        # line breaks are spaces
])
def test_facts_are_matched_as_the_header_of_the_set_says(tekst, feit, verwacht):
    assert bevat(tekst, [feit]) is verwacht


def test_every_question_is_answered_in_the_top_3(site_url, bezoek):
    visit = bezoek()
    zoeker = Zoeker(visit.context, site_url)
    antwoorden = [zoeker.vraag(v) for v in laad()]
    report = verslag(zoeker, antwoorden)
    print(report)
    score = sum(a.ok for a in antwoorden) / len(antwoorden)
    assert score >= DREMPEL, f"Minder dan {DREMPEL:.0%} van de zoekvragen beantwoord.\n{report}"
    assert visit.errors == []


def test_the_score_counts_a_miss(site_url, bezoek):
    """The check can fail: a fact that is on no page is not found."""
    zoeker = Zoeker(bezoek().context, site_url)
    vraag = {"id": "x", "wie": "bewoner", "typ": "hoeveel verdien ik", "feit": ["dit staat nergens op de site"]}
    antwoord = zoeker.vraag(vraag)
    assert antwoord.links and not antwoord.ok
    assert re.search(r"Score: 0 van 1 vragen", verslag(zoeker, [antwoord]))
