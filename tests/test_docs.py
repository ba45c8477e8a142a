"""Docs cannot drift: every command, layer and finding kind is documented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer.main

from claimscope.cli import app
from claimscope.contract.model import FINDING_KINDS
from claimscope.layers.base import LAYER_NAMES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str = "") -> list[str]:
    names = []
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            names.extend(_commands(cmd, full + " "))
        else:
            names.append(full)
    return names


def test_docs_readme_shows_every_command() -> None:
    group: Any = typer.main.get_command(app)
    for name in _commands(group):
        assert f"claimscope {name}" in README, f"README does not show 'claimscope {name}'"


def test_docs_every_command_has_help() -> None:
    group: Any = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        assert (cmd.help or "").strip(), f"command {name} has no help"


def test_docs_readme_lists_every_layer_and_finding_kind() -> None:
    for name in LAYER_NAMES:
        assert f"`{name}`" in README, f"layer {name} missing from the README's layer table"
    for kind in FINDING_KINDS:
        assert f"`{kind}`" in README, f"finding kind {kind} missing from the README"


def test_docs_readme_has_two_setup_commands_and_no_markers() -> None:
    assert "@@" not in README
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    assert blocks[0].strip().startswith("python3.11 -m venv .venv")
    assert blocks[1].strip() == ".venv/bin/python -m pytest -q"


def test_docs_ci_runs_the_readme_test_command() -> None:
    check = (ROOT / "scripts" / "check").read_text()
    assert '"$BIN/python" -m pytest -q' in check
    assert "scripts/check" in (ROOT / ".ci" / "run").read_text()


def test_docs_changelog_has_unreleased_section() -> None:
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text()
