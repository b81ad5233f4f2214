"""Shared fixtures: a copy of the sample knowledge base, and sites built from it with MkDocs.

Builds are session-scoped: each is made once per test run. Other test files
may add fixtures here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RECORD_FOLDERS = ("events", "actors", "places", "sources", "schemas")
SITE_FILES = ("mkdocs.yml", "site-overrides", "content")


def copy_records(target: Path) -> Path:
    """Copy only the sample records (and their schemas) into `target`: enough for the `kb` commands."""
    for name in RECORD_FOLDERS:
        shutil.copytree(REPO / name, target / name)
    return target


def copy_knowledge_base(target: Path) -> Path:
    """Copy the sample records and the site files (without generated pages) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    generated = set((REPO / "content" / ".gitignore").read_text(encoding="utf-8").split())
    for name in RECORD_FOLDERS + SITE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name,
                            ignore=lambda d, names: [n for n in names if n in generated and Path(d).parent.name == "content"])
        else:
            shutil.copyfile(source, target / name)
    return target


def mkdocs_build(root: Path, strict: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(root / "site")]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600)


@pytest.fixture
def sample_kb(tmp_path: Path) -> Path:
    """A fresh, writable copy of the sample knowledge base (function-scoped)."""
    return copy_knowledge_base(tmp_path / "kb")


@pytest.fixture(scope="session")
def built_sample_site(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The sample knowledge base built with `mkdocs build --strict`: (root, completed process)."""
    root = copy_knowledge_base(tmp_path_factory.mktemp("sample-site") / "kb")
    result = mkdocs_build(root)
    return root, result
