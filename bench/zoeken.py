"""Page weight and search cost, measured in Chromium; build time for synthetic sites.

Usage: .venv/bin/python bench/zoeken.py [--groottes 250,1000,4000,10000]

1. Builds the real site and visits a few page types as a first-time visitor: every request is
   counted, its body gzip-compressed (level 6, as a web server would), and reported against the
   budget: at most 80 KB per visit, HTML at most 14 KB, no other host, 0 bytes of search before
   the search opens.
2. For each size, builds a synthetic site of mixed content types (bench/synthetisch.py), prints
   the build time per item, opens the search and measures the bytes of the first query.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetisch import maak_project  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGINAS = {
    "home": "",
    "vuistregel": "vuistregels/volwaardige-collega/",
    "vacature": "vacatures/naaien-en-upcycling/",
    "spoorboekje (routeplanner)": "spoorboekje/",
}
BUDGET_TOTAAL, BUDGET_HTML, BUDGET_ZOEKEN = 80_000, 14_000, 200_000


def bouw(project: Path, uit: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "generator.cli", "--map", str(project), "bouw",
                             "--datum", "2026-11-23", "--uit", str(uit)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        sys.exit(result.stdout[-3000:] + result.stderr[-3000:])
    return time.perf_counter() - start


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


class Meter:
    """Records every response of a page: URL, type and gzip-compressed size."""

    def __init__(self, page):
        self.rows = []
        page.on("response", self._record)

    def _record(self, response):
        try:
            body = response.body()
        except Exception:  # redirects and failed requests have no body
            body = b""
        self.rows.append((response.url, response.request.resource_type, len(gzip.compress(body, 6))))

    def since(self, mark: int):
        return self.rows[mark:]


def kb(n: int) -> str:
    return f"{n / 1000:6.1f} KB"


def meet_paginas(browser, url: str) -> bool:
    ok = True
    print("First visit, gzip-compressed (budget: 80 KB in all, HTML 14 KB, 0 bytes of search):")
    for naam, path in PAGINAS.items():
        page = browser.new_page()
        meter = Meter(page)
        response = page.goto(url + path, wait_until="networkidle")
        if response is None or response.status != 200:
            print(f"  {naam:28} {path}: not in this build, skipped")
            page.close()
            continue
        rows = meter.rows
        total = sum(size for _, _, size in rows)
        html = sum(size for u, kind, size in rows if kind == "document")
        extern = [u for u, _, _ in rows if not u.startswith(url)]
        zoek = sum(size for u, _, size in rows if "/pagefind/" in u or "zoeken" in u)
        good = total <= BUDGET_TOTAAL and html <= BUDGET_HTML and not extern and zoek == 0
        ok &= good
        print(f"  {naam:28} {kb(total)} in {len(rows):2} requests, HTML {kb(html)}, "
              f"search {zoek} bytes, other hosts {len(extern)}  {'ok' if good else 'OVER BUDGET'}")
        page.close()
    return ok


def meet_zoeken(browser, url: str, woord: str) -> int:
    """Bytes from opening the search until the first query shows its results."""
    page = browser.new_page()
    meter = Meter(page)
    page.goto(url, wait_until="networkidle")
    mark = len(meter.rows)
    page.keyboard.press("/")
    page.wait_for_selector("dialog.bb-zoek[open]")
    page.keyboard.type(woord)
    page.wait_for_function("document.querySelector('.bb-zoek__status').textContent.length > 0", timeout=30_000)
    page.wait_for_load_state("networkidle")
    total = sum(size for _, _, size in meter.since(mark))
    page.close()
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groottes", default="250,1000,4000,10000")
    sizes = [int(s) for s in parser.parse_args().groottes.split(",") if s]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        seconds = bouw(ROOT, Path(tmp) / "echt")
        url, server = serve(Path(tmp) / "echt")
        print(f"Real content: built in {seconds:.1f} s")
        ok = meet_paginas(browser, url)
        print(f"  first query 'subsidie': {kb(meet_zoeken(browser, url, 'subsidie'))}")
        server.shutdown()

        per_item = {}
        print("\nSynthetic sites of mixed content types (budget: first query at most 200 KB):")
        for n in sizes:
            project = Path(tmp) / f"synthetisch-{n}"
            items = maak_project(project, n)
            seconds = bouw(project, project / "site")
            per_item[n] = seconds / items
            url, server = serve(project / "site")
            query = meet_zoeken(browser, url, "buurtbaner")
            server.shutdown()
            ok &= query <= BUDGET_ZOEKEN
            print(f"  {items:>6} items: {seconds:7.1f} s, {per_item[n] * 1000:6.2f} ms per item, "
                  f"first query {kb(query)}  {'ok' if query <= BUDGET_ZOEKEN else 'OVER BUDGET'}")
        if 1000 in per_item and 4000 in per_item:
            ratio = per_item[4000] * 4000 / (per_item[1000] * 1000)
            print(f"  build time 4.000 / 1.000 items: {ratio:.2f} (linear is 4,0)")
        browser.close()
    print("\nAll within budget." if ok else "\nSome figures are over budget (see above).")


if __name__ == "__main__":
    main()
