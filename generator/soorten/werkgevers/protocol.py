"""The werkgeversprotocol: phases from first contact to outflow, with the inwerkplan and a checklist."""

from __future__ import annotations

from ... import rollen
from ...core import problems
from ...core.content import Inhoud, Item, Soort
from ...core.problems import Melding, Problem
from ...core.render import Context, Uitvoer
from ...core.velden import getal, keuze, koppeling, lijst, markdown, onderdeel, tekst, verwijzing
from ...indeling import INDELING
from ...rollen import ROLLEN

problems.register({
    "inwerkplan-dubbel": Melding(
        "er is al een inwerkplan in {ander}.",
        "Er is één inwerkplan voor het hele protocol. Zet alle taken bij elkaar in één fase, "
        "meestal de fase Inwerken.",
        "(inwerken.yaml en instroom.yaml hebben allebei een inwerkplan)",
        "(alleen inwerken.yaml heeft een inwerkplan)",
    ),
})


def een_inwerkplan(fases: list[Item], inhoud: Inhoud) -> list[Problem]:
    """The inwerkplan page shows one plan: a second one would be silently left out."""
    met = sorted((f for f in fases if f.inwerkplan), key=lambda f: str(f.path))
    return [Problem(f.path, f.line("inwerkplan"), ("inwerkplan",), "inwerkplan-dubbel",
                    ander=f"{met[0].path}:{met[0].line('inwerkplan')}")
            for f in met[1:]]


FASE = Soort(
    naam="protocolfase",
    map="werkgevers/protocol",
    velden=(
        getal("volgorde", "De plaats van de fase in het protocol (1, 2, 3 ...).", minimum=1, uniek=True),
        tekst("titel", "De naam van de fase.", voorbeeld="Kennismaken"),
        tekst("wanneer", "Wanneer deze fase is.", voorbeeld="Voordat je een aanvraag doet"),
        markdown("doel", "Waar deze fase voor is, in een paar korte alinea's."),
        lijst(onderdeel("stappen", "De stappen van de fase, op volgorde.", (
            tekst("stap", "Wat er gebeurt.", voorbeeld="Bel of mail met de projectmanager."),
            lijst(keuze("wie", "Wie dit doet.", ROLLEN), min_aantal=1),
            tekst("wanneer", "Wanneer het gebeurt.", voorbeeld="In de eerste week"),
            tekst("tip", "Wat de ervaring leert.", voorbeeld="Vraag meteen naar de vuistregels."),
            lijst(tekst("documenten", "Stukken die bij deze stap horen.", voorbeeld="Inwerkplan"),
                  verplicht=False),
        )), min_aantal=1),
        koppeling("inwerkplan", "Alleen in één fase (Inwerken): de taken per rol in de eerste drie maanden.",
                  ROLLEN, lijst(tekst("taken", "De taken van deze rol.", voorbeeld="Maak kennis met het team."),
                                min_aantal=1), verplicht=False),
        lijst(verwijzing("vuistregels", "Vuistregels waar deze fase op steunt.", "vuistregel",
                         voorbeeld="helder-inwerkplan"), verplicht=False),
        lijst(verwijzing("organisaties", "Organisaties die in deze fase meedoen.", "organisatie",
                         voorbeeld="wikistad"), verplicht=False),
        lijst(verwijzing("regelingen", "Regelingen, als de fase per regeling verschilt.", "regeling",
                         voorbeeld="amsterdam-2021-2023"), verplicht=False),
    ),
    volgorde=lambda item: item.volgorde,
    controles=(een_inwerkplan,),
)

SOORTEN = (FASE,)

OVERZICHT = INDELING.overzicht("werkgevers/protocol")
INWERKPLAN = INDELING.pagina("inwerkplan")
CHECKLIST = INDELING.pagina("checklist")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    fases = inhoud.alle("protocolfase")
    vragen = inhoud.alle("vraag")
    plan = next((f for f in fases if f.inwerkplan), None)
    gedeeld = dict(inhoud=inhoud, fases=fases, wie=rollen.wie, kop=rollen.kop, inwerkplan=plan)
    out = [
        Uitvoer(f.pagina, ctx.render("werkgevers/fase.md.j2", f.pagina, item=f, **gedeeld,
                                     vragen=[v for v in vragen if f.id in v.protocol],
                                     vorige=fases[i - 1] if i else None,
                                     volgende=fases[i + 1] if i + 1 < len(fases) else None),
                source_path=str(f.path))
        for i, f in enumerate(fases)
    ]
    out.append(Uitvoer(OVERZICHT, ctx.render("werkgevers/protocol.md.j2", OVERZICHT, **gedeeld)))
    out.append(Uitvoer(INWERKPLAN, ctx.render("werkgevers/inwerkplan.md.j2", INWERKPLAN, **gedeeld,
                                              rollen=[r for r in ROLLEN if plan and r in plan.inwerkplan]),
                       source_path=str(plan.path) if plan else None))
    out.append(Uitvoer(CHECKLIST, ctx.render("werkgevers/checklist.md.j2", CHECKLIST, **gedeeld)))
    return out
