"""One writer at a time (generator/records/lock.py): a second writer waits, then gives up with a
named error; two ingests started together give what the two give one after the other."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.records.lock import lock_path, writer_lock
from generator.scaffold import init_knowledge_base

from articles import write_articles

EPOCH = "1767225600"


def kb_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", *args]


def environment() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}


def files(root: Path) -> dict[str, str]:
    """Every file with its hash, but the lock's and the tool's caches (`.cache/` holds stamps of the
    files, which differ between copies; tests/test_ingest_cache.py checks the record cache)."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p != lock_path(root)
            and p.relative_to(root).parts[0] != ".cache"}


@pytest.fixture
def one_article(tmp_path: Path) -> tuple[Path, Path]:
    """(an empty knowledge base, one article to ingest)."""
    root = tmp_path / "kb"
    init_knowledge_base(root)
    [article] = write_articles(tmp_path / "in", 1)
    return root, article


def test_a_second_writer_gives_up_with_a_named_error(one_article: tuple[Path, Path]) -> None:
    root, article = one_article
    with writer_lock(root, "kb ingest"):
        result = subprocess.run(kb_command("ingest", str(article), "--root", str(root), "--wait", "0"),
                                capture_output=True, text=True, timeout=60, env=environment())
        merge = subprocess.run(kb_command("merge", "a", "b", "--root", str(root), "--wait", "0"),
                               capture_output=True, text=True, timeout=60)
    holder = f"pid {os.getpid()}, kb ingest, since "
    assert result.returncode == 2 and merge.returncode == 2
    for stderr in (result.stderr, merge.stderr):
        first, second, third = stderr.splitlines()
        assert first.startswith(f"waiting for another command writing to the knowledge base to finish ({holder}")
        assert second.startswith(f"error: another command is writing to {root} ({holder}")
        assert second.endswith("); gave up after waiting 0 s")
        assert third == ("hint: wait for it to finish and run the command again, or let it wait longer with "
                         "--wait SECONDS")
    assert not list((root / "sources").rglob("*.yaml"))


def test_a_waiting_writer_goes_on_once_the_lock_is_free(one_article: tuple[Path, Path]) -> None:
    root, article = one_article
    with writer_lock(root, "kb merge"):
        waiting = subprocess.Popen(kb_command("ingest", str(article), "--root", str(root), "--wait", "600"),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment())
        line = waiting.stderr.readline()  # printed once the writer found the lock taken
        assert line.startswith(f"waiting for another command writing to the knowledge base to finish (pid {os.getpid()}, kb merge")
        assert not list((root / "sources").rglob("*.yaml"))  # nothing written while it waits
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert "1 article(s) ingested, 1 event(s)" in err
    assert len(list((root / "sources").rglob("*.yaml"))) == 1


def test_two_ingests_started_together_give_what_they_give_one_after_the_other(tmp_path: Path) -> None:
    everything = write_articles(tmp_path / "all", 100)
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, part in ((first, everything[:60]), (second, everything[40:])):  # 20 articles in both
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder)
    empty = tmp_path / "empty"
    init_knowledge_base(empty)

    def one_after_the_other(order: tuple[Path, Path]) -> dict[str, str]:
        root = tmp_path / f"kb-{order[0].name}-then-{order[1].name}"
        shutil.copytree(empty, root)
        for folder in order:
            done = subprocess.run(kb_command("ingest", str(folder), "--root", str(root)),
                                  capture_output=True, text=True, timeout=120, env=environment())
            assert done.returncode == 0, done.stderr
        return files(root)

    together = tmp_path / "kb-together"
    shutil.copytree(empty, together)
    runs = [subprocess.Popen(kb_command("ingest", str(folder), "--root", str(together), "--wait", "600"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment())
            for folder in (first, second)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    summaries = sorted(err.splitlines()[-1] for _, err in outputs)
    assert summaries[0].startswith("40 article(s) ingested") and "20 skipped as already ingested" in summaries[0]
    assert summaries[1].startswith("60 article(s) ingested") and "0 skipped" in summaries[1]
    assert files(together) in (one_after_the_other((first, second)), one_after_the_other((second, first)))
