"""Mutation score of generator/core/ and of the content types' checks, measured with mutmut.

Usage: .venv/bin/python bench/mutatie.py [--kinderen N] [--steekproef F | --overlevers | --alleen PATROON ...]
                                        [--geen-run] [--diff]

mutmut (settings in pyproject.toml, [tool.mutmut]) makes one small change at a time in a copy of
the generator (in mutants/, not in git): `>` becomes `>=`, a string changes, a line goes. Then it
runs the fast tests that reach the changed function (`pytest -m "not traag"`: no browser, no
MkDocs build). A mutant the tests notice is killed; one they do not notice survived. mutmut keeps
each result in mutants/: a second run tests only the mutants of functions that changed.

In scope: every function in generator/core/ (also in subpackages), every function in a
`controles.py` under generator/soorten/, and every function a content type lists in
`Soort.controles`. Other mutants are not counted.

Score = killed / (killed + survived), per module and in total. Mutants in BEKEND (equivalent:
no test can tell them from the original) count for neither; they are listed with the reason.
Time-outs, suspicious mutants and mutants no test reaches are listed, not counted. Exits 1 when
the total score is below 80 %.

--kinderen: how many mutants are tested at once (default 1: the machine is shared).
--steekproef: test (and count) only a fixed random sample: this fraction of each module's
  mutants, at least 12. The total then weighs each module by its number of mutants. On a busy
  machine the whole run (about 5,000 mutants) takes hours; a sample of 0.1 takes minutes.
--overlevers: test the survivors (and time-outs) of the last run again, e.g. after adding tests,
  and the mutants of functions that changed since (not tested yet).
--alleen: test again only the mutants whose name matches, e.g. 'generator.core.aantal.*'.
--geen-run: report on the last run without running mutmut.
--diff: show each surviving mutant's change.

mutmut forgets every result when the test selection in [tool.mutmut] changes (it cannot know
which tests reach what any more): after adding a test file there, test again.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRENS = 80.0

# Equivalent mutants: the program does the same with and without the change, so no test can kill
# them. Name -> why. Names are mutmut's (`mutmut show NAME` shows the change); they change when
# the function changes, and then the bench lists the mutant again as a survivor to look at.
_ZIN = ("every message _zin is used for (geen-getal, -lijst, -tekst, -onderdeel, -ja-nee) has ', maar': the "
        "part before it ends in no '.', space or X, and starts with no '.'")
_DECLARATIE = "a declaration's example is checked for the code of its first problem only: nobody reads the path"
_STANDAARD = "difflib's default cutoff is 0.6, the value written there"
_LEEG_CITAAT = "the only quoted text of 2 characters is '', and it reads '' whether counted as quoted or not"
_EIGEN_OVERZICHT = ("the overview being added is not in the nav yet, so looking for it in a group first finds "
                    "none, and the search goes on to the parent section as it would")
_GEEN_MAP = "a page outside every folder ends in .md, and no section's folder does"
_UTF8 = ("'UTF-8', and the default on this machine (a UTF-8 locale), are 'utf-8': not killable here (they would "
         "differ on a machine with another locale)")
_GEEN_PAGINA = "the text of a file that is not a page (.md) is never read: only pages hold links and anchors"
_NIET_GEBRUIKT = "only the best match (close[0]) is used, and it comes first whatever n is"
BEKEND: dict[str, str] = {
    "generator.core.loader.x_load__mutmut_50": "str.count(sub, None, end) counts from 0, as with 0",
    "generator.core.loader.x__closes__mutmut_14":
        "a closing \" with ' right after it is a YAML error on that line, and _open_quote only reads the "
        "lines before the error",
    "generator.core.render.x_jsonld__mutmut_3": "ensure_ascii=None is false, as False is",
    "generator.core.render.x_write_folder__mutmut_48": "'UTF-8' and 'utf-8' name the same codec",
    **{f"generator.core.render.x_write_folder__mutmut_{n}": _UTF8 for n in (26, 28, 34, 44, 46)},
    "generator.core.render.x_yaml_waarde__mutmut_15":
        "PyYAML writes double quotes for any style it does not know, as for '\"'",
    "generator.core.veilig.x__regel_van__mutmut_10": "on the last line there is no later line to search",
    "generator.core.veilig.x_fouten_in_tekst__mutmut_85": "an empty form is skipped ('if s'): None and '' alike",
    "generator.core.velden.basis.x__scalar_yaml__mutmut_9": "str() of a date is its isoformat()",
    "generator.core.velden.basis.x__suggest__mutmut_8": _NIET_GEBRUIKT,
    "generator.core.velden.basis.x__suggest__mutmut_12": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_58": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_49": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_56": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_95": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_98": _NIET_GEBRUIKT,
    "generator.core.content.x__suggest_map__mutmut_8": _NIET_GEBRUIKT,
    "generator.core.content.x__suggest_map__mutmut_11": _NIET_GEBRUIKT,
    "generator.core.links.x__probleem__mutmut_96": _STANDAARD,
    "generator.core.content.x__suggest_map__mutmut_9": _STANDAARD,
    "generator.core.velden.basis.x__suggest__mutmut_9": _STANDAARD,
    "generator.core.links.x__probleem__mutmut_14":
        "without a scheme, urlsplit finds a host only after '//', so 'netloc and //' is 'netloc'",
    "generator.core.links.x__regel__mutmut_11": "str.count(sub, None, end) counts from 0, as with 0",
    "generator.core.links.x_ankers__mutmut_6":
        "a code block becomes text with no heading and no id either way ('' or 'XXXX')",
    "generator.core.indeling.xǁIndelingǁ_groep_van__mutmut_4": _EIGEN_OVERZICHT,
    "generator.core.indeling.xǁIndelingǁ_groep_van__mutmut_5": _EIGEN_OVERZICHT,
    "generator.core.indeling.xǁIndelingǁnav_aanvullen__mutmut_18":
        "nav_titels() names each page once, so a page just added is never met again",
    "generator.core.indeling.xǁIndelingǁzoeksectie__mutmut_3": _GEEN_MAP,
    "generator.core.indeling.xǁIndelingǁzoeksectie__mutmut_9": _GEEN_MAP,
    "generator.core.indeling.xǁSectieǁ__hash____mutmut_1":
        "one hash for every section still gives correct sets and dicts (only slower)",
    "generator.core.indeling.x_lees_mkdocs_yml__mutmut_6": _UTF8,
    "generator.core.indeling.x_lees_mkdocs_yml__mutmut_9": _UTF8,
    "generator.core.links.x_controleer_links__mutmut_6": _GEEN_PAGINA,
    "generator.core.links.x_controleer_links__mutmut_22": _GEEN_PAGINA,
    "generator.core.links.x_controleer_links__mutmut_43": "every page (.md) has a text, so 'or' never gives the ''",
    "generator.soorten.vacatures.controles.x__voorbeeldtekst__mutmut_30":
        "every field in EIGEN_TEKST has a text as its example, so the '' is never given",
    **{f"generator.core.links.x__probleem__mutmut_{n}": "the target comes from posixpath.normpath, which never "
       "ends in '/', so stripping a '/' (from either end, or nothing) changes nothing" for n in (37, 38, 39)},
    "generator.core.links.x_controleer_links__mutmut_25": _UTF8,
    "generator.core.indeling.xǁIndelingǁzoeksectie__mutmut_7":
        "'index.md' as a folder ('') and as 'index' both belong to no section: Algemeen either way",
    "generator.core.veilig.x_fouten_in_tekst__mutmut_87": "an empty form is skipped ('if s'): None and '' alike",
    "generator.core.loader.x_load__mutmut_19":
        "a file of only comments that gets past this test is found empty again after parsing, with the same message",
    "generator.soorten.vacatures.controles.x__voorbeeldtekst__mutmut_3":
        "every field in EIGEN_TEKST has a text as its example, so the '' is never given",
    **{f"generator.core.onthouden.xǁOnthoudenǁ_vinger__mutmut_{n}": "a fingerprint's tag is only ever compared "
       "with fingerprints made by the same code, so its spelling does not matter" for n in (9, 23, 24)},
    "generator.core.problems.x_kort__mutmut_3": _LEEG_CITAAT,
    "generator.core.problems.x_kort__mutmut_4": _LEEG_CITAAT,
    "generator.core.velden.basis.x__zin__mutmut_2": _ZIN,
    "generator.core.velden.basis.x__zin__mutmut_3": _ZIN,
    "generator.core.velden.basis.x__zin__mutmut_8": _ZIN,
    "generator.core.velden.basis.x__onderdeel_melding__mutmut_20":
        "the tip ends in ':' and no X, so rstrip('XX:XX') strips what rstrip(':') strips",
    "generator.core.velden.basis.xǁPlekǁprobleem__mutmut_5": _DECLARATIE,
    "generator.core.velden.basis.xǁPlekǁprobleem__mutmut_6": _DECLARATIE,
}


def scope() -> list[str]:
    """mutmut name patterns of the mutants in scope."""
    sys.path.insert(0, str(ROOT))
    from generator.site import soorten

    patronen = ["generator.core.*", "generator.soorten.*.controles.*"]
    for soort in soorten().values():
        for controle in soort.controles:
            functie = controle.__qualname__.split(".<locals>")[0]
            if "." in functie:  # a method: mutmut names it x\u01c1Class\u01c1method
                klasse, _, naam = functie.rpartition(".")
                patronen.append(f"{controle.__module__}.x\u01c1{klasse}\u01c1{naam}__mutmut_*")
            else:
                patronen.append(f"{controle.__module__}.x_{functie}__mutmut_*")
    return sorted(set(patronen))


def waarschuw_buiten_only_mutate() -> None:
    """Say so when a check lives in a file that [tool.mutmut] only_mutate leaves out."""
    import tomllib

    from generator.site import soorten

    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]["only_mutate"]
    for soort in soorten().values():
        for controle in soort.controles:
            path = controle.__module__.replace(".", "/") + ".py"
            if not any(fnmatch.fnmatch(path, g) or fnmatch.fnmatch(path.replace(".py", "/__init__.py"), g)
                       for g in globs):
                print(f"Let op: {path} (met de controle {controle.__name__}) staat niet in only_mutate.")


def maak_mutanten() -> None:
    """Let mutmut write the mutants (and their names) into mutants/ without testing any."""
    code = ("import os, mutmut.__main__ as m; os.makedirs('mutants', exist_ok=True); m.copy_src_dir(); "
            "m.copy_also_copy_files(); m.setup_source_paths(); m.create_mutants(1)")
    subprocess.run(["nice", "-n", "10", sys.executable, "-c", code], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


MIN_STEEKPROEF = 12  # mutants per module at least (all of a smaller module)


def steekproef(patronen: list[str], fractie: float) -> list[str]:
    """A fixed random sample of the mutants in scope: `fractie` of each module, at least
    MIN_STEEKPROEF (the same names every time, as long as the code does not change)."""
    import random

    per_module: dict[str, list[str]] = defaultdict(list)
    for naam in sorted(resultaten()):
        if any(fnmatch.fnmatch(naam, p) for p in patronen) and naam not in BEKEND:
            per_module[module_van(naam)].append(naam)
    gekozen = []
    for module, namen in sorted(per_module.items()):
        n = min(len(namen), max(MIN_STEEKPROEF, round(fractie * len(namen))))
        gekozen += random.Random(f"{module}-15").sample(namen, n)
    return gekozen


def resultaten(duur: dict[str, float] | None = None) -> dict[str, str]:
    """mutant name -> status, from mutmut's files in mutants/ (and each mutant's seconds into `duur`)."""
    from mutmut.stats import status_by_exit_code

    status = {}
    for meta in sorted((ROOT / "mutants" / "generator").rglob("*.py.meta")):
        if not (ROOT / meta.relative_to(ROOT / "mutants")).with_suffix("").exists():
            continue  # left from a module that moved or went
        for _ in range(5):  # mutmut may be writing the file right now
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
                break
            except json.JSONDecodeError:
                time.sleep(0.2)
        else:
            raise SystemExit(f"{meta} is niet te lezen.")
        for naam, code in data["exit_code_by_key"].items():
            status[naam] = status_by_exit_code[code]
        if duur is not None:
            duur.update(data["durations_by_key"])
    return status


def module_van(naam: str) -> str:
    return naam.partition("__mutmut_")[0].rpartition(".")[0]


def wijziging(naam: str) -> str:
    """The lines a mutant changes, as `- old` / `+ new`."""
    os.chdir(ROOT)
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    try:
        diff = get_diff_for_mutant(naam)
    except Exception as e:  # a missing diff must not hide the score
        return f"(geen diff: {e})"
    return "\n".join(r for r in diff.splitlines()
                     if r[:1] in "+-" and not r.startswith(("+++", "---")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinderen", type=int, default=1)
    parser.add_argument("--overlevers", action="store_true")
    parser.add_argument("--steekproef", type=float, default=None)
    parser.add_argument("--alleen", nargs="*", default=None)
    parser.add_argument("--geen-run", action="store_true")
    parser.add_argument("--diff", action="store_true")
    args = parser.parse_args()

    patronen = scope()
    waarschuw_buiten_only_mutate()
    if not args.geen_run:
        namen: list[str] = []
        if args.overlevers:
            maak_mutanten()  # functions that changed since the last run get new, untested mutants
            # new or changed tests may reach other functions: let mutmut measure that again
            (ROOT / "mutants" / "mutmut-stats.json").unlink(missing_ok=True)
            namen = [n for n, s in resultaten().items() if any(fnmatch.fnmatch(n, p) for p in patronen)
                     and s in ("survived", "timeout", "suspicious", "not checked") and n not in BEKEND]
            if not namen:
                print("Geen overlevers om opnieuw te testen.")
        elif args.steekproef:
            maak_mutanten()  # the sample is drawn from the mutants of the code as it is now
            namen = steekproef(patronen, args.steekproef)
            if not namen:
                print("Nog geen mutanten: draai eerst één keer zonder --steekproef (of met --alleen).")
                return 1
        elif args.alleen:
            namen = args.alleen
        if namen or not args.overlevers:
            start = time.monotonic()
            result = subprocess.run(
                ["nice", "-n", "10", str(Path(sys.executable).parent / "mutmut"), "run",
                 "--max-children", str(args.kinderen), *namen], cwd=ROOT, check=False)
            duur = time.monotonic() - start
            if result.returncode != 0:
                print(f"mutmut stopte met code {result.returncode}.")
                return result.returncode
            print(f"\nLooptijd van mutmut run: {duur:.0f} s ({args.kinderen} kind(eren) tegelijk).")

    duren: dict[str, float] = {}
    gekozen = set(steekproef(patronen, args.steekproef)) if args.steekproef else None
    status = {naam: s for naam, s in resultaten(duren).items()
              if any(fnmatch.fnmatch(naam, p) for p in patronen)
              and (not args.alleen or any(fnmatch.fnmatch(naam, p) for p in args.alleen))
              and (gekozen is None or naam in gekozen)}
    if not status:
        print("Geen resultaten in mutants/: draai eerst zonder --geen-run.")
        return 1
    per_module: dict[str, Counter] = defaultdict(Counter)
    overlevers: dict[str, list[str]] = defaultdict(list)
    anders: list[tuple[str, str]] = []
    bekend: list[tuple[str, str]] = []
    for naam, s in sorted(status.items()):
        module = module_van(naam)
        if naam in BEKEND:
            per_module[module]["bekend"] += 1
            bekend.append((naam, BEKEND[naam] + ("" if s == "survived" else f" (nu: {s})")))
            continue
        per_module[module][s] += 1
        if s == "survived":
            overlevers[module].append(naam)
        elif s not in ("killed", "not checked"):
            anders.append((naam, s))

    def regel(naam: str, c: Counter) -> str:
        telt = c["killed"] + c["survived"]
        score = f"{100 * c['killed'] / telt:5.1f} %" if telt else "    - "
        rest = c.total() - telt - c["bekend"]
        return (f"{naam:48} {c['killed']:6} {c['survived']:9} {c['bekend']:6} {rest:7}  {score}")

    print("\nMutatiescore = gedood / (gedood + overleefd); gelijkwaardige (bekend) en overige "
          "(time-out, verdacht, geen test, niet getest) tellen niet mee.\n")
    print(f"{'module':48} {'gedood':>6} {'overleefd':>9} {'bekend':>6} {'overig':>7}  score")
    totaal: Counter = Counter()
    for module in sorted(per_module):
        print(regel(module, per_module[module]))
        totaal.update(per_module[module])
    print(regel("totaal", totaal))

    if totaal["not checked"]:
        print(f"\nNog niet getest: {totaal['not checked']} mutanten (de run is afgebroken of loopt nog).")
    if anders:
        print("\nOverig (niet meegeteld):")
        for naam, s in anders:
            print(f"  {s:12} {naam}")
    if bekend:
        print("\nBekende gelijkwaardige mutanten (niet meegeteld):")
        for naam, reden in bekend:
            print(f"  {naam}: {reden}")
    if overlevers:
        print("\nOverlevers per module (`.venv/bin/mutmut show NAAM` toont de wijziging):")
        for module, namen in sorted(overlevers.items()):
            print(f"  {module} ({len(namen)})")
            for naam in namen:
                print(f"    {naam.rpartition('.')[2]}")
                if args.diff:
                    print("      " + wijziging(naam).replace("\n", "\n      "))
    telt = totaal["killed"] + totaal["survived"]
    score = 100 * totaal["killed"] / telt if telt else 0.0
    if gekozen is not None:
        # each module weighs as many mutants as it has, not as many as were drawn
        alle = Counter(module_van(n) for n in resultaten() if any(fnmatch.fnmatch(n, p) for p in patronen))
        gewogen = [(alle[m], c["killed"] / (c["killed"] + c["survived"]))
                   for m, c in per_module.items() if c["killed"] + c["survived"]]
        score = 100 * sum(n * p for n, p in gewogen) / sum(n for n, _ in gewogen)
        print(f"\nSteekproef: {len(status)} van {sum(alle.values())} mutanten ({args.steekproef:.0%} per module, "
              f"minstens {MIN_STEEKPROEF}); het totaal weegt elke module naar haar aantal mutanten.")
    seconden = sum(duren.get(naam, 0.0) for naam in status)
    print(f"\nTijd van de tests van alle {len(status)} mutanten samen (ook uit eerdere runs): {seconden / 60:.0f} min.")
    print(f"Totaal: {score:.1f} % ({totaal['killed']} van {telt}); grens {GRENS:.0f} %.")
    return 0 if score >= GRENS else 1


if __name__ == "__main__":
    sys.exit(main())
