"""Links in content as `controleer` finds them (core/links.py), word for word: absolute, broken
(with and without a suggestion), a missing anchor, and what is fine; the line of a link inside a
block text. On a copy of the fixture site, with one hand-written page added in docs/."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.site import controleer_alles

COACH = "content/vuistregels/externe-coach.yaml"  # its `toelichting` is on line 5


def links(project, toelichting: str) -> list[str]:
    path = project / COACH
    text = path.read_text(encoding="utf-8")
    oud = "toelichting: De coach helpt met het ontwikkelplan. Het geld voor de coach loopt niet via de werkgever."
    assert oud in text
    path.write_text(text.replace(oud, "toelichting: " + toelichting), encoding="utf-8")
    (project / "docs/over.md").write_text("# Over ons\n\n## Wie zijn we\n\n## Geld {#geld}\n\n<a id=\"vraag-1\"></a>\n",
                                          encoding="utf-8")
    (project / "docs/.verborgen.md").write_text("# Verborgen\n", encoding="utf-8")
    (project / "docs/kapot.md").write_bytes(b"# Kop met \xff\n")  # not UTF-8: read with a replacement
    (project / "docs/hulp").mkdir()
    (project / "docs/hulp/index.md").write_text("# Hulp\n", encoding="utf-8")
    return [p.format() for p in controleer_alles(project, dt.date(2026, 11, 23))[1] if p.code.startswith("link")]


@pytest.mark.parametrize("toelichting", [
    "Zie [over](../over.md).", "Zie [over](../over.md#wie-zijn-we).", "Zie [geld](../over.md#geld).",
    "Zie [vraag](../over.md#vraag-1).", "Zie [hulp](../hulp/index.md).", "Zie [site](https://example.org/x).",
    "Zie [mail](mailto:team@example.org).", "Zie [ander](//example.org/x).", "Zie [hier](#).",
    "Zie [regel](volwaardige-collega.md).", "Zie [lijst](index.md).", "Zie [kop](../over.md#wie%2Dzijn%2Dwe).",
    "Zie [kapot](../kapot.md#kop-met).",
    # in a code span it is text, not a link (MkDocs does not follow it either)
    "Schrijf een link zo: `[tekst](nergens.md)`.", "Zo: ``[a](`nergens.md`)`` en [over](../over.md).",
])
def test_links_that_work(fixture_project, toelichting):
    assert links(fixture_project, toelichting) == []


KAPOT = ("5: veld 'toelichting': de link '{doel}' gaat naar een pagina die niet bestaat.\n    Tip: Kijk of de naam "
         "klopt.{bedoel} Een link naar een pagina van de site eindigt op .md, zoals "
         "`[de vuistregels](../vuistregels/index.md)`.")
ANKER = ("5: veld 'toelichting': de link '../over.md#{anker}' gaat naar een kopje '#{anker}' dat niet op die pagina "
         "staat.\n    Tip: Kijk hoe het kopje heet.{bedoel} Of laat het deel vanaf # weg: dan gaat de link naar het "
         "begin van de pagina.")


@pytest.mark.parametrize("toelichting, melding", [
    ("Zie [de vacatures](/vacatures/).",
     "5: veld 'toelichting': de link '/vacatures/' begint met een /. Zo werkt hij niet op de site.\n"
     "    Tip: Schrijf de link vanaf deze pagina, zoals `[de vacatures](../vacatures/index.md)`. Of schrijf een heel "
     "adres met https://."),
    ("Zie [de vacatures](\\vacatures\\).",
     "5: veld 'toelichting': de link '\\vacatures\\' begint met een /. Zo werkt hij niet op de site.\n"
     "    Tip: Schrijf de link vanaf deze pagina, zoals `[de vacatures](../vacatures/index.md)`. Of schrijf een heel "
     "adres met https://."),
    ("Zie [over](../over/).", KAPOT.format(doel="../over/", bedoel=" Bedoel je '../over.md'?")),
    ("Zie [hulp](../hulp/).", KAPOT.format(doel="../hulp/", bedoel=" Bedoel je '../hulp/index.md'?")),
    ("Zie [over](../ovr.md).", KAPOT.format(doel="../ovr.md", bedoel=" Bedoel je '../over.md'?")),
    ("Zie [niets](../helemaal-niets.md).", KAPOT.format(doel="../helemaal-niets.md", bedoel="")),
    # the theme's own files and hidden files are no pages of the site
    ("Zie [thema](../overrides/main.html).", KAPOT.format(doel="../overrides/main.html", bedoel="")),
    ("Zie [verborgen](../.verborgen.md).", KAPOT.format(doel="../.verborgen.md", bedoel="")),
    ("Zie [geld](../over.md#gled).", ANKER.format(anker="gled", bedoel=" Bedoel je '#geld'?")),
    ("Zie [iets](../over.md#xyz-qqq).", ANKER.format(anker="xyz-qqq", bedoel="")),
])
def test_links_that_do_not(fixture_project, toelichting, melding):
    found = links(fixture_project, toelichting)
    assert found == [f"{COACH}:{melding}"]


def test_a_link_in_a_block_text_is_reported_on_its_own_line(fixture_project):
    found = links(fixture_project, "|\n  Eerste regel.\n\n  Zie [niets](../niets.md) en [ook](/x/).\n")
    assert [f.split(": veld")[0] for f in found] == [f"{COACH}:8", f"{COACH}:8"]


def test_a_broken_link_is_reported_once_whatever_page_shows_it(fixture_project):
    found = links(fixture_project, "Zie [niets](../niets.md). En nog eens [niets](../niets.md).")
    assert len(found) == 1


def test_a_broken_link_after_a_code_span_is_still_found(fixture_project):
    assert len(links(fixture_project, "Schrijf `[tekst](nergens.md)`, of zie [weg](weg.md).")) == 1
