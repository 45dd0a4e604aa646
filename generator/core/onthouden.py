"""Rendered pages remembered between the builds of one preview: a page is rendered again only
when something it read has changed.

While a template renders, everything it gets is known: its values are fingerprinted, and what
it asks of the content (`inhoud.alle("vraag")`, `inhoud.get("vuistregel", x)`, `bestaat(path)`)
is written down with the answer. At the next build, a page whose template, values and answers
are the same keeps its text. A value we cannot fingerprint (an object of a class we do not know,
a function made on the spot) means: render it every time. Knows nothing of MkDocs.

An item counts as the same when it is read from the same text: the loader keeps the checked
values of a file that did not change (`content._GELEZEN`), so their identity says it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
import types
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .content import Inhoud, Item, Soort


class _Onbekend(Exception):
    """A value without a fingerprint: the page is rendered every time."""


@dataclass
class _Opgeslagen:
    template: jinja2.Template
    vinger: Hashable
    antwoorden: dict[tuple, Hashable]  # what the template asked, and the answer it got
    tekst: str


@dataclass
class Onthouden:
    """The pages of the last build and what each one read. One per preview."""

    paginas: dict[tuple[str, str], _Opgeslagen] = field(default_factory=dict)
    sleutel: Hashable = None  # the build's own inputs: when they change, nothing is kept
    inhoud: Inhoud | None = None
    bewaar: dict[int, object] = field(default_factory=dict)  # values whose identity is in a fingerprint
    _soorten: dict[str, Hashable] = field(default_factory=dict)  # per build: fingerprint per type
    opnieuw: list[str] = field(default_factory=list)  # pages rendered in the last build (the rest were kept)

    def begin(self, inhoud: Inhoud, sleutel: Hashable, templates: jinja2.Environment) -> None:
        """A new build of `inhoud`. `sleutel`: the build's inputs besides the content (date,
        addresses); the template files count too."""
        sleutel = (sleutel, _tijden(templates))
        if sleutel != self.sleutel or len(self.bewaar) > 20 * (len(self.paginas) + 100):  # old values pile up
            self.paginas.clear()
            self.bewaar.clear()
            self.sleutel = sleutel
        self.inhoud = inhoud
        self._soorten = {}
        self.opnieuw = []

    def render(self, template: jinja2.Template, path: str, values: dict[str, Any], bestaat: Callable[[str], bool],
               maak: Callable[[dict[str, Any], Callable[[str], bool]], str]) -> str:
        """The text of the page at `path`: kept from the last build when nothing it read changed,
        else `maak(values, bestaat)`, with the content and `bestaat` followed."""
        sleutel = (template.name or "", path)
        antwoorden: dict[tuple, Hashable] = {}
        try:
            vinger = self._vinger(values)
        except _Onbekend:
            self.paginas.pop(sleutel, None)
            self.opnieuw.append(path)
            return maak(values, bestaat)
        oud = self.paginas.get(sleutel)
        if (oud is not None and oud.template is template and oud.vinger == vinger
                and all(self._antwoord(vraag, bestaat) == a for vraag, a in oud.antwoorden.items())):
            return oud.tekst

        def gevolgd_bestaat(doel: str) -> bool:
            antwoorden["pagina", doel] = antwoord = bestaat(doel)
            return antwoord

        gevolgd = {k: _Gevolgd(v, antwoorden) if isinstance(v, Inhoud) else v for k, v in values.items()}
        tekst = maak(gevolgd, gevolgd_bestaat)
        for vraag in list(antwoorden):
            antwoorden[vraag] = self._antwoord(vraag, bestaat)
        self.paginas[sleutel] = _Opgeslagen(template, vinger, antwoorden, tekst)
        self.opnieuw.append(path)
        return tekst

    def _antwoord(self, vraag: tuple, bestaat: Callable[[str], bool]) -> Hashable:
        """The answer to what a template asked, in this build."""
        inhoud = self.inhoud
        assert inhoud is not None
        soort = vraag[0]
        if soort == "pagina":
            return bestaat(vraag[1])
        if soort == "soort":
            return self._soort(vraag[1])
        if soort == "item":
            gevonden = inhoud.get(vraag[1], vraag[2])
            return None if gevonden is None else self._item(gevonden)
        if soort == "bestaat":
            return inhoud.bestaat(vraag[1], vraag[2])
        return (tuple(self._soort(n) for n in inhoud.soorten),
                tuple((n, tuple(sorted(ids))) for n, ids in inhoud.kapot.items()), inhoud.bestanden)

    def _soort(self, naam: str) -> Hashable:
        if naam not in self._soorten:
            assert self.inhoud is not None
            self._soorten[naam] = tuple(self._item(i) for i in self.inhoud.items.get(naam, {}).values())
        return self._soorten[naam]

    def _item(self, item: Item) -> Hashable:
        self.bewaar[id(item.waarden)] = item.waarden  # kept alive: its id is never reused
        return ("item", item.content_type.naam, item.id, str(item.path), item.geldig, id(item.waarden))

    def _vinger(self, waarde: Any) -> Hashable:
        """A fingerprint of a value as a template sees it; _Onbekend when there is none."""
        if waarde is None or isinstance(waarde, (str, int, float, dt.date, enum.Enum)):
            return (type(waarde), waarde)  # the type too: Markup and Markdown are written differently
        if isinstance(waarde, Item):
            return self._item(waarde)
        if isinstance(waarde, Soort):
            return ("soort", waarde.naam)  # declared once, when its module is imported
        if isinstance(waarde, Inhoud):
            if waarde is not self.inhoud:
                raise _Onbekend
            return "inhoud"  # what the template asks of it is followed
        if isinstance(waarde, (list, tuple)):
            return (type(waarde), tuple(self._vinger(w) for w in waarde))
        if isinstance(waarde, dict):
            return (dict, tuple((self._vinger(k), self._vinger(w)) for k, w in waarde.items()))
        if isinstance(waarde, (set, frozenset)):
            return (frozenset, frozenset(self._vinger(w) for w in waarde))
        if isinstance(waarde, (types.FunctionType, types.BuiltinFunctionType)):
            if waarde.__closure__ if isinstance(waarde, types.FunctionType) else False:
                raise _Onbekend
            if "<" in waarde.__qualname__:  # a lambda or a function made inside another
                raise _Onbekend
            return ("functie", waarde.__module__, waarde.__qualname__)
        if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
            return (type(waarde), tuple(self._vinger(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)))
        raise _Onbekend


class _Gevolgd:
    """The content as a template sees it, writing down what it asks."""

    def __init__(self, inhoud: Inhoud, antwoorden: dict[tuple, Hashable]) -> None:
        self._inhoud = inhoud
        self._vragen = antwoorden
        self.soorten = inhoud.soorten  # the declarations: the same in every build

    def alle(self, soort: str) -> list[Item]:
        self._vragen["soort", soort] = None
        return self._inhoud.alle(soort)

    def get(self, soort: str, id: str) -> Item | None:
        self._vragen["item", soort, id] = None
        return self._inhoud.get(soort, id)

    def bestaat(self, soort: str, id: str) -> bool:
        self._vragen["bestaat", soort, id] = None
        return self._inhoud.bestaat(soort, id)

    def __iter__(self):
        self._vragen["alles",] = None
        return iter(self._inhoud)

    def __getattr__(self, name: str):
        self._vragen["alles",] = None  # items, kapot, bestanden: the whole content
        return getattr(self._inhoud, name)


def _tijden(env: jinja2.Environment) -> tuple:
    """When each template file last changed: a template that another one includes counts too."""
    loader = env.loader
    mappen = loader.searchpath if isinstance(loader, jinja2.FileSystemLoader) else []
    out = []
    for map_ in mappen:
        for folder, _, files in os.walk(map_):
            out += [(f, Path(folder, f).stat().st_mtime_ns) for f in sorted(files)]
    return tuple(out)
