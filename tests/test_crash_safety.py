"""Ingest killed with SIGKILL while it writes: nothing is lost, a rerun finishes the work
(generator/records/journal.py, generator/records/lock.py).

The kills are aimed with the journal's test hook (KB_CRASH_AFTER_STEPS=N: the child process kills
itself right after the Nth step of its write), at points drawn with a fixed seed from every phase
of the write: temporary files being written, the commit, the renames, the end.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import cli
from generator.records import journal, yamlio
from generator.records.lock import WORK_FOLDER, lock_path
from generator.records.store import Store, open_for_writing
from generator.scaffold import init_knowledge_base

from articles import write_articles

SEED = 20261201
KILLS = 10
EPOCH = "1767225600"  # 2026-01-01: every run records the same `retrieved` time


def ingest(articles: Path, root: Path, crash_after: int | None = None) -> subprocess.CompletedProcess:
    """`python -m generator ingest` in a child process, optionally killed by the hook."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    env.pop(journal.CRASH_HOOK, None)
    if crash_after is not None:
        env[journal.CRASH_HOOK] = str(crash_after)
    return subprocess.run([sys.executable, "-m", "generator", "ingest", str(articles), "--root", str(root)],
                          env=env, capture_output=True, text=True, timeout=120)


def files(root: Path) -> dict[str, str]:
    """Every file of the knowledge base with its hash (the writer lock's file aside, and the tool's caches:
    `.cache/` holds stamps of the files, which differ between copies; tests/test_ingest_cache.py checks
    that runs using the record cache write what runs without it write)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p != lock_path(root)
            and p.relative_to(root).parts[0] != ".cache"}


def records(root: Path) -> dict[str, str]:
    """The record files and archived texts, as a command that reads the knowledge base sees them."""
    return {name: digest for name, digest in files(root).items()
            if not name.startswith(WORK_FOLDER + "/") and not yamlio.is_temporary(Path(name))}


_IN_PROCESS = threading.Lock()  # CliRunner swaps sys.stdout: one command in this process at a time


def check(root: Path, killed: bool = False) -> None:
    """`kb check` is clean; after a kill it may list the temporary files of a write killed before
    its commit, as warnings (the next command that writes removes them), and nothing else."""
    with _IN_PROCESS:
        result = CliRunner().invoke(cli, ["check", "--root", str(root)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if not killed:
        assert "no problems" in result.output
    assert all(": (file): warning: temporary file left by an interrupted write of " in line
               for line in result.stdout.splitlines()), result.output


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(the articles, an empty knowledge base, the same after an uninterrupted ingest of them)."""
    base = tmp_path_factory.mktemp("crash")
    articles = base / "articles"
    write_articles(articles, 100)
    empty = base / "empty"
    init_knowledge_base(empty)
    done = base / "reference"
    shutil.copytree(empty, done)
    result = ingest(articles, done)
    assert result.returncode == 0, result.stderr
    assert "100 article(s) ingested, 100 event(s)" in result.stderr
    check(done)
    return articles, empty, done


def kill_points(written: int) -> list[int]:
    """KILLS steps of a batch that writes `written` files (2 * written + 2 steps): some while temporary
    files are written, the last of them, the commit, some renames, and the very end."""
    rng = random.Random(SEED)
    before = sorted(rng.sample(range(1, written), 3))
    renames = sorted(rng.sample(range(written + 2, 2 * written + 1), 4))
    return [*before, written, written + 1, *renames, 2 * written + 2]


def test_a_killed_ingest_loses_nothing_and_a_rerun_finishes_it(reference, tmp_path: Path) -> None:
    articles, empty, done = reference
    expected = files(done)
    written = len(set(records(done)) - set(records(empty)))
    assert written > 300  # 100 sources, their texts, 100 events, people and places
    points = kill_points(written)
    assert len(set(points)) == KILLS

    def trial(number: int, step: int) -> tuple[int, str]:
        root = tmp_path / f"kb-{number}"
        shutil.copytree(empty, root)
        killed = ingest(articles, root, crash_after=step)
        assert killed.returncode == -signal.SIGKILL, (step, killed.stderr)
        if number % 2:
            # A reader comes first: `kb check` finishes a committed batch, and what it sees is the
            # knowledge base before the batch or after it, never a part of it.
            check(root, killed=True)
            assert records(root) in (records(empty), records(done)), step
        rerun = ingest(articles, root)
        assert rerun.returncode == 0, rerun.stderr
        assert files(root) == expected, step  # byte for byte, so `kb check` is as clean as on the reference
        return step, rerun.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:  # the child processes run two at a time
        outcomes = dict(pool.map(lambda args: trial(*args), enumerate(points)))
    # killed while writing temporary files: the rerun removes them and does the whole batch
    assert f"removed {points[0]} temporary file(s) left by an interrupted command" in outcomes[points[0]]
    assert "100 article(s) ingested" in outcomes[points[0]]
    # killed right after the commit: the rerun finishes the batch, then finds every article ingested
    assert f"finished the write of an interrupted command ({written} file(s))" in outcomes[written + 1]
    assert "100 skipped as already ingested" in outcomes[written + 1]
    assert "100 skipped as already ingested" in outcomes[2 * written + 2]


def test_the_next_writer_finishes_a_committed_batch_and_removes_leftovers(sample_root: Path) -> None:
    path = sample_root / "places/jasim.yaml"
    new = path.read_text(encoding="utf-8").replace("status: reviewed", "status: draft")
    with journal.Transaction(sample_root) as batch:
        batch.write(path, new)
        [(temporary, _)] = batch.pending
        entries = [[temporary.relative_to(sample_root).as_posix(), "places/jasim.yaml"]]
        journal.journal_path(sample_root).parent.mkdir()
        journal.journal_path(sample_root).write_text(json.dumps({"version": 1, "renames": entries}))
        batch.pending.clear()  # as if the process died right after the commit
    stray = sample_root / "events/2022/.2022-10-17-jasim-armed-clash.yaml.x1y2z3.tmp"
    stray.write_text("half a fi", encoding="utf-8")
    with open_for_writing(sample_root, "test") as store:
        assert store.recovery.finished == [path]
        assert store.recovery.removed == [stray]
        assert store.get("place", "jasim").status == "draft"
    assert path.read_text(encoding="utf-8") == new
    assert not stray.exists() and not journal.journal_path(sample_root).exists()


def test_a_reader_finishes_a_committed_batch_but_leaves_leftovers(sample_root: Path) -> None:
    path = sample_root / "places/jasim.yaml"
    temporary = yamlio.write_temporary(path, path.read_text(encoding="utf-8").replace("status: reviewed", "status: draft"))
    journal.journal_path(sample_root).parent.mkdir(exist_ok=True)
    journal.journal_path(sample_root).write_text(json.dumps(
        {"version": 1, "renames": [[temporary.relative_to(sample_root).as_posix(), "places/jasim.yaml"]]}))
    stray = sample_root / "places/.inkhil.yaml.abcdef.tmp"
    stray.write_text("half", encoding="utf-8")
    store = Store.load(sample_root)
    assert store.get("place", "jasim").status == "draft" and store.recovery.finished == [path]
    assert stray.exists()  # only a writer, which holds the lock, may remove temporary files


def test_a_journal_naming_files_outside_the_knowledge_base_is_refused(sample_root: Path) -> None:
    journal.journal_path(sample_root).parent.mkdir(exist_ok=True)
    journal.journal_path(sample_root).write_text(json.dumps(
        {"version": 1, "renames": [["places/.x.yaml.1.tmp", "../../etc/passwd"]]}))
    result = subprocess.run([sys.executable, "-m", "generator", "merge", "jasim", "inkhil", "--root", str(sample_root)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == (f"error: {journal.journal_path(sample_root)}: '../../etc/passwd' is not a path inside "
                             "the knowledge base\nhint: the write it describes cannot be finished: move "
                             ".kb/journal.json away, then see `git status` for what the interrupted command had "
                             "written\n")
    assert (sample_root / "places/inkhil.yaml").read_text(encoding="utf-8").count("merged") == 0


def test_a_failed_write_changes_nothing(sample_root: Path) -> None:
    before = files(sample_root)
    store = Store.load(sample_root)
    for entry in list(store.entries("place")):
        store.stage(entry.record.model_copy(update={"status": "draft"}))
    store.stage_file(sample_root / "sources/2022/new.txt", "text")
    # a folder that cannot be made: a file has its name
    store.stage_file(sample_root / "sources/2022/ain-al-furat-2022-10-17-c4df66b4.txt/x.txt", "text")
    with pytest.raises(journal.WriteFailed, match=r"^sources/2022/ain-al-furat-2022-10-17-c4df66b4.txt/x.txt: "
                                                  r"cannot be written \(Not a directory\); nothing was written$"):
        store.flush()
    assert files(sample_root) == before


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    from conftest import copy_records

    return copy_records(tmp_path / "kb")


def test_temporary_file_names() -> None:
    assert yamlio.is_temporary(Path("events/2022/.2022-10-17-jasim-armed-clash.yaml.k2j_x9.tmp"))
    assert not yamlio.is_temporary(Path("events/2022/2022-10-17-jasim-armed-clash.yaml"))
    assert not yamlio.is_temporary(Path("notes.tmp")) and not yamlio.is_temporary(Path(".notes.tmp"))


def test_a_file_broken_after_it_was_loaded_stops_the_batch_with_its_line(sample_root: Path) -> None:
    store = Store.load(sample_root)
    for entry in list(store.entries("place")):
        store.stage(entry.record.model_copy(update={"status": "draft"}))
    jasim = sample_root / "places/jasim.yaml"
    jasim.write_text(jasim.read_text(encoding="utf-8").replace("kind: city", "kind: [city"), encoding="utf-8")
    before = files(sample_root)
    with pytest.raises(journal.WriteFailed) as raised:
        store.flush()
    assert str(raised.value) == ("places/jasim.yaml:7: (file): cannot be updated: YAML syntax error: expected ',' "
                                 "or ']', but got ':' (check indentation, colons and quotes); nothing was written")
    assert files(sample_root) == before
