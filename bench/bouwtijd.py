"""Build time per item for N synthetic vuistregels: does build time grow linearly?

Usage: .venv/bin/python bench/bouwtijd.py [N ...]   (default: 250 1000 4000)
Prints one line per N, and the ratio of the time per item at the largest and smallest N
(1,0 means perfectly linear).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def make_project(folder: Path, n: int) -> None:
    """The fixture site plus n synthetic vuistregels (the fixture's own items stay: others refer to them)."""
    from synthetisch import maak_project, vuistregel

    maak_project(folder, 0)
    for i in range(n):
        (folder / f"content/vuistregels/synthetisch-{i}.yaml").write_text(vuistregel(i), encoding="utf-8")


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
