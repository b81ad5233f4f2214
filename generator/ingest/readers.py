"""Readers: one per input kind, registered by file extension.

`read_input(path)` picks the reader by extension (`-` reads standard input
and sniffs the kind), decodes the bytes (`decoding`) and yields `Article`s: one for a text
or HTML file, one per entry for a feed. A reader raises a named error
(`UnreadableInput` and its subclasses) that says why an input was refused;
a feed entry that cannot be used is reported as a `BadEntry` item so that the
other entries still go on.

`find_inputs` walks folders recursively and keeps the files some reader
registered for, in a stable order; the others are listed as skipped.

An article whose language is neither Arabic nor English is refused
(`UnsupportedLanguage`), never stored as one of them.

A page's or feed entry's link becomes the source's `url` only when it is an
http or https address (`records.plausible.web_address`): a `javascript:`
link or a feed's bare guid is dropped, not stored for `kb check` to refuse.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..records.plausible import web_address
from .article import (
    LANGUAGES,
    MAX_ARTICLE_BYTES,
    Article,
    Overrides,
    apply_overrides,
    clean_saved_page,
    detect_language,
    language_name,
    normalise_whitespace,
    paragraphs,
    without_reordering,
)
from .decoding import (  # noqa: F401  (NotText, TooLarge re-exported: the readers' errors)
    NotText,
    TooLarge,
    UnreadableInput,
    check_size,
    decode,
    read_bytes,
    sniff,
)
from .published import date_in_file_name

STDIN = "-"
# A feed holds many articles, so it may be larger than one article.
MAX_FEED_BYTES = 5 * MAX_ARTICLE_BYTES
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
# An HTML page whose main text is shorter than this holds no article.
MIN_ARTICLE_CHARS = 80


class NoArticle(UnreadableInput):
    """The page or feed holds no article text."""


class UnsupportedInput(UnreadableInput):
    """No reader is registered for the file's extension."""


class UnsupportedLanguage(UnreadableInput):
    """The article is in a language other than Arabic and English."""

    hint = "the knowledge base takes Arabic and English articles; if the language was misjudged, give it with --lang"


@dataclass(frozen=True)
class BadEntry:
    """One feed entry that could not be read (the feed's other entries go on)."""

    origin: str
    reason: str


Reader = Callable[[bytes, str, Overrides], Iterator["Article | BadEntry"]]
READERS: dict[str, Reader] = {}


def register(*extensions: str) -> Callable[[Reader], Reader]:
    """Register a reader for file extensions (lowercase, with the dot)."""

    def decorate(reader: Reader) -> Reader:
        for extension in extensions:
            READERS[extension] = reader
        return reader

    return decorate


# ------------------------------------------------------------------ finding inputs

def reader_for(path: Path) -> Reader | None:
    extension = extension_of(path)
    return READERS[extension] if extension else None


@dataclass
class Inputs:
    """The inputs a command line names: what to read, and the files of folders no reader takes."""

    names: list[str]
    skipped: list[BadEntry]


def find_inputs(paths: Iterable[str | Path]) -> Inputs:
    """Every input named: files as given, folders walked recursively. Files of a folder that no reader
    takes are skipped (and listed); hidden files and folders (.git, .DS_Store) are left out silently."""
    found = Inputs([], [])
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN or not path.is_dir():
            found.names.append(str(raw))
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue
            if reader_for(child):
                found.names.append(str(child))
            else:
                found.skipped.append(BadEntry(str(child), f"no reader for {unsupported(child)}"))
    return found


def unsupported(path: Path) -> str:
    """What a file without a reader is, and what is known ("no reader for" goes before it)."""
    return f"{path.suffix or 'files without an extension'} (known: {', '.join(sorted(READERS))})"


# ------------------------------------------------------------------ reading one input

def read_input(name: str, overrides: Overrides = Overrides(), stdin: bytes | None = None) -> list[Article | BadEntry]:
    """All articles of one input (a path, or `-` for standard input)."""
    if name == STDIN:
        data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_FEED_BYTES + 1)
        kind = sniff(data)
    else:
        path = Path(name)
        extension = extension_of(path)
        if extension is None:
            raise UnsupportedInput(f"no reader for {unsupported(path)}")
        kind = extension
        data = read_bytes(path, limit_for(kind))
    check_size(len(data), limit_for(kind))
    return list(READERS[kind](data, name, overrides))


def extension_of(path: Path) -> str | None:
    """The registered extension a file name ends with (longest first), or None."""
    name = path.name.lower()
    for extension in sorted(READERS, key=len, reverse=True):
        if name.endswith(extension):
            return extension
    return None


def limit_for(extension: str) -> int:
    """Feeds hold many articles, so they may be larger than one article."""
    return MAX_FEED_BYTES if extension in FEED_EXTENSIONS else MAX_ARTICLE_BYTES


def _cleaned(text: str | None) -> str | None:
    return without_reordering(text) if text else text


def _finish(article: Article, overrides: Overrides) -> Article:
    """Clean the page's own facts, apply the flags, then detect the language when neither flag nor file
    gave one."""
    article = replace(article, title=_cleaned(article.title), outlet=_cleaned(article.outlet),
                      attribution=_cleaned(article.attribution))
    article = apply_overrides(article, overrides)
    if article.published is None:
        from_name = date_in_file_name(article.origin)
        if from_name:
            article = replace(article, published=from_name, published_from="file-name")
    if not article.language:
        language = detect_language(article.text)
        if language not in LANGUAGES:
            raise UnsupportedLanguage(f"written in {language_name(language)} ({language}), not Arabic or English; "
                                      "skipped")
        article = replace(article, language=language)
    return article


# ------------------------------------------------------------------ the readers

@register(".txt", ".text")
def read_text(data: bytes, origin: str, overrides: Overrides) -> Iterator[Article]:
    """A saved plain-text page: header facts from the first lines, the body after them."""
    text = decode(data)
    archived = normalise_whitespace(text)
    parts = clean_saved_page(archived)
    if not parts.body:
        raise NoArticle("no article text (only a title or header lines)")
    yield _finish(Article(text="\n\n".join(parts.body), archived=archived, language="", origin=origin,
                          title=parts.title, outlet=parts.outlet, attribution=parts.attribution,
                          published=parts.published, published_from="page-header" if parts.published else None,
                          kind="text"), overrides)


@register(".html", ".htm", ".xhtml")
def read_html(data: bytes, origin: str, overrides: Overrides) -> Iterator[Article]:
    """An HTML page: trafilatura finds the main text, title, site name and the meta-tag date."""
    import trafilatura
    from trafilatura.settings import Document

    text = decode(data)
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise NoArticle(f"the page cannot be parsed ({type(error).__name__}: {error})") from None
    # None when nothing was extracted; a dict only when asked with as_dict
    if not isinstance(doc, Document) or len(normalise_whitespace(doc.text or "").strip()) < MIN_ARTICLE_CHARS:
        deep = " (its elements are nested deeper than the HTML parser reads: save the article's text as a " \
               ".txt file and ingest that)" if _nesting_depth(text) > PARSER_MAX_DEPTH else ""
        raise NoArticle(f"no article text found in the page{deep}")
    body = normalise_whitespace(doc.text or "")
    title = (doc.title or "").strip() or None
    lines = paragraphs(body)
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    parts = clean_saved_page("\n".join(lines)) if lines else None
    body_lines = parts.body if parts and parts.body else lines
    archived = _archived(title, body_lines)
    meta_date = _parse_date(doc.date)
    yield _finish(Article(text="\n\n".join(body_lines), archived=archived, language="", origin=origin,
                          title=title, outlet=(doc.sitename or "").strip() or None,
                          url=web_address(doc.url), published=meta_date, published_from="page-meta" if meta_date else None,
                          attribution=parts.attribution if parts else None, kind="html"), overrides)


# libxml2, which trafilatura reads HTML with, drops whatever is nested deeper than this.
PARSER_MAX_DEPTH = 255
_VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta source track wbr".split())


def _nesting_depth(text: str) -> int:
    """How deep the page's elements nest, read by the standard library's parser, which has no limit."""
    from html.parser import HTMLParser

    class Depth(HTMLParser):
        depth = deepest = 0

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag not in _VOID_ELEMENTS:
                self.depth += 1
                self.deepest = max(self.deepest, self.depth)

        def handle_endtag(self, tag: str) -> None:
            self.depth = max(0, self.depth - 1)

    parser = Depth()
    parser.feed(text)
    return parser.deepest


@register(".xml", ".rss", ".atom")
def read_feed(data: bytes, origin: str, overrides: Overrides) -> Iterator[Article | BadEntry]:
    """An RSS or Atom feed: every entry is an article; a broken entry is reported, the rest go on."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        raise NoArticle(f"not a feed or a feed without entries{f' ({reason})' if reason else ''}")
    outlet = (feed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{origin}#{entry.get('id') or entry.get('link') or number}"
        try:
            yield _feed_entry(entry, where, outlet, overrides)
        except UnreadableInput as error:
            yield BadEntry(where, str(error))


def _archived(title: str | None, lines: list[str]) -> str:
    """The text kept as the source's archived copy: the title, then the article's paragraphs."""
    return normalise_whitespace("\n\n".join(([title] if title else []) + lines))


def _feed_entry(entry, origin: str, outlet: str | None, overrides: Overrides) -> Article:
    title = _strip_tags(entry.get("title") or "").strip() or None
    raw = ""
    for content in entry.get("content") or []:
        raw = content.get("value") or raw
    raw = raw or entry.get("summary") or entry.get("description") or ""
    body = normalise_whitespace(_strip_tags(raw))
    if len(body.strip()) < 20:
        raise NoArticle("entry has no text")
    lines = paragraphs(body)
    archived = _archived(title, lines)
    published = None
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            published = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            break
    return _finish(Article(text="\n\n".join(lines), archived=archived, language="", origin=origin,
                           title=title, outlet=outlet, url=web_address(entry.get("link")),
                           published=published, published_from="feed" if published else None,
                           kind="feed"), overrides)


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr)\b[^>]*>", re.IGNORECASE)


def _strip_tags(markup: str) -> str:
    """Feed HTML as text: block tags become line breaks, other tags go, entities are decoded."""
    return html_lib.unescape(_TAG.sub("", _BLOCK.sub("\n", markup)))


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
