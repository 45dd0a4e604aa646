"""Atomic publishing: a refused or interrupted build leaves the previous site/ byte for byte,
and MkDocs never outlives `buurtbanen`."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BOUWDATUM, ROOT, bouw, maak_fixture_project

pytestmark = pytest.mark.traag  # every test builds the site with MkDocs


def inhoud(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def vorige_site(tmp_path_factory) -> Path:
    """The fixture site, built once: the 'previous' site/ that each test starts from."""
    project = maak_fixture_project(tmp_path_factory.mktemp("vorige") / "project")
    result = bouw(project, project.parent / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project.parent / "site"


@pytest.fixture
def project_met_site(tmp_path, vorige_site):
    project = maak_fixture_project(tmp_path / "project")
    shutil.copytree(vorige_site, tmp_path / "site")
    return project, tmp_path / "site"


def resten(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".site-"))


def test_a_strict_mode_failure_leaves_the_previous_site(project_met_site):
    project, site = project_met_site
    before = inhoud(site)
    # A broken link in a hand-written page: content checks pass, MkDocs' strict mode refuses.
    (project / "docs/index.md").write_text("# Testsite\n\n[kapot](bestaat-niet.md)\n")
    result = bouw(project, site)
    assert result.returncode == 1
    assert "De site is niet vernieuwd" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert inhoud(site) == before
    assert resten(site.parent) == []


def test_a_good_build_replaces_the_site_whole(project_met_site):
    project, site = project_met_site
    (site / "oud-bestand.txt").write_text("van de vorige bouw")
    (project / "docs/index.md").write_text("# Testsite\n\nNieuwe tekst.\n")
    result = bouw(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (site / "oud-bestand.txt").exists()
    assert "Nieuwe tekst." in (site / "index.html").read_text()
    assert resten(site.parent) == []


def _processen_met(tekst: str) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and int(proc.name) != os.getpid():
            try:
                if tekst.encode() in (proc / "cmdline").read_bytes():
                    found.append(int(proc.name))
            except OSError:
                pass
    return found


@pytest.mark.parametrize("signum, aan_de_groep", [
    (signal.SIGINT, True),  # Ctrl+C in a terminal: the whole process group
    (signal.SIGTERM, False),  # `kill`: only buurtbanen
    (signal.SIGTERM, True),  # a CI runner that cancels the job
], ids=["sigint-groep", "sigterm", "sigterm-groep"])
def test_an_interrupted_build_leaves_the_previous_site(project_met_site, signum, aan_de_groep, tmp_path):
    project, site = project_met_site
    before = inhoud(site)
    log = (tmp_path / "uitvoer.txt").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--map", str(project), "bouw", "--datum", BOUWDATUM,
         "--uit", str(site)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until MkDocs is writing the new site
        if any(any(p.iterdir()) for p in site.parent.glob(".site-nieuw-*") if p.is_dir()):
            break
        assert proc.poll() is None, (tmp_path / "uitvoer.txt").read_text()
        time.sleep(0.01)
    else:
        pytest.fail("MkDocs never started writing")
    if aan_de_groep:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    assert proc.wait(timeout=60) == 128 + signum
    log.close()
    out = (tmp_path / "uitvoer.txt").read_text()
    assert "Traceback" not in out
    assert "De vorige site is er nog." in out
    assert inhoud(site) == before
    assert resten(site.parent) == []
    time.sleep(0.5)
    assert _processen_met(str(project)) == [], "MkDocs (or Pagefind) outlived buurtbanen"


def test_rebuilding_the_same_input_gives_the_same_site(project_met_site):
    """Determinism through the swap: the same input, built again over the previous site/, gives
    the same bytes (minus Pagefind's known unstable files, see test_bouw._unstable)."""
    from test_bouw import _unstable

    project, site = project_met_site
    before = {k: v for k, v in inhoud(site).items() if not _unstable(site / k)}
    result = bouw(project, site)
    assert result.returncode == 0, result.stdout + result.stderr
    after = {k: v for k, v in inhoud(site).items() if not _unstable(site / k)}
    assert sorted(after) == sorted(before)
    assert [k for k in before if before[k] != after[k]] == []
