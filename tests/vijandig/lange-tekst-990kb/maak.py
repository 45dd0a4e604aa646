"""A valid vuistregel whose toelichting is 990 KB of text: under every limit, checked in time."""

REGEL = """nummer: 1
titel: Een collega
groep: praktijk
regel: Zie de buurtbaner als collega.
voor_wie: [werkgever]
gespreksvragen:
  - Welke taken passen?
  - Wie is het aanspreekpunt?
bron: "Evaluatie Buurtbaan (2024), §2.2"
toelichting: |
"""


def maak(project):
    path = project / "content/vuistregels/lang.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(REGEL + ("  Een buurtbaner doet echt werk in de buurt.\n" * 22_000), encoding="utf-8")
