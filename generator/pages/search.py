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

Pagefind's bundle of a language is kept in the knowledge base's cache
(`.cache/kb/search/<language>/`) with a key: the hash of the documents it
indexed and of the Pagefind binary. A build whose documents are unchanged
copies that bundle instead of running Pagefind again (MkDocs empties the
site folder at every build).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
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
    parser.feed(_without_skipped_insides(content or ""))
    parser.close()
    return " ".join(" ".join(parser.parts).replace("¶", " ").split())


# `_without_skipped_insides`: a tag with no `<` or `>` inside it (a page whose every `<` and `>` belongs to one has
# no comment, declaration or processing instruction, and no raw text holding a tag), and the start of an element
# whose text `_TextOutside` leaves out, but not a <script> or <style>, whose text html.parser reads raw.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?/?>")
_SKIPPED_START = re.compile(r"<(table|svg|figure|pre)(?:\s[^<>]*)?>", re.IGNORECASE)
_SKIPPED_END = {name: re.compile(f"</{name}\\s*>", re.IGNORECASE) for name in ("table", "svg", "figure", "pre")}


def _without_skipped_insides(content: str) -> str:
    """`content` with what is inside each table, chart, figure and `<pre>` dropped where that cannot change
    `_TextOutside`'s text: html.parser, a tokenizer written in Python, spent nearly all its time on hub
    pages' tables, whose text is left out anyway (about 0.25 s of CPU in a 1,000-incident build,
    docs/benchmarks.md, session 10).

    An element is emptied only when its inside holds none of its own kind and its tags nest properly: each
    end tag closes an element opened inside it, so the parser's stack of open elements and its skipping
    come out of the element as they went in, as for the empty element put in its place."""
    if content.count("<") != len(_TAG.findall(content)) or content.count(">") != content.count("<"):
        return content
    out, done, at = [], 0, 0
    while start := _SKIPPED_START.search(content, at):
        at = start.end()
        if start.group(0).endswith("/>"):
            continue  # html.parser opens and closes it at once
        name = start.group(1).lower()
        end = _SKIPPED_END[name].search(content, at)
        if end is None:
            break
        if _nests(content[at:end.start()], name):
            out += [content[done:start.start()], f"<{name}></{name}>"]
            done = at = end.end()
    return "".join([*out, content[done:]])


def _nests(inside: str, name: str) -> bool:
    """True when `inside` opens no `name` element and each of its end tags closes an element it opened."""
    open_tags: list[str] = []
    for match in _TAG.finditer(inside):
        closing, tag = match.group(1), match.group(2).lower()
        if closing:
            if tag not in open_tags:
                return False
            del open_tags[len(open_tags) - 1 - open_tags[::-1].index(tag):]
        elif tag == name:
            return False
        elif not match.group(0).endswith("/>") and tag not in _TextOutside.VOID:  # as html.parser tells them
            open_tags.append(tag)
    return True


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


def write_index(documents: list[SearchDocument], site_dir: Path, cache_dir: Path | None = None) -> dict[str, int]:
    """Write `search/<language>/` (a Pagefind bundle) into the built site for each language; pages per language.

    Each bundle is written next to the old one and swapped in whole, so a failed run leaves the old one.
    With `cache_dir`, a language whose documents are those of the bundle kept there gets a copy of it.
    """
    binary = pagefind_binary()
    by_language: dict[str, list[SearchDocument]] = defaultdict(list)
    for doc in documents:
        by_language[doc.language].append(doc)
    root = Path(site_dir) / SEARCH_FOLDER
    root.mkdir(parents=True, exist_ok=True)
    for language, docs in sorted(by_language.items()):
        pages = {doc.url: _document_html(doc) for doc in docs}
        staging = root / f".{language}.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        kept = BundleCache(cache_dir, language, bundle_key(binary, pages)) if cache_dir is not None else None
        if kept is None or not kept.copy_to(staging):
            _run_pagefind(binary, language, pages, staging)
            if kept is not None:
                kept.keep(staging)
        _swap(staging, root / language)
    return {language: len(docs) for language, docs in by_language.items()}


def _swap(bundle: Path, target: Path) -> None:
    """Put `bundle` in place of `target`, the old one renamed aside first: `target` is missing only between
    two renames, never half removed (the live preview may end the job writing it, background.py)."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    bundle.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _run_pagefind(binary: Path, language: str, pages: dict[str, str], staging: Path) -> None:
    """Pagefind's bundle of these pages (URL -> the HTML it indexes) in `staging`, without the files the site does not use."""
    with tempfile.TemporaryDirectory(prefix="kb-search-") as tmp:
        for url, text in pages.items():
            path = Path(tmp, url, "index.html")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
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


def bundle_key(binary: Path, pages: dict[str, str]) -> str:
    """What a bundle is made from: the Pagefind binary (path, size, modification time) and every page, URL and HTML."""
    stat = binary.stat()
    digest = hashlib.sha256(f"{binary}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for url in sorted(pages):
        digest.update(f"{url}\0{pages[url]}\0".encode())
    return digest.hexdigest()


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


@dataclass(frozen=True)
class BundleCache:
    """One language's bundle kept between builds: `<cache_dir>/<language>/`, and `<language>.key` holding the key
    it was made under and the size of each of its files.

    A bundle is used only when its key is this one and its files are those listed. The key file is removed before
    the bundle is replaced and written after, so a bundle cut short by a crash is never taken for a whole one.
    Files are hard links where the file system allows (thousands of small files: copying them cost about as
    much as Pagefind): nothing writes into a built site's file in place, every writer replaces it.
    """

    cache_dir: Path
    language: str
    key: str

    @property
    def folder(self) -> Path:
        return self.cache_dir / self.language

    @property
    def key_file(self) -> Path:
        return self.cache_dir / f"{self.language}.key"

    def copy_to(self, staging: Path) -> bool:
        """Copy the kept bundle to `staging` when it is whole and made under this key; False (nothing copied) otherwise."""
        try:
            if self.key_file.read_text(encoding="utf-8") != self._stamp(self.folder):
                return False
            shutil.copytree(self.folder, staging, copy_function=_link_or_copy)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            return False
        return True

    def keep(self, bundle: Path) -> None:
        """Keep a copy of `bundle` under this key; a cache that cannot be written is left behind, never an error."""
        try:
            self.key_file.unlink(missing_ok=True)
            shutil.rmtree(self.folder, ignore_errors=True)
            shutil.copytree(bundle, self.folder, copy_function=_link_or_copy)
            self.key_file.write_text(self._stamp(self.folder), encoding="utf-8")
        except OSError:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _stamp(self, folder: Path) -> str:
        """The key, then one line per file of `folder`: its path and size."""
        files = sorted((path.relative_to(folder).as_posix(), path.stat().st_size)
                       for path in folder.rglob("*") if path.is_file())
        return "\n".join([self.key, *(f"{name}\t{size}" for name, size in files)]) + "\n"
