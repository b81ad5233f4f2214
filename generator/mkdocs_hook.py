"""The `kb` MkDocs plugin (`plugins: [kb, i18n, search]`).

With mkdocs_serve.py and mkdocs_render.py, the only code that knows MkDocs.

It wires MkDocs events to the generator and does nothing else:

- on_config: settings; the page language's words for Markdown's heading links;
- on_env: the page language's words of the site's chrome for the templates (`kb_chrome`),
  and each language's home (`kb_homes`);
- on_post_template: each language's 404 page in its own folder;
- on_pre_build: run `kb generate` (writes only changed pages, so `mkdocs serve`
  does not loop), with the knowledge base found next to mkdocs.yml; each error
  `kb check` would print is logged as a WARNING (a strict build fails), each
  warning as an INFO line;
- on_serve: also watch the record folders, and put the live preview
  (mkdocs_serve.py: an edit of records re-renders only the pages it changed)
  in front of the server's full build; on_env and on_nav keep what it needs;
- on_page_context: every page gives one search document (pages/search.py)
  instead of Material's index of sections; record pages print no table of
  contents; generated pages lose Material's edit button;
- on_pre_page: a generated page's front matter is read as the JSON it is written in (mkdocs_render.py);
- on_page_markdown: the home page gets its generated block where it says `<!-- kb:home -->`
  (pages/home.py); in `mkdocs build`, a generated page is rendered by mkdocs_render.py (one
  Markdown per language build, not one per page: the same page, less set-up);
- on_config (also): add the Markdown extension that sets complete raw HTML blocks aside before
  Python-Markdown's slow HTML parser sees them (pages/rawhtml.py: same output, faster);
- on_post_page: drop the theme's blank lines and indentation (pages/compact.py);
- on_post_build (last): write the search index of each language (copied from the last build's
  when its documents are unchanged) and the folding
  script the search worker loads (pages/search.py, pages/searchnorm.py), and the
  downloads, map data, feeds and archived texts (exports.write_site_data).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from . import exports, gcpause
from .errors import KbError, Problem
from .mkdocs_render import GeneratedPages, read_source
from .mkdocs_serve import LivePreview, MovedFiles, watch_changes
from .pages import OWNED, generate, load_generate_state, search, searchnorm
from .pages.cache import record_folders
from .pages.compact import compact_html
from .pages.home import HOME_FILE, fill_home
from .pages.rawhtml import RawHtmlBlocks
from .pages.render import GENERATED_MARK
from .pages.strings import CHROME, EVENT_TYPES, HUB_WORDS, UI
from .records.model import KINDS
from .records.store import Store
from .records.yamlio import write_if_changed
from .settings import edit_base_url, load_settings
from .urls import PAGE_FOLDERS, language_prefix

log = logging.getLogger("mkdocs.plugins.kb")

WAKE_FILE = Path(".cache/kb/live-preview")  # touched to make `mkdocs serve` build again (see wake)
SEARCH_CACHE = Path(".cache/kb/search")  # each language's Pagefind bundle, kept for the next build (pages/search.py)


class KbConfig(Config):
    root = config_options.Optional(config_options.Type(str))  # default: the folder of mkdocs.yml
    generate = config_options.Type(bool, default=True)


class KbPlugin(BasePlugin[KbConfig]):
    """Generate the knowledge base's pages before each build; index them for search after it."""

    def __init__(self):
        super().__init__()
        # static-i18n runs a nested build (on_config, on_pre_build, ..., on_post_build) per extra
        # language inside the outer build's on_post_build: generate when the outer build starts,
        # and finish the site (search index, downloads, archived texts) once, when it ends.
        self._depth = 0  # builds in progress, the outer one and the nested one inside it
        self._store: Store | None = None
        # True when this build's `kb generate` found nothing changed: the last run's state holds the records
        self._unchanged = False
        # Page URL -> its search document (None: not indexed), kept for the live preview's patches.
        self._search_docs: dict[str, search.SearchDocument | None] = {}
        self._state = None  # the last `kb generate` state, handed to the next run in this process
        self._write_state = None  # under `mkdocs serve`: writes that state's file, at the latest on shutdown
        self._loading: threading.Thread | None = None  # reads the state file once the first build is done
        self._live: LivePreview | None = None
        self._moved: MovedFiles | None = None  # under `mkdocs serve`: the record files changed since the last run
        self._generated_pages: GeneratedPages | None = None  # renders this language build's generated pages
        self._problems_logged: set[Problem] | None = None  # under `mkdocs serve`: those the last run logged

    def on_startup(self, *, command, dirty):
        # Having this method keeps one plugin object for all of `mkdocs serve`'s builds (MkDocs >= 1.4).
        self._live = LivePreview(self, full_build=None) if command == "serve" else None

    def on_shutdown(self):
        if self._live is not None:
            self._live.stop()
        if self._loading is not None:
            self._loading.join()
        if self._write_state is not None:
            self._write_state()  # pickling 26,000 records takes seconds: once, here, not after every edit
            self._write_state = None

    @event_priority(-110)  # after static-i18n (-100), which sets the language of each build
    def on_config(self, config):
        if not any(isinstance(e, RawHtmlBlocks) for e in config.markdown_extensions):
            config.markdown_extensions.append(RawHtmlBlocks())  # same pages, without html.parser's cost
        root = Path(self.config.root) if self.config.root else Path(config.config_file_path).parent
        self.settings = load_settings(root.resolve())
        self._wake_file = self.settings.root / WAKE_FILE
        # load_settings read these from the knowledge base's mkdocs.yml; a build from another file still has them
        if self.settings.edit_base_url is None and config.repo_url:
            self.settings = replace(self.settings, edit_base_url=edit_base_url(config.repo_url, config.edit_uri))
        if self.settings.site_url is None and config.site_url:
            self.settings = replace(self.settings, site_url=config.site_url)
        toc = config.mdx_configs.get("toc")
        if toc is not None and toc.get("permalink"):
            toc["permalink_title"] = UI[_language(config)]["permalink"]
        # Under `mkdocs serve` a page may be rendered again long after its build's on_config: MkDocs renders it.
        self._generated_pages = GeneratedPages() if self._live is None else None
        return config

    def on_env(self, env, config, files):
        env.globals["kb_chrome"] = CHROME[_language(config)]
        env.globals["kb_homes"] = {lang: language_prefix(lang, self.settings.default_language)
                                   for lang in self.settings.languages}
        if self._live is not None:
            self._live.keep_language(_language(config), config, files, env)
        return env

    @event_priority(-110)  # after static-i18n's, which keeps only the language's own entries
    def on_nav(self, nav, config, files):
        if self._live is not None:
            self._live.keep_nav(_language(config), nav)
        return nav

    def on_post_template(self, output_content, template_name, config):
        """The 404 page of a language other than the default one goes to `<language>/404.html`.

        static-i18n builds every language into the same site folder, so each language's 404 page
        would overwrite the last; MkDocs writes nothing for a template that renders empty.
        """
        language = _language(config)
        if template_name != "404.html" or language == self.settings.default_language:
            return output_content
        write_if_changed(Path(config.site_dir) / language_prefix(language, self.settings.default_language) / "404.html", compact_html(output_content))
        return ""

    def on_pre_build(self, config):
        self._depth += 1
        if self._depth > 1:
            return
        self._store = None
        self._unchanged = False
        self._search_docs = {}
        if self._live is not None:
            self._live.start(config)
            gcpause.collect_frozen()  # what the edits' runs left (run_generate defers it): a full build has time
        if not self.config.generate:
            return
        try:
            self.run_generate()
        except KbError:
            self._depth = 0
            raise

    def run_generate(self, every_problem: bool = True):
        """`kb generate`, logged; keeps the records for the downloads and the state for the next run.

        `every_problem`: log every problem of the records; else (the live preview's rounds) only those not
        logged by the last run, with a count of the rest (`_log_problems`).
        """
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        try:
            # Under `mkdocs serve`, the state file is written at shutdown and the collection of the last
            # run's garbage waits for the browsers' reload (finish_patch), a full build (on_pre_build).
            # The file watcher's changed files, when it has watched since the last run: only those are stamped.
            live = self._live is not None
            moved = self._moved.take() if self._moved is not None else None
            result = generate(self.settings, last_state=self._state, defer_state=live, defer_collect=live,
                              moved=moved)
        except Exception as error:
            if self._moved is not None:
                self._moved.forget()  # the files this run took may not be stamped: the next one stamps all
            if isinstance(error, KbError):
                log.error(f"kb: {error}")
            raise
        self._state = result.state or self._state
        if result.write_state is not None:
            self._write_state = result.write_state
        if not result.cached:  # a run that found nothing changed leaves the last run's records, still current
            self._store = result.store  # the downloads after the build reuse it instead of loading again
        self._unchanged = result.cached
        self._log_problems(result.problems, every_problem)
        log.info(f"kb: {result.pages} pages: {result.report.summary()}")
        return result

    def _log_problems(self, problems: list[Problem], every: bool) -> None:
        """Log the records' problems: all of them, or (`every` False) those the last run did not log.

        An error is a WARNING for MkDocs, so `mkdocs build --strict` fails on it while `mkdocs serve` goes on
        with the rest; a kb warning (a suspicious value) does not fail a strict build. Under `mkdocs serve`
        each round of the live preview logged them all again: at 10,000 incidents 4,362 lines a round,
        0.2 s of the server's CPU before the edited page showed, and the edit's own problem lost among them.
        """
        last = None if every else self._problems_logged
        fresh = problems if last is None else [p for p in problems if p not in last]
        for problem in fresh:
            (log.warning if problem.is_error else log.info)(f"kb: {problem}")
        if last is not None:
            repeated, gone = len(problems) - len(fresh), len(last.difference(problems))
            if repeated or gone:
                log.info(f"kb: {repeated} problems of the records as the last run logged them (not repeated)"
                         + (f"; {gone} no longer found" if gone else ""))
        if self._live is not None:
            self._problems_logged = set(problems)

    def on_build_error(self, error, **kwargs):
        self._depth = 0
        self._store = None

    def on_serve(self, server, config, builder):
        if not watch_changes(server):
            log.info("kb: no inotify here: the server polls the watched folders for changes (slower at scale)")
        for kind in KINDS.values():
            folder = self.settings.root / kind.folder
            if folder.is_dir():
                server.watch(str(folder))
        if self._live is not None:
            self._moved = MovedFiles()
            for folder in record_folders(self.settings):  # the folders whose files kb generate stamps
                if folder.is_dir():
                    server.observer.schedule(self._moved, str(folder), recursive=True)
            self._live.full_build = builder
            server.builder = self._live
            self.wake()
            server.watch(str(self._wake_file))
            if self._state is None:  # the first build found nothing changed: read the state for the first edit
                self._loading = threading.Thread(target=self._load_state, name="kb-state", daemon=True)
                self._loading.start()
        return server

    def _load_state(self) -> None:
        self._state = load_generate_state(self.settings)

    # ---- for the live preview (mkdocs_serve.py) ---------------------------------------------------

    def generated_folders(self) -> tuple[str, ...]:
        return OWNED

    def record_pages(self, keys) -> list[Path]:
        """The Markdown files of these records' own pages, in every language."""
        return [self.settings.content_path / language / PAGE_FOLDERS[kind] / f"{record_id}.md"
                for kind, record_id in keys or () if kind in PAGE_FOLDERS for language in self.settings.languages]

    def wake(self) -> None:
        """Ask `mkdocs serve` for another round (it watches this file): the live preview's second step."""
        self._wake_file.parent.mkdir(parents=True, exist_ok=True)
        self._wake_file.write_text(str(time.time_ns()), encoding="utf-8")

    def is_record_folder(self, path: str) -> bool:
        return any(Path(path).resolve() == (self.settings.root / kind.folder.split("/")[0]).resolve()
                   for kind in KINDS.values())

    def pages_showing(self, path: str) -> list[str]:
        """The Markdown files that show a file `kb generate` wrote: itself, but the home page for the home
        page's block (pages/home.py), which is no page of its own."""
        return [str(Path(path).with_name("index.md"))] if Path(path).name == HOME_FILE else [path]

    def finish_patch(self, config) -> Callable[[], None]:
        """After re-rendering some pages: what the live preview runs in a child process once browsers have
        reloaded (it takes longer than the pages): the search index with their documents, the downloads,
        feeds, record JSON and archived texts. The garbage the edit runs left (run_generate) is collected
        here first, in the server's own heap, and the child starts with it frozen (gcpause)."""
        store = self._store if self._store is not None else Store.load(self.settings.root)
        docs = [doc for doc in self._search_docs.values() if doc is not None]
        gcpause.collect_frozen()

        def job() -> None:
            self._finish_site(config, store, docs)
        return job

    def on_pre_page(self, page, config, files):
        page.read_source = partial(read_source, page)  # MkDocs calls it right after this event
        return page

    def on_page_context(self, context, page, config, nav):
        meta = page.meta or {}
        page.meta = meta
        # One document per page in the index of its language; none in Material's index.
        meta["search"] = {"exclude": True}
        self._search_docs[page.url] = search.page_document(page.url, _language(config), page.title or "", meta,
                                                           page.content or "")
        if (meta.get("kb") or {}).get("record"):
            # A record page (or a merged record's redirect) prints no table of contents (a few short
            # sections, all in view).
            meta["hide"] = ["toc"]
        if meta.get(GENERATED_MARK):
            # A generated page is no file of the repository: Material's edit button would open a
            # missing file. Record pages link their YAML record themselves ("Edit this record").
            page.edit_url = None
        return context

    def on_page_markdown(self, markdown, page, config, files):
        if self._generated_pages is not None and (page.meta or {}).get(GENERATED_MARK):
            page.render = partial(self._generated_pages.render, page)  # MkDocs calls it right after this event
        return fill_home(markdown, Path(page.file.abs_src_path))

    def on_post_page(self, output, page, config):
        return compact_html(output)

    @event_priority(-110)  # after static-i18n (-100), which writes the final search index
    def on_post_build(self, config):
        self._depth -= 1
        if self._depth > 0:
            return  # a nested language build: the outer build finishes the site
        store = self._records()
        self._store = None
        self._finish_site(config, store, [doc for doc in self._search_docs.values() if doc is not None])
        if self._live is not None:
            self._live.finish()

    def _records(self) -> Store:
        """The records for the downloads: those this build's `kb generate` read; when it found nothing changed,
        those of the last run's state (its manifest vouches they are the files as they are: unpickling them
        costs a third of reading the YAML again); else the files read again. A state read here is kept for the
        next run in this process, so that `mkdocs serve` does not read it a second time (`on_serve`)."""
        if self._store is not None:
            return self._store
        state = load_generate_state(self.settings) if self._unchanged else None
        if state is None:
            return Store.load(self.settings.root)
        self._state = state
        return state.store

    def _finish_site(self, config, store: Store, docs: list[search.SearchDocument]) -> None:
        """The search index of each language, the downloads, feeds, record JSON and archived texts."""
        site = Path(config.site_dir)
        write_if_changed(site / search.FOLD_SCRIPT, searchnorm.javascript())
        try:
            counts = search.write_index(docs, site, cache_dir=self.settings.root / SEARCH_CACHE)
        except KbError as error:
            log.error(f"kb: {error} ({error.hint})")
            raise
        log.info("kb: search index: " + ", ".join(f"{n} {lang} pages" for lang, n in sorted(counts.items())))
        exports.write_site_data(store, self.settings, site, site_url=config.site_url or "",
                                url_for=exports.url_for_site(self.settings.default_language),
                                feed_titles={lang: HUB_WORDS[lang]["feed_title"] for lang in HUB_WORDS},
                                type_labels=EVENT_TYPES, tiles=((config.extra or {}).get("kb") or {}).get("tiles"))


def _language(config) -> str:
    """The language of the build in progress (static-i18n sets Material's theme language per build)."""
    language = config.theme["language"] if "language" in config.theme else "en"
    return language if language in UI else "en"
