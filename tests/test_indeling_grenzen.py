"""core/indeling.py on a small made-up layout: addresses at the root and in folders, the section of
a folder (the longest that holds it), the menu and search sections, filling in a nav, and every
disagreement with mkdocs.yml word for word. tests/test_indeling.py checks the site's own layout."""

from __future__ import annotations

import pytest

from generator.core.indeling import (
    ALGEMEEN,
    Indeling,
    Sectie,
    content_file,
    content_folder,
    is_content,
    lees_mkdocs_yml,
    markdown_extensies,
    page_of_content_file,
    relatieve_url,
    url,
)


def indeling() -> Indeling:
    return Indeling((
        Sectie("bewoners", "Voor bewoners", paginas={"vragen/index.md": "Vragen"}),
        Sectie("bewoners/vragen", "Vragen van bewoners", in_nav=False),
        Sectie("spoorboekje", "Spoorboekje", zoeksectie="Routes"),
        Sectie("werkgevers", "Voor werkgevers", paginas={"protocol/index.md": "Protocol", "checklist.md": "Checklist"}),
        Sectie("werkgevers/protocol", "Protocol"),
        Sectie("over", "Over", handgeschreven=True),
    ))


def test_content_paths():
    assert content_folder("vacatures") == "content/vacatures"
    assert content_file("spoorboekje/stations", "x") == "content/spoorboekje/stations/x.yaml"
    assert is_content("content/a.yaml") and is_content("./content/a/b.yaml") and is_content("x/../content/a.yaml")
    assert not is_content(None) and not is_content("contents/a.yaml") and not is_content("docs/content/a.yaml")
    assert not is_content("content")
    assert page_of_content_file("content/vuistregels/x.yaml") == "vuistregels/x.md"
    assert page_of_content_file("content/spoorboekje/stations/x.yaml") == "spoorboekje/stations/x.md"
    assert page_of_content_file("docs/x.yaml") == "" and page_of_content_file("x.yaml") == ""


@pytest.mark.parametrize("path, mappen, verwacht", [
    ("index.md", True, ""), ("a/index.md", True, "a/"), ("a/b.md", True, "a/b/"), ("a/mijnindex.md", True,
                                                                                  "a/mijnindex/"),
    ("a/b/index.md", True, "a/b/"), ("index.md", False, "index.html"), ("a/b.md", False, "a/b.html"),
    ("a/feed.xml", True, "a/feed.xml"), ("a/feed.xml", False, "a/feed.xml"),
])
def test_the_address_of_a_file(path, mappen, verwacht):
    assert url(path, mappen) == verwacht


@pytest.mark.parametrize("path, here, mappen, verwacht", [
    ("a/b.md", "", True, "a/b/"), ("a/b.md", "a", True, "b/"), ("a/b.md", "c", True, "../a/b/"),
    ("index.md", "a", True, "../"), ("index.md", "", True, "./"), ("a/index.md", "a", True, "./"),
    ("a/b.md", "c", False, "../a/b.html"), ("a/feed.xml", "a", True, "feed.xml"),
])
def test_an_address_seen_from_a_folder(path, here, mappen, verwacht):
    assert relatieve_url(path, here, mappen) == verwacht


def test_a_folder_belongs_to_the_longest_section_that_holds_it():
    lay = indeling()
    assert lay.sectie("bewoners").map == "bewoners"
    assert lay.sectie("bewoners/vragen/x").map == "bewoners/vragen"
    assert lay.sectie("bewonersvragen") is None and lay.sectie("nergens") is None
    assert lay.overzicht("werkgevers/protocol") == "werkgevers/protocol/index.md"
    assert lay.overzicht("spoorboekje/stations") == "spoorboekje/index.md"
    with pytest.raises(KeyError) as info:
        lay.overzicht("nergens")
    assert info.value.args[0] == ("no section of the layout holds the folder 'nergens': add a line to "
                                  "generator/indeling.py")


def test_a_section_named_twice_is_refused():
    with pytest.raises(ValueError) as info:
        Indeling((Sectie("b", "B"), Sectie("a", "A"), Sectie("b", "B2"), Sectie("a", "A2"), Sectie("c", "C")))
    assert str(info.value) == "the layout names a section twice: a, b"
    with pytest.raises(ValueError) as info:
        Indeling((Sectie("a", "A", paginas={"x.md": "X", "y.md": "Y"}), Sectie("b", "B", paginas={"x.md": "X2"})))
    assert str(info.value) == "the layout names a page twice: x"


def test_menu_titles_in_order_and_search_sections():
    lay = indeling()
    assert list(lay.nav_titels().items()) == [
        ("bewoners/index.md", "Voor bewoners"), ("bewoners/vragen/index.md", "Vragen"),
        ("spoorboekje/index.md", "Spoorboekje"), ("werkgevers/index.md", "Voor werkgevers"),
        ("werkgevers/protocol/index.md", "Protocol"), ("werkgevers/checklist.md", "Checklist")]
    assert lay.in_nav("werkgevers/checklist.md") and not lay.in_nav("over/index.md")
    assert not lay.in_nav("werkgevers/x.md")
    assert lay.zoeksectie("spoorboekje/stations/x.md") == "Routes" and lay.zoeksectie("spoorboekje/index.md") == "Routes"
    assert lay.zoeksectie("bewoners/vragen/x.md") == "Voor bewoners"  # the section above it: no own search section
    assert lay.zoeksectie("over.md") == "Over" and lay.zoeksectie("werkgevers/checklist.md") == "Voor werkgevers"
    assert lay.zoeksectie("index.md") == ALGEMEEN == "Algemeen" and lay.zoeksectie("elders/x.md") == ALGEMEEN
    assert lay.hoofdsectie("werkgevers/protocol/x").map == "werkgevers" and lay.hoofdsectie("elders") is None
    assert lay.pagina("checklist") == "werkgevers/checklist.md"
    with pytest.raises(KeyError) as info:
        lay.pagina("nergens")
    assert info.value.args[0] == ("no section of the layout lists the page 'nergens': add it to `paginas` in "
                                  "generator/indeling.py")
    assert Sectie("a", "A").overzicht == "a/index.md" and hash(Sectie("a", "A")) == hash(Sectie("a", "B"))


def test_a_nav_gets_what_it_lacks_under_its_parent_or_at_the_end():
    nav = [{"Home": "index.md"}, {"Voor werkgevers": ["werkgevers/index.md", {"Oud": "werkgevers/oud.md"}]}]
    gevuld = indeling().nav_aanvullen(nav)
    assert nav == [{"Home": "index.md"}, {"Voor werkgevers": ["werkgevers/index.md", {"Oud": "werkgevers/oud.md"}]}]
    assert gevuld == [
        {"Home": "index.md"},
        {"Voor werkgevers": ["werkgevers/index.md", {"Oud": "werkgevers/oud.md"},
                             {"Protocol": "werkgevers/protocol/index.md"}, {"Checklist": "werkgevers/checklist.md"}]},
        {"Voor bewoners": "bewoners/index.md"}, {"Vragen": "bewoners/vragen/index.md"},
        {"Spoorboekje": "spoorboekje/index.md"}]
    assert indeling().nav_aanvullen(gevuld) == gevuld


def test_every_disagreement_with_mkdocs_yml_in_one_sentence():
    mkdocs = {
        "nav": [{"Home": "index.md"}, {"Bewoners": ["bewoners/index.md", "bewoners/vragen/index.md"]},
                {"Spoorboekje": "spoorboekje/index.md"}, {"Oud": "werkgevers/x.md"}, "werkgevers/checklist.md"],
        "extra": {"zoeksecties": {"spoorboekje": "Spoorboekje"}},
    }
    assert indeling().verschillen(mkdocs, {"werkgevers/x.md", "bewoners/index.md"}) == [
        "mkdocs.yml's nav calls bewoners/index.md 'Bewoners', the layout (generator/indeling.py) 'Voor bewoners': "
        "make them the same.",
        "mkdocs.yml's nav lists werkgevers/x.md, a generated page that the layout (generator/indeling.py) keeps "
        "out of the menu: add it to its section's `paginas`, or take it out of the nav.",
        "mkdocs.yml's extra.zoeksecties is not read: the search section of a page comes from the layout "
        "(generator/indeling.py). Take it out of mkdocs.yml."]
    assert indeling().verschillen({"extra": {}}, set()) == []


def test_mkdocs_yml_as_plain_data(tmp_path):
    path = tmp_path / "mkdocs.yml"
    path.write_text("site_url: !ENV [SITE_URL, 'https://example.org/']\nextra:\n  x: !ENV SITE\n"
                    "  y: !relative {a: 1}\nmarkdown_extensions:\n  - toc:\n      permalink: true\n  - tables\n"
                    "  - admonition:\n  - attr_list\n", encoding="utf-8")
    assert lees_mkdocs_yml(path)["site_url"] == ["SITE_URL", "https://example.org/"]
    assert lees_mkdocs_yml(path)["extra"] == {"x": "SITE", "y": {"a": 1}}
    assert markdown_extensies(path) == (["toc", "tables", "admonition", "attr_list"], {"toc": {"permalink": True}})
    assert markdown_extensies(path, zonder=("toc", "tables")) == (["admonition", "attr_list"], {})
    (tmp_path / "leeg.yml").write_text("", encoding="utf-8")
    assert lees_mkdocs_yml(tmp_path / "leeg.yml") == {} and markdown_extensies(tmp_path / "leeg.yml") == ([], {})


def test_a_page_goes_under_the_nearest_section_that_has_a_menu_group():
    lay = Indeling((Sectie("werkgevers", "Voor werkgevers"),
                    Sectie("werkgevers/protocol", "Protocol", in_nav=False, paginas={"stappen.md": "Stappen"})))
    nav = [{"Voor werkgevers": ["werkgevers/index.md"]}]
    assert lay.nav_aanvullen(nav) == [{"Voor werkgevers": ["werkgevers/index.md",
                                                           {"Stappen": "werkgevers/protocol/stappen.md"}]}]


def test_a_page_without_a_title_in_the_nav_is_compared_by_its_group():
    mkdocs = {"nav": ["index.md", {"Spoorboek": "spoorboekje/index.md"},
                      {"Voor werkgevers": ["werkgevers/index.md", "werkgevers/checklist.md"]}]}
    assert indeling().verschillen(mkdocs, set()) == [
        "mkdocs.yml's nav calls spoorboekje/index.md 'Spoorboek', the layout (generator/indeling.py) 'Spoorboekje': "
        "make them the same."]
