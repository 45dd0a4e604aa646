"""The roles around a buurtbaan (domain, not core): their ids, and how they read on a page
('werkgever en externe coach'). Content types use `ROLLEN` as the choices of a field."""

from __future__ import annotations

ROLLEN = ("buurtbaner", "werkgever", "collega", "externe-coach", "stadsdeel", "projectmanager")

# Written as people say them; the inwerkplan uses the second form as a heading.
NAMEN = {
    "buurtbaner": ("buurtbaner", "De buurtbaner"),
    "werkgever": ("werkgever", "De werkgever"),
    "collega": ("collega's", "De collega's"),
    "externe-coach": ("externe coach", "De externe coach"),
    "stadsdeel": ("stadsdeel", "Het stadsdeel"),
    "projectmanager": ("projectmanager", "De projectmanager"),
}
assert set(NAMEN) == set(ROLLEN), "every role id needs a name on the page"


def wie(rollen: list[str]) -> str:
    """['werkgever', 'externe-coach', 'buurtbaner'] -> 'werkgever, externe coach en buurtbaner'."""
    namen = [NAMEN[r][0] for r in rollen]
    if len(namen) < 2:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def kop(rol: str) -> str:
    return NAMEN[rol][1]
