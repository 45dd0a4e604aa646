"""The YAML loader at its edges, word for word: what each small file becomes (values, lines) or
which message stops it. The limits (nesting, values, digits) at exactly the limit and one past.

The expected text is tests/fixtures/loader.txt; after an intended change rewrite it with
`UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_loader_grenzen.py` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from generator.core.loader import MAX_CIJFERS, MAX_DIEPTE, MAX_WAARDEN, load

P = PurePosixPath("content/vuistregels/x.yaml")
GOUDEN = Path(__file__).parent / "fixtures" / "loader.txt"

GEVALLEN = {
    "gewoon": "titel: Een titel\nnummer: 3\n",
    "null-vormen": "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: nul\ng: ''\n",
    "ja-nee": "a: true\nb: false\nc: True\nd: FALSE\ne: yes\nf: no\ng: 'true'\n",
    "getallen": "a: 0\nb: -0\nc: 7\nd: -12\ne: 010\nf: 1.5\ng: -0.25\nh: 1.\ni: .5\nj: 1e3\nk: 00\nl: 1_000\n",
    "datums": "a: 2026-12-31\nb: 2026-02-29\nc: 2024-02-29\nd: 2026-1-5\ne: '2026-12-31'\nf: 2026-12-31T10:00\n",
    "cijfers-15": "a: " + "9" * MAX_CIJFERS + "\nb: -" + "9" * MAX_CIJFERS + "\nc: 1." + "9" * (MAX_CIJFERS - 1) + "\n",
    "cijfers-16": "a: " + "9" * (MAX_CIJFERS + 1) + "\n",
    "kommagetal-16": "a: 1." + "9" * MAX_CIJFERS + "\n",
    "blokken": "a: |\n  een\n  twee\nb: >\n  drie\n  vier\nc: |-\n  vijf\n",
    "regels": "a: 1\nlijst:\n  - een\n  - naam: b\n    tip: c\n  -\n    - diep\nd:\n  e: 2\n",
    "leeg": "",
    "alleen-spaties": "  \n\n",
    "alleen-commentaar": "# niets\n  # nog niets\n\n",
    "alleen-null": "~\n",
    "tekst-als-bestand": "gewoon een zin\n",
    "lijst-als-bestand": "- een\n- twee\n",
    "tab-twee-keer": "a: 1\n\tb: 2\nc:\t3\n",
    "onzichtbaar-nul": "a: 1\nb: x\x00y\n",
    "onzichtbaar-c1": "a: 1\n\nb: x\x84y\n",
    "onzichtbaar-nel-mag": "a: x\x85y\n",
    "onzichtbaar-x86": "a: x\x86y\n",
    "onzichtbaar-del": "a: x\x7fy\n",
    "onzichtbaar-fffe": "a: 1\nb: x\ufffey\n",
    "onzichtbaar-1f": "a: x\x1fy\n",
    "onzichtbaar-0e": "a: x\x0ey\n",
    "onzichtbaar-08": "a: x\x08y\n",
    "dubbele-punt": "titel: x\nregel: Let op: dit\n",
    "geen-dubbele-punt": "titel: x\nregel\nander: y\n",
    "einde-midden-in-tekst": "a: 'open\n",
    "inspringing": "a:\n  b: 1\n c: 2\n",
    "inspringing-lijst": "a:\n  - 1\n  b: 2\n",
    "alias-onbekend": "a: *x\n",
    "alias": "a: &x 1\nb: *x\n",
    "tweede-deel": "a: 1\n---\nb: 2\n",
    "eerste-deel-met-streepjes": "---\na: 1\n",
    "dubbel-veld": "a: 1\nb: 2\na: 3\nb:\n  - 4\n",
    "dubbel-veld-diep": "a:\n  b: 1\n  b: 2\n",
    "dubbel-veld-met-onderdeel": "a: 1\na:\n  b: 2\nc: 3\n",
    "dubbel-veld-dan-alias": "a: 1\na: 2\nb: *x\n",
    "alleen-streepjes": "---\n",
    "samengestelde-sleutel": "? [a, b]\n: 1\n",
    "sleutel-als-getal": "1: een\n2026-01-01: twee\ntrue: drie\n",
    "aanhalingsteken-open": "titel: x\nregel: \"Let op\nander: y\nnog: z\n",
    "aanhalingsteken-enkel-verdubbeld": "a: 'it''s'\nb: \"een \\\" teken\"\nc: 'open\nd: x\n",
    "aanhalingsteken-in-blok": "a: |\n  'open\n  nog\nb: \"open\nc: x\n",
    "aanhalingsteken-in-lijst": "a:\n  - 'open\n  - b\nc: d\n",
    "aanhalingsteken-gesloten": "a: 'dicht' en meer\nb: c\n",
    # a quote YAML closes lines later: the message names the line where it opened
    "later-gesloten": "a: x\nb: \"open\nc: x\nd: \"y\"\n",
    "later-gesloten-na-blok": "a: |\n  x\nb: \"open\nc: x\nd: \"y\"\n",
    "later-gesloten-blok-ervoor": "a: |\n  'binnen\n  x\nb: 'open\nc: x\nd: 'y'\n",
    "later-gesloten-verdubbeld-eind": "a: 'it''\nb: x\nc: 'y'\n",
    "later-gesloten-verdubbeld-midden": "a: 'it''s\nb: x\nc: 'y'\n",
    "later-gesloten-escape": "a: \"een \\\" x\nb: x\nc: \"y\"\n",
    # closed quotes on earlier lines are not the open one: an escaped backslash, an escaped quote,
    # doubled single quotes, an empty text, a backslash in single quotes
    "later-gesloten-na-dichte": (
        'a: "x\\\\"\nb: "een \\" x"\n' + "c: 'it''s'\nd: 'it'''\n" + 'e: ""\nf: "abc"\n' + "g: 'x\\'\n"
        + 'h: "open\ni: x\nj: "y"\n'),
    "later-gesloten-in-lijst": 'a:\n  - "open\n  - x\n  - "y"\n',
    "diepte-20": "a:" + "".join(f"\n{'  ' * i}- " for i in range(1, MAX_DIEPTE)) + "x\n",
    "diepte-21": "a:" + "".join(f"\n{'  ' * i}- " for i in range(1, MAX_DIEPTE + 1)) + "x\n",
}


def _waarden(n: int) -> str:
    """A file of exactly `n` YAML events after the stream and document start."""
    return "a: [" + ", ".join(["1"] * n) + "]\n"


def beschrijf(naam: str, text: str) -> str:
    doc, problems = load(text, P)
    regels = [f"== {naam}: {text!r}"]
    if doc is None:
        regels.append("  (geen document)")
    else:
        regels.append(f"  data: {doc.data!r}")
        regels.append(f"  regels: {sorted(doc.lines.items(), key=repr)!r}")
    regels += ["  " + p.format().replace("\n", "\n  ") for p in problems]
    return "\n".join(regels) + "\n"


def test_every_small_file_word_for_word():
    found = "".join(beschrijf(naam, text) for naam, text in GEVALLEN.items())
    if os.environ.get("UPDATE_GOLDEN"):
        assert not os.environ.get("CI"), "UPDATE_GOLDEN rewrites what it checks: never in CI"
        GOUDEN.write_text(found, encoding="utf-8")
    assert found == GOUDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("extra, gestopt", [(-1, False), (0, False), (1, True)])
def test_a_file_may_hold_up_to_its_limit_of_values(extra, gestopt):
    # PyYAML's events, counted from 0: stream, document and mapping start, the key, the list's
    # start, its n items, and four ends: the last one is number n + 8, which may be MAX_WAARDEN
    n = MAX_WAARDEN - 8 + extra
    doc, problems = load(_waarden(n), P)
    if gestopt:
        assert doc is None
        assert [p.format() for p in problems] == [
            "content/vuistregels/x.yaml:2: dit bestand heeft te veel velden en onderdelen (meer dan 10.000).\n"
            "    Tip: Een bestand hoort bij één onderwerp. Zet een lange lijst in meer bestanden."]
        assert problems[0].code == "te-veel-waarden"
    else:
        assert problems == [] and len(doc.data["a"]) == n


def test_a_line_of_a_missing_path_is_its_nearest_parent_or_the_first():
    doc, _ = load("titel: x\nlijst:\n  - een\n", P)
    assert doc.line(("lijst", 0, "x", "y")) == 3
    assert doc.line(("nergens",)) == 1
    assert doc.line() == 1


def _fout(context=None, context_regel=None, problem=None, problem_regel=None):
    import yaml
    from yaml.error import Mark

    def mark(regel):
        return None if regel is None else Mark("x", 0, regel - 1, 0, None, None)
    return yaml.MarkedYAMLError(context, mark(context_regel), problem, mark(problem_regel))


@pytest.mark.parametrize("fout, verwacht", [
    # the quoted text starts where YAML says, even when no line of the file looks like it
    (_fout("while scanning a quoted scalar", 2, "found unexpected end of stream", 5), (2, "open-aanhalingsteken", {})),
    (_fout("while scanning a quoted scalar", None, "found unexpected end of stream", 5),
     (5, "yaml-fout", {"uitleg": "het bestand stopt midden in een tekst."})),
    # without any mark: line 1
    (_fout(problem="could not find expected ':'"), (1, "yaml-fout", {"uitleg": "na een veldnaam hoort een dubbele punt ( : )."})),
    (_fout(problem="could not find expected ':'", context_regel=3), (3, "yaml-fout",
                                                                    {"uitleg": "na een veldnaam hoort een dubbele punt ( : )."})),
    # the English words may be in the context or in the problem
    (_fout(context="mapping values are not allowed here", problem_regel=4),
     (4, "yaml-fout", {"uitleg": "hier staat een dubbele punt ( : ) die niet mag."})),
    (_fout(context="iets", problem="anders", problem_regel=2),
     (2, "yaml-fout", {"uitleg": "de opmaak van het bestand klopt hier niet."})),
])
def test_a_syntax_error_in_dutch_at_its_line(fout, verwacht):
    from generator.core.loader import _syntax_problem

    found = _syntax_problem(fout, "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n", P)
    assert (found.line, found.code, found.details) == verwacht
