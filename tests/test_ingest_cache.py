"""The record cache (generator/records/recordcache.py, generator/ingest/known.py): a run that reads the
knowledge base from the cache writes exactly what a run reading every record file writes.

Each test ingests the same batches into two copies of the sample knowledge base: `cached` keeps and
uses `.cache/kb/records.sqlite`; in `fresh` the cache is deleted before every run, so every record
file is read. After each run both copies must hold the same files byte for byte, and the name
index the cache keeps must equal one built from the records afresh.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import REPO, copy_knowledge_base
from generator.ingest import known
from generator.ingest.article import Overrides
from generator.ingest.names import NameIndex
from generator.ingest.pipeline import Writing, ingest
from generator.records.model import KINDS
from generator.records.recordcache import CACHE_FILE, LazyEntry, RecordCache
from generator.records.store import Store

CORPUS = sorted(str(p) for p in (REPO / "tests" / "corpus").glob("*.txt"))
BATCHES = [CORPUS[start:start + 6] for start in range(0, len(CORPUS), 6)]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
FOLDERS = sorted({kind.folder.split("/")[0] for kind in KINDS.values()})


def record_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for folder in FOLDERS for p in sorted((root / folder).rglob("*")) if p.is_file()}


def run(root: Path, names: list[str], keep_cache: bool = True):
    if not keep_cache:
        (root / CACHE_FILE).unlink(missing_ok=True)
    summary = ingest(names, root, Overrides(), writing=Writing(now=NOW))
    assert not summary.failures, summary.failures
    return summary


def kept_index(root: Path) -> NameIndex | None:
    with RecordCache(root, known.cache_key(), known.facts) as cache:
        blob = cache.blob(known.NAME_INDEX)
    return pickle.loads(blob) if blob is not None else None


def entries(index: NameIndex) -> dict:
    """What an index holds, without the empty tables a lookup leaves in its defaultdicts."""
    return {f.name: {key: value for key, value in getattr(index, f.name).items() if value} for f in fields(index)}


def check(cached: Path, fresh: Path) -> None:
    mine, theirs = record_files(cached), record_files(fresh)
    assert mine.keys() == theirs.keys()
    assert [name for name in mine if mine[name] != theirs[name]] == []
    index = kept_index(cached)
    assert index is not None and entries(index) == entries(NameIndex.build(Store.load(cached)))


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    return copy_knowledge_base(tmp_path / "cached"), copy_knowledge_base(tmp_path / "fresh")


def test_batches_write_what_reading_every_file_writes(pair):
    cached, fresh = pair
    for batch in BATCHES:
        a, b = run(cached, batch), run(fresh, batch, keep_cache=False)
        assert (a.articles, a.created, a.updated, a.skipped) == (b.articles, b.created, b.updated, b.skipped)
        check(cached, fresh)
        with RecordCache(cached, known.cache_key(), known.facts) as cache:  # the next run reads no record file
            store = cache.open_store()
            assert all(isinstance(entry, LazyEntry) for kind in KINDS for entry in store.entries(kind))


def edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_hand_edits_between_runs_are_read(pair):
    """Records renamed, given an alias, redated, broken and mended, deleted, added, between cached runs."""
    cached, fresh = pair
    steps = [
        lambda root: (
            # a name changed (its old keys go): the name index is built again
            edit(root, "actors/organizations/horan-free-league.yaml", "en: Horan Free League,",
                 "en: Southern Free League,"),
            edit(root, "events/2022/2022-10-15-jasim-8th-brigade-withdrawal.yaml", "date: 2022-10-15",
                 "date: 2022-10-16")),
        # an alias added: the kept index gains it
        lambda root: edit(root, "actors/people/husam-luqa.yaml", "Husam Louqa]", "Husam Louqa, General Luqa]"),
        lambda root: (root / "actors/organizations/ain-al-furat.yaml").write_text(
            "id: ain-al-furat\nname: [unclosed\n", encoding="utf-8"),
        lambda root: ((root / "actors/organizations/ain-al-furat.yaml").write_text(
            (REPO / "actors/organizations/ain-al-furat.yaml").read_text(encoding="utf-8"), encoding="utf-8"),
            (root / "places/inkhil.yaml").unlink()),
        # a record added by hand (a new file, in a new folder): read, and its names join the kept index
        lambda root: ((root / "places/added").mkdir(), (root / "places/added/inkhil-farms.yaml").write_text(
            "id: inkhil-farms\nstatus: reviewed\nname: {en: Inkhil Farms, ar: مزارع إنخل}\nkind: village\n",
            encoding="utf-8")),
    ]
    for root in pair:
        run(root, BATCHES[0], keep_cache=root == cached)
    for step, batch in zip(steps, BATCHES[1:], strict=True):
        for root in pair:
            step(root)
        run(cached, batch)
        run(fresh, batch, keep_cache=False)
        check(cached, fresh)


def test_the_store_from_the_cache_is_the_store_from_the_files(pair):
    """Problems, unreadable files, archived texts, ids and records, as `Store.load` gives them."""
    cached, _ = pair
    run(cached, BATCHES[0])
    (cached / "actors/people/husam-luqa.yaml").write_text("id: husam-luqa\nname: {en: 3\n", encoding="utf-8")
    (cached / "events/notes.txt").write_text("not a record\n", encoding="utf-8")
    with RecordCache(cached, known.cache_key(), known.facts) as cache:
        store = cache.open_store()
        loaded = Store.load(cached)
        assert (store.problems, store.unreadable, store.texts) == (loaded.problems, loaded.unreadable, loaded.texts)
        for kind in KINDS:
            assert list(store.by_kind[kind]) == list(loaded.by_kind[kind])
            assert [(e.path, e.record) for e in store.entries(kind)] == [(e.path, e.record) for e in loaded.entries(kind)]


def test_a_corrupt_or_foreign_cache_is_an_empty_one(pair):
    cached, fresh = pair
    for root in pair:
        run(root, BATCHES[0], keep_cache=root == cached)
    (cached / CACHE_FILE).write_bytes(b"not a database" * 100)
    run(cached, BATCHES[1])
    run(fresh, BATCHES[1], keep_cache=False)
    check(cached, fresh)
    with RecordCache(cached, "another key", known.facts) as cache:  # rows of other code are never used
        store = cache.open_store()
        assert not any(isinstance(entry, LazyEntry) for kind in KINDS for entry in store.entries(kind))


def test_an_edit_in_place_is_read_even_with_its_modification_time_put_back(pair):
    """Each record file is stamped every run, not its folder (an edit in place changes only the file's
    own times): an edit of the same size whose modification time is set back (`touch -r`, a sync
    tool) still moves the file's change time, and the run reads the file again."""
    cached, _ = pair
    run(cached, BATCHES[0])
    relative = "events/2022/2022-10-15-jasim-8th-brigade-withdrawal.yaml"
    path = cached / relative
    before = os.stat(path)
    edited = path.read_text(encoding="utf-8").replace("date: 2022-10-15", "date: 2022-10-16", 1)
    for _ in range(100_000):  # until the clock has moved past the change time the cache holds
        path.write_text(edited, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        after = os.stat(path)
        if after.st_ctime_ns != before.st_ctime_ns:
            break
    else:
        pytest.fail("the file's change time never moved")
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    with RecordCache(cached, known.cache_key(), known.facts) as cache:
        store = cache.open_store()
        entry = store.by_kind["event"]["2022-10-15-jasim-8th-brigade-withdrawal"]
        assert not isinstance(entry, LazyEntry)
        assert entry.record.date == dt.date(2022, 10, 16)
        assert ("event", "2022-10-15-jasim-8th-brigade-withdrawal") in cache.changed
