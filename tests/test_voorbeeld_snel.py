"""The preview renders again only the pages whose input changed (issue 12, part 3), and the
pages it keeps are exactly what a full render gives (core/onthouden.py)."""

import datetime as dt
import re
import shutil

import pytest
from conftest import BOUWDATUM, ROOT

from generator import voorbeeld
from generator.core.onthouden import Onthouden
from generator.site import controleer, genereer

DATUM = dt.date.fromisoformat(BOUWDATUM)
TEKST = re.compile(r"^(titel|naam|vraag|regel|samenvatting|uitleg|rol|wat_is_het|term): ([^'\"|>].*)$", re.M)


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path


def _beide(project, geheugen, templates=()):
    """The output with the memory and without it, for the content as it is now."""
    inhoud, _ = controleer(project, DATUM)
    return genereer(inhoud, DATUM, templates, geheugen=geheugen), genereer(inhoud, DATUM, templates)


def test_kept_pages_are_what_a_full_render_gives(project):
    geheugen = Onthouden()
    met, zonder = _beide(project, geheugen)
    assert met == zonder
    gedaan = set()
    for path in sorted((project / "content").rglob("*.yaml")):  # one item of every type
        match = TEKST.search(path.read_text())
        if path.parent in gedaan or match is None:
            continue
        gedaan.add(path.parent)
        path.write_text(path.read_text()[:match.end()] + " Nieuw woord" + path.read_text()[match.end():])
        met, zonder = _beide(project, geheugen)
        assert [o.path for o in met] == [o.path for o in zonder]
        assert [o.path for o, z in zip(met, zonder, strict=True) if o != z] == [], path
    assert len(gedaan) >= 10


def test_a_new_and_a_deleted_item_change_every_page_that_lists_them(project):
    geheugen = Onthouden()
    _beide(project, geheugen)
    regels = project / "content/vuistregels"
    bron = sorted(regels.glob("*.yaml"))[0]
    nieuw = re.sub(r"^nummer: \d+", "nummer: 999", bron.read_text(), flags=re.M)
    (regels / "een-nieuwe-regel.yaml").write_text(nieuw.replace("titel: ", "titel: Nieuw ", 1))
    met, zonder = _beide(project, geheugen)
    assert met == zonder
    assert "vuistregels/een-nieuwe-regel.md" in [o.path for o in met]
    (regels / "een-nieuwe-regel.yaml").unlink()
    met, zonder = _beide(project, geheugen)
    assert met == zonder
    assert "vuistregels/een-nieuwe-regel.md" not in [o.path for o in met]


def test_one_changed_rule_renders_only_its_own_pages_again(project):
    geheugen = Onthouden()
    alles = len(_beide(project, geheugen)[0])
    path = project / "content/vuistregels/volwaardige-collega.yaml"
    path.write_text(path.read_text().replace("regel: ", "regel: Nieuw woord. ", 1))
    met, zonder = _beide(project, geheugen)
    assert met == zonder
    # the rule, the pages that show it or link to it by its title, and the feed (made every time)
    assert "vuistregels/volwaardige-collega.md" in geheugen.opnieuw
    assert len(geheugen.opnieuw) < alles / 5
    assert not [path for path in geheugen.opnieuw if path.startswith(("begrippen/", "bewoners/", "spoorboekje/"))]


def test_a_changed_template_renders_its_pages_again(project, tmp_path):
    eigen = tmp_path / "sjablonen"
    (eigen / "vuistregels").mkdir(parents=True)
    sjabloon = eigen / "vuistregels/vuistregel.md.j2"
    shutil.copy(ROOT / "generator/templates/vuistregels/vuistregel.md.j2", sjabloon)
    geheugen = Onthouden()
    _beide(project, geheugen, [eigen])
    sjabloon.write_text(sjabloon.read_text() + "\nEen nieuwe regel onderaan.\n")
    met, zonder = _beide(project, geheugen, [eigen])
    assert met == zonder
    assert "Een nieuwe regel onderaan." in next(o.text for o in met if o.path == "vuistregels/volwaardige-collega.md")


def test_a_template_that_lists_content_follows_every_new_item(project, tmp_path):
    """What a template asks of the content itself (not only the values it gets) is followed."""
    eigen = tmp_path / "sjablonen"
    (eigen / "vuistregels").mkdir(parents=True)
    sjabloon = ROOT / "generator/templates/vuistregels/vuistregel.md.j2"
    (eigen / "vuistregels/vuistregel.md.j2").write_text(
        sjabloon.read_text() + "\n{{ inhoud.alle('organisatie') | length }} organisaties, "
        "{{ inhoud.bestaat('begrip', 'nieuw-begrip') }}\n")
    geheugen = Onthouden()
    _beide(project, geheugen, [eigen])
    organisaties = project / "content/organisaties"
    bron = sorted(organisaties.glob("*.yaml"))[0]
    (organisaties / "nog-een-organisatie.yaml").write_text(bron.read_text())
    met, zonder = _beide(project, geheugen, [eigen])
    assert met == zonder
    assert "vuistregels/volwaardige-collega.md" in geheugen.opnieuw


def _gebouwd(site) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def test_a_mistake_and_its_fix_rebuild_only_the_pages_they_change(fixture_project, tmp_path, monkeypatch):
    """The banner is added when a page is sent (voorbeeld.met_banner), so a mistake in one file
    does not build every page again: before, the first mistake and its fix cost a full build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("BUURTBANEN_DATUM", BOUWDATUM)
    site, url = tmp_path / "site", "http://127.0.0.1:8000/"

    def config():
        made = load_config(config_file=str(fixture_project / "mkdocs.yml"), site_dir=str(site))
        made.site_url = url
        return made

    def bouw():
        build(config(), serve_url=url, dirty=True)
    eerste = config()  # as `mkdocs serve --dirty` does: the plugin starts once, then builds follow
    eerste.plugins.on_startup(command="serve", dirty=True)
    build(eerste, serve_url=url, dirty=True)
    regel = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    goed = regel.read_text()
    for tekst in (goed.replace("regel: ", "regel: Let op: ", 1), goed):
        voor = _gebouwd(site)
        regel.write_text(tekst)
        bouw()
        na = _gebouwd(site)
        opnieuw = sorted(p for p in na if na[p] != voor.get(p))
        assert "inhoud-met-fouten/index.html" in opnieuw
        assert len(opnieuw) < len(na) / 4, opnieuw
    vb = eerste.plugins["buurtbanen"].vb
    html = (site / "vuistregels/externe-coach/index.html").read_bytes()
    assert voorbeeld.PLEK.encode() in html  # the banner's place; filled only while there is a mistake
    assert voorbeeld.met_banner(vb, html, "vuistregels/externe-coach/") == html.replace(voorbeeld.PLEK.encode(), b"")
    eerste.plugins.on_shutdown()
