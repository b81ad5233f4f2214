"""The only module that knows MkDocs: the `kb` plugin (`plugins: [kb, i18n, search]`).

It wires MkDocs events to the generator and does nothing else:

- on_pre_build: run `kb generate` (writes only changed pages, so `mkdocs serve`
  does not loop), with the knowledge base found next to mkdocs.yml;
- on_serve: also watch the record folders;
- on_page_context: point "edit this page" at the YAML record of a generated page;
- on_post_build (last): add the normalised `norm` field to every search
  document and write the query normaliser script (generator/pages/searchnorm.py);
  write the downloads, map data and Atom feeds (generator/exports) into the site.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from . import exports
from .errors import KbError
from .pages import generate
from .pages import searchnorm
from .pages.strings import HUB_WORDS
from .pages.strings import EVENT_TYPES
from .records.model import KINDS
from .records.store import Store
from .settings import load_settings

log = logging.getLogger("mkdocs.plugins.kb")

SEARCH_SCRIPT = "assets/javascripts/kb-search.js"


class KbConfig(Config):
    root = config_options.Optional(config_options.Type(str))  # default: the folder of mkdocs.yml
    generate = config_options.Type(bool, default=True)


class KbPlugin(BasePlugin[KbConfig]):
    """Generate the knowledge base's pages before each build; normalise the search index after it."""

    def __init__(self):
        super().__init__()
        # static-i18n runs a nested build (on_config, on_pre_build, ...) per extra language
        # inside the outer build's on_post_build: generate once per outer build.
        self._generated = False

    def on_config(self, config):
        root = Path(self.config.root) if self.config.root else Path(config.config_file_path).parent
        self.settings = load_settings(root.resolve())
        if self.settings.edit_base_url is None and config.repo_url:
            # "Edit this record" links open the YAML file: <repo_url>/edit/<branch>/<record path>.
            branch_uri = "/".join((config.edit_uri or "edit/main/").strip("/").split("/")[:2]) + "/"
            self.settings = replace(self.settings, edit_base_url=urljoin(config.repo_url.rstrip("/") + "/", branch_uri))
        return config

    def on_pre_build(self, config):
        if not self.config.generate or self._generated:
            return
        try:
            result = generate(self.settings)
        except KbError as error:
            log.error(f"kb: {error}")
            raise
        for problem in result.problems:
            log.info(f"kb: skipped or incomplete: {problem}")
        log.info(f"kb: {result.pages} pages: {result.report.summary()}")
        self._generated = True

    def on_serve(self, server, config, builder):
        for kind in KINDS.values():
            folder = self.settings.root / kind.folder
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def on_page_context(self, context, page, config, nav):
        record = (page.meta.get("kb") or {}).get("record") if page.meta else None
        if record and config.repo_url:
            edit_uri = config.edit_uri or "edit/main/"
            content = self.settings.content_dir.strip("/") + "/"
            prefix = edit_uri[: -len(content)] if edit_uri.endswith(content) else edit_uri
            page.edit_url = urljoin(config.repo_url.rstrip("/") + "/", prefix) + record
        return context

    @event_priority(-110)  # after static-i18n (-100), which writes the final search index
    def on_post_build(self, config):
        self._generated = False
        site = Path(config.site_dir)
        script = site / SEARCH_SCRIPT
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(searchnorm.javascript(), encoding="utf-8")
        for index in site.glob("**/search/search_index.json"):
            normalise_search_index(index)
        write_site_data(self.settings, config, site)


def write_site_data(settings, config, site: Path) -> None:
    """The downloads (data/), the map's points and config, and one Atom feed per language (exports)."""
    store = Store.load(settings.root)
    tiles = ((config.extra or {}).get("kb") or {}).get("tiles")
    exports.write_site_data(store, settings, site, site_url=config.site_url or "",
                            url_for=exports.url_for_site(settings.default_language),
                            feed_titles={lang: HUB_WORDS[lang]["feed_title"] for lang in HUB_WORDS},
                            type_labels=EVENT_TYPES, tiles=tiles)


def normalise_search_index(path: Path) -> None:
    """Add a `norm` field (every folded form of every word) to each search document lacking one."""
    data = json.loads(path.read_text(encoding="utf-8"))
    changed = False
    for doc in data.get("docs", []):
        if "norm" not in doc:
            doc["norm"] = searchnorm.index_text(f"{doc.get('title', '')} {doc.get('text', '')}")
            changed = True
    fields = data.setdefault("config", {}).setdefault("fields", {})
    if "norm" not in fields:
        fields["norm"] = {"boost": 1.0}
        changed = True
    if changed:
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
