"""Loading a content folder (core/content.py) with two made-up types, word for word: file names,
folders, sizes at the limit, encodings, duplicates, references, unique numbers, reading order.

Each case writes a few files and prints every message and every item; the expected text is
tests/fixtures/inhoud-laden.txt (rewrite it with UPDATE_GOLDEN=1 and read the diff).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.core.content import MAX_BYTES, Inhoud, Soort, _grootte, load_content, slug
from generator.core.velden import getal, lijst, tekst, verwijzing

GOUDEN = Path(__file__).parent / "fixtures" / "inhoud-laden.txt"

DING = Soort(naam="ding", map="dingen", bron_verplicht=False, volgorde=lambda i: i.nummer, velden=(
    tekst("titel", "De titel."),
    getal("nummer", "Het nummer.", minimum=1, uniek=True),
    lijst(verwijzing("zie_ook", "Andere dingen.", "ding"), verplicht=False),
    verwijzing("plek", "Waar het is.", "plek", verplicht=False),
))
PLEK = Soort(naam="plek", map="plekken", velden=(tekst("naam", "De naam."), tekst("uitleg", "Uitleg.")))
SOORTEN = {"ding": DING, "plek": PLEK}


def ding(nummer, titel="Een ding", **extra) -> str:
    return f"titel: {titel}\nnummer: {nummer}\n" + "".join(f"{k}: {v}\n" for k, v in extra.items())


GEVALLEN: dict[str, dict[str, str | bytes]] = {
    "goed": {"dingen/a.yaml": ding(2), "dingen/b.yaml": ding(1, zie_ook="[a]"),
             "plekken/noord.yaml": "naam: Noord\nuitleg: In het noorden.\nbron: Een bron.\n"},
    "volgorde-met-kapot-item": {"dingen/c.yaml": ding(1), "dingen/a.yaml": ding(3), "dingen/b.yaml": ding("een"),
                                "dingen/d.yaml": ding(2)},
    "onbekende-map": {"dingn/a.yaml": ding(1), "iets/b.yaml": ding(2), "dingen/c.yaml": ding(3)},
    "hoofdletters-en-andere-bestanden": {"dingen/a.YAML": ding(1), "dingen/b.Yml": ding(2), "dingen/leesmij.txt": "x",
                                         "dingen/c.yml": ding(3)},
    "bestandsnaam": {"dingen/Mijn Ding!.yaml": ding(1), "dingen/café-één.yaml": ding(2)},
    "gereserveerd-en-dubbel": {"dingen/index.yaml": ding(1), "dingen/a.yaml": ding(2), "dingen/a.yml": ding(3)},
    "verwijzingen": {"dingen/a.yaml": ding(1, zie_ook="[a, b, bee, zzz-onbekend]", plek="noordd"),
                     "dingen/bee.yaml": ding(2), "plekken/noord.yaml": "naam: Noord\nuitleg: X.\nbron: B.\n"},
    "verwijzing-naar-kapot-bestand": {"dingen/a.yaml": ding(1, zie_ook="[b]"), "dingen/b.yaml": "titel: [\n"},
    "dubbel-nummer": {"dingen/a.yaml": ding(1), "dingen/b.yaml": ding(1), "dingen/c.yaml": ding(4),
                      "dingen/d.yaml": ding(4)},
    "geen-utf8": {"dingen/a.yaml": b"titel: x\nnummer: 1\nuitleg: caf\xe9\n",
                  "dingen/b.yaml": b"\ntitel: caf\xe9\n"},
    "precies-de-grens": {"dingen/a.yaml": (ding(1) + "# " + "x" * MAX_BYTES)[:MAX_BYTES]},
    "een-byte-te-veel": {"dingen/a.yaml": (ding(1) + "# " + "x" * MAX_BYTES)[:MAX_BYTES + 1]},
    "leeg-bestand": {"dingen/a.yaml": "", "dingen/b.yaml": ding(1)},
    "onbekend-veld": {"dingen/a.yaml": ding(1, titl="x"), "dingen/b.yaml": ding(2, zzz="x")},
}


def beschrijf(naam: str, bestanden: dict, root: Path) -> str:
    for rel, text in bestanden.items():
        path = root / "content" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    inhoud, problems = load_content(root, SOORTEN)
    regels = [f"== {naam}", f"  bestanden: {inhoud.bestanden}"]
    for soort in SOORTEN:
        regels.append(f"  {soort}: " + ", ".join(f"{i.id}{'' if i.geldig else ' (kapot)'}" for i in inhoud.alle(soort)))
        if inhoud.kapot.get(soort):
            regels.append(f"  {soort} niet te lezen: {sorted((k, str(v)) for k, v in inhoud.kapot[soort].items())}")
    regels += ["  " + p.format().replace("\n", "\n  ") for p in problems]
    return "\n".join(regels) + "\n"


def test_loading_folders_word_for_word(tmp_path):
    found = "".join(beschrijf(naam, bestanden, tmp_path / naam) for naam, bestanden in GEVALLEN.items())
    if os.environ.get("UPDATE_GOLDEN"):
        assert not os.environ.get("CI"), "UPDATE_GOLDEN rewrites what it checks: never in CI"
        GOUDEN.write_text(found, encoding="utf-8")
    assert found == GOUDEN.read_text(encoding="utf-8")


def test_a_symlink_is_never_followed(tmp_path):
    (tmp_path / "content/dingen").mkdir(parents=True)
    (tmp_path / "elders.yaml").write_text(ding(1), encoding="utf-8")
    (tmp_path / "content/dingen/a.yaml").symlink_to(tmp_path / "elders.yaml")
    (tmp_path / "content/plekken").symlink_to(tmp_path, target_is_directory=True)
    inhoud, problems = load_content(tmp_path, SOORTEN)
    assert [(str(p.path), p.line, p.code) for p in problems] == [
        ("content/dingen/a.yaml", 1, "snelkoppeling"), ("content/plekken", 1, "snelkoppeling")]
    assert inhoud.bestanden == 2 and inhoud.alle("ding") == []


def test_no_content_folder_is_no_content(tmp_path):
    inhoud, problems = load_content(tmp_path, SOORTEN)
    assert problems == [] and inhoud.bestanden == 0


@pytest.mark.parametrize("n, tekst_", [(1, "1 KB"), (999, "1 KB"), (1000, "1 KB"), (1001, "2 KB"),
                                       (1_000_000, "1.000 KB"), (1_000_001, "1.001 KB"), (12_345_678, "12.346 KB")])
def test_sizes_are_rounded_up_to_whole_kilobytes(n, tekst_):
    assert _grootte(n) == tekst_


@pytest.mark.parametrize("text, verwacht", [
    ("Mijn Vacature!", "mijn-vacature"), ("café één", "cafe-een"), ("--a--b--", "a-b"), ("!!!", "nieuw"),
    ("", "nieuw"), ("a1_b2", "a1-b2"),
])
def test_slug(text, verwacht):
    assert slug(text) == verwacht


def test_the_naming_field_is_title_name_or_question_else_the_first_required_text():
    assert DING.naamveld == "titel" and PLEK.naamveld == "naam"
    vraag = Soort(naam="v", map="v", velden=(tekst("antwoord", "A."), tekst("vraag", "V.")))
    assert vraag.naamveld == "vraag"
    anders = Soort(naam="w", map="w", velden=(tekst("kop", "K.", verplicht=False), tekst("regel", "R.")))
    assert anders.naamveld == "regel"


def test_bron_is_required_unless_the_type_says_otherwise():
    assert next(v for v in PLEK.alle_velden if v.naam == "bron").verplicht is True
    assert next(v for v in DING.alle_velden if v.naam == "bron").verplicht is False
    assert [v.naam for v in DING.alle_velden][:4] == ["titel", "nummer", "zie_ook", "plek"]


def test_an_empty_inhoud():
    inhoud = Inhoud(SOORTEN)
    assert inhoud.alle("ding") == [] and inhoud.get("ding", "a") is None and not inhoud.bestaat("ding", "a")
    assert list(inhoud) == []


def test_suggestions_for_the_first_100_unknown_names_only(tmp_path):
    (tmp_path / "content/dingen").mkdir(parents=True)
    namen = [f"bee{i}" for i in range(101)] + ["bee0"]
    (tmp_path / "content/dingen/a.yaml").write_text(ding(1, zie_ook="[" + ", ".join(namen) + "]"), encoding="utf-8")
    (tmp_path / "content/dingen/bee.yaml").write_text(ding(2), encoding="utf-8")
    _, problems = load_content(tmp_path, SOORTEN)
    suggesties = [p.details["suggestie"] for p in problems if p.code == "verwijzing"]
    assert len(suggesties) == 102
    assert suggesties[:100] == [" Bedoel je 'bee'?"] * 100
    assert suggesties[100] == ""  # the 101st name: no more looking
    assert suggesties[101] == " Bedoel je 'bee'?"  # a name seen before keeps its suggestion


@pytest.mark.parametrize("extra, fout", [
    ({"titel": None}, "Soort 'ding': titel must be a function"),
    ({"verloopt_na_maanden": 0}, "Soort 'ding': verloopt_na_maanden must be a whole number of months, 1 or more"),
    ({"verloopt_na_maanden": True}, "Soort 'ding': verloopt_na_maanden must be a whole number of months, 1 or more"),
    ({"verloopt_na_maanden": "12"}, "Soort 'ding': verloopt_na_maanden must be a whole number of months, 1 or more"),
    ({"verloopt_na_maanden": 1}, None), ({"standaard": None}, None), ({"zoekfilters": None}, None),
])
def test_a_type_checks_its_own_declaration(extra, fout):
    from generator.core.velden import FoutInDeclaratie

    maak = lambda: Soort(naam="ding", map="dingen", velden=(tekst("titel", "T."),), **extra)  # noqa: E731
    if fout is None:
        maak()
        return
    with pytest.raises(FoutInDeclaratie) as info:
        maak()
    assert str(info.value) == fout
