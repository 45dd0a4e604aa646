"""core/render.py on its own: addresses and relative links at their edges, Dutch dates at the ends
of the year, the build date's sources in order, the filters word for word, and writing a folder
that is ours (or refusing one that is not)."""

from __future__ import annotations

import datetime as dt
import posixpath
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from generator.core.render import (
    MARKER,
    Context,
    Uitvoer,
    bouwdatum,
    datum_nl,
    inspringen,
    jsonld,
    make_env,
    relatief,
    tabelcel,
    write_folder,
    yaml_waarde,
)
from generator.core.veilig import Markdown

DAG = dt.date(2026, 11, 23)


@pytest.mark.parametrize("target, here", [
    ("a/b.md", ""), ("a/b.md", "a"), ("a/b.md", "a/b"), ("a/b.md", "c/d"), ("b.md", "a/b/c"), ("a", "a"),
    ("a/b/c.md", "a/b"), ("a/x/c.md", "a/b"), ("index.md", ""), ("../x.md", "a"), ("./x.md", "a"), ("a/b.md", "./a"),
])
def test_relative_links_are_the_ones_posixpath_gives(target, here):
    assert relatief(target, here) == posixpath.relpath(target, here or ".")


@pytest.mark.parametrize("path, mappen, site, verwacht", [
    ("vacatures/feed.xml", True, "", "vacatures/feed.xml"),
    ("vacatures/x.md", True, "", "vacatures/x/"),
    ("vacatures/index.md", True, "", "vacatures/"),
    ("index.md", True, "", ""),
    ("mijnindex.md", True, "", "mijnindex/"),
    ("vacatures/x.md", False, "", "vacatures/x.html"),
    ("vacatures/index.md", False, "", "vacatures/index.html"),
    ("vacatures/x.md", True, "https://example.org/kb/", "https://example.org/kb/vacatures/x/"),
    ("vacatures/feed.xml", True, "https://example.org/kb", "https://example.org/kb/vacatures/feed.xml"),
])
def test_an_address_is_what_mkdocs_serves(path, mappen, site, verwacht):
    ctx = Context(DAG, make_env(), site_url=site, mappen_urls=mappen)
    assert ctx.adres(path) == verwacht


def test_edit_links_only_when_there_is_a_place_to_edit():
    item = SimpleNamespace(path="content/vuistregels/x.yaml")
    assert Context(DAG, make_env()).bewerk(item) == ""
    link = Context(DAG, make_env(), bewerken="https://example.org/edit/main/").bewerk(item, "deze regel")
    assert isinstance(link, Markup)
    assert 'href="https://example.org/edit/main/content/vuistregels/x.yaml"' in link
    assert "deze regel" in link


def test_a_page_exists_only_when_the_build_has_it():
    ctx = Context(DAG, make_env(), bestaande={"spoorboekje/index.md"})
    assert ctx.bestaat("spoorboekje/index.md") and not ctx.bestaat("spoorboekje/x.md")


@pytest.mark.parametrize("datum, tekst", [
    (dt.date(2026, 1, 1), "1 januari 2026"), (dt.date(2026, 3, 9), "9 maart 2026"),
    (dt.date(2026, 12, 31), "31 december 2026"), (dt.date(2027, 5, 30), "30 mei 2027"),
])
def test_dates_in_dutch_from_january_to_december(datum, tekst):
    assert datum_nl(datum) == tekst


def test_the_build_date_comes_from_the_option_then_the_variable_then_source_date_epoch():
    env = {"BUURTBANEN_DATUM": "2026-01-02", "SOURCE_DATE_EPOCH": "86400"}
    assert bouwdatum("2026-03-04", env) == dt.date(2026, 3, 4)
    assert bouwdatum(None, env) == dt.date(2026, 1, 2)
    assert bouwdatum(None, {"SOURCE_DATE_EPOCH": "86400"}) == dt.date(1970, 1, 2)
    assert bouwdatum(None, {"SOURCE_DATE_EPOCH": "86399"}) == dt.date(1970, 1, 1)
    assert bouwdatum(None, {"BUURTBANEN_DATUM": "", "SOURCE_DATE_EPOCH": ""}) == dt.date.today()


@pytest.mark.parametrize("gegeven, env, bron, tekst", [
    ("2026-13-01", {}, "--datum", "2026-13-01"),
    (None, {"BUURTBANEN_DATUM": "morgen"}, "BUURTBANEN_DATUM", "morgen"),
    (None, {"SOURCE_DATE_EPOCH": "gisteren"}, "SOURCE_DATE_EPOCH", "gisteren"),
])
def test_a_wrong_build_date_says_which_and_how(gegeven, env, bron, tekst):
    with pytest.raises(ValueError) as info:
        bouwdatum(gegeven, env)
    assert str(info.value) == (f"De datum '{tekst}' ({bron}) klopt niet. Schrijf hem als jaar-maand-dag, "
                               "bijvoorbeeld 2026-12-31.")


def test_filters_word_for_word():
    assert yaml_waarde("Een  titel:\n met # teken") == '"Een titel: met # teken"'
    assert yaml_waarde("x\u0080y") == '"x\\x80y"'
    assert tabelcel(Markdown("a | b\n c")) == "a \\| b c"
    assert tabelcel("a | b") == Markup("a \\| b")
    assert inspringen(Markdown("een\n\ntwee\n")) == "    een\n\n    twee"
    assert inspringen(Markdown("een\ntwee"), 2) == "  een\n  twee"
    assert jsonld({"a": "<b>&</b>", "n": 1}) == (
        '<script type="application/ld+json">\n{\n "a": "\\u003cb\\u003e\\u0026\\u003c/b\\u003e",\n "n": 1\n}\n</script>')
    env = make_env()
    assert env.filters["jsonld"] is jsonld and env.filters["yaml"] is yaml_waarde and env.filters["regel"] is tabelcel
    assert env.filters["inspringen"] is inspringen and env.filters["aantal"]("onbekend") == "onbekend"
    assert env.filters["klein"]("Na de buurtbaan") == "na de buurtbaan"
    assert env.filters["klein"]("") == ""
    assert env.filters["json"]({"b": "é", "a": 1}) == '{"a": 1, "b": "\\u00e9"}'
    assert env.filters["datum"](dt.date(2026, 2, 3)) == "3 februari 2026"


def test_markdown_templates_escape_plain_text_and_keep_markdown(tmp_path):
    (tmp_path / "t.md.j2").write_text("{{ tekst }}|{{ md }}|{{ al }}\n", encoding="utf-8")
    (tmp_path / "t.html.j2").write_text("{{ tekst }}|{{ md }}\n", encoding="utf-8")
    env = make_env([tmp_path])
    md = env.get_template("t.md.j2").render(tekst="*nee* <b>", md=Markdown("*ja*"), al=Markup("<i>eigen</i>"))
    assert md.startswith("\\*nee\\* ") and "|*ja*|<i>eigen</i>" in md
    assert env.get_template("t.html.j2").render(tekst="<b>", md=Markdown("<i>")) == "&lt;b&gt;|&lt;i&gt;\n"


def test_a_context_renders_with_links_relative_to_the_page(tmp_path):
    (tmp_path / "l.md.j2").write_text("[x]({{ url('a/b.md') }}) {{ path }} {{ bouwdatum }}\n", encoding="utf-8")
    ctx = Context(DAG, make_env([tmp_path]))
    assert ctx.render("l.md.j2", "a/c/d.md") == "[x](../b.md) a/c/d.md 2026-11-23\n"
    assert ctx.sjablonen["a/c/d.md"].endswith("l.md.j2")


def test_a_file_is_a_page_when_it_is_markdown():
    assert Uitvoer("a.md", "").is_pagina and not Uitvoer("a.xml", "").is_pagina


def test_writing_a_folder_replaces_only_our_own(tmp_path):
    doel = tmp_path / "diep" / "uit"  # a folder in a folder that is not there yet
    assert write_folder([Uitvoer("a/b.md", "B"), Uitvoer("c.xml", "C"), Uitvoer("e/f/g.md", "é")], doel) == 3
    assert (doel / "e/f/g.md").read_bytes() == "é".encode()
    assert (doel / "a/b.md").read_text(encoding="utf-8") == "B" and (doel / MARKER).is_file()
    assert write_folder([Uitvoer("d.md", "D")], doel) == 1
    assert sorted(p.relative_to(doel).as_posix() for p in doel.rglob("*")) == [MARKER, "d.md"]
    vreemd = tmp_path / "vreemd"
    vreemd.mkdir()
    (vreemd / "eigen.md").write_text("van iemand", encoding="utf-8")
    with pytest.raises(FileExistsError) as info:
        write_folder([Uitvoer("d.md", "D")], vreemd)
    assert str(info.value) == f"De map {vreemd} bestaat al en is niet door ons gemaakt. Kies een lege map."
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    assert write_folder([], leeg) == 0 and (leeg / MARKER).read_text(encoding="utf-8") == (
        "Deze map is gemaakt door 'buurtbanen markdown'.\n")


def test_templates_refuse_an_unknown_name_and_keep_tags_off_their_lines(tmp_path):
    import jinja2

    (tmp_path / "t.html.j2").write_text("<ul>\n  {% for x in xs %}\n  <li>{{ x }}</li>\n  {% endfor %}\n</ul>\n",
                                         encoding="utf-8")
    (tmp_path / "fout.html.j2").write_text("{{ niets }}\n", encoding="utf-8")
    env = make_env([tmp_path])
    assert env.get_template("t.html.j2").render(xs=[1, 2]) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n"
    with pytest.raises(jinja2.UndefinedError):
        env.get_template("fout.html.j2").render()
    assert env.filters["json"]({"d": dt.date(2026, 1, 2)}) == '{"d": "2026-01-02"}'


def test_source_date_epoch_is_a_day_in_utc_whatever_the_local_time_zone(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14: local time is already the next day
    time.tzset()
    try:
        assert bouwdatum(None, {"SOURCE_DATE_EPOCH": "86399"}) == dt.date(1970, 1, 1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_json_ld_and_front_matter_keep_letters_and_edit_links_say_dit():
    assert '"café"' in jsonld({"a": "café"})
    assert yaml_waarde("café") == '"café"'
    assert relatief("../x.md", "") == "../x.md"
    item = SimpleNamespace(path="content/vuistregels/x.yaml")
    link = Context(DAG, make_env(), bewerken="https://example.org/edit/main").bewerk(item)
    assert link == ('<a class="bb-bewerk" href="https://example.org/edit/main/content/vuistregels/x.yaml" '
                    'rel="edit">Pas dit aan</a>')


def test_a_context_passes_its_values_to_the_template(tmp_path):
    (tmp_path / "w.md.j2").write_text("{{ naam }}\n", encoding="utf-8")
    assert Context(DAG, make_env([tmp_path])).render("w.md.j2", "x.md", naam="Wikistad") == "Wikistad\n"
