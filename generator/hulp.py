"""`buurtbanen --help` and the command line's own error messages in Dutch.

argparse writes its fixed words through gettext; this gives it Dutch for the ones an editor
sees. Anything not in the table stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

NEDERLANDS = {
    "usage: ": "Gebruik: ",
    "positional arguments": "wat je kiest",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r kennen we niet. Kies uit: %(choices)s.",
    "the following arguments are required: %s": "dit ontbreekt nog: %s.",
    "unrecognized arguments: %s": "dit kennen we niet: %s.",
    "expected one argument": "hier hoort een waarde achter.",
    "invalid %(type)s value: %(value)r": "%(value)r klopt hier niet.",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan meer betekenen: %(matches)s.",
}


def nederlands() -> None:
    """Let argparse speak Dutch (once per process; the words are looked up when used)."""
    argparse._ = lambda text: NEDERLANDS.get(text, text)  # type: ignore[attr-defined]
