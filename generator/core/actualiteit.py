"""Up to date: warn when the facts of an item were last checked against a source too long ago.

A content type opts in with `Soort.verloopt_na_maanden`. An item without `gecontroleerd` gets no
warning (its page simply shows no date); the date on the page is what readers go by.
"""

from __future__ import annotations

import calendar
import datetime as dt

from .content import Inhoud
from .problems import Problem
from .render import datum_nl


def maanden_later(datum: dt.date, maanden: int) -> dt.date:
    """The same day `maanden` months later; the last day of the month when that day does not
    exist (31 March + 1 month = 30 April, 29 February + 12 months = 28 February)."""
    index = datum.month - 1 + maanden
    jaar, maand = datum.year + index // 12, index % 12 + 1
    return dt.date(jaar, maand, min(datum.day, calendar.monthrange(jaar, maand)[1]))


def verouderd(inhoud: Inhoud, bouwdatum: dt.date) -> list[Problem]:
    """A warning for each item checked more than its type's months before the build date.
    Exactly that many months is still up to date; one day more is not."""
    found = []
    for soort in inhoud.soorten.values():
        maanden = soort.verloopt_na_maanden
        if not maanden:
            continue
        for item in inhoud.alle(soort.naam):
            datum = item.waarden.get("gecontroleerd")
            if isinstance(datum, dt.date) and bouwdatum > maanden_later(datum, maanden):
                found.append(Problem(item.path, item.line("gecontroleerd"), ("gecontroleerd",), "verouderd",
                                     datum=datum_nl(datum), maanden=maanden, bouwdatum=datum_nl(bouwdatum)))
    return found
