"""Problems as GitHub workflow commands, so a pull request shows each one on its own line.

GitHub reads `::error file=...,line=...::message` from a step's output and puts the message
beside that line in the pull request's "Files changed" tab. The rules for escaping are GitHub's:
in the message `%`, CR and LF; in a property also `:` and `,`.
"""

from __future__ import annotations

from .core.problems import WAARSCHUWING, Problem


def annotatie(problem: Problem) -> str:
    """One problem as `::error file=content/x.yaml,line=3::veld 'groep': ...%0ATip: ...`."""
    kind = "warning" if problem.melding.ernst == WAARSCHUWING else "error"
    prefix = f"{problem.path}:{problem.line}: "
    text = problem.format().removeprefix(prefix)
    # The hint is indented under the message in a terminal; in an annotation it starts a line.
    text = "\n".join(line.removeprefix("    ") for line in text.splitlines())
    return f"::{kind} file={_property(str(problem.path))},line={problem.line}::{_data(text)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
