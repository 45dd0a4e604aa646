"""The pages of the vacancies: one per vacancy, the listing with its filter, and the feed."""


from __future__ import annotations

from ...core.aantal import Aantal
from ...core.aantal import eenheid_tekst as aantal_tekst
from ...core.content import Inhoud, Item, slug
from ...core.render import Context, Uitvoer
from ...core.render import jsonld as render_jsonld
from ...indeling import INDELING
from . import feed
from .jobposting import jobposting
from .model import KEUZES_WERK, KOPPEN, OVERZICHT, is_open, plaats

SPOORBOEKJE = INDELING.overzicht("spoorboekje")


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    vacatures = inhoud.alle("vacature")  # soonest closing first
    open_ = [v for v in vacatures if is_open(v, ctx.bouwdatum)]
    common = dict(inhoud=inhoud, werk_keuzes=KEUZES_WERK, plaats=plaats, plaats_code=plaats_code,
                  duur=duur, uren=uren, salaris=salaris)
    out = [Uitvoer(v.pagina, pagina(v, inhoud, ctx, common), source_path=str(v.path)) for v in vacatures]
    out.append(Uitvoer(OVERZICHT, ctx.render(
        "vacatures/overzicht.md.j2", OVERZICHT, vacatures=open_, filters=filters(open_),
        voorbeelden=any(v.voorbeeld for v in open_), feed=feed.PATH, spoorboekje=SPOORBOEKJE, **common)))
    out.append(Uitvoer(feed.PATH, feed.feed([v for v in open_ if not v.voorbeeld], inhoud, ctx)))
    return out


def pagina(item: Item, inhoud: Inhoud, ctx: Context, common: dict) -> str:
    gesloten = not is_open(item, ctx.bouwdatum)
    # Never tell a search engine about a job that does not exist or no longer takes applications.
    jsonld = render_jsonld(jobposting(item, inhoud)) if not gesloten and not item.voorbeeld else ""
    return ctx.render("vacatures/vacature.md.j2", item.pagina, item=item, gesloten=gesloten,
                      jsonld=jsonld, koppen=KOPPEN, overzicht=OVERZICHT, **common)


def filters(vacatures: list[Item]) -> dict:
    """The choices of the two filters, only those that give at least one vacancy."""
    waar = {}
    for gemeente in sorted({v.gemeente for v in vacatures}):
        stadsdelen = sorted({v.stadsdeel for v in vacatures if v.gemeente == gemeente and v.stadsdeel})
        waar[slug(gemeente)] = f"Heel {gemeente}" if stadsdelen else gemeente
        for stadsdeel in stadsdelen:
            waar[f"{slug(gemeente)}/{slug(stadsdeel)}"] = f"{gemeente}-{stadsdeel}"
    gebruikt = {v.soort_werk for v in vacatures}
    return {"waar": waar, "soort": {k: label for k, label in KEUZES_WERK.items() if k in gebruikt}}


def plaats_code(item: Item) -> str:
    """What the filter compares: 'amsterdam/zuidoost' or 'amersfoort'."""
    return slug(item.gemeente) + (f"/{slug(item.stadsdeel)}" if item.stadsdeel else "")


def duur(maanden: Aantal | None) -> str:
    """'2 jaar', '18 maanden', 'ongeveer 1 jaar (schatting)' or 'Nog niet bekend.'"""
    n = maanden.waarde if maanden is not None else None
    if n is None:
        return "Nog niet bekend."
    text = f"{n // 12} jaar" if n % 12 == 0 else f"{n} {'maand' if n == 1 else 'maanden'}"
    return f"ongeveer {text} (schatting)" if maanden is not None and maanden.schatting else text


def uren(item: Item) -> str:
    """The hours line of a vacancy page; an unknown number says so."""
    text = aantal_tekst(item.uren_per_week, "uur per week", "Hoeveel uur per week is nog niet bekend") + "."
    leren = item.leeruren_per_week
    if leren is not None and leren.bekend and leren.waarde:
        text += f" Daarvan zijn {leren.tekst('uur')} voor leren en coaching."
    elif leren is not None and not leren.bekend:
        text += " Hoeveel uur daarvan voor leren is, is nog niet bekend."
    return text


def salaris(item: Item) -> str:
    """What the page says about pay: the amount when known, and the text."""
    delen = []
    if item.salaris_per_maand:
        delen.append(f"{item.salaris_per_maand:,}".replace(",", ".") + " euro bruto per maand.")
    if item.salaris:
        delen.append(item.salaris)
    return " ".join(delen)
