"""What the terminal shows during a build: MkDocs' warnings an editor cannot act on are left
out, and a warning about a generated page names its YAML file, in Dutch (issue 12)."""

import logging
import os
import subprocess
import sys

import pytest
from conftest import BOUWDATUM, ROOT

from generator import logboek


@pytest.fixture(autouse=True)
def _zonder_filters():
    yield
    for naam in ("mkdocs.commands.build", "mkdocs.structure.pages", "mkdocs.structure.nav"):
        logger = logging.getLogger(naam)
        logger.filters = [f for f in logger.filters if not isinstance(f, logboek._Filter)]


def _shown(caplog, logger: str, message: str, bekijken: bool = True) -> list[str]:
    logboek.installeer(bekijken)
    caplog.clear()
    with caplog.at_level(logging.INFO):
        logging.getLogger(logger).warning(message)
    return [r.getMessage() for r in caplog.records]


def test_a_broken_link_in_a_text_names_the_yaml_file_in_dutch(caplog, monkeypatch):
    monkeypatch.setitem(logboek.BRONNEN, "vuistregels/dubbel-doel.md", "content/vuistregels/dubbel-doel.yaml")
    shown = _shown(caplog, "mkdocs.structure.pages",
                   "Doc file 'vuistregels/dubbel-doel.md' contains a link '../bestaat-niet.md', but the "
                   "target 'bestaat-niet.md' is not found among documentation files.")
    assert shown == [(
        "content/vuistregels/dubbel-doel.yaml: de link '../bestaat-niet.md' gaat naar een pagina of een "
        "deel dat niet bestaat.\n    Tip: Kijk of het adres goed is geschreven. Een link naar een andere "
        "pagina van de site schrijf je als pad naar het .md-bestand, bijvoorbeeld ../vuistregels/dubbel-doel.md")]


def test_a_warning_about_a_hand_written_page_stays_as_it_is(caplog):
    message = "Doc file 'over.md' contains a link 'x.md', but the target 'x.md' is not found among documentation files."
    assert _shown(caplog, "mkdocs.structure.pages", message) == [message]


def test_warnings_nobody_can_act_on_are_left_out(caplog):
    assert _shown(caplog, "mkdocs.commands.build", "A 'dirty' build is being performed, this will likely "
                  "lead to inaccurate navigation and other links within your site.") == []
    nav = "A reference to 'vacatures/index.md' is included in the 'nav' configuration, which is not found in the documentation files."
    assert _shown(caplog, "mkdocs.structure.nav", nav) == []
    assert _shown(caplog, "mkdocs.structure.nav", nav, bekijken=False) == [nav]  # a real build says it


STRENG = "De bouw is streng (--strict): dan telt elke waarschuwing als fout. Los op wat hierboven staat en bouw opnieuw."


@pytest.mark.parametrize("engels, nederlands", [
    ("Aborted with 1 warnings in strict mode!", "De bouw is gestopt: er is 1 waarschuwing. " + STRENG),
    ("Aborted with 3 warnings in strict mode!", "De bouw is gestopt: er zijn 3 waarschuwingen. " + STRENG),
    ("Aborted with 1 errors, 2 warnings in strict mode!",
     "De bouw is gestopt: er zijn 1 fout en 2 waarschuwingen. " + STRENG),
    ("Aborted with a BuildError!", "Aborted with a BuildError!"),  # not ours to say: left as it is
])
def test_the_strict_abort_line_in_dutch(engels, nederlands):
    assert logboek.afgebroken(engels) == nederlands


def test_a_strict_build_ends_with_the_dutch_line(fixture_project):
    """Issue 12: MkDocs' own last line ("Aborted with 1 warnings in strict mode!") was English."""
    (fixture_project / "docs/index.md").write_text("# Testsite\n\n[kapot](bestaat-niet.md)\n")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(fixture_project / "mkdocs.yml"),
         "-d", str(fixture_project / "uit")], capture_output=True, text=True, cwd=ROOT, check=False,
        env=dict(os.environ, BUURTBANEN_DATUM=BOUWDATUM, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 1
    assert result.stdout.rstrip().splitlines()[-1] == "De bouw is gestopt: er is 1 waarschuwing. " + STRENG
    assert "Aborted" not in result.stdout + result.stderr
