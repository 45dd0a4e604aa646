"""The werkgevers section in built HTML: the Q&A and its FAQPage JSON-LD, anchors, edit links."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from conftest import ROOT, bouw

VRAGEN = sorted((ROOT / "content/werkgevers/vragen").glob("*.yaml"))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Vragen(HTMLParser):
    """Collects each <details class="bb-vraag">: its id, the question and the answer text as a
    browser's textContent would give them, and the JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.vragen: list[dict] = []
        self.jsonld: list[str] = []
        self.open: list[tuple[str, str | None]] = []  # (tag, what it collects)
        self.in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self.in_jsonld = True
            self.jsonld.append("")
        if tag in VOID:
            return
        collects = None
        if tag == "details" and "bb-vraag" in classes:
            self.vragen.append({"id": attrs.get("id"), "vraag": "", "antwoord": "", "tag": ""})
            collects = "details"
        elif "bb-vraagtekst" in classes:
            collects = "vraag"
        elif "bb-antwoord" in classes and self.vragen and self._inside("details"):
            collects = "antwoord"
        elif "bb-tag" in classes:
            collects = "tag"
        self.open.append((tag, collects))

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_jsonld = False
        if tag in VOID:
            return
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.in_jsonld:
            self.jsonld[-1] += data
        for _, collects in self.open:
            if collects in ("vraag", "antwoord", "tag"):
                self.vragen[-1][collects] += data

    def _inside(self, what):
        return any(c == what for _, c in self.open)


def tekst(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture(scope="module")
def vragenpagina(gebouwde_site) -> Vragen:
    parser = Vragen()
    parser.feed((gebouwde_site / "werkgevers/vragen/index.html").read_text(encoding="utf-8"))
    return parser


def test_there_are_at_least_thirty_questions_each_with_its_own_anchor(vragenpagina):
    ids = [v["id"] for v in vragenpagina.vragen]
    assert len(ids) >= 30
    assert sorted(ids) == [p.stem for p in VRAGEN]  # every file once, its id as the anchor


def test_faq_jsonld_matches_the_visible_questions_and_answers(vragenpagina):
    assert len(vragenpagina.jsonld) == 1
    data = json.loads(vragenpagina.jsonld[0])
    assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
    in_jsonld = [(q["name"], q["acceptedAnswer"]["text"]) for q in data["mainEntity"]]
    assert all(q["@type"] == "Question" and q["acceptedAnswer"]["@type"] == "Answer" for q in data["mainEntity"])
    zichtbaar = [(tekst(v["vraag"]), tekst(v["antwoord"])) for v in vragenpagina.vragen]
    assert len(in_jsonld) == len(zichtbaar)
    for (naam, antwoord), (vraag, zichtbaar_antwoord) in zip(in_jsonld, zichtbaar, strict=True):
        assert naam == vraag
        assert antwoord == zichtbaar_antwoord, vraag
        assert len(antwoord) > 40, vraag


def test_unanswered_questions_say_so_and_whom_to_ask(vragenpagina):
    onbeantwoord = {p.stem for p in VRAGEN if re.search(r"^onbeantwoord: true$", p.read_text(), re.M)}
    assert onbeantwoord
    for v in vragenpagina.vragen:
        gemarkeerd = "De bronnen geven hier geen antwoord op." in v["antwoord"]
        assert gemarkeerd == (v["id"] in onbeantwoord), v["id"]
        assert (v["tag"] == "Geen antwoord in de bronnen") == (v["id"] in onbeantwoord), v["id"]
        if gemarkeerd:
            assert "Vraag het aan: " in v["antwoord"], v["id"]


def test_answers_per_regeling_name_their_regeling(gebouwde_site):
    html = (gebouwde_site / "werkgevers/vragen/index.html").read_text(encoding="utf-8")
    start = html.index('id="hoeveel-subsidie"')
    vraag = html[start:html.index("</details>", start)]
    for regeling in ["amsterdam-2021-2023", "amsterdam-vanaf-2024", "amersfoort-kansrijk-liendert"]:
        assert f'href="../../regelingen/{regeling}/"' in vraag


def test_real_site_has_the_werkgevers_pages(gebouwde_site):
    for page in ["werkgevers/index.html", "werkgevers/protocol/index.html", "werkgevers/inwerkplan/index.html",
                 "werkgevers/checklist/index.html", "werkgevers/vragen/index.html",
                 "werkgevers/protocol/inwerken/index.html", "werkgevers/vragen/hoeveel-subsidie/index.html"]:
        assert (gebouwde_site / page).is_file(), page
    for fase in (ROOT / "content/werkgevers/protocol").glob("*.yaml"):
        assert (gebouwde_site / f"werkgevers/protocol/{fase.stem}/index.html").is_file()


def test_home_sends_employers_to_the_werkgevers_section(gebouwde_site):
    html = (gebouwde_site / "index.html").read_text(encoding="utf-8")
    blok = html[html.index("Ik ben werkgever"):]
    blok = blok[:blok.index("</section>")]
    assert 'href="werkgevers/"' in blok


def test_werkgevers_in_the_nav_but_not_the_item_pages(gebouwde_site):
    html = (gebouwde_site / "werkgevers/index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):html.index('<div class="md-content"')]
    for page in ["protocol/", "inwerkplan/", "checklist/", "vragen/"]:
        assert f'href="{page}"' in nav, page
    assert "hoeveel-subsidie" not in nav and "protocol/inwerken" not in nav


@pytest.mark.traag
def test_fixture_site_edit_links_point_at_the_yaml(fixture_project, tmp_path):
    result = bouw(fixture_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    edit = "https://github.com/buurtbaan/kennisbank/edit/main/content/werkgevers/"
    for page, bron in [("werkgevers/protocol/inwerken", "protocol/inwerken.yaml"),
                       ("werkgevers/inwerkplan", "protocol/inwerken.yaml"),
                       ("werkgevers/vragen/hoeveel-subsidie", "vragen/hoeveel-subsidie.yaml")]:
        html = (tmp_path / "site" / page / "index.html").read_text(encoding="utf-8")
        assert f'href="{edit}{bron}"' in html, page


