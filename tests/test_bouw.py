"""Whole builds: the fixture site and the real site, strict, in temporary folders."""

import re

import pytest
from conftest import ROOT, bouw
from hulp import hoofdmenu

from generator.cli import main

pytestmark = pytest.mark.traag  # most tests build a site with MkDocs


def test_fixture_site_builds_strict(open_site):
    site = open_site  # built once per test run by conftest; a failing strict build fails there
    for page in ["index.html", "vuistregels/index.html", "vuistregels/volwaardige-collega/index.html",
                 "vuistregels/gespreksleidraad/index.html", "routekaart/index.html",
                 "routekaart/het-eigen-plan/index.html"]:
        assert (site / page).is_file(), page


def test_edit_links_point_at_yaml_sources(open_site):
    html = (open_site / "vuistregels/volwaardige-collega/index.html").read_text()
    assert 'href="https://github.com/buurtbaan/kennisbank/edit/main/content/vuistregels/volwaardige-collega.yaml"' in html
    html = (open_site / "index.html").read_text()
    assert 'href="https://github.com/buurtbaan/kennisbank/edit/main/docs/index.md"' in html


def test_item_pages_stay_out_of_the_navigation(open_site):
    html = (open_site / "index.html").read_text()
    nav = hoofdmenu(html)
    assert "vuistregels/" in nav
    assert "volwaardige-collega" not in nav


def test_bad_content_stops_the_build_with_dutch_messages(fixture_project, tmp_path):
    for name, old, new in [("vuistregels/volwaardige-collega.yaml", "groep: praktijk", "groep: praktijkk"),
                           ("routekaart/het-eigen-plan.yaml", "volgorde: 1", "volgorde: een")]:
        path = fixture_project / "content" / name
        path.write_text(path.read_text().replace(old, new))
    result = bouw(fixture_project, tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "content/routekaart/het-eigen-plan.yaml:1: veld 'volgorde': hier hoort een heel getal" in result.stdout
    assert "content/vuistregels/volwaardige-collega.yaml:3: veld 'groep': 'praktijkk' kan hier niet." in result.stdout
    assert not (tmp_path / "site").exists()


def test_mending_the_mistakes_gives_exit_0(fixture_project, capsys):
    path = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    path.write_text(path.read_text().replace("groep: praktijk", "groep: praktijkk"))
    assert main(["--map", str(fixture_project), "controleer"]) == 1
    path.write_text(path.read_text().replace("groep: praktijkk", "groep: praktijk"))
    assert main(["--map", str(fixture_project), "controleer"]) == 0
    files = len(list((fixture_project / "content").rglob("*.yaml")))
    assert capsys.readouterr().out.endswith(f"Alles in orde: {files} bestanden gecontroleerd.\n")


def test_a_hand_written_page_is_never_overwritten(fixture_project, tmp_path):
    (fixture_project / "docs/vuistregels").mkdir()
    (fixture_project / "docs/vuistregels/index.md").write_text("# Met de hand\n")
    result = bouw(fixture_project, tmp_path / "site")
    assert result.returncode == 1
    assert "docs/vuistregels/index.md is met de hand geschreven" in result.stdout + result.stderr


def test_same_input_same_output(fixture_project, tmp_path):
    bouw(fixture_project, tmp_path / "a")
    bouw(fixture_project, tmp_path / "b")
    def listing(root):
        return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file() and not _unstable(p))

    files = listing(tmp_path / "a")
    assert files and files == listing(tmp_path / "b")
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def _unstable(path) -> bool:
    """Files whose bytes differ between identical builds, for reasons outside our code."""
    if path.name == "sitemap.xml.gz":  # the gzip header holds a time stamp; sitemap.xml is compared
        return True
    # Hack: Pagefind writes its filter index in arbitrary order, so the filter chunk, the
    # metadata that names it and the entry file change between runs (upstream Pagefind#638:
    # fragments and word indexes are stable since 1.3, filter indexes are not). Searching works
    # the same. Every other Pagefind file is compared.
    return "pagefind" in path.parts and (
        path.parent.name == "filter" or path.suffix == ".pf_meta" or path.name == "pagefind-entry.json")


def test_real_content_is_valid(capsys):
    assert main(["--map", str(ROOT), "controleer"]) == 0, capsys.readouterr().out


def test_real_site_has_the_promised_pages(gebouwde_site):
    for page in ["index.html", "over/index.html", "vuistregels/index.html", "routekaart/index.html",
                 "vuistregels/gespreksleidraad/index.html", "vuistregels/volwaardige-collega/index.html",
                 "routekaart/het-eigen-plan/index.html"]:
        assert (gebouwde_site / page).is_file(), page


def test_real_site_references_no_other_host(gebouwde_site):
    """No src= or stylesheet href to another host anywhere in the built HTML."""
    loaded = re.compile(r'(?:src|href)="(https?://[^"]+)"[^>]*')
    for html in gebouwde_site.rglob("*.html"):
        text = html.read_text()
        for tag in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", text):
            for _url in loaded.findall(tag):
                assert 'rel="canonical"' in tag or 'rel="alternate"' in tag, (html, tag)


def test_markdown_folder_for_other_engines(fixture_project, tmp_path, capsys):
    out = tmp_path / "md"
    assert main(["--map", str(fixture_project), "markdown", "--datum", "2026-11-23", "--uit", str(out)]) == 0
    assert (out / "vuistregels/volwaardige-collega.md").read_text().startswith("---\ntitle:")
    # a folder we did not write is refused, so nothing hand-written is overwritten
    (tmp_path / "eigen").mkdir()
    (tmp_path / "eigen/notities.md").write_text("mijn tekst")
    assert main(["--map", str(fixture_project), "markdown", "--uit", str(tmp_path / "eigen")]) == 1
    assert (tmp_path / "eigen/notities.md").read_text() == "mijn tekst"
