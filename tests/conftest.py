"""Shared fixtures: a built copy of the real site, a local web server, and Chromium."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BOUWDATUM = "2026-11-23"  # every test build uses this date, so output never depends on the clock

# Flags for a machine without network: without them Chromium keeps trying to reach Google.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

_skipped_browser: list[str] = []

# axe-core from PyPI (axe-playwright-python pins axe-core 4.12.1 inside); never from a CDN.
AXE = files("axe_playwright_python") / "axe.min.js"


# Every rule for WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 adds target-size), and best practice.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe(page, context: str = "document") -> list:
    """Every WCAG 2.2 AA and best-practice violation axe-core finds on the page (or in `context`)."""
    page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": AXE_TAGS}}
    result = page.evaluate(f"axe.run({context}, {json.dumps(options)})")
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def bouw(project: Path, uit: Path, datum: str = BOUWDATUM, *extra: str) -> subprocess.CompletedProcess:
    """Run `buurtbanen bouw` (validate, then `mkdocs build --strict`) on a project folder."""
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", "--map", str(project), "bouw", "--datum", datum,
         "--uit", str(uit), *extra],
        capture_output=True, text=True, cwd=ROOT)


def bouw_fixture(tmp_path_factory, datum: str = BOUWDATUM, extra: dict[str, str] | None = None,
                 zonder: tuple[str, ...] = ()) -> Path:
    """Build a copy of the fixture site on `datum`, with `extra` files (path -> text) added and
    the folders in `zonder` left out."""
    project = maak_fixture_project(tmp_path_factory.mktemp("project") / "site")
    for folder in zonder:
        shutil.rmtree(project / folder)
    for name, text in (extra or {}).items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    result = bouw(project, project / "uit", datum)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "uit"


@pytest.fixture(scope="session")
def open_site(tmp_path_factory) -> Path:
    """The fixture site built on a day when some vacancies are open."""
    return bouw_fixture(tmp_path_factory, "2026-11-23")


@pytest.fixture(scope="session")
def late_site(tmp_path_factory) -> Path:
    """The fixture site built after every closing date."""
    return bouw_fixture(tmp_path_factory, "2030-01-01")


@pytest.fixture(scope="session")
def gebouwde_site(tmp_path_factory) -> Path:
    """The real site, built once per test run into a temporary folder."""
    uit = tmp_path_factory.mktemp("site")
    result = bouw(ROOT, uit)
    assert result.returncode == 0, result.stdout + result.stderr
    return uit


def maak_fixture_project(project: Path) -> Path:
    """Copy the fixture site to `project`, with the real theme overrides and assets."""
    shutil.copytree(FIXTURE_SITE, project)
    for part in ("overrides", "assets"):
        shutil.copytree(ROOT / "docs" / part, project / "docs" / part)
    return project


@pytest.fixture
def fixture_project(tmp_path) -> Path:
    """A writable copy of the small fixture site."""
    return maak_fixture_project(tmp_path / "project")


@pytest.fixture(scope="session")
def fixture_site_url(open_site):
    """The fixture site (the same build as `open_site`, with its search index) on 127.0.0.1."""
    url, server = serve_folder(open_site)
    yield url
    server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # As a web host serves it: Decap reads /admin/config.yml and says so when it is not YAML.
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".yml": "text/yaml"}

    def log_message(self, *args):
        pass


def serve_folder(folder: Path):
    """Serve `folder` on a free port on 127.0.0.1; returns (base url, server)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(gebouwde_site):
    url, server = serve_folder(gebouwde_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. Missing Chromium: a failure in CI, a skip elsewhere."""
    if not Path(CHROMIUM).exists():
        message = f"Chromium staat niet op {CHROMIUM}: browsertests overgeslagen. " \
                  "Installeer het met: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail("In CI moet Chromium er zijn. " + message, pytrace=False)
        _skipped_browser.append(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Bezoek:
    """A fresh browser page that records every request and every console error."""

    def __init__(self, browser, **context_options):
        self.context = browser.new_context(**context_options)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))


@pytest.fixture
def bezoek(browser):
    visits = []

    def open_(**options) -> Bezoek:
        visit = Bezoek(browser, **options)
        visits.append(visit)
        return visit

    yield open_
    for visit in visits:
        visit.context.close()


# Tests that use one of these build a site with MkDocs or drive Chromium: `traag` (slow) by themselves.
# `pytest -m "not traag"` runs the fast tests only (the mutation bench, bench/mutatie.py, does so).
TRAGE_FIXTURES = {"gebouwde_site", "open_site", "late_site", "site_url", "fixture_site_url", "browser", "bezoek"}


def pytest_collection_modifyitems(items):
    for item in items:
        if TRAGE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.traag)


def pytest_terminal_summary(terminalreporter):
    if _skipped_browser:
        terminalreporter.write_sep("!", "BROWSERTESTS OVERGESLAGEN", yellow=True)
        for message in dict.fromkeys(_skipped_browser):
            terminalreporter.write_line(message)
