"""Time and peak memory of `buurtbanen controleer` on every case of the hostile corpus.

Usage: .venv/bin/python bench/laden.py [case ...]   (default: every folder in tests/vijandig/)

Each case runs as its own process (`buurtbanen controleer`), so the peak memory (VmHWM, the
highest resident set size, reported by the process itself) is that of the check alone,
Python included. Time is
given twice, best of three runs: wall clock, and CPU (user + system, from wait4). On a shared
machine the wall clock also counts the wait for a free core; the CPU time does not. Prints one
line per case, the worst of each figure, and exits 1 when a case takes more than 2 s of CPU or
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


def meet(project: Path, keer: int = 3) -> tuple[float, float, float, int]:
    """Wall and CPU seconds (the best of `keer` runs), peak MB and exit code."""
    runs = [meet_een(project) for _ in range(keer)]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs), runs[0][3]


# The check, as `buurtbanen controleer` runs it, that reports its own peak memory at exit:
# VmHWM belongs to the process's own memory since exec, while wait4's ru_maxrss would also
# count the memory of this script at the moment it started the child.
KIND = """
import atexit, runpy, sys
def piek():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("VmHWM " + line.split()[1] + "\\n")
atexit.register(piek)
sys.argv = ["buurtbanen", "--map", sys.argv[1], "controleer"]
runpy.run_module("generator.cli", run_name="__main__")
"""


def meet_een(project: Path) -> tuple[float, float, float, int]:
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-c", KIND, str(project)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        kb = [int(line.split()[1]) for line in err.read().decode().splitlines() if line.startswith("VmHWM ")]
    return seconds, usage.ru_utime + usage.ru_stime, (kb[-1] if kb else 0) / 1024, proc.returncode


def main(names: list[str]) -> int:
    from test_vijandig import CASES, maak_project

    cases = [c for c in CASES if not names or c.name in names]
    with tempfile.TemporaryDirectory() as tmp:
        leeg = Path(tmp) / "leeg"
        (leeg / "content").mkdir(parents=True)
        wand, cpu, mb, _ = meet(leeg)
        print(f"{'geval':45} {'wandklok s':>10} {'cpu s':>6} {'piek MB':>8} code")
        print(f"{'(lege content/: Python en de generator zelf)':45} {wand:10.2f} {cpu:6.2f} {mb:8.1f}")
        rows = []
        for case in cases:
            project = maak_project(case, Path(tmp) / case.name)
            wand, cpu, mb, code = meet(project)
            rows.append((case.name, wand, cpu, mb))
            te_veel = " TE VEEL" if cpu > MAX_SECONDEN or mb > MAX_MB else ""
            print(f"{case.name:45} {wand:10.2f} {cpu:6.2f} {mb:8.1f} {code:4}{te_veel}")
    traagste = max(rows, key=lambda r: r[2])
    grootste = max(rows, key=lambda r: r[3])
    print(f"\nTraagste: {traagste[0]} ({traagste[2]:.2f} s cpu, {traagste[1]:.2f} s wandklok). "
          f"Meeste geheugen: {grootste[0]} ({grootste[3]:.1f} MB).")
    print(f"Grens: {MAX_SECONDEN:.0f} s en {MAX_MB:.0f} MB per geval.")
    return 1 if traagste[2] > MAX_SECONDEN or grootste[3] > MAX_MB else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
