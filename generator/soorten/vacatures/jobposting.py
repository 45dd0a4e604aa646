"""schema.org JobPosting for search engines, as JSON-LD in the page.

Only an open, real vacancy gets one: an example or a closed vacancy must never show up as a
job in a search engine. Google requires title, description, datePosted, hiringOrganization and
jobLocation (with addressCountry); it recommends validThrough, employmentType and baseSalary.
"""

from __future__ import annotations

import datetime as dt
import html
from zoneinfo import ZoneInfo

from ...core.content import Inhoud, Item
from .model import KOPPEN

AMSTERDAM = ZoneInfo("Europe/Amsterdam")  # the Netherlands has one time zone
VOLTIJD_VANAF = 36  # hours a week; in the Netherlands less than this counts as part-time


def jobposting(item: Item, inhoud: Inhoud) -> dict:
    werkgever = inhoud.get("organisatie", item.werkgever)
    adres = {"@type": "PostalAddress", "addressLocality": item.gemeente, "addressCountry": "NL"}
    if item.stadsdeel:
        adres["addressRegion"] = item.stadsdeel
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": item.titel,
        "description": beschrijving(item),
        "datePosted": item.geplaatst.isoformat(),
        # Open up to and including the closing day, in Dutch time.
        "validThrough": dt.datetime.combine(item.sluit, dt.time(23, 59, 59), AMSTERDAM).isoformat(),
        "employmentType": _dienstverband(item),
        "hiringOrganization": {"@type": "Organization", "name": werkgever.naam},
        "jobLocation": {"@type": "Place", "address": adres},
    }
    if item.salaris_per_maand:
        data["baseSalary"] = {
            "@type": "MonetaryAmount", "currency": "EUR",
            "value": {"@type": "QuantitativeValue", "value": item.salaris_per_maand, "unitText": "MONTH"},
        }
    return data


def _dienstverband(item: Item) -> list[str]:
    """Full or part time only when the hours are known; a job is always temporary."""
    uren = item.uren_per_week
    if uren is None or not uren.bekend:
        return ["TEMPORARY"]
    return ["FULL_TIME" if uren.waarde >= VOLTIJD_VANAF else "PART_TIME", "TEMPORARY"]


def beschrijving(item: Item) -> str:
    """The full text of the vacancy as simple HTML, as Google asks for `description`."""
    text = f"<p>{html.escape(item.samenvatting)}</p>"
    for veld, kop in KOPPEN.items():
        text += f"<p>{html.escape(kop)}</p><ul>"
        text += "".join(f"<li>{html.escape(punt)}</li>" for punt in item[veld]) + "</ul>"
    return text
