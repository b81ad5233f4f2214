"""The live preview's downloads and map data after an edit (generator/background.py, generator/mkdocs_serve.py):
written in a child process that a newer edit ends and replaces, stopped while the server renders pages,
leaving no half-written file, and reporting an error as a message. The jobs here write small files; the
waits are bounded (a loaded machine is slow, never wrong), never timed."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from generator.background import BackgroundJob
from generator.mkdocs_serve import LivePreview
from generator.records.atomicfile import is_temporary, write_if_changed

WAIT = 120  # seconds at most for a child to reach a point
log = logging.getLogger("test.background")


def wait_for(path: Path) -> None:
    deadline = time.monotonic() + WAIT
    while not path.exists():
        assert time.monotonic() < deadline, f"gave up waiting for {path}"
        time.sleep(0.05)


def endless_writer(folder: Path, version: str):
    """A job that rewrites numbered files of 1 MB (each a run of its version's letter) until it is ended."""
    def job() -> None:
        n = 0
        while True:
            write_if_changed(folder / f"file-{n % 5}.txt", f"{version}{n}\n" * 100_000)
            n += 1
            if n == 1:
                (folder / f"{version}.started").touch()
    return job


def writer(folder: Path, version: str, hold: Path | None = None):
    """A job that writes `version` to one file; with `hold`, only once that file exists."""
    def job() -> None:
        (folder / f"{version}.started").touch()
        if hold is not None:
            wait_for(hold)
        write_if_changed(folder / "data.txt", version)
        log.info(f"wrote {version}")
    return job


def messages(caplog) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_a_newer_job_ends_the_running_one_and_its_files_are_the_ones_left(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    jobs = BackgroundJob(log, "test data")
    jobs.start(writer(tmp_path, "old", hold=tmp_path / "never"))
    wait_for(tmp_path / "old.started")
    jobs.start(writer(tmp_path, "new"))
    jobs.wait()
    assert (tmp_path / "data.txt").read_text() == "new"
    assert not jobs.running
    text = messages(caplog)
    assert "test data of an older version stopped" in text
    assert "wrote new" in text and "wrote old" not in text  # the child's own log lines reach the server's log
    assert "test data updated in" in text


def test_a_job_ended_while_writing_leaves_whole_files_and_no_temporary_one(tmp_path):
    jobs = BackgroundJob(log, "test data")
    jobs.start(endless_writer(tmp_path, "a"))
    wait_for(tmp_path / "a.started")
    jobs.cancel()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert not [name for name in files if is_temporary(Path(name))], files
    written = [p for p in tmp_path.glob("file-*.txt")]
    assert written
    for path in written:
        lines = path.read_text().splitlines()
        assert len(lines) == 100_000 and len(set(lines)) == 1, path  # one version, whole


def test_a_stopped_job_goes_on_when_resumed_and_can_be_ended_while_stopped(tmp_path):
    jobs = BackgroundJob(log, "test data")
    jobs.start(writer(tmp_path, "first", hold=tmp_path / "go"))
    wait_for(tmp_path / "first.started")
    jobs.pause()
    (tmp_path / "go").touch()
    jobs.resume()
    jobs.wait()
    assert (tmp_path / "data.txt").read_text() == "first"

    jobs.start(endless_writer(tmp_path, "b"))
    wait_for(tmp_path / "b.started")
    jobs.pause()
    jobs.cancel()  # returns once the process is gone, though it was stopped
    assert not jobs.running


def test_an_error_in_the_job_is_a_message_in_the_log_not_a_traceback(tmp_path, caplog, capfd):
    caplog.set_level(logging.INFO)

    def failing() -> None:
        raise ValueError("no such tile server")

    jobs = BackgroundJob(log, "test data")
    jobs.start(failing)
    jobs.wait()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["kb: test data not updated (ValueError: no such tile server)"]
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err + messages(caplog)


class Plugin:
    """What LivePreview asks of the kb plugin for the site data: one job per update, writing its number."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked = 0

    def finish_patch(self, config):
        self.asked += 1
        return writer(self.folder, str(self.asked), hold=self.folder / f"go-{self.asked}")


@pytest.fixture
def live(tmp_path):
    live = LivePreview(Plugin(tmp_path), full_build=lambda config: None)
    live.config = {"site_dir": str(tmp_path)}
    yield live
    live.stop()


def test_a_round_that_patched_pages_replaces_the_job_and_one_that_changed_nothing_lets_it_go_on(live, tmp_path):
    live.outdated = True  # a round rendered pages
    live._site_data_next()
    wait_for(tmp_path / "1.started")
    live.site_data.pause()  # the next round starts ...
    live._site_data_next()  # ... and changes nothing: the same job goes on
    (tmp_path / "go-1").touch()
    live.site_data.wait()
    assert (tmp_path / "data.txt").read_text() == "1"

    live.outdated = True
    live._site_data_next()
    wait_for(tmp_path / "2.started")
    live.site_data.pause()
    live.outdated = True  # a newer edit's pages
    live._site_data_next()  # job 2 ends, job 3 starts
    (tmp_path / "go-2").touch()
    (tmp_path / "go-3").touch()
    live.site_data.wait()
    assert (tmp_path / "data.txt").read_text() == "3"
    assert live.plugin.asked == 3


def test_a_round_with_pages_still_to_render_starts_no_job(live, tmp_path):
    live.outdated = True
    live.pending = {"en": ["a page linking the edited record"]}
    live._site_data_next()
    assert live.plugin.asked == 0 and not live.site_data.running


def test_a_full_build_ends_the_running_job_first(tmp_path):
    plugin = Plugin(tmp_path)
    seen: list[bool] = []
    live = LivePreview(plugin, full_build=lambda config: seen.append(live.site_data.running))
    live.config = {"site_dir": str(tmp_path)}
    live.outdated = True
    live._site_data_next()
    wait_for(tmp_path / "1.started")
    live(config={"site_dir": str(tmp_path)})  # a configuration given: MkDocs asks for a full build
    assert seen == [False]
    assert not (tmp_path / "data.txt").exists()
