"""Publishing a build whole or not at all, and never leaving MkDocs behind.

`bouw` lets MkDocs write into a new folder next to `site/` and swaps it in only after MkDocs
(with Pagefind and the form) succeeded. SIGINT, SIGTERM and SIGHUP, sent to `buurtbanen` or to
its whole process group, stop MkDocs and everything it started, remove the new folder and
leave the old site as it was. Nothing here knows MkDocs.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SIGNALEN = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
NIEUW = "-nieuw-"  # .site-nieuw-xxxx: a build in progress
OUD = "-oud-"  # .site-oud-xxxx: the previous site, for a moment during the swap


class Onderbroken(BaseException):
    """A signal asked us to stop. A BaseException, like KeyboardInterrupt: nothing catches it by
    accident, and every `finally` on the way out runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum
        self.naam = signal.Signals(signum).name


_kinderen: list[subprocess.Popen] = []


def _stop(signum, frame) -> None:
    raise Onderbroken(signum)


@contextlib.contextmanager
def onderbreekbaar() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP raise Onderbroken (SIGTERM would otherwise end us without
    cleaning up, and leave MkDocs running)."""
    old = {s: signal.signal(s, _stop) for s in SIGNALEN}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def kind(command: list[str], env: dict) -> int:
    """Run `command` in its own process group, and stop that whole group when we are stopped.

    Its own group, so that Ctrl+C in a terminal reaches only us and we decide: we pass the
    signal on to MkDocs and to what it started (Pagefind), wait a moment, then kill what is
    left. On Linux the child also gets SIGTERM when we die without a chance to clean up.
    """
    # preexec_fn is unsafe with threads; the command line of buurtbanen starts none.
    proc = subprocess.Popen(command, env=env, start_new_session=True, preexec_fn=_sterf_met_ouder)
    _kinderen.append(proc)
    try:
        return proc.wait()
    except BaseException as error:
        signum = error.signum if isinstance(error, Onderbroken) else signal.SIGTERM
        _stop_groep(proc, signum)
        raise
    finally:
        _kinderen.remove(proc)


def _stop_groep(proc: subprocess.Popen, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signum)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # also Pagefind, when MkDocs left it behind
    proc.wait()


def _sterf_met_ouder() -> None:
    """In the child, before MkDocs starts: ask Linux for SIGTERM when the parent dies."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@contextlib.contextmanager
def nieuwe_map(uit: Path) -> Iterator[Path]:
    """A new, empty folder next to `uit` (same file system, so the swap is a rename); it is
    removed again when the build fails or is stopped."""
    uit.parent.mkdir(parents=True, exist_ok=True)
    for rest in (*uit.parent.glob(f".{uit.name}{NIEUW}*"), *uit.parent.glob(f".{uit.name}{OUD}*")):
        shutil.rmtree(rest, ignore_errors=True)  # left by a build that was killed (SIGKILL)
    nieuw = Path(tempfile.mkdtemp(prefix=f".{uit.name}{NIEUW}", dir=uit.parent))
    try:
        yield nieuw
    finally:
        shutil.rmtree(nieuw, ignore_errors=True)


def wissel(nieuw: Path, uit: Path) -> None:
    """Put `nieuw` in the place of `uit`. Signals wait until the swap is done, so `uit` is
    always either the whole old site or the whole new one."""
    oud = uit.parent / f".{uit.name}{OUD}{os.getpid()}"
    signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALEN)
    try:
        if uit.exists():
            os.rename(uit, oud)
        os.rename(nieuw, uit)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALEN)
    shutil.rmtree(oud, ignore_errors=True)
