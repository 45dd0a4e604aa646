"""Vacatures: buurtbaan vacancies.

- a page per vacancy, and a listing of the open ones, soonest closing first;
- a filter on the listing, by place and kind of work;
- schema.org JobPosting JSON-LD for search engines, on open real vacancies;
- an Atom feed of the open real vacancies.

A vacancy is open up to and including its closing day (`sluit`), counted from the build date.
After that it leaves the listing and the feed; its page stays, so links keep working, and says
that it is closed.
"""

from __future__ import annotations

from ...core.content import Inhoud, Item, slug
from ...core.render import Context, Uitvoer
from ...core.render import jsonld as render_jsonld
from . import feed
from .jobposting import jobposting
from .soort import KOPPEN, OVERZICHT, SOORT_WERK, VACATURE, is_open, plaats

SOORTEN = (VACATURE,)
# The empty listing links the spoorboekje only when the build has one: run after the others.
NA_DE_ANDEREN = True

SPOORBOEKJE = "spoorboekje/index.md"


def paginas(inhoud: Inhoud, ctx: Context) -> list[Uitvoer]:
    vacatures = inhoud.alle("vacature")  # soonest closing first
    open_ = [v for v in vacatures if is_open(v, ctx.bouwdatum)]
    common = dict(inhoud=inhoud, soort_werk=SOORT_WERK, plaats=plaats, plaats_code=plaats_code,
                  duur=duur, salaris=salaris)
    out = [Uitvoer(v.pagina, pagina(v, inhoud, ctx, common), bron=str(v.pad)) for v in vacatures]
    out.append(Uitvoer(OVERZICHT, ctx.render(
        "vacatures/overzicht.md.j2", OVERZICHT, vacatures=open_, filters=filters(open_),
        voorbeelden=any(v.voorbeeld for v in open_), feed=feed.PAD, spoorboekje=SPOORBOEKJE, **common),
        in_nav=True))
    out.append(Uitvoer(feed.PAD, feed.feed([v for v in open_ if not v.voorbeeld], inhoud, ctx)))
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
    soorten = {v.soort_werk for v in vacatures}
    return {"waar": waar, "soort": {k: label for k, label in SOORT_WERK.items() if k in soorten}}


def plaats_code(item: Item) -> str:
    """What the filter compares: 'amsterdam/zuidoost' or 'amersfoort'."""
    return slug(item.gemeente) + (f"/{slug(item.stadsdeel)}" if item.stadsdeel else "")


def duur(maanden: int) -> str:
    if maanden % 12 == 0:
        return f"{maanden // 12} jaar"
    return f"{maanden} {'maand' if maanden == 1 else 'maanden'}"


def salaris(item: Item) -> str:
    """What the page says about pay: the amount when known, and the text."""
    delen = []
    if item.salaris_per_maand:
        delen.append(f"{item.salaris_per_maand:,}".replace(",", ".") + " euro bruto per maand.")
    if item.salaris:
        delen.append(item.salaris)
    return " ".join(delen)
