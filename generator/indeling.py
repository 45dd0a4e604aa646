"""The sections of this site, one line each, in menu order (the object is core/indeling.py).

A line says: the folder (under the site and under content/), its title in the menu, and where
needed its search section (default: the title), that its overview stays out of the menu, or the
other pages of it that are in the menu. mkdocs.yml's `nav` may place a section elsewhere; a test
checks that the two agree. A new content type adds one line here.
"""

from __future__ import annotations

from .core.indeling import Indeling, Sectie

INDELING = Indeling(secties=(
    Sectie("bewoners", "Voor bewoners"),
    Sectie("bewoners/vragen", "Vragen van bewoners"),
    Sectie("spoorboekje", "Spoorboekje"),
    Sectie("vacatures", "Vacatures"),
    Sectie("werkgevers", "Werkgevers", paginas={"inwerkplan.md": "Inwerkplan", "checklist.md": "Checklist"}),
    Sectie("werkgevers/protocol", "Protocol"),
    Sectie("werkgevers/vragen", "Vragen"),
    Sectie("vuistregels", "Vuistregels", paginas={"gespreksleidraad.md": "Gespreksleidraad"}),
    Sectie("routekaart", "Routekaart"),
    Sectie("leren", "Leren van elkaar"),
    Sectie("leren/bijeenkomsten", "Bijeenkomsten"),
    Sectie("leren/ervaringen", "Ervaringen"),
    Sectie("over", "Over", handgeschreven=True),
    Sectie("regelingen", "Regelingen", zoeksectie="Werkgevers"),
    Sectie("organisaties", "Organisaties", zoeksectie="Over"),
    Sectie("begrippen", "Begrippenlijst", zoeksectie="Algemeen"),
    Sectie("onderwerpen", "Onderwerpen", zoeksectie="Algemeen", in_nav=False),  # A-Z: where Zoeken leads without JavaScript
    Sectie("bijdragen", "Bijdragen", paginas={"foutmeldingen.md": "Foutmeldingen"}, in_nav=False),
))

# The pages the theme links on every page (footer, "Pas deze pagina aan", 404), by name: the
# plugin gives the theme their addresses as `config.extra.paden` (honouring use_directory_urls).
THEMA_PADEN = {
    "contact": "contact.md",
    "toegankelijkheid": "toegankelijkheid.md",
    "privacy": "privacy.md",
    "over": "over.md",
    "begrippen": INDELING.overzicht("begrippen"),
    "bijdragen": INDELING.overzicht("bijdragen"),
    "onderwerpen": INDELING.overzicht("onderwerpen"),  # the A-Z list: where Zoeken leads without JavaScript
    "vacatures": INDELING.overzicht("vacatures"),
}
