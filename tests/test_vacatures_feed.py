"""The Atom feed of open, real vacancies: well-formed, with the required elements, no clock."""

import xml.etree.ElementTree as ET
from pathlib import Path

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(site: Path) -> ET.Element:
    root = ET.parse(site / "vacatures/feed.xml").getroot()
    assert root.tag == ATOM + "feed"
    for child in ["id", "title", "updated", "author"]:
        assert root.find(ATOM + child) is not None, child
    return root


def test_feed_holds_open_real_vacancies_with_the_required_elements(open_site):
    root = feed(open_site)
    entries = root.findall(ATOM + "entry")
    assert [e.findtext(ATOM + "title") for e in entries] == ["Buurtverbinder in West: ontmoeting & taal"]
    [entry] = entries
    for child in ["id", "title", "updated", "link", "summary"]:
        assert entry.find(ATOM + child) is not None, child
    assert entry.findtext(ATOM + "id").startswith("urn:uuid:")
    assert entry.findtext(ATOM + "updated") == "2026-11-01T00:00:00Z"
    assert root.findtext(ATOM + "updated") == "2026-11-01T00:00:00Z"  # from the content, not the clock
    # without site_url the links are relative to the feed, and they lead to real pages
    href = entry.find(ATOM + "link").get("href")
    assert href == "buurtverbinder-west/"
    assert (open_site / "vacatures" / href / "index.html").is_file()
    self_link = root.find(ATOM + "link[@rel='self']").get("href")
    assert (open_site / "vacatures" / self_link).is_file()


def test_an_empty_feed_is_still_valid_and_dated_by_the_build(late_site):
    root = feed(late_site)
    assert root.findall(ATOM + "entry") == []
    assert root.findtext(ATOM + "updated") == "2030-01-01T00:00:00Z"


def test_listing_links_the_feed(open_site):
    listing = (open_site / "vacatures/index.html").read_text()
    assert '<a href="feed.xml">vacatures voor je feedlezer</a>' in listing


def test_real_site_feed_is_empty_but_valid_with_absolute_links(gebouwde_site):
    # the real content holds only examples, so its feed is empty but valid, with absolute links
    root = feed(gebouwde_site)
    assert root.findall(ATOM + "entry") == []
    assert root.find(ATOM + "link[@rel='self']").get("href") == \
        "https://buurtbaan.github.io/kennisbank/vacatures/feed.xml"
