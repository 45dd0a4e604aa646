"""How fast does the preview show a saved change? Save to new text served, median of 5.

Copies the real project (content/, docs/, mkdocs.yml) into a temporary folder, optionally adds
300 synthetic items (bench/synthetisch.py), starts `buurtbanen bekijk` on a free port, waits
until the site is served, then five times: changes the rule of one vuistregel to a new text,
and measures from the save until the page of that vuistregel serves the new text.

    .venv/bin/python bench/voorbeeld.py            # real content and real content + 300 items
    .venv/bin/python bench/voorbeeld.py 0 300 1000
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
from synthetisch import MAKERS  # noqa: E402 - after the path to bench/ is set

KEER = 5
ITEM = "content/vuistregels/volwaardige-collega.yaml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        return urllib.request.urlopen(url, timeout=5).read().decode()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, seconds: float = 120) -> float:
    """Poll until `url` serves `text`; returns the time it showed up (time.monotonic)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in fetch(url):
            return time.monotonic()
        time.sleep(0.02)
    raise SystemExit(f"{url} never showed {text!r}")


def project(folder: Path, extra: int) -> Path:
    for part in ("content", "docs"):
        shutil.copytree(ROOT / part, folder / part)
    shutil.copy(ROOT / "mkdocs.yml", folder)
    makers = list(MAKERS.items())
    for i in range(extra):
        soort, (map_, maker) = makers[i % len(makers)]
        path = folder / "content" / map_ / f"synthetisch-{i}.yaml"
        text = maker(i)
        if soort == "vuistregel":  # the real rules use 1..21: keep numbers unique
            text = text.replace(f"nummer: {i + 100}", f"nummer: {i + 1000}")
        path.write_text(text, encoding="utf-8")
    return folder


def measure(extra: int) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="bb-voorbeeld-") as tmp:
        folder = project(Path(tmp) / "p", extra)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "generator.cli", "--map", str(folder), "bekijk", "--adres",
             f"127.0.0.1:{port}"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}/vuistregels/volwaardige-collega/"
            wait_for(url, "volwaardige collega")
            wait_for(f"http://127.0.0.1:{port}/pagefind/pagefind.js", "", 120)  # the first index
            while not fetch(f"http://127.0.0.1:{port}/pagefind/pagefind.js"):
                time.sleep(0.2)
            time.sleep(2)
            item = folder / ITEM
            original = item.read_text(encoding="utf-8")
            times = []
            for n in range(KEER):
                marker = f"Meetpunt{n}x{os.getpid()}"
                text = original.replace("regel: ", f"regel: {marker} ", 1)
                start = time.monotonic()
                item.write_text(text, encoding="utf-8")
                times.append(wait_for(url, marker) - start)
                time.sleep(2)  # a pause, as between two saves of an editor
            return times
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)


def main(sizes: list[int]) -> None:
    print(f"Voorbeeld: van opslaan tot nieuwe tekst, mediaan van {KEER} keer ({os.cpu_count()} cores)")
    for extra in sizes:
        times = measure(extra)
        label = "echte inhoud" if not extra else f"echte inhoud + {extra} items"
        print(f"  {label:28} {statistics.median(times):5.2f} s   "
              f"(alle: {', '.join(f'{t:.2f}' for t in times)})")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [0, 300])
