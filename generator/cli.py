"""The `buurtbanen` command: check content, build the site, or show it while you edit."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import nieuw as scaffold
from . import publiceren
from . import schema as json_schema
from .annotaties import annotatie
from .core.indeling import CONTENT_ROOT
from .core.problems import ingekort, samenvatting
from .core.render import bouwdatum, write_folder
from .core.velden import Kader
from .formulier import ENV as FORMULIER_ENV
from .hulp import nederlands
from .site import controleer, controleer_alles, genereer, soorten


def main(argv: list[str] | None = None) -> int:
    nederlands()  # --help and mistakes on the command line in Dutch
    parser = argparse.ArgumentParser(
        prog="buurtbanen", description="Controleer de inhoud en maak de site van de Buurtbaan Kennisbank.")
    parser.add_argument("--map", type=Path, default=Path("."), help=f"de map met mkdocs.yml en {CONTENT_ROOT}/")
    sub = parser.add_subparsers(dest="opdracht", required=True, metavar="opdracht")

    controleer_ = sub.add_parser("controleer", help=f"controleer alle bestanden in {CONTENT_ROOT}/ en toon elke fout")
    controleer_.add_argument("--github", "--ci", action="store_true",
                             help="toon elke fout ook als melding bij de regel in een pull request op GitHub")
    controleer_.add_argument("--datum", help="de bouwdatum, JJJJ-MM-DD (standaard: vandaag); "
                             "waarschuwt voor feiten die lang niet gecontroleerd zijn")

    bouw = sub.add_parser("bouw", help="controleer en bouw de site in site/")
    bouw.add_argument("--datum", help="de bouwdatum, JJJJ-MM-DD (standaard: vandaag)")
    bouw.add_argument("--uit", type=Path, default=Path("site"), help="de map voor de site")
    bouw.add_argument("--oefenformulier", action="store_true",
                      help="maak /admin/ als oefenformulier: het werkt zonder GitHub, niets gaat de browser uit")

    bekijk = sub.add_parser("bekijk", help="toon de site op http://127.0.0.1:8000 en ververs bij elke wijziging")
    bekijk.add_argument("--datum", help="de bouwdatum, JJJJ-MM-DD (standaard: vandaag)")
    bekijk.add_argument("--adres", default="127.0.0.1:8000",
                        help="adres en poort (standaard 127.0.0.1:8000); een andere poort: 127.0.0.1:8001")
    bekijk.add_argument("--oefenformulier", action="store_true",
                        help="toon /admin/ als oefenformulier: het werkt zonder GitHub, niets gaat de browser uit")

    md = sub.add_parser("markdown", help="schrijf de gemaakte pagina's als Markdown in een map")
    md.add_argument("--datum", help="de bouwdatum, JJJJ-MM-DD (standaard: vandaag)")
    md.add_argument("--uit", type=Path, default=Path("build/markdown"), help="de map voor de Markdown")

    nieuw = sub.add_parser("nieuw", help="maak een nieuw bestand, met uitleg bij elk veld")
    nieuw.add_argument("soort", help="de soort: " + ", ".join(soorten()))
    nieuw.add_argument("--naam", help="de bestandsnaam, zonder .yaml (standaard: gemaakt van de titel)")
    nieuw.add_argument("--veld", action="append", default=[], metavar="NAAM=WAARDE",
                       help="vul een veld in; een lijst scheid je met komma's")
    nieuw.add_argument("--datum", help="de datum van vandaag, JJJJ-MM-DD (standaard: vandaag)")
    nieuw.add_argument("--geen-vragen", action="store_true", help="stel geen vragen, gebruik de voorbeelden")

    schema = sub.add_parser("schema", help="schrijf de JSON Schema's voor editors in schemas/ en .vscode/")
    schema.add_argument("--controleer", action="store_true",
                        help="schrijf niets; geef een fout als de bestanden niet meer kloppen")

    args = parser.parse_args(argv)
    if hasattr(args, "datum"):
        try:  # a bad date (given or from the environment) is the user's mistake: say so first
            bouwdatum(args.datum)
        except ValueError as error:
            print(error)
            return 1
    try:
        with publiceren.onderbreekbaar():
            return COMMANDS[args.opdracht](args)
    except publiceren.Onderbroken as stop:
        print(f"\nGestopt ({stop.naam}).", "De vorige site is er nog." if args.opdracht == "bouw" else "")
        return 128 + stop.signum


def _controleer(args) -> int:
    try:
        datum = bouwdatum(getattr(args, "datum", None))
    except ValueError:  # a bad date in the environment: `controleer` has no --datum to mend it
        datum = None
    inhoud, problems = controleer_alles(args.map, datum)
    github = getattr(args, "github", False)
    for problem in ingekort(problems):
        print(problem.format())
        if github:
            print(annotatie(problem))
    if problems:
        print()
    print(samenvatting(problems, inhoud.bestanden))
    return 1 if any(p.is_fout for p in problems) else 0


def _mkdocs(args, *mkdocs_args: str) -> int:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if getattr(args, "datum", None):
        env["BUURTBANEN_DATUM"] = args.datum
    if getattr(args, "oefenformulier", False):
        env[FORMULIER_ENV] = "oefenen"
    config = args.map / "mkdocs.yml"
    return publiceren.kind([sys.executable, "-m", "mkdocs", *mkdocs_args, "-f", str(config)], env)


def _bouw(args) -> int:
    if _controleer(args):
        return 1
    # MkDocs builds into a new folder next to the old site; only a build in which MkDocs,
    # Pagefind and the form all succeeded replaces it. An error or an interruption leaves the
    # old site as it was.
    with publiceren.nieuwe_map(args.uit.resolve()) as nieuw:
        code = _mkdocs(args, "build", "--strict", "--clean", "-d", str(nieuw))
        if code:
            print(f"\nDe site is niet vernieuwd: {args.uit} is nog de vorige.")
            return 1
        publiceren.wissel(nieuw, args.uit.resolve())
    return 0


def _bekijk(args) -> int:
    _controleer(args)  # problems also show in the browser; the server keeps running
    print(f"\nDe site staat op http://{args.adres}/ . Stoppen: Ctrl+C.\n")
    os.environ["BUURTBANEN_SITE_URL"] = f"http://{args.adres}/"  # serve at the root, not under /kennisbank/
    try:
        # --dirty: a save renders only the pages whose input changed (see generator/voorbeeld.py)
        return _mkdocs(args, "serve", "--livereload", "--dirty", "-a", args.adres)
    except publiceren.Onderbroken:
        return 0


def _markdown(args) -> int:
    inhoud, problems = controleer(args.map)
    if any(p.is_fout for p in problems):
        return _controleer(args)
    try:
        count = write_folder(genereer(inhoud, bouwdatum(args.datum)), args.uit)
    except FileExistsError as error:
        print(error)
        return 1
    print(f"{count} bestanden geschreven in {args.uit}.")
    return 0


def _nieuw(args) -> int:
    alle = soorten()
    soort = alle.get(args.soort)
    if soort is None:
        print(f"De soort '{args.soort}' kennen we niet. Kies uit: {', '.join(alle)}.")
        return 1
    velden = {v.naam: v for v in soort.alle_velden}
    waarden = {}
    for pair in args.veld:
        naam, _, text = pair.partition("=")
        if naam not in velden:
            print(f"Het veld '{naam}' hoort niet bij een {soort.naam}. Velden: {', '.join(velden)}.")
            return 1
        try:
            waarden[naam] = scaffold.parse_value(velden[naam], text)
        except ValueError:
            print(f"De waarde '{text}' past niet bij het veld '{naam}'. {velden[naam].uitleg}")
            return 1
    inhoud, _ = controleer(args.map)
    vandaag = bouwdatum(args.datum)
    if not args.geen_vragen and not args.veld and sys.stdin.isatty():
        print(f"Een nieuwe {soort.naam}. Druk op Enter om het voorbeeld te houden.\n")
        waarden.update(scaffold.vragen(soort, input, scaffold.voorbeelden(soort, inhoud, vandaag),
                                      Kader.van(inhoud)))
    text = scaffold.scaffold(soort, inhoud, vandaag, waarden)
    try:
        path = scaffold.schrijf(args.map, soort, scaffold.bestandsnaam(soort, waarden, args.naam), text)
    except FileExistsError as error:
        print(error)
        return 1
    rel = path.relative_to(args.map).as_posix()
    print(f"Gemaakt: {rel}")
    _, problems = controleer(args.map)
    own = [p for p in problems if str(p.path) == rel]
    for problem in own:
        print(problem.format())
    print("Open het bestand en pas de voorbeelden aan." if not own else "Pas deze punten aan.")
    return 1 if any(p.is_fout for p in own) else 0


def _schema(args) -> int:
    if args.controleer:
        stale = json_schema.verschillen(args.map, soorten())
        for rel in stale:
            print(f"{rel} klopt niet meer met de velden.")
        if stale:
            print("Maak de bestanden opnieuw met: buurtbanen schema")
        return 1 if stale else 0
    changed = json_schema.schrijf(args.map, soorten())
    for rel in changed:
        print(f"Bijgewerkt: {rel}")
    print("De schema's kloppen met de velden." if not changed else f"{len(changed)} bestanden bijgewerkt.")
    return 0


COMMANDS = {"controleer": _controleer, "bouw": _bouw, "bekijk": _bekijk, "markdown": _markdown,
            "nieuw": _nieuw, "schema": _schema}

if __name__ == "__main__":
    sys.exit(main())
