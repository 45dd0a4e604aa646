"""ESLint (npm, pinned in testtools/) over the site's JavaScript in docs/assets/: the recommended
rules, browser globals, ES modules, and nothing that parses text as HTML
(testtools/eslint.config.mjs). Skipped only when npm is missing, and never in CI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest
from conftest import ROOT

ESLINT = ROOT / "testtools" / "node_modules" / "eslint" / "bin" / "eslint.js"
CONFIG = ROOT / "testtools" / "eslint.config.mjs"


def eslint(*args: str, stdin: str | None = None) -> tuple[set[str], list[tuple[str, int, str | None, str]]]:
    """The files ESLint read for `args` (paths under the project), and (file, line, rule,
    message) of every problem it reports."""
    node = shutil.which("node")
    if not shutil.which("npm") or not node:
        message = "npm ontbreekt: ESLint wordt overgeslagen. Installeer Node.js en npm (apt-get install npm)."
        if os.environ.get("CI"):
            pytest.fail("In CI moet ESLint draaien. " + message, pytrace=False)
        pytest.skip(message)
    if not ESLINT.exists():
        pytest.fail("ESLint is niet geïnstalleerd: draai make testtools (of: cd testtools && npm ci).",
                    pytrace=False)
    result = subprocess.run([node, str(ESLINT), "--config", str(CONFIG), "--max-warnings", "0",
                             "--format", "json", *args],
                            cwd=ROOT, input=stdin, capture_output=True, text=True)
    assert result.stdout.startswith("["), result.stdout + result.stderr  # ESLint itself did not fail
    files = json.loads(result.stdout)
    return ({os.path.relpath(f["filePath"], ROOT) for f in files},
            [(os.path.relpath(f["filePath"], ROOT), m.get("line", 0), m.get("ruleId"), m["message"])
             for f in files for m in f["messages"]])


def test_eslint_finds_nothing_in_the_sites_javascript():
    files, problems = eslint("docs/assets")
    assert problems == []
    # every script was read, also in the route builder's folder
    assert files == {str(p.relative_to(ROOT)) for p in (ROOT / "docs" / "assets").rglob("*.js")}
    assert len(files) >= 10


def test_eslint_finds_nothing_in_the_inline_search_bootstrap():
    """The ES module inline in docs/overrides/main.html's <head> (its Jinja is only in attributes)."""
    html = (ROOT / "docs" / "overrides" / "main.html").read_text(encoding="utf-8")
    bodies = re.findall(r'<script type="module"[^>]*>(.*?)</script>', html, re.S)
    assert len(bodies) == 1 and "{{" not in bodies[0] and "{%" not in bodies[0]
    _, problems = eslint("--stdin", "--stdin-filename", "docs/assets/main-html-inline.js", stdin=bodies[0])
    assert problems == []


@pytest.mark.parametrize(("code", "rule"), [
    ("document.body.innerHTML = location.hash;\n", "no-restricted-properties"),
    ("document.body.insertAdjacentHTML('beforeend', location.hash);\n", "no-restricted-properties"),
    ("document.write(location.hash);\n", "no-restricted-properties"),
    ("setTimeout('alert(1)', 1);\n", "no-implied-eval"),
    ("export const a = document$;\n", "no-undef"),  # Material's global is read as window.document$
    ("try { f(); } catch (e) { f(); }\nfunction f() {}\n", "no-unused-vars"),
])
def test_eslint_catches_what_we_forbid(code, rule):
    path = "docs/assets/proef.js"
    _, problems = eslint("--stdin", "--stdin-filename", path, stdin=code)
    assert [(f, r) for f, _, r, _ in problems] == [(path.replace("/", os.sep), rule)]
