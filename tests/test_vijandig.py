"""The hostile corpus: what an editor (or an attacker) can put in content/, and what we say.

One folder per case in tests/vijandig/ (see its README): the files of the case, an optional
`maak.py` for what git cannot carry well (symlinks, megabytes, broken bytes), and the exact
output of `buurtbanen controleer` in `uitvoer.txt`. Besides the words, every case must end in
time, without a traceback, with every message at a `file:line`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from generator.cli import main

VIJANDIG = Path(__file__).parent / "vijandig"
CASES = sorted(p for p in VIJANDIG.iterdir() if p.is_dir())
MAX_SECONDEN = 2.0
MELDING = re.compile(r"(content|docs)(/[^\n]*)?:[0-9]+: \S")


def maak_project(case: Path, project: Path) -> Path:
    """The case's files in an empty project (no other content: every message is the case's)."""
    project.mkdir(parents=True, exist_ok=True)
    for part in ("content", "docs"):
        if (case / part).is_dir():
            shutil.copytree(case / part, project / part, symlinks=True)
    if (case / "maak.py").is_file():
        spec = importlib.util.spec_from_file_location(f"vijandig_{case.name}", case / "maak.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.maak(project)
    return project


@contextlib.contextmanager
def hooguit(seconds: int):
    """Stop a case that hangs (an alias bomb that is expanded after all) instead of the run."""
    def raise_(*_):
        raise TimeoutError(f"langer dan {seconds} s")
    old = signal.signal(signal.SIGALRM, raise_)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case(case, tmp_path, capsys):
    project = maak_project(case, tmp_path / "project")
    with hooguit(30):
        start = time.process_time()  # CPU time: the machine may be shared, the wait is not ours
        code = main(["--map", str(project), "controleer"])
        seconds = time.process_time() - start
    out = capsys.readouterr().out
    if os.environ.get("UPDATE_VIJANDIG"):
        (case / "uitvoer.txt").write_text(out, encoding="utf-8")
    expected = (case / "uitvoer.txt").read_text(encoding="utf-8")
    assert "Traceback" not in out
    messages = [line for line in out.splitlines() if line and not line.startswith("    ")][:-1]
    assert all(MELDING.match(line) for line in messages), messages
    assert all(len(line) < 400 for line in out.splitlines()), "a message repeats a long value"
    assert out == expected
    assert code == (0 if "Alles in orde" in expected.splitlines()[-1] else 1)
    assert seconds < MAX_SECONDEN, f"{seconds:.2f} s"


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 45
