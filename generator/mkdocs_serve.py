"""The `kb` plugin's live preview: under `mkdocs serve`, an edit of records re-renders only the pages it changed.

A full MkDocs build of a large knowledge base takes minutes (every page of both
languages). When the only files that moved since the last build are records
(YAML, archived texts), `LivePreview` runs `kb generate` (which re-renders
only the pages the edit touches, pages/deps.py) and passes just the Markdown
files it rewrote through MkDocs' own page pipeline, with the configuration,
files, navigation and templates kept from the last full build of each
language. The search index (with the record documents patched), the
downloads, feeds, record JSON and archived texts are written again in a child
process once the browsers have been told to reload (at 10,000 incidents that
takes longer than the pages; background.py): stopped while the server handles
a change, ended when a newer edit makes it outdated. Anything else (a hand-written page, a
template, mkdocs.yml, a page added or deleted, an error) falls back to the
normal full build, as does `mkdocs build`, so a built site is always complete.

This is the second module that knows MkDocs (with mkdocs_hook.py): it calls
`mkdocs.commands.build._populate_page` and `_build_page`, the two steps the
build runs for each page, so a page is rendered exactly as a full build does.

`watch_changes` has the server learn of changed files from the system (inotify) instead of MkDocs'
polling, which walked and stamped every watched file twice a second (at 10,000 incidents the 58,000
pages and the 56,000 record files), in threads that took more than half of the server's CPU while an
edit's pages were made.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import Environment
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from watchdog import events
from watchdog.observers.api import BaseObserver

from .background import BackgroundJob

log = logging.getLogger("mkdocs.plugins.kb")


@dataclass
class LanguageBuild:
    """What the last full build of one language rendered its pages with."""

    files: Files  # as the plugins left them
    env: Environment  # the theme's
    nav: Navigation | None = None
    by_source: dict[str, File] = field(default_factory=dict)  # absolute source path -> File


class LivePreview:
    """Stands in for `mkdocs serve`'s builder: a patch of the changed pages when it can, else a full build."""

    def __init__(self, plugin, full_build: Callable):
        self.plugin = plugin
        self.full_build = full_build
        self.config: MkDocsConfig | None = None  # the last full build's
        self.languages: dict[str, LanguageBuild] = {}
        self.navs: dict[str, Navigation] = {}  # on_nav comes before on_env in a build
        self.others: dict[str, tuple[int, int]] = {}  # stamps of the inputs that are not records
        self.site_data = BackgroundJob(log, "downloads, map data and feeds")  # the last update's, being written
        self.outdated = False  # pages were patched since the last site data job started
        self.pending: dict[str, list] = {}  # language -> files rewritten by the last update, not yet rendered

    # ---- what the plugin tells it during a full build ----------------------------------------------

    def start(self, config) -> None:
        self.config = config
        self.languages, self.navs = {}, {}

    def keep_language(self, language: str, config, files, env) -> None:
        self.config = config
        self.languages[language] = LanguageBuild(files, env, self.navs.get(language), by_source={
            os.path.realpath(f.abs_src_path): f for f in files if f.abs_src_path})

    def keep_nav(self, language: str, nav) -> None:
        self.navs[language] = nav

    def finish(self) -> None:
        self.others = self._other_stamps()

    # ---- the builder -----------------------------------------------------------------------------

    def __call__(self, config=None) -> None:
        if config is None and self.config is not None and self.languages and self._other_stamps() == self.others:
            self.site_data.pause()  # the pages first: the job goes on, or is replaced, once they are done
            try:
                if self.pending:
                    self._render_pending()
                if self.patch():
                    self._site_data_next()
                    return
            except Exception as error:  # noqa: BLE001  (whatever went wrong, a full build repairs it)
                log.warning(f"kb: live update failed ({type(error).__name__}: {error}); building the whole site")
        self.pending = {}
        self.site_data.cancel()  # one writer of the site folder at a time: the full build writes it all
        self.outdated = False
        self.full_build(config)

    def stop(self) -> None:
        """When the server stops: its site folder goes with it."""
        self.site_data.cancel()

    def patch(self) -> bool:
        """Re-render the pages `kb generate` rewrote; False when only a full build will do.

        The pages of the edited records come first: the browsers reload with them, and the other
        pages that changed (backlinks, hubs) follow in the next round, which `wake` asks for.
        """
        start = time.perf_counter()
        result = self.plugin.run_generate(every_problem=False)  # only what the edit changed
        report = result.report
        if result.cached:
            return True
        if report.created or report.deleted:
            return False  # the set of pages changed: navigation, sitemap and language links with it
        own = {os.path.realpath(path) for path in self.plugin.record_pages(result.changed)}
        first: dict[str, list] = {}
        updated = dict.fromkeys(os.path.realpath(shown) for path in report.updated
                                for shown in self.plugin.pages_showing(str(path)))
        for path in updated:
            found = [(lang, b.by_source[path]) for lang, b in self.languages.items() if path in b.by_source]
            if not found:
                return False
            language, file = found[0]
            later = result.changed is not None and path not in own
            (self.pending if later else first).setdefault(language, []).append(file)
        pages = sum(self._render(language, files) for language, files in first.items())
        log.info(f"kb: live update: {pages} pages of the edited records in {time.perf_counter() - start:.1f} s "
                 f"({report.summary()})" + (", the pages linking them next" if self.pending else ""))
        self.outdated = True
        if self.pending:
            self.plugin.wake()
        return True

    def _render_pending(self) -> None:
        start = time.perf_counter()
        pending, self.pending = self.pending, {}
        pages = sum(self._render(language, files) for language, files in pending.items())
        log.info(f"kb: live update: {pages} pages linking them in {time.perf_counter() - start:.1f} s")

    def _site_data_next(self) -> None:
        """After a round: once every page of the updates is rendered, the site data of those pages and records.

        The search documents of the pages are taken now, and the downloads, map data, search index,
        feeds and record JSON written in a child process (at 10,000 incidents it takes minutes; it
        writes no page), which replaces the one still running: that one's files are outdated. A round
        that changed nothing lets the stopped job go on.
        """
        if self.pending:
            return  # the next round renders the rest, and starts the job
        if not self.outdated:
            self.site_data.resume()
            return
        self.site_data.start(self.plugin.finish_patch(self._config()))
        self.outdated = False

    def _render(self, language: str, files: list) -> int:
        """Pass these files of one language through MkDocs' page steps, with that language's configuration."""
        config, build = self._config(), self.languages[language]
        if build.nav is None:
            raise RuntimeError(f"no navigation kept for {language}")  # a full build repairs it
        i18n = config.plugins.get("i18n")
        if i18n is not None:
            i18n.current_language = language
        config = config.plugins.on_config(config)  # as the build does before each language
        doc_files = build.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        pages = 0
        for file in files:
            if file.page is None:
                if file.inclusion.is_included():
                    file.copy_file()  # a generated file that is no page (kb-pages.json, map/points.json)
                continue
            mkdocs_build._populate_page(file.page, config, build.files)
            mkdocs_build._build_page(file.page, config, doc_files, build.nav, build.env)
            pages += 1
        return pages

    def _config(self) -> MkDocsConfig:
        if self.config is None:
            raise RuntimeError("no full build yet")
        return self.config

    def _other_stamps(self) -> dict[str, tuple[int, int]]:
        """Stamps of what the site is built from besides the records and the generated pages."""
        config = self._config()
        stamps: dict[str, tuple[int, int]] = {}
        owned = set(self.plugin.generated_folders())
        docs = os.path.normpath(config.docs_dir)
        for top, dirs, names in os.walk(docs):
            if os.path.dirname(top) == docs:  # a language folder: leave out what the generator writes
                dirs[:] = [d for d in dirs if d not in owned]
                names = [n for n in names if n not in owned]
            for name in names:
                _stamp(os.path.join(top, name), stamps)
        tops: list[str | None] = [config.config_file_path, config.theme.custom_dir, *config.watch]
        for path in tops:
            if path and not self.plugin.is_record_folder(path):
                _walk(path, stamps)
        return stamps


# What a watch reports: changes, not reads. An inotify watch also reports each file opened and closed unwritten, and
# MkDocs' handler takes any event for an edit: a build reading its templates and pages would start another, forever.
CHANGES: list[type[events.FileSystemEvent]] = [
    events.FileCreatedEvent, events.FileDeletedEvent, events.FileModifiedEvent, events.FileMovedEvent,
    events.FileClosedEvent, events.FileAttribEvent, events.DirCreatedEvent, events.DirDeletedEvent,
    events.DirModifiedEvent, events.DirMovedEvent]


def watch_changes(server) -> bool:
    """Swap `mkdocs serve`'s polling observer for inotify's, which reports only `CHANGES`, before the server starts
    it; the paths MkDocs watches so far are watched again on it. False (MkDocs' polling kept) off Linux or when
    the system gives no inotify instance (each user has a limit)."""
    try:
        from watchdog.observers.inotify import InotifyObserver
    except Exception:  # noqa: BLE001  (watchdog raises its own error when the C library has no inotify)
        return False

    class ChangesObserver(InotifyObserver):
        def schedule(self, event_handler, path, *, recursive=False, event_filter=None, follow_symlink=False):
            if os.path.isfile(path):  # a file's own watch ends when an editor saves it as a new file: its folder's
                event_handler, path, recursive = _OneFile(event_handler, str(path)), os.path.dirname(path), False
            return super().schedule(event_handler, path, recursive=recursive, event_filter=event_filter or CHANGES,
                                    follow_symlink=follow_symlink)

    try:
        observer: BaseObserver = ChangesObserver()
    except OSError:
        return False
    watched = list(server._watch_refs)  # MkDocs keeps no public list of its watches; each is one server.watch(path)
    for path in watched:
        server.unwatch(path)
    server.observer = observer  # never started: the polling one had no thread yet
    for path in watched:
        server.watch(path)
    return True


class _OneFile(events.FileSystemEventHandler):
    """Passes on the events of one file of the folder watched."""

    def __init__(self, handler: events.FileSystemEventHandler, path: str) -> None:
        self.handler, self.path = handler, os.path.abspath(path)

    def dispatch(self, event: events.FileSystemEvent) -> None:
        if self.path in (os.fsdecode(event.src_path), os.fsdecode(event.dest_path or "")):
            self.handler.dispatch(event)


class MovedFiles:
    """The files of the record folders that changed since the last `take`, from the server's file watcher
    (watchdog calls `dispatch` from its thread), so that `kb generate` stamps only those again.

    Until it has watched since the last run, or after a folder was created, deleted or moved (its files are
    not named one by one), it knows nothing: `take` gives None, and every input file is stamped.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._known = False  # nothing watched yet

    def dispatch(self, event) -> None:
        with self._lock:
            if event.is_directory:
                # A folder's "modified" comes with the event of the file inside that changed; any other
                # folder event names none of its files.
                self._known = self._known and event.event_type == "modified"
                return
            self._paths.add(event.src_path)
            if getattr(event, "dest_path", ""):
                self._paths.add(event.dest_path)

    def take(self) -> set[str] | None:
        """The files changed since the last `take` (None: unknown); from now on, changes are counted afresh."""
        with self._lock:
            paths, known = self._paths, self._known
            self._paths, self._known = set(), True
        return paths if known else None

    def forget(self) -> None:
        """After a run that failed: what it took is unknown to the next one."""
        with self._lock:
            self._known = False


def _stamp(path: str, stamps: dict) -> None:
    try:
        st = os.stat(path)
    except OSError:
        return
    stamps[path] = (st.st_size, st.st_mtime_ns)


def _walk(top: str, stamps: dict) -> None:
    if os.path.isfile(top):
        _stamp(top, stamps)
        return
    for dirpath, _, names in os.walk(top):
        for name in names:
            _stamp(os.path.join(dirpath, name), stamps)
