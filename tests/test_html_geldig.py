"""Valid HTML: the W3C Nu HTML Checker (npm `vnu-jar`, pinned in testtools/) over the built
fixture site finds no error of ours. Material's own errors are listed here by their exact message
(and in the README), so any new error fails, also one of Material's after an update."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from conftest import ROOT

pytestmark = pytest.mark.traag  # builds sites and runs the Nu HTML Checker

VNU = ROOT / "testtools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors in Material for MkDocs 9.8's own templates, which we do not fork.
MATERIAL = {
    # base.html: autocomplete="off" on the checkboxes #__drawer and #__search
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
    "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, "
    "“tel”, “text”, “time”, “url”, or “week”.",
    # partials/toc.html: <label for="__toc"> on a page outside the navigation, which has no #__toc
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
}


def nu_checker(folder) -> list[dict]:
    """Every error the Nu HTML Checker reports for the HTML files under `folder`."""
    java = shutil.which("java")
    if not java or not VNU.exists():
        message = "De Nu HTML Checker kan niet draaien: " + (
            "Java ontbreekt (apt-get install default-jre-headless)." if not java else
            "vnu-jar ontbreekt (make testtools, of: cd testtools && npm ci).")
        if os.environ.get("CI"):
            pytest.fail("In CI moet de HTML-controle draaien. " + message, pytrace=False)
        pytest.skip(message)
    result = subprocess.run([java, "-jar", str(VNU), "--format", "json", "--skip-non-html", str(folder)],
                            capture_output=True, text=True)
    return [m for m in json.loads(result.stderr)["messages"] if m["type"] == "error"]


def test_nu_checker_finds_no_error_of_ours(open_site):
    errors = nu_checker(open_site)
    ours = [(m["url"].rsplit("/uit/", 1)[-1], m.get("lastLine"), m["message"], m.get("extract", ""))
            for m in errors if m["message"] not in MATERIAL]
    assert ours == []


def test_nu_checker_finds_our_own_mistake(fixture_project):
    """The check can fail: an aria-label on a <label>, the mistake our header once had."""
    page = fixture_project / "docs" / "fout.md"
    page.write_text('# Fout\n\n<label for="x" aria-label="X">X</label><input id="x">\n', encoding="utf-8")
    from conftest import bouw
    result = bouw(fixture_project, fixture_project / "uit")
    assert result.returncode == 0, result.stdout + result.stderr
    messages = {m["message"] for m in nu_checker(fixture_project / "uit" / "fout") if m["message"] not in MATERIAL}
    assert any("aria-label" in m for m in messages), messages
