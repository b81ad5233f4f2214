"""The live preview's record of changed files (generator/mkdocs_serve.py `MovedFiles`), fed by the file watcher."""

from __future__ import annotations

from dataclasses import dataclass

from generator.mkdocs_serve import MovedFiles


@dataclass
class Event:
    """The fields of a watchdog event that `MovedFiles` reads."""

    event_type: str
    src_path: str
    is_directory: bool = False
    dest_path: str = ""


def test_nothing_is_known_before_the_first_take():
    moved = MovedFiles()
    moved.dispatch(Event("modified", "/kb/events/2012/ev-1.yaml"))
    assert moved.take() is None  # the watcher may have started after a change
    assert moved.take() == set()


def test_the_files_changed_since_the_last_take():
    moved = MovedFiles()
    moved.take()
    moved.dispatch(Event("modified", "/kb/events/2012/ev-1.yaml"))
    moved.dispatch(Event("modified", "/kb/events/2012", is_directory=True))  # comes with the file's own
    moved.dispatch(Event("moved", "/kb/places/.p.yaml.tmp", dest_path="/kb/places/p.yaml"))
    moved.dispatch(Event("deleted", "/kb/sources/2012/s.txt"))
    assert moved.take() == {"/kb/events/2012/ev-1.yaml", "/kb/places/.p.yaml.tmp", "/kb/places/p.yaml",
                            "/kb/sources/2012/s.txt"}
    assert moved.take() == set()


def test_a_folder_created_deleted_or_moved_makes_the_changes_unknown():
    for kind in ("created", "deleted", "moved"):
        moved = MovedFiles()
        moved.take()
        moved.dispatch(Event(kind, "/kb/events/2013", is_directory=True))
        assert moved.take() is None, kind
        assert moved.take() == set(), kind


def test_after_a_failed_run_the_changes_are_unknown():
    moved = MovedFiles()
    moved.take()
    moved.dispatch(Event("modified", "/kb/events/2012/ev-1.yaml"))
    moved.take()
    moved.forget()
    assert moved.take() is None
