"""`mkdocs serve` with our plugin: bad content shows as a page, and mending it reloads the site."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import ROOT


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
        assert "content/vuistregels/volwaardige-collega.yaml:3: veld &#39;groep&#39;" in page \
            or "content/vuistregels/volwaardige-collega.yaml:3: veld 'groep'" in page
        assert "De inhoud heeft fouten" in _wait_for(base, "De inhoud heeft fouten")
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
