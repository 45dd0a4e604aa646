"""Links inside content: found by `controleer` at the YAML line, as the strict build sees them."""

import os
import subprocess
import sys

import pytest
from conftest import BOUWDATUM, ROOT

from generator.core.links import ankers, doelen


def test_link_targets_in_markdown():
    text = "Zie [a](x.md), ![b](p.png \"titel\") en [c][d].\n\n[d]: <y.md#kop>\n\n```\n[e](code.md)\n```\n"
    assert [d for d, _ in doelen(text)] == ["x.md", "p.png", "y.md#kop"]


def test_anchors_as_the_table_of_contents_names_them():
    page = ("# Wat is één **buurtbaan**?\n\n## Kosten\n\n## Kosten\n\n## Geld {#geld}\n\n"
            "## Een [link](x.md) in een kop\n\n<details id=\"vraag-1\"></details>\n")
    assert ankers(page) == {"wat-is-een-buurtbaan", "kosten", "kosten_1", "geld",
                            "een-link-in-een-kop", "vraag-1"}


@pytest.mark.traag
def test_a_warning_of_mkdocs_names_the_yaml_source(fixture_project):
    """When MkDocs itself finds a broken link (here: controleer is skipped), the warning names
    the YAML file in Dutch, not the generated page."""
    path = fixture_project / "content/vuistregels/externe-coach.yaml"
    text = path.read_text()
    path.write_text(text.replace("toelichting: De coach helpt", "toelichting: Zie [dit](../index.md#nee). De coach helpt"))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(fixture_project / "mkdocs.yml"),
         "-d", str(fixture_project / "uit")], capture_output=True, text=True, cwd=ROOT, check=False,
        env=dict(os.environ, BUURTBANEN_DATUM=BOUWDATUM, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 1
    assert ("content/vuistregels/externe-coach.yaml: de link '../index.md#nee' gaat naar een pagina "
            "of een deel dat niet bestaat.") in result.stderr
    assert "externe-coach.md" not in result.stderr


def test_anchors_of_headings_with_an_id_attributes_tags_and_repeats():
    page = ("## Geld {#kosten-2}\n\n## Kop {.groot}\n\n## Een <b>vet</b> woord\n\n## X\n\n## X\n\n## X\n\n"
            "```\n## In code\n```\n")
    assert ankers(page) == {"kosten-2", "kop", "een-vet-woord", "x", "x_1", "x_2"}
