"""The live preview's file watcher (generator/mkdocs_serve.py `watch_changes`): MkDocs' polling observer swapped
for inotify's where the system has it, with every path MkDocs watched watched again; polling kept where not."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.observers import inotify  # the live preview's system, Linux (CI's); polling is kept elsewhere
from watchdog.observers.polling import PollingObserver

from generator.mkdocs_serve import watch_changes


@pytest.fixture
def server(tmp_path: Path):
    """A live preview server that is never started (no socket is bound), watching a folder and a file."""
    folder, single = tmp_path / "records", tmp_path / "mkdocs.yml"
    folder.mkdir()
    (folder / "a.yaml").write_text("id: a\n", encoding="utf-8")
    single.write_text("site_name: x\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path / "site"))
    server.watch(str(folder))
    server.watch(str(single))
    yield server
    if server.observer.is_alive():
        server.observer.stop()
        server.observer.join()


def wants_rebuild(server: LiveReloadServer, seconds: float) -> bool:
    """Whether the server is asked to rebuild within `seconds` (what its watch callbacks set)."""
    deadline = time.monotonic() + seconds
    with server._rebuild_cond:
        while not server._want_rebuild and time.monotonic() < deadline:
            server._rebuild_cond.wait(deadline - time.monotonic())
        found, server._want_rebuild = server._want_rebuild, False
    return found


def test_inotify_replaces_polling_and_watches_what_mkdocs_watched(server, tmp_path):
    assert isinstance(server.observer, PollingObserver)  # MkDocs 1.6's own
    watched = dict(server._watched_paths)
    assert watch_changes(server)
    assert isinstance(server.observer, inotify.InotifyObserver)
    assert server._watched_paths == watched and server._watch_refs.keys() == watched.keys()
    server.observer.start()
    time.sleep(0.2)  # the watches are added by the observer's thread when it starts

    (tmp_path / "records" / "a.yaml").read_text(encoding="utf-8")  # reading is no change
    assert not wants_rebuild(server, 0.5)
    (tmp_path / "records" / "b.yaml").write_text("id: b\n", encoding="utf-8")
    assert wants_rebuild(server, 5)
    while wants_rebuild(server, 0.5):  # the write's later events (modified, closed), however late a loaded machine
        pass                           # delivers them: drained until half a second passes without one
    (tmp_path / "other.txt").write_text("not watched\n", encoding="utf-8")  # beside the watched file
    assert not wants_rebuild(server, 0.5)
    replacement = tmp_path / ".mkdocs.yml.new"  # an editor's save: a new file renamed onto the watched one
    replacement.write_text("site_name: y\n", encoding="utf-8")
    replacement.replace(tmp_path / "mkdocs.yml")
    assert wants_rebuild(server, 5)


def test_polling_is_kept_when_the_system_gives_no_inotify_instance(server, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OSError(24, "inotify instance limit reached")

    monkeypatch.setattr(inotify.InotifyObserver, "__init__", refuse)
    observer, refs = server.observer, dict(server._watch_refs)
    assert not watch_changes(server)
    assert server.observer is observer and server._watch_refs == refs


def test_polling_is_kept_where_watchdog_has_no_inotify(server, monkeypatch):
    monkeypatch.setitem(sys.modules, "watchdog.observers.inotify", None)  # the import fails, as off Linux
    observer = server.observer
    assert not watch_changes(server)
    assert server.observer is observer
