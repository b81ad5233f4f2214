"""The linter and the type checker over `generator/`, with the rules in pyproject.toml: any finding fails the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

BIN = Path(sys.executable).parent  # the venv's tools, next to the interpreter running the tests


@pytest.mark.parametrize("command", [["ruff", "check", "generator"], ["mypy", "generator"]], ids=["ruff", "mypy"])
def test_generator_has_no_findings(command: list[str]) -> None:
    result = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{result.stdout}{result.stderr}"
