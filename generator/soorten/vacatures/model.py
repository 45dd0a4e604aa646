"""The content type `vacature`: its fields, once. Checks live in controles.py."""

from __future__ import annotations

import datetime as dt

from ...core.content import Item, Soort
from ...core.velden import aantal, datum, getal, ja_nee, keuze, lijst, markdown, tekst, verwijzing
from ...indeling import INDELING
from .controles import CONTROLES

OVERZICHT = INDELING.overzicht("vacatures")  # the listing of open vacancies

# Kinds of work, with the label residents read in the filter and on the pages.
KEUZES_WERK = {
    "ontmoeting": "Ontmoeting",
    "jongeren": "Jongeren",
    "creatief": "Creatief",
    "nieuwkomers": "Nieuwkomers",
    "zorg-en-welzijn": "Zorg en welzijn",
    "groen-en-buiten": "Groen en buiten",
    "geld-en-regelingen": "Geld en regelingen",
    "opvoeden": "Opvoeden",
}

# The headings of the three lists, on the page and in the JobPosting description.
KOPPEN = {"taken": "Wat ga je doen?", "profiel": "Wie zoeken we?", "wij_bieden": "Wat bieden we?"}


def _standaard(vandaag: dt.date, inhoud) -> dict:
    """`buurtbanen nieuw vacature`: posted today, open for four weeks."""
    return {"geplaatst": vandaag, "sluit": vandaag + dt.timedelta(days=28)}


VACATURE = Soort(
    naam="vacature",
    map="vacatures",
    velden=(
        tekst("titel", "De naam van de baan, kort.", voorbeeld="Gastvrouw of gastheer in het buurthuis"),
        verwijzing("werkgever", "De organisatie die de buurtbaner in dienst neemt.", "organisatie",
                   voorbeeld="combiwel"),
        verwijzing("regeling", "De regeling waar de buurtbaan onder valt.", "regeling",
                   voorbeeld="amsterdam-vanaf-2024"),
        tekst("gemeente", "De gemeente waar het werk is.", voorbeeld="Amsterdam"),
        tekst("stadsdeel", "Het stadsdeel, alleen in een stad met stadsdelen (zoals Amsterdam).",
              voorbeeld="West", verplicht=False),
        tekst("buurt", "De buurt of wijk waar het werk is.", voorbeeld="Jan Maijenbuurt"),
        keuze("soort_werk", "Wat voor werk het vooral is.", KEUZES_WERK),
        aantal("uren_per_week", "Hoeveel uur per week je werkt, de uren voor leren meegeteld.",
              voorbeeld=32, minimum=1, maximum=40),
        aantal("leeruren_per_week", "Hoeveel van die uren voor leren en coaching zijn.",
              voorbeeld=8, minimum=0, maximum=40),
        aantal("duur_maanden", "Hoe lang de buurtbaan duurt, in maanden.", voorbeeld=24,
               minimum=1),
        tekst("salaris", "Het loon in woorden, alleen als je het weet.",
              voorbeeld="Minimaal het minimumloon.", verplicht=False),
        getal("salaris_per_maand", "Het bruto loon per maand in hele euro's, alleen als je het weet. "
              "Zoekmachines tonen dit bedrag.", voorbeeld=2500, minimum=1, verplicht=False),
        datum("geplaatst", "De dag waarop de vacature online komt."),
        datum("sluit", "De laatste dag waarop je kunt solliciteren. Daarna verdwijnt de vacature "
              "uit de lijst."),
        tekst("samenvatting", "Waar de baan om draait, in een of twee korte zinnen.",
              voorbeeld="Je bent het vaste gezicht van het buurthuis."),
        lijst(tekst("taken", "Wat de buurtbaner doet. Eén taak per regel.",
                    voorbeeld="Je ontvangt bewoners en maakt tijd voor een praatje."), min_aantal=1),
        lijst(tekst("profiel", "Wie je zoekt. Eén punt per regel.",
                    voorbeeld="Bewoners kennen je en vertrouwen je."), min_aantal=1),
        lijst(tekst("wij_bieden", "Wat de buurtbaner krijgt. Eén punt per regel.",
                    voorbeeld="Een eigen coach van buiten de organisatie."), min_aantal=1),
        markdown("solliciteren", "Hoe je solliciteert: het e-mailadres of telefoonnummer van een team, "
                 "nooit van één persoon.",
                 voorbeeld="Stuur een mail naar het team: werk@voorbeeld.nl"),
        ja_nee("voorbeeld", "Zet hier true als dit een voorbeeld is en geen echte vacature. Dan kan "
               "niemand erop solliciteren.", voorbeeld=True),  # `nieuw` keeps it an example until you say no
    ),
    volgorde=lambda item: (item.sluit or dt.date.max, item.titel or ""),
    controles=CONTROLES,
    standaard=_standaard,
    zoekfilters=lambda item: {"gemeente": item.gemeente, "stadsdeel": item.stadsdeel},
)


def plaats(item: Item) -> str:
    """'Amsterdam-Zuidoost' or 'Amersfoort'."""
    return f"{item.gemeente}-{item.stadsdeel}" if item.stadsdeel else item.gemeente


def is_open(item: Item, bouwdatum: dt.date) -> bool:
    """Open up to and including the closing day."""
    return item.sluit >= bouwdatum
