"""Page weight of the vacancy listing: with the real examples, and with 1.000 synthetic vacancies.

Usage: .venv/bin/python bench/vacatures.py [N]   (default N = 1000)
Builds each case in a temporary folder and prints, for vacatures/index.html and every same-site
CSS and JS file the HTML references, the size raw and gzip-compressed (level 6, as web servers
commonly send it). Material's search index is fetched by its script, not by the HTML: it is
printed apart, for information.
"""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlparse

ROOT = Path(__file__).resolve().parent.parent
DATUM = "2026-11-23"
PLAATSEN = [("Amsterdam", "Centrum"), ("Amsterdam", "Nieuw-West"), ("Amsterdam", "Noord"), ("Amsterdam", "Oost"),
            ("Amsterdam", "West"), ("Amsterdam", "Zuid"), ("Amsterdam", "Zuidoost"), ("Amersfoort", None)]
WERK = ["ontmoeting", "jongeren", "creatief", "nieuwkomers", "zorg-en-welzijn", "groen-en-buiten",
           "geld-en-regelingen", "opvoeden"]


def copy_project(folder: Path) -> None:
    folder.mkdir(parents=True)
    for name in ["mkdocs.yml", "docs", "content"]:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, folder / name)


def synthetic(folder: Path, n: int) -> None:
    vacatures = folder / "content/vacatures"
    shutil.rmtree(vacatures)
    vacatures.mkdir()
    werkgevers = ["combiwel", "dock", "dynamo", "venzo", "swazoom", "groene-hub", "leefkringhuis"]
    for i in range(1, n + 1):
        gemeente, stadsdeel = PLAATSEN[i % len(PLAATSEN)]
        (vacatures / f"vacature-{i}.yaml").write_text(
            f"titel: Buurtbaner nummer {i} in de buurt\n"
            f"werkgever: {werkgevers[i % len(werkgevers)]}\n"
            "regeling: amsterdam-2021-2023\n"
            f"gemeente: {gemeente}\n" + (f"stadsdeel: {stadsdeel}\n" if stadsdeel else "") +
            f"buurt: Buurt {i % 40}\n"
            f"soort_werk: {WERK[i % len(WERK)]}\n"
            "uren_per_week: 32\nleeruren_per_week: 8\nduur_maanden: 24\n"
            "geplaatst: 2026-11-01\n"
            f"sluit: 2027-{1 + i % 12:02d}-{1 + i % 28:02d}\n"
            "samenvatting: Je brengt buren bij elkaar en helpt ze verder.\n"
            "taken: [Je ontvangt bewoners., Je zet activiteiten op.]\n"
            "profiel: [Bewoners kennen je en vertrouwen je.]\n"
            "wij_bieden: [Een eigen coach van buiten de organisatie.]\n"
            "solliciteren: Mail naar het team op werk@voorbeeld.nl.\n"
            f"voorbeeld: {'true' if i % 10 == 0 else 'false'}\n"
            'bron: "Synthetische inhoud voor de benchmark"\n', encoding="utf-8")


def build(project: Path) -> Path:
    site = project / "uit"
    result = subprocess.run([sys.executable, "-m", "generator.cli", "--map", str(project), "bouw",
                             "--datum", DATUM, "--uit", str(site)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode:
        sys.exit(result.stdout + result.stderr)
    return site


def referenced(site: Path, page: str) -> list[Path]:
    """The page and every same-site stylesheet and script its HTML loads."""
    html = (site / page).read_text(encoding="utf-8")
    base = "http://site/" + page
    urls = re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
    urls += re.findall(r'<script\b[^>]*src="([^"]+)"', html)
    files = [site / page]
    for url in urls:
        absolute = urlparse(urljoin(base, url))
        if absolute.netloc == "site":
            files.append(site / absolute.path.lstrip("/"))
    return files


def weigh(site: Path, label: str) -> None:
    page = "vacatures/index.html"
    items = (site / page).read_text(encoding="utf-8").count("<li data-plaats=")
    print(f"\n{label}: {items} vacancies listed")
    raw_total = gz_total = 0
    for file in referenced(site, page):
        data = file.read_bytes()
        raw, gz = len(data), len(gzip.compress(data, compresslevel=6, mtime=0))
        raw_total, gz_total = raw_total + raw, gz_total + gz
        print(f"  {file.relative_to(site).as_posix():<48} {raw:>9,} B {gz:>8,} B gzip")
    print(f"  {'total':<48} {raw_total:>9,} B {gz_total:>8,} B gzip")
    index = site / "search/search_index.json"
    if index.exists():
        data = index.read_bytes()
        print(f"  (not counted: search/search_index.json {len(data):,} B, "
              f"{len(gzip.compress(data, compresslevel=6, mtime=0)):,} B gzip)")


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "echt"
        copy_project(project)
        weigh(build(project), f"The examples in content/vacatures (build date {DATUM})")
        project = Path(tmp) / "synthetisch"
        copy_project(project)
        synthetic(project, n)
        weigh(build(project), f"{n} synthetic vacancies")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
