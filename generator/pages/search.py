"""The site's search: one Pagefind index per language, made from one search document per page.

Material's own search loads one JSON index of every page before it shows a
first result (about 70 MB at 10,000 incidents, both languages in one). Pagefind
(its binary ships in the `pagefind-bin` wheel) splits each language's index into
chunks a browser fetches only for the words typed. Material's search box stays:
its worker (`assets/javascripts/kb-search-worker.js`, named in main.html)
answers Material's queries from the Pagefind index of the page's language.

Each page gives one document (`page_document`):

- a record page: its title and `kb.search_text` (names and aliases in both
  languages, place chain with aliases, actors, people, summary, cited headlines:
  `kinds.py`), weighted above everything else;
- a hub or hand-written page: its title and its text, without tables, charts
  and elements marked `data-search-exclude` (hub tables repeat the records'
  own documents and would drown them).

The index holds only folded forms (`searchnorm.index_text`: every spelling
variant, clitic-free form, and fused and split compound of every word); what a
result shows (title, teaser) is kept as Pagefind metadata, in the page's own
spelling. The browser folds the query with the same tables (`kb-fold.js`).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import KbError
from . import searchnorm
from .render import GENERATED_MARK

SEARCH_FOLDER = "search"  # at the site root: search/<language>/pagefind.js and its index
FOLD_SCRIPT = "assets/javascripts/kb-fold.js"
TEASER_CHARS = 160
# Word weights (Pagefind: 0-10, body text 1): a record's title above its other words, and record
# pages above hubs and hand-written pages.
WEIGHTS = {"record": (10.0, 1.0), "page": (5.0, 0.5)}
# What Pagefind writes that the site does not use: its own interfaces and the index of pages
# without a language (every document has one).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
          "pagefind-worker.js", "wasm.unknown.pagefind")


class SearchIndexError(KbError):
    """Pagefind could not be run, or failed while indexing."""

    hint = "reinstall the project (`pip install -e .` installs the pinned pagefind-bin)"


@dataclass(frozen=True)
class SearchDocument:
    url: str  # site-relative, with the language prefix ("ar/places/jasim/")
    language: str
    title: str  # plain text
    text: str  # plain text: the words that find the page besides its title
    kind: str  # "record" or "page" (WEIGHTS)

    @property
    def teaser(self) -> str:
        """What a result shows under its title: the start of the text without the title, cut at a word."""
        text = " · ".join(part for part in self.text.split(" · ") if part != self.title)
        if len(text) <= TEASER_CHARS:
            return text
        return text[:TEASER_CHARS].rsplit(" ", 1)[0] + " …"


def page_document(url: str, language: str, title: str, meta: dict, content: str) -> SearchDocument | None:
    """The search document of a built page (`content` is its HTML body), or None for a redirect."""
    meta = meta or {}
    kb = meta.get("kb") or {}
    if meta.get("kb_redirect"):
        return None  # a merged record's page: its survivor is indexed
    if meta.get(GENERATED_MARK):
        title = html.unescape(title)  # generated titles are stored escaped (render.front_matter)
    if kb.get("search_text") is not None:
        return SearchDocument(url, language, title, kb["search_text"], "record")
    return SearchDocument(url, language, title, page_text(content), "page")


class _TextOutside(HTMLParser):
    """The text of an HTML fragment, leaving out tables, charts, scripts and `data-search-exclude` elements."""

    SKIPPED = {"table", "svg", "script", "style", "pre", "figure"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[str] = []  # the elements open at this point
        self.skip_from: int | None = None  # depth of the open element whose text is being left out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        if self.skip_from is None and (tag in self.SKIPPED or any(name == "data-search-exclude" for name, _ in attrs)):
            self.skip_from = len(self.open)
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open.pop() != tag:
            pass
        if self.skip_from is not None and len(self.open) <= self.skip_from:
            self.skip_from = None

    def handle_data(self, data: str) -> None:
        if self.skip_from is None:
            self.parts.append(data)


def page_text(content: str) -> str:
    parser = _TextOutside()
    parser.feed(content or "")
    parser.close()
    return " ".join(" ".join(parser.parts).replace("¶", " ").split())


def _document_html(doc: SearchDocument) -> str:
    """What Pagefind indexes for one document: folded words, weighted; title and teaser as metadata."""
    title_weight, text_weight = WEIGHTS[doc.kind]
    meta = "".join(f'<span data-pagefind-meta="{key}:{html.escape(value)}"></span>'
                   for key, value in (("title", doc.title), ("teaser", doc.teaser)))
    return (f'<!doctype html><html lang="{doc.language}"><body>{meta}'
            f'<p data-pagefind-weight="{title_weight}">{html.escape(searchnorm.index_text(doc.title))}</p>'
            f'<p data-pagefind-weight="{text_weight}">{html.escape(searchnorm.index_text(doc.text))}</p>'
            "</body></html>")


def pagefind_binary() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as error:
        raise SearchIndexError(f"the Pagefind binary is not installed ({error})") from None
    return Path(get_executable())


def write_index(documents: list[SearchDocument], site_dir: Path) -> dict[str, int]:
    """Write `search/<language>/` (a Pagefind bundle) into the built site for each language; pages per language.

    Each bundle is written next to the old one and swapped in whole, so a failed run leaves the old one.
    """
    binary = pagefind_binary()
    by_language: dict[str, list[SearchDocument]] = defaultdict(list)
    for doc in documents:
        by_language[doc.language].append(doc)
    root = Path(site_dir) / SEARCH_FOLDER
    root.mkdir(parents=True, exist_ok=True)
    for language, docs in sorted(by_language.items()):
        staging = root / f".{language}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="kb-search-") as tmp:
            for doc in docs:
                path = Path(tmp, doc.url, "index.html")
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(_document_html(doc), encoding="utf-8")
            try:
                run = subprocess.run([str(binary), "--site", tmp, "--output-path", str(staging)],
                                     capture_output=True, text=True, timeout=1800)
            except OSError as error:
                raise SearchIndexError(f"could not run {binary}: {error}") from None
        if run.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            raise SearchIndexError(f"pagefind failed on the {language} pages: {(run.stderr or run.stdout).strip()[-2000:]}")
        for name in UNUSED:
            (staging / name).unlink(missing_ok=True)
        target = root / language
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return {language: len(docs) for language, docs in by_language.items()}
