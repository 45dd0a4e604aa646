"""Checks across stations and lijnen: can every station be reached, does every route lead on?

Whether each `volgende > naar` and each station of a lijn exists, the generic reference check
already says. Sideways moves and cycles are allowed: a route may go from one buurtbaan to another
and back, and an end station may still lead on (werk to trainer, for example).
"""

from __future__ import annotations

from ...core.content import Inhoud, Item
from ...core.indeling import content_folder
from ...core.problems import Melding, Problem, register
from .graph import reachable_from, reaching

# A route may stop at these kinds of station; other stations are end stations with `eind: true`.
EIND_KEUZES = ("werk", "zzp", "eigen-organisatie")

register({
    "station-onbereikbaar": Melding(
        "je komt niet bij dit station vanaf een beginstation.",
        "Geen route vanaf een station met 'start: true' komt hier uit.{via} "
        "Zet dit station bij 'volgende' van een ander station. "
        "Of zet 'start: true' als mensen hier kunnen beginnen.",
        "# taalles.yaml, en geen ander station gaat naar taalles\nstart: false",
        "# vrijwilliger.yaml\nvolgende:\n  - naar: taalles\n    waarom: Beter Nederlands geeft je meer kansen.",
    ),
    "station-doodlopend": Melding(
        "vanaf dit station kom je niet bij een eindstation.",
        "Een eindstation is werk, zzp, een eigen organisatie of een station met 'eind: true'. "
        "Zet bij 'volgende' een station dat verder leidt. Of zet 'eind: true' als de route hier mag stoppen.",
        "volgende: []",
        "volgende:\n  - naar: werk-zorg-en-welzijn\n    waarom: Met je diploma kun je aan de slag.",
    ),
    "station-begin-en-eind": Melding(
        "een station kan niet tegelijk beginstation en eindstation zijn.",
        "Kies er één. Haal 'start: true' weg of 'eind: true'.",
        "start: true\neind: true",
        "start: true\neind: false",
    ),
    "station-eind-soort": Melding(
        "een station van de soort '{soort}' is altijd een eindstation.",
        "Zet 'eind: true', of haal de regel 'eind: false' weg. "
        "Is dit geen werk, zzp of eigen organisatie? Kies dan een andere soort.",
        "soort: werk\neind: false",
        "soort: werk\neind: true",
    ),
    "volgende-zelf": Melding(
        "een station kan niet naar zichzelf gaan.",
        "Kies bij 'naar' een ander station.",
        "# vrijwilliger.yaml\nvolgende:\n  - naar: vrijwilliger",
        "# vrijwilliger.yaml\nvolgende:\n  - naar: taalles",
    ),
    "volgende-dubbel": Melding(
        "'{naar}' staat al bij 'volgende', op regel {regel}.",
        "Haal een van de twee weg. Zet alle redenen samen bij 'waarom'.",
        "volgende:\n  - naar: taalles\n  - naar: taalles",
        "volgende:\n  - naar: taalles",
    ),
    "lijn-geen-verbinding": Melding(
        "van '{van}' kun je niet naar '{naar}'.",
        "In een lijn kun je van elk station naar het volgende. Zet '{naar}' bij 'volgende' in "
        f"{content_folder('spoorboekje/stations')}/{{van}}.yaml. Of kies een andere volgorde.",
        "stations: [vrijwilliger, werk-zorg-en-welzijn]",
        "stations: [vrijwilliger, buurtbaan, werk-zorg-en-welzijn]",
    ),
    "lijn-geen-eind": Melding(
        "de lijn stopt bij '{laatste}', maar dat is geen eindstation.",
        "Een lijn is een voorbeeld van een hele route. Laat de lijn stoppen bij werk, zzp, "
        "een eigen organisatie of een ander station met 'eind: true'.",
        "stations: [vrijwilliger, buurtbaan]",
        "stations: [vrijwilliger, buurtbaan, werk-zorg-en-welzijn]",
    ),
})


def is_eind(station: Item) -> bool:
    return station.soort in EIND_KEUZES or station.eind is True


def edges_of(stations: list[Item]) -> dict[str, list[str]]:
    """The graph: each station's id with the ids of its next stations."""
    return {s.id: [v["naar"] for v in s.volgende if v and v["naar"]] for s in stations}


def controleer_stations(stations: list[Item], inhoud: Inhoud) -> list[Problem]:
    problems = []
    for station in stations:
        problems += _controleer_station(station)
    # A file with its own mistakes makes the graph unreliable: a wrong `start`, a broken edge or a
    # station that could not be read at all would show up here again as stations that cannot be
    # reached. Those mistakes already stop the build; the graph is checked once they are mended.
    read = sum(len(items) for items in inhoud.items.values())
    if read == inhoud.bestanden and all(s.geldig for s in stations):
        problems += _controleer_bereik(stations)
    return problems


def _controleer_station(station: Item) -> list[Problem]:
    problems = []
    if station.start is True and station.eind is True:
        problems.append(Problem(station.path, station.line("eind"), ("eind",), "station-begin-en-eind"))
    if station.soort in EIND_KEUZES and station.eind is False:
        problems.append(Problem(station.path, station.line("eind"), ("eind",), "station-eind-soort",
                                soort=station.soort))
    eerder: dict[str, int] = {}
    for i, volgende in enumerate(station.volgende):
        naar = volgende["naar"] if volgende else None
        if not naar:
            continue
        where = ("volgende", i, "naar")
        if naar == station.id:
            problems.append(Problem(station.path, station.line(*where), where, "volgende-zelf"))
        elif naar in eerder:
            problems.append(Problem(station.path, station.line(*where), where, "volgende-dubbel",
                                    naar=naar, regel=eerder[naar]))
        else:
            eerder[naar] = station.line(*where)
    return problems


def _controleer_bereik(stations: list[Item]) -> list[Problem]:
    edges = edges_of(stations)
    bereikt = reachable_from(edges, [s.id for s in stations if s.start is True])
    leidt_verder = reaching(edges, [s.id for s in stations if is_eind(s)])
    problems = []
    for station in stations:
        if station.id not in bereikt:
            van = sorted(s for s, targets in edges.items() if station.id in targets and s != station.id)
            via = f" De stations {_opsomming(van)} gaan hierheen, maar daar kom je ook niet." if len(van) > 1 \
                else f" Station '{van[0]}' gaat hierheen, maar daar kom je ook niet." if van else ""
            problems.append(Problem(station.path, station.line("start"), None, "station-onbereikbaar", via=via))
        if station.id not in leidt_verder:
            problems.append(Problem(station.path, station.line("volgende"), None, "station-doodlopend"))
    return problems


def controleer_lijnen(lijnen: list[Item], inhoud: Inhoud) -> list[Problem]:
    problems = []
    for lijn in lijnen:
        ids = lijn.stations
        for i in range(1, len(ids)):
            van, naar = inhoud.get("station", ids[i - 1]), inhoud.get("station", ids[i])
            if van is None or naar is None:
                continue  # the reference check reports it
            if naar.id not in edges_of([van])[van.id]:
                problems.append(Problem(lijn.path, lijn.line("stations", i), ("stations", i),
                                        "lijn-geen-verbinding", van=van.id, naar=naar.id))
        laatste = inhoud.get("station", ids[-1]) if ids else None
        if laatste is not None and not is_eind(laatste):
            where = ("stations", len(ids) - 1)
            problems.append(Problem(lijn.path, lijn.line(*where), where, "lijn-geen-eind", laatste=laatste.id))
    return problems


def _opsomming(ids: list[str]) -> str:
    quoted = [f"'{i}'" for i in ids]
    return ", ".join(quoted[:-1]) + " en " + quoted[-1]
