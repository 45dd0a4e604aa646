"""Problems found in content, and the one table of Dutch messages that describes them.

Every message an editor can see is declared here (or by a content type through `register`),
with a hint and an example of the mistake and its fix. The error catalogue on the site is
generated from this table, so documentation and validator cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from .indeling import CONTENT_ROOT

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
        f"{CONTENT_ROOT}/vacatures/index.yaml",
        f"{CONTENT_ROOT}/vacatures/gastvrouw-buurthuis.yaml",
    ),
    "dubbel-id": Melding(
        "'{id}' bestaat al: {ander}.",
        "Elk bestand heeft een eigen naam. Geef dit bestand een andere naam.",
        f"{CONTENT_ROOT}/vacatures/gastvrouw.yaml en {CONTENT_ROOT}/vacatures/gastvrouw.yml",
        f"{CONTENT_ROOT}/vacatures/gastvrouw.yaml en {CONTENT_ROOT}/vacatures/gastvrouw-noord.yaml",
    ),
    "onbekende-map": Melding(
        f"de map {CONTENT_ROOT}/{{map}}/ kennen we niet.",
        "{suggestie} Zet het bestand in de goede map.",
        f"{CONTENT_ROOT}/vacature/gastvrouw.yaml",
        f"{CONTENT_ROOT}/vacatures/gastvrouw.yaml",
    ),
    "geen-utf8": Melding(
        "op deze regel staat een teken dat we niet kunnen lezen.",
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
    "geen-aantal": Melding(
        "hier hoort een getal, 'onbekend' of 'schatting' met een getal, maar er staat {gevonden}.",
        "Staat het getal in de bron? Schrijf dan alleen het getal: {naam}: {voorbeeld}\n"
        "Geeft geen bron het getal? Schrijf dan: {naam}: onbekend\n"
        "Of schrijf je eigen schatting: {naam}: schatting {voorbeeld}\n"
        "Bij een schatting ziet de lezer het woord 'schatting'.",
        "max_uren_per_week: tot 24 uur",
        "max_uren_per_week: onbekend",
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
        "Geef elk bestand in deze map een eigen {naam}.{vrij}",
        "nummer: 3   (en in een ander bestand ook nummer: 3)",
        "nummer: 4",
    ),
    # Limits of the loader (issue 11): a file that could hang the check, or that no editor
    # means to write, gets a message at its line instead of a traceback or a silent skip.
    # Links in content, checked as the strict build checks them (core/links.py).
    "link-kapot": Melding(
        "de link '{doel}' gaat naar een pagina die niet bestaat.",
        "Kijk of de naam klopt.{suggestie} Een link naar een pagina van de site eindigt op .md, "
        "zoals `[de vuistregels](../vuistregels/index.md)`.",
        "toelichting: Lees [de regels](../vuistregel/index.md).",
        "toelichting: Lees [de regels](../vuistregels/index.md).",
    ),
    "link-anker": Melding(
        "de link '{doel}' gaat naar een kopje '#{anker}' dat niet op die pagina staat.",
        "Kijk hoe het kopje heet.{suggestie} Of laat het deel vanaf # weg: dan gaat de link naar het begin van de pagina.",
        "toelichting: Zie [de kosten](../over.md#kosten-en-baten).",
        "toelichting: Zie [de kosten](../over.md#kosten).",
    ),
    "link-absoluut": Melding(
        "de link '{doel}' begint met een /. Zo werkt hij niet op de site.",
        "Schrijf de link vanaf deze pagina, zoals `[de vacatures](../vacatures/index.md)`. "
        "Of schrijf een heel adres met https://.",
        "toelichting: Zie [de vacatures](/vacatures/).",
        "toelichting: Zie [de vacatures](../vacatures/index.md).",
    ),
    "yaml-alias": Melding(
        "hier staat een verwijzing met * naar een andere plek in het bestand. Die gebruiken we niet.",
        "Schrijf de waarde zelf uit, ook als die twee keer voorkomt. Haal de & en * weg.",
        "titel: &t Welkom\nregel: *t",
        "titel: Welkom\nregel: Welkom",
    ),
    "open-aanhalingsteken": Melding(
        "hier begint een tekst met een aanhalingsteken, maar het wordt niet gesloten.",
        "Zet aan het eind van de tekst hetzelfde aanhalingsteken ( \" of ' ).",
        'titel: "Let op: dit is lastig',
        'titel: "Let op: dit is lastig"',
    ),
    "tweede-deel": Melding(
        "hier begint een tweede deel (---). Een bestand heeft maar één deel.",
        "Haal de regel met --- weg. Is het een nieuw onderwerp? Maak er dan een nieuw bestand van.",
        "titel: Welkom\n---\ntitel: Hallo",
        "titel: Welkom",
    ),
    "onzichtbaar-teken": Melding(
        "hier staat een teken dat je niet kunt zien ({teken}).",
        "Haal het weg: zet de cursor op deze regel en typ de regel opnieuw. "
        "Zulke tekens komen vaak mee als je tekst kopieert uit een pdf of een ander programma.",
        "titel: Welkom(NUL)",
        "titel: Welkom",
    ),
    "samengestelde-sleutel": Melding(
        "een veldnaam moet een woord zijn, geen lijst of onderdeel.",
        "Schrijf de naam van het veld, dan een dubbele punt, dan de waarde. "
        "Staat er een vraagteken ( ? ) of een haakje ( [ of {{ ) vooraan? Haal dat weg.",
        "? [titel, regel]\n: Welkom",
        "titel: Welkom",
    ),
    "te-diep": Melding(
        "hier zitten te veel lijsten of onderdelen in elkaar (meer dan {grens}).",
        "Kijk of de inspringing klopt en of elk haakje ( [ of {{ ) gesloten wordt.",
        "zie_ook: [[[[[[[[[[[[[[[[[[[[[[dubbel-doel]]]]]]]]]]]]]]]]]]]]]",
        "zie_ook: [dubbel-doel]",
    ),
    "nog-meer": Melding(
        "en nog {aantal} meldingen in dit bestand.",
        "Pas eerst de meldingen hierboven aan en controleer opnieuw.",
        "(een lijst met 500 fouten)",
        "(een lijst zonder fouten)",
    ),
    "te-veel-waarden": Melding(
        "dit bestand heeft te veel velden en onderdelen (meer dan {grens}).",
        "Een bestand hoort bij één onderwerp. Zet een lange lijst in meer bestanden.",
        "(een lijst met 20.000 streepjes)",
        "(een lijst met een paar streepjes)",
    ),
    "te-lang-getal": Melding(
        "dit getal is te lang (meer dan {grens} cijfers).",
        "Is het een telefoonnummer of een code? Zet het dan tussen aanhalingstekens, bijvoorbeeld: \"0201234567\".",
        "nummer: 12345678901234567890",
        "nummer: 12",
    ),
    "te-groot-bestand": Melding(
        "dit bestand is te groot ({grootte}). Het mag hoogstens {grens} zijn.",
        "Een bestand hoort bij één onderwerp. Zet een lange tekst in meer bestanden, of maak hem korter.",
        "(een bestand van 3 MB)",
        "(een bestand van een paar KB)",
    ),
    "naam-hoofdletters": Melding(
        "de naam van het bestand eindigt op '{einde}'. Dan lezen we het niet.",
        "Noem het bestand '{voorstel}': het einde in kleine letters.",
        f"{CONTENT_ROOT}/vuistregels/welkom.YAML",
        f"{CONTENT_ROOT}/vuistregels/welkom.yaml",
    ),
    "snelkoppeling": Melding(
        "dit is een snelkoppeling (symlink) naar een ander bestand. Die lezen we niet.",
        "Zet de tekst zelf in dit bestand, of haal de snelkoppeling weg.",
        f"{CONTENT_ROOT}/vuistregels/welkom.yaml -> ../../../elders.yaml",
        f"{CONTENT_ROOT}/vuistregels/welkom.yaml (een gewoon bestand)",
    ),
    "zichzelf": Melding(
        "'{gevonden}' is dit bestand zelf.",
        "Verwijs naar een ander bestand, of haal '{gevonden}' weg.",
        "(in dubbel-doel.yaml) zie_ook: [dubbel-doel]",
        "(in dubbel-doel.yaml) zie_ook: [volwaardige-collega]",
    ),
    "link-in-tekst": Melding(
        "hier staat een link in Markdown: '{gevonden}'. Dit veld toont alleen tekst: de lezer "
        "ziet de haakjes en het adres zoals ze er staan.",
        "Schrijf alleen de woorden, zonder [ ] en ( ). Of zet de link in een veld met meer regels "
        "tekst, zoals de uitleg: daar werkt een link wel.",
        "bron: Zie [Evaluatie buurtbanen](https://www.voorbeeld.nl), hoofdstuk 2",
        "bron: Evaluatie buurtbanen, hoofdstuk 2",
        ernst=WAARSCHUWING,
    ),
    "verouderd": Melding(
        "de feiten zijn voor het laatst gecontroleerd op {datum}. Dat is meer dan {maanden} maanden "
        "voor de bouwdatum ({bouwdatum}).",
        "Lees de bron opnieuw en vergelijk die met de tekst. Klopt alles? Zet dan de datum van vandaag "
        "bij gecontroleerd. Klopt iets niet meer? Pas de tekst aan en zet daarna de datum.",
        "gecontroleerd: 2024-01-15",
        "gecontroleerd: 2026-11-30",
        ernst=WAARSCHUWING,
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
        object.__setattr__(self, "path", path if type(path) is PurePosixPath else PurePosixPath(path))
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
        details = {k: kort(v) if k in CITATEN and isinstance(v, str) else v for k, v in self.details.items()}
        text = where + melding.tekst.format(**details)
        tip = melding.tip.format(**details).strip()
        if tip:
            text += "\n" + "\n".join("    " + ("Tip: " if i == 0 else "") + line
                                     for i, line in enumerate(tip.splitlines()))
        return text


MAX_PER_BESTAND = 25  # messages shown per file; the summary still counts every problem


def ingekort(problems: list[Problem]) -> list[Problem]:
    """The problems to show: per file the first MAX_PER_BESTAND, then one line that says how
    many more there are (10,000 messages for one file help nobody and take long to print)."""
    shown: list[Problem] = []
    per_file: dict[object, int] = {}
    for problem in problems:
        n = per_file[problem.path] = per_file.get(problem.path, 0) + 1
        if n <= MAX_PER_BESTAND:
            shown.append(problem)
        elif n == MAX_PER_BESTAND + 1:
            rest = sum(p.path == problem.path for p in problems) - MAX_PER_BESTAND
            shown.append(Problem(problem.path, problem.line, None, "nog-meer", aantal=rest))
    return shown


def veldnaam(veld: tuple) -> str:
    """("valkuilen", 1, "tip") -> "valkuilen > 2 > tip" (list items counted from 1)."""
    return " > ".join(str(p + 1) if isinstance(p, int) else kort(p) for p in veld)


CITAAT = 60  # a message quotes at most this many characters of what the editor wrote
# Details that hold what the editor wrote (a value, a name), not our own words.
CITATEN = {"gevonden", "waarde", "id", "voorstel", "map", "einde", "doel", "anker"}


def kort(text: str, grens: int = CITAAT) -> str:
    """What the editor wrote, on one line and at most `grens` characters: a value of 200,000
    characters (or one with line breaks that look like other messages) is not repeated."""
    quoted = len(text) >= 2 and text[0] == text[-1] == "'"
    inner = " ".join((text[1:-1] if quoted else text).split())
    if len(inner) > grens:
        inner = inner[:grens - 1].rstrip() + "…"
    return f"'{inner}'" if quoted else inner


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
