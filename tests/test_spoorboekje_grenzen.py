"""The spoorboekje's checks at their edges, word for word: how many stations lead to an unreachable
one (none, one, two, three), and a lijn's first pair, last pair and last station.

They edit a copy of the fixture site (three stations in a row: vrijwilliger-in-de-buurt, with
`start: true`, then buurtbaan-community-builder, then werk-zorg-en-welzijn, an end station).
"""

import pytest
from hulp import zet

from generator.site import controleer

S = "content/spoorboekje/stations/"
VRIJWILLIGER = S + "vrijwilliger-in-de-buurt.yaml"
BUURTBAAN = S + "buurtbaan-community-builder.yaml"
WERK = S + "werk-zorg-en-welzijn.yaml"
LIJN = "content/spoorboekje/lijnen/van-vrijwilliger-naar-werk.yaml"

ONBEREIKBAAR = ("je komt niet bij dit station vanaf een beginstation.\n    Tip: Geen route vanaf een station "
                "met 'start: true' komt hier uit.{via} Zet dit station bij 'volgende' van een ander station. "
                "Of zet 'start: true' als mensen hier kunnen beginnen.")


def volgende(*naar: str) -> str:
    return "[" + ", ".join(f"{{naar: {n}, waarom: Dat past.}}" for n in naar) + "]"


def meldingen(project, rel: str) -> list[str]:
    """Every message about one file, without its path."""
    return [p.format().removeprefix(rel + ":") for p in controleer(project)[1] if str(p.path) == rel]


def station(project, naam: str, **velden) -> None:
    """A new station of kind `vrijwilligerswerk`, not a start."""
    (project / S / f"{naam}.yaml").write_text(
        "titel: Taalles\nsoort: vrijwilligerswerk\nwat_is_het: Je leert Nederlands.\nduur: Een jaar.\n"
        "duur_maanden: onbekend\nuren_per_week: Een paar uur.\nmax_uren_per_week: onbekend\n"
        "inkomen: uitkering\nvoorwaarden: [Je wilt leren.]\nje_leert: [Nederlands.]\n"
        + "".join(f"{k}: {v}\n" for k, v in velden.items())
        + "bron: \"Evaluatie Buurtbaan 'Learning en Sharing' (aanjaagteam buurtbanen, 2024), §1\"\n",
        encoding="utf-8")


def test_the_fixture_route_has_no_problems(fixture_project):
    assert [p.format() for p in controleer(fixture_project)[1]] == []


def test_no_station_leads_to_it(fixture_project):
    zet(fixture_project, VRIJWILLIGER, start="false")
    zet(fixture_project, BUURTBAAN, volgende=volgende("werk-zorg-en-welzijn"))
    assert meldingen(fixture_project, VRIJWILLIGER) == ["14: " + ONBEREIKBAAR.format(via="")]


def test_one_station_leads_to_it(fixture_project):
    zet(fixture_project, VRIJWILLIGER, start="false")
    via = " Station 'buurtbaan-community-builder' gaat hierheen, maar daar kom je ook niet."
    assert meldingen(fixture_project, WERK) == ["1: " + ONBEREIKBAAR.format(via=via)]


def test_two_stations_lead_to_it(fixture_project):
    zet(fixture_project, VRIJWILLIGER, start="false",
        volgende=volgende("buurtbaan-community-builder", "werk-zorg-en-welzijn"))
    via = (" De stations 'buurtbaan-community-builder' en 'vrijwilliger-in-de-buurt' gaan hierheen, "
           "maar daar kom je ook niet.")
    assert meldingen(fixture_project, WERK) == ["1: " + ONBEREIKBAAR.format(via=via)]


def test_three_stations_lead_to_it(fixture_project):
    zet(fixture_project, VRIJWILLIGER, start="false",
        volgende=volgende("buurtbaan-community-builder", "werk-zorg-en-welzijn"))
    station(fixture_project, "taalles", volgende=volgende("werk-zorg-en-welzijn", "vrijwilliger-in-de-buurt"))
    via = (" De stations 'buurtbaan-community-builder', 'taalles' en 'vrijwilliger-in-de-buurt' gaan "
           "hierheen, maar daar kom je ook niet.")
    assert meldingen(fixture_project, WERK) == ["1: " + ONBEREIKBAAR.format(via=via)]


def test_a_station_only_leading_to_itself_is_not_counted_as_a_way_in(fixture_project):
    zet(fixture_project, VRIJWILLIGER, start="false")
    zet(fixture_project, BUURTBAAN, volgende=volgende("werk-zorg-en-welzijn"))
    station(fixture_project, "taalles", start="true", volgende=volgende("buurtbaan-community-builder"))
    # the file's own mistake (volgende-zelf) stops the graph check until it is mended
    zet(fixture_project, VRIJWILLIGER, volgende=volgende("vrijwilliger-in-de-buurt", "buurtbaan-community-builder"))
    assert [m.split(": ", 1)[1].split("\n")[0] for m in meldingen(fixture_project, VRIJWILLIGER)] == [
        "veld 'volgende > 1 > naar': een station kan niet naar zichzelf gaan."]


GEEN_VERBINDING = ("6: veld 'stations > {nr}': van '{van}' kun je niet naar '{naar}'.\n    Tip: In een lijn kun je van "
                   "elk station naar het volgende. Zet '{naar}' bij 'volgende' in "
                   "content/spoorboekje/stations/{van}.yaml. Of kies een andere volgorde.")
GEEN_EIND = ("6: veld 'stations > {nr}': de lijn stopt bij '{laatste}', maar dat is geen eindstation.\n    Tip: Een lijn "
             "is een voorbeeld van een hele route. Laat de lijn stoppen bij werk, zzp, een eigen organisatie of een "
             "ander station met 'eind: true'.")

ONBEKEND = ("6: veld 'stations > 1': 'nergens' bestaat niet.\n    Tip: Er is geen bestand "
            "content/spoorboekje/stations/nergens.yaml.")
TE_KORT = "6: veld 'stations': hier zijn er minstens 2 nodig. Je hebt er nu 1.\n    Tip: Voeg er 1 toe."


@pytest.mark.parametrize("stations, verwacht", [
    # one station: too short, no pair to check, and the end check still looks at it
    ("[werk-zorg-en-welzijn]", [TE_KORT]),
    ("[buurtbaan-community-builder]", [TE_KORT, GEEN_EIND.format(nr=1, laatste="buurtbaan-community-builder")]),
    # two stations: the only pair is the first and the last
    ("[vrijwilliger-in-de-buurt, werk-zorg-en-welzijn]",
     [GEEN_VERBINDING.format(nr=2, van="vrijwilliger-in-de-buurt", naar="werk-zorg-en-welzijn")]),
    ("[buurtbaan-community-builder, werk-zorg-en-welzijn]", []),
    # three: a broken first pair, then a broken last pair
    ("[werk-zorg-en-welzijn, buurtbaan-community-builder, werk-zorg-en-welzijn]",
     [GEEN_VERBINDING.format(nr=2, van="werk-zorg-en-welzijn", naar="buurtbaan-community-builder")]),
    ("[vrijwilliger-in-de-buurt, buurtbaan-community-builder, vrijwilliger-in-de-buurt]",
     [GEEN_EIND.format(nr=3, laatste="vrijwilliger-in-de-buurt")]),
    ("[buurtbaan-community-builder, vrijwilliger-in-de-buurt, werk-zorg-en-welzijn]",
     [GEEN_VERBINDING.format(nr=3, van="vrijwilliger-in-de-buurt", naar="werk-zorg-en-welzijn")]),
    # a station that does not exist: the reference check says so, and the pairs after it are still checked
    ("[nergens, werk-zorg-en-welzijn, vrijwilliger-in-de-buurt, buurtbaan-community-builder]",
     [ONBEKEND, GEEN_VERBINDING.format(nr=3, van="werk-zorg-en-welzijn", naar="vrijwilliger-in-de-buurt"),
      GEEN_EIND.format(nr=4, laatste="buurtbaan-community-builder")]),
])
def test_a_lijn_is_checked_pair_by_pair_up_to_its_last_station(fixture_project, stations, verwacht):
    zet(fixture_project, LIJN, stations=stations)
    assert sorted(meldingen(fixture_project, LIJN)) == sorted(verwacht)
