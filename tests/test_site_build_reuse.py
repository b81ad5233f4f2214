"""What a build reuses instead of doing again makes the same site, file for file (generator/mkdocs_hook.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import copy_knowledge_base
from generator import mkdocs_hook
from generator.pages import generate
from generator.pages.cache import STATE_FILE
from generator.settings import load_settings


def site_files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def build_site(root: Path, site: Path) -> dict[str, bytes]:
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))
    return site_files(site)


def test_a_build_after_kb_generate_takes_the_records_from_its_state_and_makes_the_same_site(tmp_path, monkeypatch):
    """The benchmark's sequence (and CI's): `kb generate`, then `mkdocs build`, whose own `kb generate` finds nothing
    changed. Its downloads, feeds, record JSON and archived texts come from the state that run left, not from
    reading the YAML again; the site is the one a build reading the records makes."""
    root = copy_knowledge_base(tmp_path / "kb")
    first = build_site(root, tmp_path / "first")  # generates: the records the run read make the downloads
    assert generate(load_settings(root)).cached

    def not_again(*args, **kwargs):
        raise AssertionError("the records were read again")

    monkeypatch.setattr(mkdocs_hook.Store, "load", not_again)
    second = build_site(root, tmp_path / "second")
    assert second.keys() == first.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert any(name.startswith("data/records/") for name in second) and "feed.xml" in second


def test_without_a_usable_state_the_records_are_read_again(tmp_path, monkeypatch):
    root = copy_knowledge_base(tmp_path / "kb")
    first = build_site(root, tmp_path / "first")
    (root / STATE_FILE).write_bytes(b"not a state")
    loads = []
    original = mkdocs_hook.Store.load
    monkeypatch.setattr(mkdocs_hook.Store, "load", lambda *args: loads.append(args) or original(*args))
    second = build_site(root, tmp_path / "second")
    assert len(loads) == 1
    assert second == first


@pytest.fixture(autouse=True)
def quiet_material(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
