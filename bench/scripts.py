"""Bytes of our own JavaScript per kind of page: what a visitor on a phone downloads.

Usage: .venv/bin/python bench/scripts.py [--ref GIT-REF]   (default: the files as they are now)

Follows mkdocs.yml's `extra_javascript` (every page) and the static imports of each module; what
loads later is counted on its kind of page (PAGINAS): a filter on its page, the route builder
once someone uses it, the search once someone opens it. Prints raw bytes and gzip bytes (what a web host sends), and
the number of files. Material's own script, Pagefind and the route data are not ours and are
left out. With --ref the files are read from git, to compare with an earlier version.
"""

from __future__ import annotations

import argparse
import gzip
import posixpath
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATIC = re.compile(r'^\s*(?:import|export)\s[^;]*?\bfrom\s+"(\.[^"]+)"|^\s*import\s+"(\.[^"]+)"', re.M)
DYNAMIC = re.compile(r'import\(\s*"(\.[^"]+)"\s*\)')


def reader(ref: str | None):
    def read(path: str) -> str:
        if ref is None:
            return (ROOT / path).read_text(encoding="utf-8")
        return subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
    return read


def on_every_page(mkdocs_yml: str) -> list[str]:
    """The scripts of `extra_javascript`, as paths in the repository."""
    block = mkdocs_yml.split("\nextra_javascript:\n", 1)[1]
    block = block[:re.search(r"^\S", block, re.M).start()]  # type: ignore[union-attr]
    return ["docs/" + m for m in re.findall(r"^\s*-\s*(?:path:\s*)?(assets/\S+\.js)", block, re.M)]


def closure(starts: list[str], read) -> tuple[list[str], list[str]]:
    """Every file that `starts` load statically, and the dynamic imports found on the way."""
    seen: list[str] = []
    lazy: list[str] = []
    todo = list(starts)
    while todo:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.append(path)
        code = read(path)
        here = posixpath.dirname(path)
        todo += [posixpath.normpath(posixpath.join(here, a or b)) for a, b in STATIC.findall(code)]
        lazy += [posixpath.normpath(posixpath.join(here, d)) for d in DYNAMIC.findall(code)]
    return seen, lazy


def inline_bootstrap(read) -> str:
    """The inline scripts in docs/overrides/main.html (in every page's HTML)."""
    return "".join(re.findall(r"<script[^>]*>(.*?)</script>", read("docs/overrides/main.html"), re.S))


# Kinds of page, and the scripts they load on top of those of every page: the filters only on
# their page, the route builder once someone uses it, the search once someone opens it.
PAGINAS = {
    "elke pagina (bij laden)": [],
    "vacatures (filter)": ["docs/assets/vacatures.js"],
    "ervaringen (filter)": ["docs/assets/ervaringen.js"],
    "spoorboekje, planner in gebruik": ["docs/assets/spoorboekje/planner.js"],
    "zoeken geopend": ["docs/assets/zoeken.js"],
}


def measure(ref: str | None) -> list[tuple[str, int, int, int]]:
    read = reader(ref)
    every, _ = closure(on_every_page(read("mkdocs.yml")), read)
    bootstrap = inline_bootstrap(read).encode()
    rows = []
    for name, extra in PAGINAS.items():
        files = every + [f for f in closure(extra, read)[0] if f not in every]
        texts = [read(f).encode() for f in files] + [bootstrap]
        rows.append((name, sum(map(len, texts)), sum(len(gzip.compress(t, 9)) for t in texts), len(files)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", help="a git ref (main, HEAD~3) instead of the files as they are")
    args = parser.parse_args()
    print(f"Eigen JavaScript per soort pagina ({args.ref or 'werkmap'}):")
    print(f"{'pagina':34} {'bytes':>7} {'gzip':>6} {'bestanden':>9}")
    for name, raw, packed, count in measure(args.ref):
        print(f"{name:34} {raw:7} {packed:6} {count:9}")


if __name__ == "__main__":
    main()
