"""The generation manifest (generator/pages/cache.py): a run with nothing changed does nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.pages import cache, generate
import importlib
generate_module = importlib.import_module("generator.pages.generate")
from generator.settings import load_settings


@pytest.fixture
def settings(sample_kb):
    return load_settings(sample_kb)


def no_rendering(monkeypatch):
    """Make any loading or rendering fail the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("rendered although nothing changed")
    monkeypatch.setattr(generate_module, "render_language", refuse)
    monkeypatch.setattr(generate_module, "Store", None)  # any loading would fail


def content_stamps(root: Path) -> dict:
    return {p: p.stat().st_mtime_ns for p in (root / "content").rglob("*") if p.is_file()}


def test_second_run_writes_nothing_and_renders_nothing(settings, sample_kb, monkeypatch):
    first = generate(settings)
    assert first.report.created and not first.cached
    assert (sample_kb / cache.CACHE_FILE).is_file()
    before = content_stamps(sample_kb)
    no_rendering(monkeypatch)
    second = generate(settings)
    assert second.cached and second.report.nothing_changed
    assert second.report.written == 0 and not second.report.deleted
    assert second.report.unchanged == len(first.report.created) and second.pages == first.pages
    assert second.report.summary().startswith("nothing changed (0 created, 0 updated, 0 deleted")
    assert content_stamps(sample_kb) == before


def test_problems_are_reported_again_on_a_cached_run(settings, sample_kb):
    bad = sample_kb / "actors/people/broken.yaml"
    bad.write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    first = generate(settings)
    second = generate(settings)
    assert second.cached and first.problems
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]


def test_touching_a_record_regenerates(settings, sample_kb):
    generate(settings)
    person = sample_kb / "actors/people/abd-al-rahman-al-iraqi.yaml"
    stat = person.stat()
    os.utime(person, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    again = generate(settings)
    assert not again.cached and again.report.written == 0  # loaded and rendered, but nothing differed
    assert generate(settings).cached


def test_editing_an_archived_text_or_adding_a_record_regenerates(settings, sample_kb):
    generate(settings)
    text = next((sample_kb / "sources").rglob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + "\nmore", encoding="utf-8")
    assert not generate(settings).cached
    (sample_kb / "actors/people/new-person.yaml").write_text(
        "id: new-person\nname: {en: New Person}\n", encoding="utf-8")
    result = generate(settings)
    assert not result.cached
    assert sample_kb / "content/en/people/new-person.md" in result.report.created


def test_deleted_or_edited_output_page_is_regenerated(settings, sample_kb):
    generate(settings)
    page = sample_kb / "content/en/people/abd-al-rahman-al-iraqi.md"
    original = page.read_text(encoding="utf-8")
    page.unlink()
    result = generate(settings)
    assert not result.cached and result.report.created == [page]
    page.write_text(original + "hand edit\n", encoding="utf-8")
    result = generate(settings)
    assert result.report.updated == [page] and page.read_text(encoding="utf-8") == original


def test_stray_file_in_a_generated_folder_is_deleted(settings, sample_kb):
    generate(settings)
    stray = sample_kb / "content/en/people/stray.md"
    stray.write_text("x\n", encoding="utf-8")
    result = generate(settings)
    assert not result.cached and result.report.deleted == [stray]


def test_changed_settings_regenerate(sample_kb):
    generate(load_settings(sample_kb))
    (sample_kb / "kb.yaml").write_text("hub_max_rows: 1\n", encoding="utf-8")
    result = generate(load_settings(sample_kb))
    assert not result.cached and result.report.updated


@pytest.mark.parametrize("garbage", ["", "{not json", "[]", '{"format": 1, "key": 3, "outputs": 5}', "\x00\xff"])
def test_corrupt_cache_means_a_full_run(settings, sample_kb, garbage):
    generate(settings)
    path = sample_kb / cache.CACHE_FILE
    path.write_bytes(garbage.encode("utf-8", "surrogateescape"))
    result = generate(settings)
    assert not result.cached and result.report.written == 0
    assert generate(settings).cached  # and the next run has a good manifest again


def test_one_process_and_two_processes_write_the_same_pages(sample_kb, tmp_path):
    from conftest import copy_knowledge_base

    other = copy_knowledge_base(tmp_path / "other")
    generate(load_settings(sample_kb), jobs=1)
    generate(load_settings(other), jobs=2)
    one = {p.relative_to(sample_kb): p.read_bytes() for p in (sample_kb / "content").rglob("*") if p.is_file()}
    two = {p.relative_to(other): p.read_bytes() for p in (other / "content").rglob("*") if p.is_file()}
    assert one.keys() == two.keys()
    differing = [p for p in one if one[p] != two[p]]
    assert not differing


def test_stamps_are_each_file_s_own_and_links_are_not_followed(tmp_path):
    """`_walk_stamps` stamps each file by its name in its open folder: the same (size, mtime) as `os.lstat` of
    its whole path, a link stamped as itself (a link to a folder is not walked, a broken one is kept), a file
    given as the top stamped alone, a missing top adding nothing."""
    top = tmp_path / "events"
    (top / "2012" / "deep").mkdir(parents=True)
    (top / "2012" / "ev-1.yaml").write_text("id: ev-1\n", encoding="utf-8")
    (top / "2012" / "deep" / "ev-2.yaml").write_text("id: ev-2\nx: y\n", encoding="utf-8")
    (top / ".hidden").write_text("", encoding="utf-8")
    (top / "linked-folder").symlink_to(top / "2012", target_is_directory=True)
    (top / "broken.yaml").symlink_to(tmp_path / "nowhere.yaml")
    stamps: dict = {}
    cache._walk_stamps(str(top), stamps)
    expected = {}
    for folder, _, files in os.walk(top):  # os.walk does not descend into links to folders by default
        for name in files + [d for d in os.listdir(folder) if os.path.islink(os.path.join(folder, d))]:
            path = os.path.join(folder, name)
            st = os.lstat(path)
            expected[path] = [st.st_size, st.st_mtime_ns]
    assert stamps == expected and len(stamps) == 5
    single: dict = {}
    cache._walk_stamps(str(top / "2012" / "ev-1.yaml"), single)
    cache._walk_stamps(str(tmp_path / "missing"), single)
    assert single == {str(top / "2012" / "ev-1.yaml"): expected[str(top / "2012" / "ev-1.yaml")]}
