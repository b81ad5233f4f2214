"""`kb generate` from the command line (root `.`) and from the `kb` plugin (`mkdocs serve`: the resolved folder of
mkdocs.yml, the state kept, the watcher's files) stamp and name the record files one way (generator/pages/generate.py):
the first run of the one after the other reads no record again when nothing changed, and only the edited one after
an edit."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from conftest import REPO
from generator.pages import cache, generate
from generator.pages.generate import load_generate_state
from generator.records.store import Store
from generator.settings import load_settings

spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "bench_generate.py")
bench_generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_generate)


@pytest.fixture
def kb(tmp_path) -> Path:
    root = tmp_path / "kb"
    bench_generate.make_kb(root, incidents=20, people=8, orgs=6, places=20, sources=16)
    return root


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The record files read from here on, by name (a full load reads them all)."""
    read: list[str] = []
    load_file = Store._load_file

    def spy(self, path, kind):
        read.append(Path(path).name)
        return load_file(self, path, kind)

    monkeypatch.setattr(Store, "_load_file", spy)
    return read


def cli_run(root: Path, monkeypatch) -> generate.GenerateResult:
    """`kb generate` in the knowledge base's folder: the settings' root is `.`."""
    monkeypatch.chdir(root)
    return generate(load_settings(Path(".")), jobs=1)


def server_run(root: Path, moved: set[str] | None) -> generate.GenerateResult:
    """The `kb` plugin's run in `mkdocs serve`: the resolved root, the state read ahead, the watcher's files."""
    settings = load_settings(root.resolve())
    return generate(settings, jobs=1, last_state=load_generate_state(settings), defer_collect=True, moved=moved)


def rename(root: Path) -> Path:
    person = root / "actors/people/person-3.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace('"Person 3"', '"Person Three"'), encoding="utf-8")
    return person


def test_a_command_line_run_after_a_server_run_reads_nothing_again(kb, reads, monkeypatch):
    server_run(kb, None)
    del reads[:]
    assert cli_run(kb, monkeypatch).cached and reads == []
    person = rename(kb)
    result = cli_run(kb, monkeypatch)
    assert reads == [person.name] and result.rendered is not None and ("person", "person-3") in result.rendered


def test_a_server_run_after_a_command_line_run_reads_nothing_again(kb, reads, monkeypatch):
    cli_run(kb, monkeypatch)
    del reads[:]
    assert server_run(kb, set()).cached and reads == []
    person = rename(kb)
    result = server_run(kb, {str(person.resolve())})
    assert reads == [person.name] and result.rendered is not None and ("person", "person-3") in result.rendered


def test_both_name_the_files_alike_in_the_manifest(kb, monkeypatch):
    cli_run(kb, monkeypatch)
    by_command_line = cache.load(load_settings(kb))["inputs"]
    server_run(kb, None)
    assert cache.load(load_settings(kb))["inputs"] == by_command_line
    assert all(Path(path).is_absolute() and Path(path).is_relative_to(kb.resolve()) for path in by_command_line)


def test_files_named_under_a_linked_root_are_its_resolved_files(kb, reads, tmp_path):
    """A root given through a symbolic link: the watcher names the files under the link."""
    link = tmp_path / "linked"
    os.symlink(kb, link)
    generate(load_settings(link), jobs=1)
    del reads[:]
    person = rename(kb)
    settings = load_settings(link)
    result = generate(settings, jobs=1, last_state=load_generate_state(settings),
                      moved={str(link / "actors/people" / person.name)})
    assert reads == [person.name] and ("person", "person-3") in (result.rendered or [])
