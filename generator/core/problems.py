"""Problems found in content, and the one table of Dutch messages that describes them.

Every message an editor can see is declared here (or by a content type through `register`),
with a hint and an example of the mistake and its fix. The error catalogue on the site is
generated from this table, so documentation and validator cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Melding:
    """One kind of problem. `tekst` and `tip` are format strings over the problem's details."""

    tekst: str
    tip: str
    fout: str  # an example of the mistake (YAML)
    goed: str  # the same example, mended
    ernst: str = FOUT


MELDINGEN: dict[str, Melding] = {
    "tab": Melding(
        "hier staat een tab.",
        "Gebruik spaties om in te springen, geen tabs. Zet je editor op 'spaties'.",
        "titel: Welkom\n\tregel: Wees welkom.",
        "titel: Welkom\nregel: Wees welkom.",
    ),
    "leeg-bestand": Melding(
        "dit bestand is leeg.",
        "Vul de velden in, of haal het bestand weg. Kijk bij een ander bestand in dezelfde map hoe het moet.",
        "",
        "titel: Welkom",
    ),
    "yaml-fout": Melding(
        "{uitleg}",
        "Kijk of elke regel de vorm 'veld: waarde' heeft en of de inspringing klopt. "
        "Staat er een dubbele punt in je tekst? Zet de tekst dan tussen aanhalingstekens.",
        "titel: Let op: dit is lastig",
        'titel: "Let op: dit is lastig"',
    ),
    "geen-velden": Melding(
        "het bestand moet beginnen met velden.",
        "Schrijf per regel een veld, zoals 'titel: ...'. Kijk bij een ander bestand in dezelfde map hoe het moet.",
        "- Welkom",
        "titel: Welkom",
    ),
    "bestandsnaam": Melding(
        "de naam van het bestand mag alleen kleine letters, cijfers en streepjes (-) hebben.",
        "Noem het bestand '{voorstel}.yaml'.",
        "Mijn Vacature.yaml",
        "mijn-vacature.yaml",
    ),
    "gereserveerde-naam": Melding(
        "de naam '{id}' gebruikt de site zelf al voor een pagina.",
        "Geef het bestand een andere naam, bijvoorbeeld '{id}-1.yaml'.",
        "content/vacatures/index.yaml",
        "content/vacatures/gastvrouw-buurthuis.yaml",
    ),
    "dubbel-id": Melding(
        "'{id}' bestaat al: {ander}.",
        "Elk bestand heeft een eigen naam. Geef dit bestand een andere naam.",
        "content/vacatures/gastvrouw.yaml en content/vacatures/gastvrouw.yml",
        "content/vacatures/gastvrouw.yaml en content/vacatures/gastvrouw-noord.yaml",
    ),
    "onbekende-map": Melding(
        "de map content/{map}/ kennen we niet.",
        "{suggestie} Zet het bestand in de goede map.",
        "content/vacature/gastvrouw.yaml",
        "content/vacatures/gastvrouw.yaml",
    ),
    "geen-utf8": Melding(
        "dit bestand heeft vreemde tekens.",
        "Sla het bestand op als UTF-8. Dat kan in elke teksteditor bij 'Opslaan als'.",
        "(een bestand opgeslagen als Windows-1252)",
        "(hetzelfde bestand opgeslagen als UTF-8)",
    ),
    "dubbel-veld": Melding(
        "dit veld staat twee keer in het bestand.",
        "Haal een van de twee weg.",
        "titel: Welkom\ntitel: Hallo",
        "titel: Welkom",
    ),
    "onbekend-veld": Melding(
        "dit veld kennen we niet.",
        "{suggestie}",
        "titl: Welkom",
        "titel: Welkom",
    ),
    "ontbreekt": Melding(
        "dit veld ontbreekt.",
        "Voeg het toe, bijvoorbeeld:\n{voorbeeld}",
        "regel: Wees welkom.",
        "titel: Welkom\nregel: Wees welkom.",
    ),
    "leeg": Melding(
        "dit veld is leeg.",
        "Vul het in, bijvoorbeeld:\n{voorbeeld}",
        "titel:",
        "titel: Welkom",
    ),
    "geen-tekst": Melding(
        "hier hoort een tekst, maar er staat {gevonden}.",
        "{tip}",
        "regel:\n  - Wees welkom.",
        "regel: Wees welkom.",
    ),
    "geen-getal": Melding(
        "hier hoort een heel getal, maar er staat {gevonden}.",
        "Schrijf alleen cijfers, zonder woorden of punt. Bijvoorbeeld: {naam}: {voorbeeld}",
        "uren_per_week: 32 uur",
        "uren_per_week: 32",
    ),
    "te-klein": Melding(
        "{waarde} is te weinig. Het moet minstens {grens} zijn.",
        "Kijk of het getal klopt.",
        "uren_per_week: 0",
        "uren_per_week: 32",
    ),
    "te-groot": Melding(
        "{waarde} is te veel. Het mag hoogstens {grens} zijn.",
        "Kijk of het getal klopt.",
        "uren_per_week: 80",
        "uren_per_week: 32",
    ),
    "geen-datum": Melding(
        "{gevonden} is geen datum.",
        "Schrijf de datum als jaar-maand-dag, bijvoorbeeld: {naam}: 2026-12-31",
        "sluit: 31-12-2026",
        "sluit: 2026-12-31",
    ),
    "geen-ja-nee": Melding(
        "hier hoort true (ja) of false (nee), maar er staat {gevonden}.",
        "Schrijf true of false, zonder aanhalingstekens.",
        "voorbeeld: ja",
        "voorbeeld: true",
    ),
    "keuze": Melding(
        "'{gevonden}' kan hier niet.",
        "Kies uit: {keuzes}.{suggestie}",
        "groep: praktijkk",
        "groep: praktijk",
    ),
    "geen-lijst": Melding(
        "hier hoort een lijst, maar er staat {gevonden}.",
        "Zet elk onderdeel op een eigen regel met een streepje ervoor:\n{naam}:\n  - ...\n  - ...",
        "gespreksvragen: Hoe gaat het?",
        "gespreksvragen:\n  - Hoe gaat het?",
    ),
    "te-kort": Melding(
        "hier zijn er minstens {minimum} nodig. Je hebt er nu {aantal}.",
        "Voeg er {tekort} toe.",
        "gespreksvragen:\n  - Hoe gaat het?",
        "gespreksvragen:\n  - Hoe gaat het?\n  - Wat loopt goed?",
    ),
    "geen-onderdeel": Melding(
        "hier hoort een onderdeel met eigen velden, maar er staat {gevonden}.",
        "Schrijf de velden onder elkaar, ingesprongen onder het streepje:\n{voorbeeld}",
        "valkuilen:\n  - Te veel hooi op je vork",
        "valkuilen:\n  - valkuil: Te veel hooi op je vork\n    tip: Kies eerst één project.",
    ),
    "verwijzing": Melding(
        "'{gevonden}' bestaat niet.",
        "Er is geen bestand {map}/{gevonden}.yaml.{suggestie}",
        "zie_ook: [dubbel-doell]",
        "zie_ook: [dubbel-doel]",
    ),
    "dubbele-waarde": Melding(
        "{waarde} komt ook voor in {ander}.",
        "Geef elk bestand in deze map een eigen {naam}.",
        "nummer: 3   (en in een ander bestand ook nummer: 3)",
        "nummer: 4",
    ),
}


# The codes of the table above. Content types add theirs with `register` when they are imported,
# in whatever order that happens; the catalogue lists those after these, by code.
KERN = tuple(MELDINGEN)


def register(meldingen: dict[str, Melding]) -> None:
    """Add a content type's own messages to the table (once, at import)."""
    for code, melding in meldingen.items():
        if code in MELDINGEN and MELDINGEN[code] != melding:
            raise ValueError(f"message code {code!r} is declared twice")
        MELDINGEN[code] = melding


@dataclass(frozen=True)
class Problem:
    """One problem at one place. `details` fill the message's format strings."""

    path: PurePosixPath | object  # a content file, relative to the project root
    line: int
    veld: tuple | None  # where in the file, e.g. ("valkuilen", 1, "tip"); None for the whole file
    code: str
    details: dict = field(default_factory=dict)

    def __init__(self, path, line, veld, code, **details):
        object.__setattr__(self, "path", PurePosixPath(path))
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "veld", tuple(veld) if veld is not None else None)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "details", details)

    @property
    def melding(self) -> Melding:
        return MELDINGEN[self.code]

    @property
    def is_fout(self) -> bool:
        return self.melding.ernst == FOUT

    def sort_key(self):
        return (str(self.path), self.line, self.code)

    def format(self) -> str:
        """`content/x/y.yaml:12: veld 'titel': message` and, indented below it, the hint."""
        melding = self.melding
        where = f"{self.path}:{self.line}: "
        if self.veld:
            where += f"veld '{veldnaam(self.veld)}': "
        if melding.ernst == WAARSCHUWING:
            where += "let op: "
        text = where + melding.tekst.format(**self.details)
        tip = melding.tip.format(**self.details).strip()
        if tip:
            text += "\n" + "\n".join("    " + ("Tip: " if i == 0 else "") + line
                                     for i, line in enumerate(tip.splitlines()))
        return text


def veldnaam(veld: tuple) -> str:
    """("valkuilen", 1, "tip") -> "valkuilen > 2 > tip" (list items counted from 1)."""
    return " > ".join(str(p + 1) if isinstance(p, int) else p for p in veld)


def samenvatting(problems: list[Problem], files: int) -> str:
    fouten = sum(p.is_fout for p in problems)
    waarschuwingen = len(problems) - fouten
    bestanden = len({p.path for p in problems if p.is_fout})
    if fouten:
        s = f"{fouten} {'fout' if fouten == 1 else 'fouten'} in {bestanden} " \
            f"{'bestand' if bestanden == 1 else 'bestanden'}."
        if waarschuwingen:
            s += f" En {waarschuwingen} {'waarschuwing' if waarschuwingen == 1 else 'waarschuwingen'}."
        return s + " Pas de fouten aan en controleer opnieuw."
    s = f"Alles in orde: {files} {'bestand' if files == 1 else 'bestanden'} gecontroleerd."
    if waarschuwingen:
        s += f" Kijk nog naar {waarschuwingen} {'waarschuwing' if waarschuwingen == 1 else 'waarschuwingen'}."
    return s
