"""Build time per item for N synthetic vuistregels: does build time grow linearly?

Usage: .venv/bin/python bench/bouwtijd.py [N ...]   (default: 250 1000 4000)
Prints one line per N, and the ratio of the time per item at the largest and smallest N
(1,0 means perfectly linear).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROEPEN = ["doel", "praktijk", "facilitering", "doorontwikkeling", "brede-buurtaanpak"]


def make_project(folder: Path, n: int) -> None:
    shutil.copytree(ROOT / "tests/fixtures/site", folder)
    for part in ("overrides", "assets"):
        shutil.copytree(ROOT / "docs" / part, folder / "docs" / part)
    regels = folder / "content/vuistregels"
    for old in regels.glob("*.yaml"):
        old.unlink()
    (folder / "content/routekaart/het-eigen-plan.yaml").write_text(
        (folder / "content/routekaart/het-eigen-plan.yaml").read_text().replace(
            "vuistregels: [volwaardige-collega]", "vuistregels: [regel-1]"))
    for i in range(1, n + 1):
        (regels / f"regel-{i}.yaml").write_text(
            f"nummer: {i}\n"
            f"titel: Vuistregel nummer {i}\n"
            f"groep: {GROEPEN[i % len(GROEPEN)]}\n"
            f"regel: Dit is de korte regel van nummer {i}.\n"
            "toelichting: |\n"
            "  Een alinea uitleg over deze regel, met **vette** tekst.\n\n"
            "  En een tweede alinea met nog wat meer uitleg.\n"
            "voor_wie: [buurtbaner, werkgever]\n"
            "gespreksvragen:\n  - Hoe gaat het met deze regel?\n  - Wat kan beter?\n"
            f"zie_ook: [regel-{i % n + 1}]\n"
            'bron: "Synthetische inhoud voor de benchmark"\n',
            encoding="utf-8")


def build_seconds(project: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "--map", str(project), "bouw", "--datum", "2026-11-23",
         "--uit", str(project / "site")], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(result.stdout + result.stderr)
    return seconds


def main(sizes: list[int]) -> None:
    per_item = {}
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp) / "project"
            make_project(project, n)
            seconds = build_seconds(project)
            pages = sum(1 for _ in (project / "site").rglob("*.html"))
        per_item[n] = seconds / n
        print(f"N = {n:>6}: {seconds:7.2f} s in total, {per_item[n] * 1000:6.2f} ms per item, {pages} pages")
    small, large = min(sizes), max(sizes)
    print(f"time per item at N = {large} / at N = {small}: {per_item[large] / per_item[small]:.2f} "
          "(1,0 is linear; fixed start-up cost makes small N look slower per item)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [250, 1000, 4000])
