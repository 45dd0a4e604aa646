"""The two content types of the spoorboekje, and the labels people read for their choices."""

from __future__ import annotations

from ...core.content import Soort
from ...core.velden import aantal, ja_nee, keuze, lijst, markdown, onderdeel, tekst, verwijzing
from . import controles, graph

# Kinds of station, in the order a route usually runs, with the label people read.
KEUZES_STATION = {
    "meedoen": "Meedoen",
    "vrijwilligerswerk": "Vrijwilligerswerk",
    "vrijwilligerswerk-met-vergoeding": "Vrijwilligerswerk met vergoeding",
    "buurtbaan": "Buurtbaan",
    "opleiding": "Opleiding",
    "training": "Training",
    "werk": "Werk",
    "zzp": "Zelfstandig (zzp)",
    "eigen-organisatie": "Eigen organisatie",
    "hulp": "Hulp onderweg",
}

INKOMEN = {
    "uitkering": "Uitkering",
    "vergoeding": "Vergoeding",
    "loon": "Loon",
    "eigen-inkomsten": "Eigen inkomsten",
    "onbekend": "Niet bekend",  # no source says what you live on here
}

# Municipalities with a station only for the people who live there. A station without one is open
# to everyone.
GEMEENTEN = {
    "amsterdam": "Amsterdam",
    "amersfoort": "Amersfoort",
}

KLEUREN = ("blauw", "groen", "oranje", "paars", "rood")

STATION = Soort(
    naam="station",
    map="spoorboekje/stations",
    velden=(
        tekst("titel", "De naam van het station.", voorbeeld="Vrijwilliger in de buurt"),
        keuze("soort", "Wat voor stap dit is.", KEUZES_STATION, voorbeeld="vrijwilligerswerk"),
        markdown("wat_is_het", "Wat deze stap is, in een paar korte zinnen."),
        tekst("duur", "Hoe lang deze stap duurt, in woorden.", voorbeeld="6 tot 12 maanden"),
        aantal("duur_maanden", "Hoe lang deze stap meestal duurt, in maanden. Voor hulp en eindstations: 0.",
               voorbeeld=9, minimum=0, maximum=120),
        tekst("uren_per_week", "Hoeveel uur per week, in woorden.", voorbeeld="4 tot 12"),
        aantal("max_uren_per_week", "Hoeveel uur per week hoogstens.", voorbeeld=12, minimum=0, maximum=40),
        keuze("inkomen", "Waar je in deze stap van leeft.", INKOMEN),
        lijst(tekst("voorwaarden", "Wat je nodig hebt om hier te beginnen.",
                    voorbeeld="Je wilt iets doen voor je buurt."), min_aantal=1),
        lijst(tekst("je_leert", "Wat je hier leert.", voorbeeld="Activiteiten opzetten met buren."),
              min_aantal=1),
        tekst("bewijs", "Het bewijs dat je krijgt, zoals een certificaat of diploma.",
              voorbeeld="Certificaat van deelname", verplicht=False),
        ja_nee("diploma", "true als deze stap leidt tot een erkend diploma.", verplicht=False),
        lijst(verwijzing("hulp", "Organisaties die je hierbij helpen.", "organisatie", voorbeeld="wikistad"),
              verplicht=False),
        keuze("gemeente", "Bestaat deze stap alleen voor mensen die in één gemeente wonen? Kies dan die "
              "gemeente. Kan iedereen meedoen? Laat dit veld dan weg.", GEMEENTEN, verplicht=False),
        tekst("wijk", "Is deze stap alleen voor één wijk van die gemeente? Schrijf dan de naam van de wijk.",
              voorbeeld="Liendert", verplicht=False),
        ja_nee("start", "true als je hier kunt beginnen.", verplicht=False),
        ja_nee("eind", "true als de route hier mag stoppen. Werk, zzp en eigen organisatie zijn dat altijd.",
               verplicht=False),
        lijst(onderdeel("volgende", "De stations waar je hierna heen kunt, elk met de reden.", (
            verwijzing("naar", "Het volgende station.", "station", voorbeeld="buurtbaan-community-builder"),
            tekst("waarom", "Waarom dit een goede volgende stap is.",
                  voorbeeld="Je bent al een vertrouwd gezicht. Nu krijg je er loon voor."),
        )), verplicht=False),
    ),
    controles=(controles.controleer_stations,),
    standaard=lambda vandaag, inhoud: nieuw_station(inhoud),
)

LIJN = Soort(
    naam="lijn",
    map="spoorboekje/lijnen",
    velden=(
        tekst("titel", "De naam van de lijn.", voorbeeld="Van vrijwilliger naar sociaal werker"),
        keuze("kleur", "De kleur van de lijn op de kaart.", KLEUREN),
        markdown("verhaal", "Het verhaal van deze route in 2 tot 4 zinnen. Noem een rol, nooit een naam."),
        lijst(verwijzing("stations", "De stations van de lijn, op volgorde.", "station",
                         voorbeeld="vrijwilliger-in-de-buurt"),
              min_aantal=2, voorbeeld=["vrijwilliger-in-de-buurt", "buurtbaan-community-builder"]),
    ),
    controles=(controles.controleer_lijnen,),
    standaard=lambda vandaag, inhoud: nieuwe_lijn(inhoud),
)


# `buurtbanen nieuw station` and `nieuw lijn` write files that pass the route checks at once: a
# new station is a start that leads to an end station; a new lijn follows an existing route.

def nieuw_station(inhoud) -> dict:
    ends = sorted(s.id for s in inhoud.alle("station") if controles.is_eind(s))
    if not ends:
        return {}
    return {"start": True, "volgende": [{"naar": ends[0], "waarom": "Schrijf hier waarom dit een goede volgende stap is."}]}


def nieuwe_lijn(inhoud) -> dict:
    stations = inhoud.alle("station")
    path = graph.shortest_path(controles.edges_of(stations), [s.id for s in stations if s.start],
                               [s.id for s in stations if controles.is_eind(s)])
    return {"stations": path} if len(path) >= 2 else {}
