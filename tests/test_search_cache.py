"""The Pagefind bundle kept between builds (pages/search.py, BundleCache): copied only when its documents are the same."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.pages import search
from generator.pages.search import SearchDocument

DOCS = [
    SearchDocument("incidents/ev-1/", "en", "Shelling of Jasim", "2 January 2013 · Jasim · Daraa", "record"),
    SearchDocument("people/p-1/", "en", "Person One", "Person One · شخص", "record"),
    SearchDocument("ar/incidents/ev-1/", "ar", "قصف جاسم", "٢ كانون الثاني ٢٠١٣ · جاسم", "record"),
]


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def pagefind_runs(monkeypatch) -> list[list[str]]:
    """Every Pagefind run, as its command line (the runs themselves are real)."""
    runs: list[list[str]] = []
    real = subprocess.run

    def counted(command, *args, **kwargs):
        runs.append(command)
        return real(command, *args, **kwargs)

    monkeypatch.setattr(search.subprocess, "run", counted)
    return runs


def test_unchanged_documents_get_the_kept_bundle_byte_for_byte(tmp_path, pagefind_runs):
    cache = tmp_path / "cache"
    assert search.write_index(DOCS, tmp_path / "fresh") == {"en": 2, "ar": 1}
    assert search.write_index(DOCS, tmp_path / "first", cache_dir=cache) == {"en": 2, "ar": 1}
    assert len(pagefind_runs) == 4
    assert search.write_index(DOCS, tmp_path / "second", cache_dir=cache) == {"en": 2, "ar": 1}
    assert len(pagefind_runs) == 4  # nothing ran: both languages were copied
    fresh = tree(tmp_path / "fresh" / "search")
    assert tree(tmp_path / "second" / "search") == tree(tmp_path / "first" / "search") == fresh
    assert any(name.startswith("en/fragment/") for name in fresh)


def test_a_changed_document_runs_pagefind_for_its_language_only(tmp_path, pagefind_runs):
    cache = tmp_path / "cache"
    search.write_index(DOCS, tmp_path / "first", cache_dir=cache)
    changed = [DOCS[0], SearchDocument("people/p-1/", "en", "Person One", "Person One · renamed", "record"), DOCS[2]]
    search.write_index(changed, tmp_path / "second", cache_dir=cache)
    assert len(pagefind_runs) == 3  # English only
    search.write_index(changed, tmp_path / "fresh")
    assert tree(tmp_path / "second" / "search") == tree(tmp_path / "fresh" / "search")
    assert tree(tmp_path / "second" / "search" / "en") != tree(tmp_path / "first" / "search" / "en")


def test_a_bundle_without_its_key_or_cut_short_is_made_again(tmp_path, pagefind_runs):
    cache = tmp_path / "cache"
    search.write_index(DOCS, tmp_path / "first", cache_dir=cache)
    (cache / "en.key").unlink()  # as after a crash while the bundle was being replaced
    next(path for path in sorted((cache / "ar").rglob("*")) if path.is_file()).unlink()  # a file lost, key left
    search.write_index(DOCS, tmp_path / "second", cache_dir=cache)
    assert len(pagefind_runs) == 4  # both languages made again
    search.write_index(DOCS, tmp_path / "third", cache_dir=cache)
    assert len(pagefind_runs) == 4  # and kept again
    (cache / "ar.key").write_text("another key\n", encoding="utf-8")
    search.write_index(DOCS, tmp_path / "fourth", cache_dir=cache)
    assert len(pagefind_runs) == 5
    assert tree(tmp_path / "fourth" / "search") == tree(tmp_path / "third" / "search") == tree(tmp_path / "first" / "search")
