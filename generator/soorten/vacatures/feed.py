"""The Atom feed of open, real vacancies: vacatures/feed.xml.

Everything in it comes from the content and the build date, never from the clock, so the same
input gives the same feed. Ids are URNs made from the vacancy's id: they stay the same when
the site moves to another address.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import uuid

from ...core.content import Inhoud, Item
from ...core.render import Context
from .model import OVERZICHT, plaats

PATH = "vacatures/feed.xml"


def feed(vacatures: list[Item], inhoud: Inhoud, ctx: Context) -> str:
    """`vacatures`: the open, real vacancies, in listing order."""
    def href(path: str) -> str:
        adres = ctx.adres(path)
        if ctx.site_url:
            return adres
        # Without the site's address a link is relative to the feed itself (allowed in Atom).
        relatief = posixpath.relpath(adres, posixpath.dirname(PATH))
        return "./" if relatief == "." else relatief + ("/" if adres.endswith("/") else "")

    bijgewerkt = max((gewijzigd(v) for v in vacatures), default=ctx.bouwdatum)
    werkgevers = {v.werkgever: inhoud.get("organisatie", v.werkgever).naam for v in vacatures}
    return ctx.render("vacatures/feed.xml.j2", PATH, vacatures=vacatures, href=href, tijd=tijd, id=urn,
                      gewijzigd=gewijzigd, bijgewerkt=bijgewerkt, werkgevers=werkgevers, zelf=PATH,
                      overzicht=OVERZICHT, plaats=plaats)


def gewijzigd(item: Item) -> dt.date:
    return max(item.geplaatst, item.bijgewerkt or item.geplaatst)


def tijd(datum: dt.date) -> str:
    """An Atom date: midnight UTC of that day."""
    return f"{datum.isoformat()}T00:00:00Z"


def urn(naam: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"buurtbaan-kennisbank:{naam}").urn
