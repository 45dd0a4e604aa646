"""Time and peak memory of `buurtbanen controleer` on every case of the hostile corpus.

Usage: .venv/bin/python bench/laden.py [case ...]   (default: every folder in tests/vijandig/)

Each case runs as its own process (`python -m generator.cli controleer`), so the peak memory
(maximum resident set size, from wait4) is that of the check alone, Python included. Prints
one line per case, the worst of each figure, and exits 1 when a case takes more than 2 s or
200 MB (the limits of issue 11).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

MAX_SECONDEN = 2.0
MAX_MB = 200.0


def meet(project: Path, keer: int = 3) -> tuple[float, float, int]:
    """Seconds (the best of `keer` runs: the machine is shared), peak MB and exit code."""
    runs = [meet_een(project) for _ in range(keer)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[0][2]


def meet_een(project: Path) -> tuple[float, float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "--map", str(project), "controleer"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode


def main(names: list[str]) -> int:
    from test_vijandig import CASES, maak_project

    cases = [c for c in CASES if not names or c.name in names]
    with tempfile.TemporaryDirectory() as tmp:
        leeg = Path(tmp) / "leeg"
        (leeg / "content").mkdir(parents=True)
        basis_s, basis_mb, _ = meet(leeg)
        print(f"{'geval':45} {'seconden':>9} {'piek MB':>8} code")
        print(f"{'(lege content/: Python en de generator zelf)':45} {basis_s:9.2f} {basis_mb:8.1f}")
        rows = []
        for case in cases:
            project = maak_project(case, Path(tmp) / case.name)
            seconds, mb, code = meet(project)
            rows.append((case.name, seconds, mb))
            te_veel = " TE VEEL" if seconds > MAX_SECONDEN or mb > MAX_MB else ""
            print(f"{case.name:45} {seconds:9.2f} {mb:8.1f} {code:4}{te_veel}")
    traagste = max(rows, key=lambda r: r[1])
    grootste = max(rows, key=lambda r: r[2])
    print(f"\nTraagste: {traagste[0]} ({traagste[1]:.2f} s). Meeste geheugen: {grootste[0]} ({grootste[2]:.1f} MB).")
    print(f"Grens: {MAX_SECONDEN:.0f} s en {MAX_MB:.0f} MB per geval.")
    return 1 if traagste[1] > MAX_SECONDEN or grootste[2] > MAX_MB else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
