"""The question set's score: every question of tests/zoekvragen.yaml asked through the search.

Usage: .venv/bin/python bench/zoekvragen.py [--site MAP] [--alles]

Builds the real site (or uses an already built `--site MAP`), serves it on 127.0.0.1, opens the
search dialog in Chromium and types each question's words. Prints the score, per group of
askers, and every miss with its first three results. `--alles` also prints the hits.
The test (tests/test_zoekvragen.py) fails below 90 %.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import BOUWDATUM, CHROMIUM, CHROMIUM_ARGS, bouw, serve_folder  # noqa: E402
from zoekvraaghulp import Zoeker, laad, verslag  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, help="a site built before (skips the build)")
    parser.add_argument("--alles", action="store_true", help="also print every hit")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            result = bouw(ROOT, site, BOUWDATUM)
            if result.returncode:
                sys.exit(result.stdout[-3000:] + result.stderr[-3000:])
        url, server = serve_folder(site)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        zoeker = Zoeker(browser.new_context(), url)
        antwoorden = [zoeker.vraag(v) for v in laad()]
        if args.alles:
            for a in antwoorden:
                if a.ok:
                    print(f"  + {a.vraag['id']}: '{a.vraag['typ']}' -> {zoeker.path(a.goed or '')}")
        print(verslag(zoeker, antwoorden))
        browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
