"""How fast does the preview show a saved change? Save to new text served, median of 5.

Copies the real project (content/, docs/, mkdocs.yml) into a temporary folder, optionally adds
300 synthetic items (bench/synthetisch.py), starts `buurtbanen bekijk` on a free port, waits
until the site is served, then five times: changes the rule of one vuistregel to a new text,
and measures from the save until the page of that vuistregel serves the new text. Then five
times a mistake (`regel: Let op: ...`) until the page shows its banner, and the fix until the
new text shows ("een fout, dan herstel": the median of those ten).

    .venv/bin/python bench/voorbeeld.py            # real content and real content + 300 items
    .venv/bin/python bench/voorbeeld.py 0 300 1000
    .venv/bin/python bench/voorbeeld.py --fasen    # where a rebuild spends its time (in one process)

Besides the rebuild, a save waits for MkDocs' watcher (content/ is looked at every 0.1 s) and
its pause for more changes (0.1 s). The search index (Pagefind) runs after the reload.
"""

from __future__ import annotations

import functools
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


def measure(extra: int) -> tuple[list[float], list[float]]:
    """Save to new text served, KEER times; then KEER times a mistake (the typical colon) until
    its banner shows, and its fix until the new text shows."""
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
            fouten = []
            for n in range(KEER):
                start = time.monotonic()
                item.write_text(original.replace("regel: ", "regel: Let op: ", 1), encoding="utf-8")
                fouten.append(wait_for(url, "Er is een fout in de inhoud") - start)
                time.sleep(2)
                marker = f"Hersteld{n}x{os.getpid()}"
                start = time.monotonic()
                item.write_text(original.replace("regel: ", f"regel: {marker} ", 1), encoding="utf-8")
                fouten.append(wait_for(url, marker) - start)
                time.sleep(2)
            return times, fouten
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)


FASEN = {  # (module, function) -> what it is, in the order of a build
    ("mkdocs.config", "load_config"): "mkdocs.yml lezen (MkDocs, elke keer)",
    ("generator.mkdocs_plugin", "controleer"): "inhoud laden en controleren",
    ("generator.mkdocs_plugin", "genereer"): "pagina's maken (Jinja)",
    ("generator.mkdocs_plugin", "add_generated"): "pagina's aan MkDocs geven",
    ("mkdocs.commands.build", "get_navigation"): "navigatie (MkDocs)",
    ("mkdocs.commands.build", "_populate_page"): "Markdown naar HTML (gewijzigde pagina's)",
    ("mkdocs.commands.build", "_build_page"): "thema om de pagina (gewijzigde pagina's)",
}


def _gemeten(f, label: str, huidig: dict[str, float]):
    @functools.wraps(f)
    def gemeten(*args, **kwargs):
        start = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            huidig[label] += time.perf_counter() - start
    return gemeten


def fasen(extra: int) -> None:
    """Rebuild in this process as `bekijk` does, five times, and print where the time goes."""
    import collections
    import importlib
    import logging

    sys.path.insert(0, str(ROOT))
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    logging.disable(logging.WARNING)
    from mkdocs.commands import build

    huidig: dict[str, float] = collections.defaultdict(float)  # this rebuild: time per phase
    for (module, naam), label in FASEN.items():
        mod = importlib.import_module(module)
        setattr(mod, naam, _gemeten(getattr(mod, naam), label, huidig))
    from mkdocs.config import load_config  # after the wrapping: this name is the measured one

    with tempfile.TemporaryDirectory(prefix="bb-fasen-") as tmp:
        folder, site = project(Path(tmp) / "p", extra), Path(tmp) / "site"
        url = "http://127.0.0.1:8000/"

        def config():
            made = load_config(config_file=str(folder / "mkdocs.yml"), site_dir=str(site))
            made.site_url = url
            return made
        first = config()
        first.plugins.on_startup(command="serve", dirty=True)
        build.build(first, serve_url=url, dirty=True)
        item = folder / ITEM
        original = item.read_text(encoding="utf-8")
        tijden: dict[str, list[float]] = collections.defaultdict(list)
        for n in range(KEER):
            item.write_text(original.replace("regel: ", f"regel: Fase{n} ", 1), encoding="utf-8")
            huidig.clear()
            start = time.perf_counter()
            build.build(config(), serve_url=url, dirty=True)
            huidig["hele herbouw"] = time.perf_counter() - start
            for label in [*FASEN.values(), "hele herbouw"]:
                tijden[label].append(huidig[label])
            time.sleep(0.5)
        first.plugins.on_shutdown()
    label = "echte inhoud" if not extra else f"echte inhoud + {extra} items"
    print(f"Herbouw na opslaan, {label}: mediaan van {KEER} keer (load {os.getloadavg()[0]:.1f})")
    for naam, rij in tijden.items():
        print(f"  {naam:45} {statistics.median(rij):5.3f} s")


def main(sizes: list[int]) -> None:
    print(f"Voorbeeld: van opslaan tot nieuwe tekst, mediaan van {KEER} keer ({os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for extra in sizes:
        times, fouten = measure(extra)
        label = "echte inhoud" if not extra else f"echte inhoud + {extra} items"
        print(f"  {label:28} {statistics.median(times):5.2f} s   "
              f"(alle: {', '.join(f'{t:.2f}' for t in times)})")
        print(f"  {'  een fout, dan herstel':28} {statistics.median(fouten):5.2f} s   "
              f"(alle: {', '.join(f'{t:.2f}' for t in fouten)})")


if __name__ == "__main__":
    if "--fasen" in sys.argv:
        for extra in [int(a) for a in sys.argv[1:] if a != "--fasen"] or [0, 300]:
            fasen(extra)
    else:
        main([int(a) for a in sys.argv[1:]] or [0, 300])
