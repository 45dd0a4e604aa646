"""The preview's memory (core/onthouden.py) on its own: a page is made again exactly when
something it read changed (a value, a page that exists or not, what it asked of the content, a
template file), and every time when a value has no fingerprint."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import jinja2
import pytest
from hulp import zet

from generator.core.onthouden import Onthouden, _tijden
from generator.site import controleer


@pytest.fixture
def omgeving(tmp_path):
    (tmp_path / "sjablonen").mkdir()
    (tmp_path / "sjablonen/p.md.j2").write_text("x\n", encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path / "sjablonen")))
    return env, env.get_template("p.md.j2"), tmp_path / "sjablonen"


class Teller:
    def __init__(self):
        self.keer = 0

    def __call__(self, values, bestaat):
        self.keer += 1
        inhoud = values.get("inhoud")
        delen = [str(values.get("n"))]
        if inhoud is not None:
            delen += [",".join(i.id for i in inhoud.alle("vuistregel"))]
        if values.get("vraag"):
            delen.append(str(bestaat(values["vraag"])))
        return " ".join(delen)


@dataclasses.dataclass
class Punt:
    x: int
    y: list


def _eigen():
    return 1


def test_a_page_is_kept_until_a_value_changes(fixture_project, omgeving):
    env, template, _ = omgeving
    inhoud, _ = controleer(fixture_project)
    geheugen, maak = Onthouden(), Teller()
    waarden = {"n": 1, "d": dt.date(2026, 1, 1), "lijst": [1, "a"], "map": {"a": (1, 2)}, "set": {1, 2},
               "punt": Punt(1, [2]), "functie": _eigen, "ingebouwd": len, "leeg": None}
    for _ in range(3):
        geheugen.begin(inhoud, "sleutel", env)
        assert geheugen.render(template, "a.md", waarden, lambda p: True, maak) == "1"
    assert maak.keer == 1 and geheugen.opnieuw == []
    geheugen.begin(inhoud, "sleutel", env)
    geheugen.render(template, "a.md", {**waarden, "punt": Punt(1, [3])}, lambda p: True, maak)
    assert maak.keer == 2 and geheugen.opnieuw == ["a.md"]
    geheugen.begin(inhoud, "sleutel", env)
    geheugen.render(template, "a.md", {**waarden, "punt": Punt(1, [3]), "set": frozenset({1, 2})}, lambda p: True,
                    maak)
    assert maak.keer == 2  # a set and a frozenset of the same read the same


@pytest.mark.parametrize("onbekend", [lambda: 1, object(), dt.timedelta(1)])
def test_a_value_without_a_fingerprint_is_made_every_time(fixture_project, omgeving, onbekend):
    env, template, _ = omgeving
    inhoud, _ = controleer(fixture_project)
    geheugen, maak = Onthouden(), Teller()
    for _ in range(2):
        geheugen.begin(inhoud, "sleutel", env)
        geheugen.render(template, "a.md", {"n": 1, "f": onbekend}, lambda p: True, maak)
        assert geheugen.opnieuw == ["a.md"]
    assert maak.keer == 2


def test_a_page_follows_what_it_asked(fixture_project, omgeving):
    env, template, _ = omgeving
    inhoud, _ = controleer(fixture_project)
    geheugen, maak = Onthouden(), Teller()
    bestaande = {"spoorboekje/index.md"}
    waarden = {"n": 1, "inhoud": inhoud, "vraag": "spoorboekje/index.md"}
    geheugen.begin(inhoud, "s", env)
    regels = ",".join(i.id for i in inhoud.alle("vuistregel"))
    assert geheugen.render(template, "a.md", waarden, bestaande.__contains__, maak) == f"1 {regels} True"
    geheugen.begin(inhoud, "s", env)
    geheugen.render(template, "a.md", waarden, bestaande.__contains__, maak)
    assert maak.keer == 1
    bestaande.clear()  # the page it links to is gone: made again
    geheugen.begin(inhoud, "s", env)
    assert geheugen.render(template, "a.md", waarden, bestaande.__contains__, maak).endswith("False")
    assert maak.keer == 2
    # another item of a type it listed: made again
    zet(fixture_project, "content/vuistregels/externe-coach.yaml", titel="Een andere titel")
    nieuw, _ = controleer(fixture_project)
    geheugen.begin(nieuw, "s", env)
    geheugen.render(template, "a.md", {**waarden, "inhoud": nieuw}, bestaande.__contains__, maak)
    assert maak.keer == 3
    # other content than this build's: no fingerprint
    geheugen.begin(nieuw, "s", env)
    geheugen.render(template, "a.md", {**waarden, "inhoud": inhoud}, bestaande.__contains__, maak)
    assert maak.keer == 4


def test_a_new_build_key_or_a_changed_template_file_forgets_everything(fixture_project, omgeving):
    env, template, map_ = omgeving
    inhoud, _ = controleer(fixture_project)
    geheugen, maak = Onthouden(), Teller()
    for sleutel in ("a", "a", "b"):
        geheugen.begin(inhoud, sleutel, env)
        geheugen.render(template, "x.md", {"n": 1}, lambda p: True, maak)
    assert maak.keer == 2
    pad = map_ / "p.md.j2"
    os.utime(pad, ns=(pad.stat().st_atime_ns, pad.stat().st_mtime_ns + 10**9))
    geheugen.begin(inhoud, "b", env)
    geheugen.render(template, "x.md", {"n": 1}, lambda p: True, maak)
    assert maak.keer == 3
    assert _tijden(env) == (("p.md.j2", pad.stat().st_mtime_ns),)
    assert _tijden(jinja2.Environment(loader=jinja2.DictLoader({"a": "b"}))) == ()


def test_each_page_is_remembered_by_its_own_path_and_asks_only_what_it_asks(fixture_project, omgeving):
    env, template, _ = omgeving
    inhoud, _ = controleer(fixture_project)
    geheugen = Onthouden()

    def pagina(path, inh):
        def maak(values, bestaat):
            i = values["inhoud"]
            return f"{path} {i.bestaat('vuistregel', 'externe-coach')} {i.get('vuistregel', 'externe-coach').titel}"
        return geheugen.render(template, path, {"inhoud": inh}, lambda p: True, maak)

    geheugen.begin(inhoud, "s", env)
    assert pagina("a.md", inhoud) == "a.md True De coach komt van buiten"
    assert pagina("b.md", inhoud) == "b.md True De coach komt van buiten"
    # another item changes: the pages asked only about externe-coach, so they are kept
    zet(fixture_project, "content/vuistregels/volwaardige-collega.yaml", titel="Anders")
    nieuw, _ = controleer(fixture_project)
    geheugen.begin(nieuw, "s", env)
    assert pagina("a.md", nieuw) == "a.md True De coach komt van buiten" and geheugen.opnieuw == []
    # the item it asked for changes: made again
    zet(fixture_project, "content/vuistregels/externe-coach.yaml", titel="Nieuwe titel")
    derde, _ = controleer(fixture_project)
    geheugen.begin(derde, "s", env)
    assert pagina("a.md", derde) == "a.md True Nieuwe titel" and geheugen.opnieuw == ["a.md"]


def test_the_template_files_of_every_folder_count(tmp_path):
    for naam in ("een", "twee"):
        (tmp_path / naam).mkdir()
        (tmp_path / naam / f"{naam}.j2").write_text("x", encoding="utf-8")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([str(tmp_path / "een"), str(tmp_path / "twee")]))
    assert [naam for naam, _ in _tijden(env)] == ["een.j2", "twee.j2"]
