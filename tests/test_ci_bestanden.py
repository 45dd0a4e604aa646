"""The GitHub workflows and the pre-commit hook call commands that exist, in the promised order."""

import datetime as dt
import os
import shlex
import subprocess
from zoneinfo import ZoneInfo

import yaml
from conftest import ROOT

from generator.cli import COMMANDS


def _load(rel):
    return yaml.safe_load((ROOT / rel).read_text(encoding="utf-8"))


def _steps(workflow):
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_pull_requests_check_content_with_annotations_then_run_all_tests():
    workflow = _load(".github/workflows/controleer.yml")
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as true
    inhoud, tests = workflow["jobs"]["inhoud"], workflow["jobs"]["tests"]
    assert tests["needs"] == "inhoud"
    assert any(s.get("with", {}).get("python-version") == "3.11" for s in inhoud["steps"])
    assert ".venv/bin/buurtbanen controleer --github" in [s.get("run") for s in inhoud["steps"]]
    assert "bash .ci/run" in [s.get("run") for s in tests["steps"]]
    assert "make test" in (ROOT / ".ci/run").read_text()


def test_main_is_published_with_the_official_pages_actions():
    workflow = _load(".github/workflows/publiceer.yml")
    assert workflow[True]["push"]["branches"] == ["main"]
    uses = [s.get("uses", "").split("@")[0] for s in _steps(workflow)]
    for action in ["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]:
        assert action in uses
    for step in _steps(workflow):
        if "uses" in step:
            assert step["uses"].split("@")[1].startswith("v"), step  # pinned by major version


def test_pre_commit_hooks_run_existing_commands():
    config = _load(".pre-commit-config.yaml")
    entries = [shlex.split(hook["entry"]) for hook in config["repos"][0]["hooks"]]
    for program, *args in entries:
        assert program.startswith(".venv/bin/"), program
        if program == ".venv/bin/buurtbanen":
            assert args[0] in COMMANDS
    # The same lint and type check as `make lint` (so as `make test`).
    assert [".venv/bin/ruff", "check", "--force-exclude"] in entries
    assert [".venv/bin/mypy"] in entries
    lint = (ROOT / "Makefile").read_text().split("\nlint:")[1].split("\n\n")[0]
    assert "$(BIN)/ruff check generator tests bench" in lint and "$(BIN)/mypy" in lint
    assert "test: lint" in (ROOT / "Makefile").read_text()


def _bouwstap():
    workflow = _load(".github/workflows/publiceer.yml")
    return next(s for s in workflow["jobs"]["bouw"]["steps"] if s.get("name") == "Site bouwen")


def test_the_live_site_is_built_every_morning_with_that_day_as_build_date():
    workflow = _load(".github/workflows/publiceer.yml")
    assert [s["cron"] for s in workflow[True]["schedule"]] == ["30 4 * * *"]


def _run_build_step(tmp_path, git_exit: int):
    """The step's script as GitHub runs it (bash -e -o pipefail), with a fake git and make."""
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    (bin_ / "git").write_text(f"#!/bin/sh\necho 1764000000\nexit {git_exit}\n")
    (bin_ / "make").write_text(f"#!/bin/sh\necho \"$SOURCE_DATE_EPOCH $BUURTBANEN_DATUM $*\" > {tmp_path}/make\n")
    for f in bin_.iterdir():
        f.chmod(0o755)
    step = _bouwstap()
    assert step["shell"] == "bash"
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                          env=dict(os.environ, PATH=f"{bin_}:{os.environ['PATH']}"), capture_output=True, text=True)


def test_the_build_step_passes_the_commit_time_and_the_day_in_amsterdam(tmp_path):
    result = _run_build_step(tmp_path, 0)
    assert result.returncode == 0, result.stderr
    today = dt.datetime.now(ZoneInfo("Europe/Amsterdam")).date().isoformat()
    assert (tmp_path / "make").read_text() in (f"1764000000 {today} build\n",)


def test_a_failing_command_fails_the_build_step(tmp_path):
    """actionlint's SC2155: with `export X="$(git log ...)"` a failing git gave an empty date."""
    result = _run_build_step(tmp_path, 1)
    assert result.returncode != 0
    assert not (tmp_path / "make").exists()


def _tracked() -> list[str]:
    """`git ls-files -s` lines of this checkout (CI runs on a clean clone, so this is main)."""
    result = subprocess.run(["git", "ls-files", "-s"], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.splitlines()


def test_nothing_installed_or_linked_is_committed():
    """npm and pip install into node_modules/ and .venv/; a symlink points at one machine's folders."""
    tracked = _tracked()
    assert [line.split("\t")[1] for line in tracked if line.startswith("120000 ")] == []
    assert [line.split("\t")[1] for line in tracked
            if "node_modules/" in line or ".venv/" in line or line.endswith("node_modules")] == []


def test_the_readme_lists_each_folder_once():
    """The 'How it fits together' block names every top-level folder in git, each exactly once."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## How it fits together", 1)[1].split("```")[1]
    listed = [line.split()[0] for line in block.splitlines() if line.strip()]
    tops = [entry for entry in listed if entry.endswith("/") and entry.count("/") == 1]
    assert sorted({t for t in tops if tops.count(t) > 1}) == []
    tracked_tops = {line.split("\t")[1].split("/")[0] + "/" for line in _tracked() if "/" in line.split("\t")[1]}
    named = {entry.split("/")[0] + "/" for entry in listed}
    assert sorted(tracked_tops - named - {".ci/", ".github/", ".vscode/"}) == []
