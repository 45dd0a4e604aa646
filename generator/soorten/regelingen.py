"""Regelingen: each municipality's scheme, a page each and a table side by side."""

from __future__ import annotations

from ..core.content import Inhoud, Soort
from ..core.render import Context, Uitvoer
from ..core.velden import aantal, keuze, lijst, markdown, tekst, verwijzing
from ..indeling import INDELING

STATUS = {"afgelopen": "Afgelopen", "lopend": "Loopt nu", "in-voorbereiding": "In voorbereiding",
          "onbekend": "Niet bekend of de regeling loopt"}

# The rows of the comparison table: field name and the label people read.
VERGELIJKING = (
    ("uren_toelichting", "Uren per week"),
    ("max_duur_maanden", "Hoe lang hoogstens"),
    ("eerste_plaatsing", "Eerste plaatsing"),
    ("evaluatie", "Evaluatie"),
    ("subsidie", "Subsidie voor de werkgever"),
    ("budget_scholing_coaching", "Geld voor opleiding en coaching"),
    ("doelgroep", "Voor wie"),
    ("certificaat", "Bewijs na afloop"),
    ("vragen_aan", "Vragen?"),
)

REGELING = Soort(
    naam="regeling",
    map="regelingen",
    velden=(
        tekst("titel", "De naam van de regeling.", voorbeeld="Buurtbanen Amsterdam 2021-2023"),
        tekst("gemeente", "De gemeente.", voorbeeld="Amsterdam"),
        tekst("periode", "Wanneer de regeling loopt.", voorbeeld="2021-2023"),
        keuze("status", "Of de regeling afgelopen is, nu loopt of nog komt.", STATUS),
        markdown("samenvatting", "Wat de regeling is, in een paar alinea's."),
        aantal("uren_per_week", "Uren per week, als dat vastligt.", voorbeeld=32, minimum=1, maximum=40,
              verplicht=False),
        aantal("leeruren_per_week", "Uren per week voor leren en coaching, als dat vastligt.",
              voorbeeld=8, minimum=0, maximum=40, verplicht=False),
        tekst("uren_toelichting", "De uren in woorden, voor de tabel.",
              voorbeeld="32 uur per week, waarvan 8 uur voor leren en coaching."),
        aantal("max_duur_maanden", "Hoe lang een buurtbaan hoogstens duurt, in maanden.", voorbeeld=24,
              minimum=1, verplicht=False),
        tekst("eerste_plaatsing", "Hoe lang de eerste plaatsing is."),
        tekst("evaluatie", "Wanneer de voortgang besproken wordt."),
        tekst("subsidie", "Wat de werkgever krijgt."),
        tekst("budget_scholing_coaching", "Geld voor opleiding en coaching."),
        tekst("doelgroep", "Voor wie de regeling is."),
        tekst("certificaat", "Welk bewijs de buurtbaner na afloop krijgt."),
        tekst("vragen_aan", "Waar je vragen kunt stellen (een team of organisatie, geen persoon)."),
        lijst(tekst("nog_onbekend", "Wat nog niet bekend is.", voorbeeld="De hoogte van de subsidie."),
              verplicht=False),
        lijst(verwijzing("organisaties", "Organisaties die bij de regeling horen.", "organisatie",
                         voorbeeld="wikistad"), verplicht=False),
    ),
    volgorde=lambda item: (item.gemeente, item.periode),
    verloopt_na_maanden=12,
)

SOORTEN = (REGELING,)


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    regelingen = inhoud.alle("regeling")
    out = [Uitvoer(r.pagina, ctx.render("regelingen/regeling.md.j2", r.pagina, item=r, inhoud=inhoud,
                                        status=STATUS, rijen=VERGELIJKING), source_path=str(r.path))
           for r in regelingen]
    path = INDELING.overzicht(REGELING.map)
    out.append(Uitvoer(path, ctx.render("regelingen/overzicht.md.j2", path, regelingen=regelingen,
                                       status=STATUS, rijen=VERGELIJKING)))
    return out
