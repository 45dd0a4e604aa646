"""`mkdocs serve` with our plugin: bad content shows as a page, and mending it reloads the site."""

import contextlib
import datetime as dt
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import ROOT

from generator.core.indeling import content_file
from generator.indeling import INDELING
from generator.site import controleer as check
from generator.voorbeeld import noodsite


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, text: str, seconds: float = 40) -> str:
    deadline = time.monotonic() + seconds
    body = ""
    while time.monotonic() < deadline:
        try:
            body = urllib.request.urlopen(url, timeout=2).read().decode()
            if text in body:
                return body
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} never showed {text!r}; last body: {body[:300]!r}")


def test_serve_shows_problems_and_recovers_when_content_is_mended(fixture_project):
    regel = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    good = regel.read_text()
    regel.write_text(good.replace("groep: praktijk", "groep: praktijkk"))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}",
         "-f", str(fixture_project / "mkdocs.yml")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    try:
        base = f"http://127.0.0.1:{port}/"
        page = _wait_for(base + "inhoud-met-fouten/", "praktijkk")
        # never a 404: the broken item's page is there (no good version yet: a short page)
        assert "content/vuistregels/volwaardige-collega.yaml:3" in _wait_for(
            base + "vuistregels/volwaardige-collega/", "Er is een fout in de inhoud")
        assert "content/vuistregels/volwaardige-collega.yaml:3: veld &#39;groep&#39;" in page \
            or "content/vuistregels/volwaardige-collega.yaml:3: veld 'groep'" in page
        assert "Er is een fout in de inhoud" in _wait_for(base, "Er is een fout in de inhoud")
        regel.write_text(good)  # mend it: serve watches content/ and rebuilds
        _wait_for(base + "vuistregels/volwaardige-collega/", "volwaardige collega")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_bekijk_shows_the_real_site_at_the_root(tmp_path):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--map", str(ROOT), "bekijk", "--adres", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for(f"http://127.0.0.1:{port}/vuistregels/", "<title>Vuistregels")
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the CLI runs mkdocs as a child: stop both
        server.wait(timeout=10)


@contextlib.contextmanager
def bekijk(project):
    """`buurtbanen bekijk` on a free port, as an editor runs it; yields the base address."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "--map", str(project), "bekijk", "--adres", f"127.0.0.1:{port}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        _wait_for(base + "vuistregels/volwaardige-collega/", "volwaardige collega", 90)
        yield base
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def _status(url: str) -> int:
    try:
        return urllib.request.urlopen(url, timeout=5).status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_mistake_while_serving_keeps_every_page_and_mending_it_goes_back(fixture_project, bezoek):
    """Issue 12: no 404, a banner that names the mistake, the broken item's own messages, an
    error page that wraps at 1280 px, and after the fix, back to the page without a click."""
    regel = fixture_project / "content/vuistregels/volwaardige-collega.yaml"
    good = regel.read_text()
    with bekijk(fixture_project) as base:
        item = base + "vuistregels/volwaardige-collega/"
        visit = bezoek(viewport={"width": 1280, "height": 800})
        page = visit.page
        page.goto(item)
        page.evaluate("window.scrollTo(0, 300)")
        page.wait_for_timeout(500)  # the live reload starts polling after load
        regel.write_text(good.replace("regel: ", "regel: Let op: ", 1))  # the typical colon
        banner = page.locator(".bb-voorbeeld-fout")
        banner.wait_for(timeout=60_000)  # the page reloaded by itself
        assert "volwaardige-collega.yaml:4: hier staat een dubbele punt" in banner.inner_text()
        assert "Deze fout staat in het bestand van deze pagina" in banner.inner_text()
        assert page.locator("h1").inner_text().startswith("Een buurtbaner is een volwaardige collega")
        for path in ("", "vuistregels/", "vuistregels/externe-coach/", "vacatures/", "werkgevers/vragen/"):
            assert _status(base + path) == 200, path
            assert "Er is een fout in de inhoud" in urllib.request.urlopen(base + path).read().decode(), path
        page.locator("[data-bb-naar-fouten]").click()
        page.wait_for_url("**/inhoud-met-fouten/")
        melding = page.locator(".bb-meldingen pre").first
        assert "Zet de tekst dan tussen aanhalingstekens" in melding.inner_text()
        assert page.evaluate("(el) => el.scrollWidth <= el.clientWidth", melding.element_handle())
        regel.write_text(good)  # mended: the error page reloads, then goes back by itself
        page.wait_for_url(item, timeout=60_000)
        page.wait_for_load_state()
        assert page.locator(".bb-voorbeeld-fout").count() == 0
        assert not [e for e in visit.errors if "livereload" not in e]


def test_a_404_while_serving_reloads_when_the_page_appears(fixture_project, bezoek):
    with bekijk(fixture_project) as base:
        visit = bezoek()
        page = visit.page
        response = page.goto(base + "vuistregels/nieuwe-regel/")
        assert response.status == 404
        page.wait_for_timeout(500)
        nieuw = (fixture_project / "content/vuistregels/volwaardige-collega.yaml").read_text()
        nieuw = nieuw.replace("nummer: ", "nummer: 9", 1).replace("titel: ", "titel: Nieuwe regel, ", 1)
        (fixture_project / "content/vuistregels/nieuwe-regel.yaml").write_text(nieuw)
        page.locator("h1", has_text="Nieuwe regel").wait_for(timeout=60_000)


def test_a_deleted_item_leaves_the_preview_without_a_restart(fixture_project):
    """Issue 12: a dirty build left the page of a deleted file in the site until a restart."""
    regels = fixture_project / "content/vuistregels"
    nieuw = (regels / "volwaardige-collega.yaml").read_text()
    nieuw = nieuw.replace("nummer: ", "nummer: 9", 1).replace("titel: ", "titel: Nieuwe regel, ", 1)
    with bekijk(fixture_project) as base:
        (regels / "nieuwe-regel.yaml").write_text(nieuw)
        _wait_for(base + "vuistregels/nieuwe-regel/", "Nieuwe regel")
        (regels / "nieuwe-regel.yaml").unlink()
        deadline = time.monotonic() + 60
        while _status(base + "vuistregels/nieuwe-regel/") != 404 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _status(base + "vuistregels/nieuwe-regel/") == 404
        assert "Nieuwe regel" not in urllib.request.urlopen(base + "vuistregels/").read().decode()
        assert _status(base + "vuistregels/externe-coach/") == 200  # the others stay


def test_the_search_index_waits_and_a_save_stops_it(caplog):
    """Pagefind runs once the editor pauses, at low priority, and a save (a new build) stops a
    running index at once: the preview never waits for the search."""
    from generator.voorbeeld import Achtergrond

    index = Achtergrond(wacht=0.2)
    klaar = []
    index.start(lambda: klaar.append(index.run([sys.executable, "-c", "print('index')"]).stdout))
    index.start(lambda: klaar.append("tweede"))  # a new request replaces the waiting one
    time.sleep(0.6)
    assert klaar == ["tweede"]

    gestart = time.monotonic()
    index.start(lambda: klaar.append(index.run([sys.executable, "-c", "import time; time.sleep(30)"])))
    time.sleep(0.8)  # the job is running now
    index.onderbreek()
    index.stop()  # waits until the job has ended
    assert time.monotonic() - gestart < 5
    assert klaar[-1].returncode != 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # stopped on purpose: no warning

    index.start(lambda: klaar.append(index.run([sys.executable, "-c", "print('weer')"]).stdout))
    time.sleep(1.5)
    assert klaar[-1] == "weer\n"  # the next quiet moment: it runs again


def test_the_fallback_site_has_every_menu_page_and_every_item_page(fixture_project):
    """When the preview starts with content no page can show, every link of the menu and every
    item's page still leads somewhere, and an item's page opens its own YAML file."""
    inhoud, _ = check(fixture_project, dt.date(2026, 11, 30))
    paginas = {out.path: out.source_path for out in noodsite(inhoud)}
    assert set(INDELING.nav_titels()) <= set(paginas)
    for soort in inhoud.soorten.values():
        for item in inhoud.alle(soort.naam):
            assert paginas[item.pagina] == content_file(soort.map, item.id)
    assert "spoorboekje/stations/index.md" not in paginas  # a folder is not a page of the site
