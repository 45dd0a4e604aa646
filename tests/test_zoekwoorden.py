"""The synonym list zoekwoorden.yaml: checked like content, messages word for word."""

from __future__ import annotations

import json
import textwrap

from conftest import ROOT

from generator.site import controleer
from generator.zoeken import indexeer, zoekwoorden


def _problemen(tmp_path, text: str) -> list[str]:
    (tmp_path / "zoekwoorden.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return [p.format() for p in zoekwoorden(tmp_path)[1]]


def test_the_real_list_has_no_problems_and_the_groups_the_issue_asks_for():
    groepen, problemen = zoekwoorden(ROOT)
    assert problemen == []
    samen = [{w.casefold() for w in g} for g in groepen]
    for woorden in [{"loon", "salaris", "verdienen", "geld"}, {"uitkering", "bijstand"},
                    {"solliciteren", "aanmelden", "reageren"}, {"stoppen", "ophouden"},
                    {"kinderopvang", "oppas"}]:
        assert any(woorden <= groep for groep in samen), woorden


def test_no_file_means_no_synonyms(tmp_path):
    assert zoekwoorden(tmp_path) == ([], [])



def test_every_mistake_in_one_run_word_for_word(tmp_path):
    assert _problemen(tmp_path, """\
        groepen:
          - [loon, salaris!]
          - [oppas]
          - loon salaris
          - [uitkering, Bijstand, bijstand]
          - [goed, "kinder opvang", "a - b"]
        """) == [
        ("zoekwoorden.yaml:2: veld 'groepen > 1 > 2': het zoekwoord 'salaris!' kan niet. Een zoekwoord heeft alleen letters "
        "en cijfers, hoogstens vier woorden, en verder alleen een spatie, streepje (-) of apostrof (') tussen "
        "twee letters.\n    Tip: Schrijf het woord zoals iemand het zou typen, zonder leestekens."),
        ("zoekwoorden.yaml:3: veld 'groepen > 2': een groep heeft minstens twee woorden. Hier staat er 1.\n"
        "    Tip: Zet er een woord bij dat hetzelfde betekent, of haal de groep weg."),
        ("zoekwoorden.yaml:4: veld 'groepen > 3': dit is geen groep woorden.\n"
        "    Tip: Zet de woorden tussen [ en ], met een komma ertussen."),
        ("zoekwoorden.yaml:5: veld 'groepen > 4 > 3': het woord 'bijstand' staat al eerder in deze groep.\n"
        "    Tip: Haal het woord één keer weg. Hoofdletters tellen niet: 'Loon' en 'loon' zijn hetzelfde."),
        ("zoekwoorden.yaml:6: veld 'groepen > 5 > 3': het zoekwoord 'a - b' kan niet. Een zoekwoord heeft alleen letters "
        "en cijfers, hoogstens vier woorden, en verder alleen een spatie, streepje (-) of apostrof (') tussen "
        "twee letters.\n    Tip: Schrijf het woord zoals iemand het zou typen, zonder leestekens."),
    ]


def test_the_file_must_start_with_groepen(tmp_path):
    assert _problemen(tmp_path, "- [loon, salaris]\n") == [
        ("zoekwoorden.yaml:1: dit bestand moet beginnen met 'groepen:', met daaronder per regel een groep "
         "woorden.\n    Tip: Zet elke groep woorden die hetzelfde betekenen op een eigen regel, tussen [ en ].")]


def test_controleer_reports_the_list_with_the_content(fixture_project):
    (fixture_project / "zoekwoorden.yaml").write_text("groepen:\n  - [loon]\n", encoding="utf-8")
    _, problemen = controleer(fixture_project)
    assert [p.code for p in problemen] == ["zoekwoorden-te-weinig"]


def test_good_groups_are_written_for_the_search_dialog(tmp_path):
    (tmp_path / "zoekwoorden.yaml").write_text("groepen:\n  - [loon, salaris]\n  - [oppas]\n", encoding="utf-8")
    groepen, _ = zoekwoorden(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text('<html lang="nl"><body data-pagefind-body><p>Loon</p></body></html>')
    indexeer(site, groepen)
    assert json.loads((site / "assets" / "zoekwoorden.json").read_text(encoding="utf-8")) == [["loon", "salaris"]]
