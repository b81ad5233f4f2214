"""The `kb` MkDocs plugin (`plugins: [kb, i18n, search]`); with mkdocs_serve.py, the only code that knows MkDocs.

It wires MkDocs events to the generator and does nothing else:

- on_pre_build: run `kb generate` (writes only changed pages, so `mkdocs serve`
  does not loop), with the knowledge base found next to mkdocs.yml;
- on_serve: also watch the record folders, and put the live preview
  (mkdocs_serve.py: an edit of records re-renders only the pages it changed)
  in front of the server's full build; on_env and on_nav keep what it needs;
- on_page_context: record pages get one search document (title and `kb.search_text`)
  instead of Material's sections and no table of contents; generated pages lose
  Material's edit button;
- on_config: add the Markdown extension that sets complete raw HTML blocks aside before
  Python-Markdown's slow HTML parser sees them (pages/rawhtml.py: same output, faster);
- on_post_page: drop the theme's blank lines and indentation (pages/compact.py);
- on_post_build (last): add the record pages' documents to the search index, the
  normalised `norm` field to every document, and write the query normaliser
  script (generator/pages/searchnorm.py);
  write the downloads, map data and Atom feeds (generator/exports) into the site;
  copy each source's archived text once to `archive/<id>.txt` at the site root
  (pages link to it and load it on demand instead of repeating it).
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from . import exports
from .errors import KbError
from .mkdocs_serve import LivePreview
from .pages import OWNED, generate, load_generate_state, searchnorm
from .pages.compact import compact_html
from .pages.rawhtml import RawHtmlBlocks
from .pages.kinds import archive_files
from .pages.render import GENERATED_MARK
from .pages.strings import EVENT_TYPES, HUB_WORDS
from .pages.view import ARCHIVE_FOLDER
from .records.model import KINDS
from .records.store import Store
from .settings import load_settings
from .urls import PAGE_FOLDERS

log = logging.getLogger("mkdocs.plugins.kb")

SEARCH_SCRIPT = "assets/javascripts/kb-search.js"
WAKE_FILE = Path(".cache/kb/live-preview")  # touched to make `mkdocs serve` build again (see wake)


class KbConfig(Config):
    root = config_options.Optional(config_options.Type(str))  # default: the folder of mkdocs.yml
    generate = config_options.Type(bool, default=True)


class KbPlugin(BasePlugin[KbConfig]):
    """Generate the knowledge base's pages before each build; normalise the search index after it."""

    def __init__(self):
        super().__init__()
        # static-i18n runs a nested build (on_config, on_pre_build, ..., on_post_build) per extra
        # language inside the outer build's on_post_build: generate when the outer build starts,
        # and finish the site (search index, downloads, archived texts) once, when it ends.
        self._depth = 0  # builds in progress, the outer one and the nested one inside it
        self._store: Store | None = None
        self._search_docs: list[dict] = []
        self._state = None  # the last `kb generate` state, handed to the next run in this process
        self._write_state = None  # under `mkdocs serve`: writes that state's file, at the latest on shutdown
        self._loading: threading.Thread | None = None  # reads the state file once the first build is done
        self._live: LivePreview | None = None

    def on_startup(self, *, command, dirty):
        # Having this method keeps one plugin object for all of `mkdocs serve`'s builds (MkDocs >= 1.4).
        self._live = LivePreview(self, full_build=None) if command == "serve" else None

    def on_shutdown(self):
        if self._loading is not None:
            self._loading.join()
        if self._write_state is not None:
            self._write_state()  # pickling 26,000 records takes seconds: once, here, not after every edit
            self._write_state = None

    def on_config(self, config):
        if not any(isinstance(e, RawHtmlBlocks) for e in config.markdown_extensions):
            config.markdown_extensions.append(RawHtmlBlocks())  # same pages, without html.parser's cost
        root = Path(self.config.root) if self.config.root else Path(config.config_file_path).parent
        self.settings = load_settings(root.resolve())
        self._wake_file = self.settings.root / WAKE_FILE
        if self.settings.edit_base_url is None and config.repo_url:
            # "Edit this record" links open the YAML file: <repo_url>/edit/<branch>/<record path>.
            branch_uri = "/".join((config.edit_uri or "edit/main/").strip("/").split("/")[:2]) + "/"
            self.settings = replace(self.settings, edit_base_url=urljoin(config.repo_url.rstrip("/") + "/", branch_uri))
        return config

    def on_pre_build(self, config):
        self._depth += 1
        if self._depth > 1:
            return
        self._store = None
        self._search_docs = []
        if self._live is not None:
            self._live.start(config)
        if not self.config.generate:
            return
        try:
            self.run_generate()
        except KbError:
            self._depth = 0
            raise

    def run_generate(self):
        """`kb generate`, logged; keeps the records for the downloads and the state for the next run."""
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        try:
            result = generate(self.settings, last_state=self._state, defer_state=self._live is not None)
        except KbError as error:
            log.error(f"kb: {error}")
            raise
        self._state = result.state or self._state
        if result.write_state is not None:
            self._write_state = result.write_state
        self._store = result.store  # the downloads after the build reuse it instead of loading again
        for problem in result.problems:
            log.info(f"kb: skipped or incomplete: {problem}")
        log.info(f"kb: {result.pages} pages: {result.report.summary()}")
        return result

    def on_build_error(self, error, **kwargs):
        self._depth = 0
        self._store = None

    def on_serve(self, server, config, builder):
        for kind in KINDS.values():
            folder = self.settings.root / kind.folder
            if folder.is_dir():
                server.watch(str(folder))
        if self._live is not None:
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

    def on_env(self, env, config, files):
        if self._live is not None:
            self._live.keep_language(_language(config, self.settings), config, files, env)
        return env

    @event_priority(-110)  # after static-i18n's, which keeps only the language's own entries
    def on_nav(self, nav, config, files):
        if self._live is not None:
            self._live.keep_nav(_language(config, self.settings), nav)
        return nav

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

    def start_patch(self) -> None:
        self._search_docs = []

    def finish_patch(self, config) -> Callable[[], None]:
        """After re-rendering some pages: their search documents now; returns the slower rest (downloads,
        map data, feeds, archived texts), which the live preview runs once browsers have reloaded."""
        site = Path(config.site_dir)
        for index in site.glob("**/search/search_index.json"):
            complete_search_index(index, self._search_docs, replace=True)
        store = self._store if self._store is not None else Store.load(self.settings.root)

        def site_data() -> None:
            write_site_data(self.settings, config, site, store)
            copy_archives(store, site / ARCHIVE_FOLDER)
        return site_data

    def on_page_context(self, context, page, config, nav):
        kb = (page.meta.get("kb") or {}) if page.meta else {}
        if kb.get("record"):
            # A record page (or a merged record's redirect) is not indexed by Material section by
            # section, and prints no table of contents (a few short sections, all in view).
            page.meta["search"] = {"exclude": True}
            page.meta["hide"] = ["toc"]
        if kb.get("search_text") is not None:
            # Titles of generated pages are already escaped (pages/render.py); Material's index holds escaped text.
            self._search_docs.append({"location": page.url, "title": page.title,
                                      "text": html.escape(kb["search_text"], quote=False)})
        if page.meta and page.meta.get(GENERATED_MARK):
            # A generated page is no file of the repository: Material's edit button would open a
            # missing file. Record pages link their YAML record themselves ("Edit this record").
            page.edit_url = None
        return context

    def on_post_page(self, output, page, config):
        return compact_html(output)

    @event_priority(-110)  # after static-i18n (-100), which writes the final search index
    def on_post_build(self, config):
        self._depth -= 1
        if self._depth > 0:
            return  # a nested language build: the outer build finishes the site
        site = Path(config.site_dir)
        script = site / SEARCH_SCRIPT
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(searchnorm.javascript(), encoding="utf-8")
        for index in site.glob("**/search/search_index.json"):
            complete_search_index(index, self._search_docs)
        if self._store is None:
            self._store = Store.load(self.settings.root)
        write_site_data(self.settings, config, site, self._store)
        copy_archives(self._store, site / ARCHIVE_FOLDER)
        self._store = None
        if self._live is not None:
            self._live.finish()


def _language(config, settings) -> str:
    """The language a build renders: static-i18n's current one (it builds each language in turn)."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or settings.default_language


def copy_archives(store: Store, folder: Path) -> int:
    """Copy each source's archived text to `<folder>/<source id>.txt` (skipping identical copies); returns the count."""
    copied = 0
    for source_id, path in archive_files(store).items():
        target = folder / f"{source_id}.txt"
        try:
            same = target.stat().st_size == path.stat().st_size and target.read_bytes() == path.read_bytes()
        except FileNotFoundError:
            same = False
        if not same:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
            copied += 1
    return copied


def write_site_data(settings, config, site: Path, store: Store) -> None:
    """The downloads (data/), the map's points and config, and one Atom feed per language (exports)."""
    tiles = ((config.extra or {}).get("kb") or {}).get("tiles")
    exports.write_site_data(store, settings, site, site_url=config.site_url or "",
                            url_for=exports.url_for_site(settings.default_language),
                            feed_titles={lang: HUB_WORDS[lang]["feed_title"] for lang in HUB_WORDS},
                            type_labels=EVENT_TYPES, tiles=tiles)


def complete_search_index(path: Path, record_docs: list[dict], replace: bool = False) -> None:
    """Add the record pages' documents not yet in the index, and a `norm` field to each document lacking one.

    `norm` holds every folded form of every word (generator/pages/searchnorm.py); markup that
    Material keeps in a document's text (lists, tables) is left out of it. `replace`: documents
    already in the index at the same location are replaced (pages re-rendered by the live preview).
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = data.setdefault("docs", [])
    if replace:
        mine = {doc["location"] for doc in record_docs}
        kept = [doc for doc in docs if doc.get("location") not in mine]
        changed = len(kept) != len(docs)
        docs[:] = kept
    else:
        changed = False
    present = {doc.get("location") for doc in docs}
    added = [doc for doc in record_docs if doc["location"] not in present]
    docs.extend(added)
    changed = changed or bool(added)
    for doc in docs:
        if "norm" not in doc:
            text = html.unescape(_TAG.sub(" ", f"{doc.get('title', '')} {doc.get('text', '')}"))
            doc["norm"] = searchnorm.index_text(text)
            changed = True
    fields = data.setdefault("config", {}).setdefault("fields", {})
    if "norm" not in fields:
        fields["norm"] = {"boost": 1.0}
        changed = True
    if changed:
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


_TAG = re.compile(r"<[^>]*>")
