"""Synthetic projects of mixed content types, for the benchmarks.

`maak_project(folder, n)` copies the test fixture site and adds about n items, spread over the
content types that exist, each valid. Returns the number of content items in the project.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WOORDEN = ("buurt bewoner vrijwilliger coach werkgever collega subsidie intervisie opleiding "
           "plan netwerk activiteit jongeren ouderen gezin taal werk geld uren contract").split()
GROEPEN = ("doel", "praktijk", "facilitering", "doorontwikkeling", "brede-buurtaanpak")
CATEGORIEEN = ("geld", "werving", "inwerken", "scholing", "intervisie", "uitstroom", "praktisch")


def tekst(i: int, n: int = 12) -> str:
    """A Dutch-looking sentence that differs per item, so the search index is realistic."""
    return " ".join(WOORDEN[(i * 7 + k * 3) % len(WOORDEN)] for k in range(n)).capitalize() + "."


def vuistregel(i: int) -> str:
    return (f"nummer: {i + 100}\ntitel: Vuistregel {i}\ngroep: {GROEPEN[i % 5]}\n"
            f"regel: {tekst(i, 8)}\ntoelichting: |\n  {tekst(i + 1, 30)}\n\n  {tekst(i + 2, 30)}\n"
            "voor_wie: [buurtbaner, werkgever]\n"
            f"gespreksvragen:\n  - {tekst(i + 3, 8)[:-1]}?\n  - {tekst(i + 4, 8)[:-1]}?\n"
            'bron: "Synthetische inhoud"\n')


def vraag(i: int) -> str:
    return (f'vraag: "Synthetische vraag {i} over {WOORDEN[i % len(WOORDEN)]}?"\n'
            f"categorie: {CATEGORIEEN[i % 7]}\nvolgorde: {i + 100}\n"
            f"antwoord: |\n  {tekst(i, 25)}\n  {tekst(i + 5, 25)}\n"
            "vuistregels: [externe-coach]\nbron: \"Synthetische inhoud\"\n")


def organisatie(i: int) -> str:
    return f"naam: Organisatie {i}\nsoort: werkgever\nrol: |\n  {tekst(i, 30)}\nbron: \"Synthetische inhoud\"\n"


def vacature(i: int) -> str:
    return (f"titel: Buurtbaan {i} in de buurt\nwerkgever: wikistad\nregeling: amsterdam-2021-2023\n"
            f"gemeente: Amsterdam\nstadsdeel: {('Noord', 'West', 'Oost', 'Zuidoost', 'Nieuw-West')[i % 5]}\n"
            f"buurt: Buurt {i % 40}\nsoort_werk: ontmoeting\nuren_per_week: 32\nleeruren_per_week: 8\n"
            f"duur_maanden: 24\ngeplaatst: 2026-11-01\nsluit: 2027-0{1 + i % 6}-15\n"
            f"samenvatting: {tekst(i, 15)}\ntaken:\n  - {tekst(i + 1, 10)}\nprofiel:\n  - {tekst(i + 2, 10)}\n"
            f"wij_bieden:\n  - {tekst(i + 3, 10)}\nsolliciteren: Mail het team via de website.\n"
            "voorbeeld: true\nbron: \"Synthetische inhoud\"\n")


def station(i: int) -> str:
    # Each synthetic station is a start that leads to the fixture's end station, so the route
    # checks hold.
    return (f"titel: Station {i}\nsoort: vrijwilligerswerk\nwat_is_het: |\n  {tekst(i, 25)}\n"
            "duur: 6 maanden\nduur_maanden: 6\nuren_per_week: 4 tot 8 uur\nmax_uren_per_week: 8\n"
            f"inkomen: uitkering\nvoorwaarden:\n  - {tekst(i + 1, 8)}\nje_leert:\n  - {tekst(i + 2, 8)}\n"
            "hulp: [wikistad]\nstart: true\nvolgende:\n  - naar: werk-zorg-en-welzijn\n"
            f"    waarom: {tekst(i + 3, 8)}\nbron: \"Synthetische inhoud\"\n")


MAKERS = {  # content type -> (folder under content/, maker)
    "vuistregel": ("vuistregels", vuistregel),
    "vraag": ("werkgevers/vragen", vraag),
    "organisatie": ("organisaties", organisatie),
    "vacature": ("vacatures", vacature),
    "station": ("spoorboekje/stations", station),
}


def maak_project(folder: Path, n: int) -> int:
    sys_path_root = str(ROOT)
    import sys
    if sys_path_root not in sys.path:
        sys.path.insert(0, sys_path_root)
    from generator.site import soorten

    shutil.copytree(ROOT / "tests/fixtures/site", folder)
    for part in ("overrides", "assets"):
        shutil.copytree(ROOT / "docs" / part, folder / "docs" / part)
    bestaand = soorten()
    makers = [(map_, maker) for soort, (map_, maker) in MAKERS.items() if soort in bestaand]
    for i in range(n if makers else 0):
        map_, maker = makers[i % len(makers)]
        path = folder / "content" / map_ / f"synthetisch-{i}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(maker(i), encoding="utf-8")
    return sum(1 for _ in (folder / "content").rglob("*.yaml"))
