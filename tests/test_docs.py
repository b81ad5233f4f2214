"""Docs that cannot drift: every `kb` command is in the README's command table."""

from __future__ import annotations

from pathlib import Path

from generator.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in cli.commands if f"| `kb {name}" not in README]
    assert not missing, f"add these commands to the README's table: {missing}"


def test_every_command_has_help() -> None:
    undocumented = [name for name, command in cli.commands.items() if not (command.help or "").strip()]
    assert not undocumented
