"""The `Article`: what every reader produces and every later stage consumes.

A reader turns one input (a text file, an HTML page, a feed entry) into an
`Article`: the body text extraction reads, the archived text that provenance
hashes, and the metadata the input carries (title, outlet, url, language,
publication date, credit line). Fields are filled by a chain of sources, each
only filling blanks: command-line flags first, then what the file says.

This module also holds the text-level helpers readers share: whitespace
normalisation for the archive, language detection, and the clean-up of saved
plain-text pages (`site | title` first line, breaking markers, the repeated
title, a credit line, a summary block, bylines, trailing boilerplate).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import pycld2

from ..records.plausible import REORDERING_CONTROLS
from . import published
from .lang import ar, en
from .lang import common as C
from .normalise import fold

# An article's body is a few kilobytes; anything far larger is not an article
# (a data dump, a log, a book) and would cost memory and time to read.
MAX_ARTICLE_BYTES = 2_000_000
# Below this share of Arabic letters among all letters, a text is English (when CLD2 cannot tell).
ARABIC_RATIO_THRESHOLD = 0.3
# The languages the knowledge base takes; an article in any other is refused.
LANGUAGES = ("ar", "en")
# CLD2's answer when it cannot name a language.
CLD2_UNKNOWN = "un"
# A header line (credit, marker) is short; a body paragraph is longer.
MAX_HEADER_LINE_WORDS = 6
# A dash between the parts of a credit line has a space on at least one side ("بوست- فلان"); one inside a word
# ("al-Raqqa") has none. Each part is an outlet's, a reporter's or a place's name: a few words.
_CREDIT_DASH = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")
MAX_CREDIT_PART_WORDS = 3
_CREDIT_LINE_NOT = tuple(fold(word) for word in ar.CREDIT_LINE_NOT) + en.CREDIT_LINE_NOT

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]+")
# Invisible controls that reorder text (U+202A-U+202E, U+2066-U+2069): `kb check` refuses them in a record,
# since they can make a text display as another; an article drops them before anything of it is quoted.
_REORDERING = re.compile("[" + "".join(sorted(REORDERING_CONTROLS)) + "]")
_SENTENCE_END = re.compile(r"[.!?؟。:]\s*$")
# Page clean-up words of every language: a saved page may mix them (an Arabic page with "BREAKING").
_BREAKING_MARKERS = ar.BREAKING_MARKERS | en.BREAKING_MARKERS
_TRAILING_BOILERPLATE = ar.TRAILING_BOILERPLATE | en.TRAILING_BOILERPLATE
_CREDIT_LABELS = en.CREDIT_LABELS + ar.CREDIT_LABELS
_SUMMARY_LABELS = ar.SUMMARY_LABELS | en.SUMMARY_LABELS
_BULLET = re.compile(rf"^\s*[{re.escape(C.LIST_BULLETS)}]\s*\S")
# A summary block opens the body: its label stands among the first few lines.
MAX_SUMMARY_LABEL_LINE = 3
# A byline is a short line: its labels and two or three names.
MAX_BYLINE_WORDS = 12
_ARABIC_BYLINE = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted(ar.BYLINE_LABELS, key=len, reverse=True)))
                            + r")\s*:")
_ENGLISH_BYLINE_LABEL = "|".join(map(re.escape, sorted(en.BYLINE_LABELS, key=len, reverse=True)))
_ENGLISH_BYLINE = re.compile(r"^\s*(?:" + _ENGLISH_BYLINE_LABEL + r")\s+(?P<names>.+)$", re.IGNORECASE)
_ENGLISH_BYLINE_GLUE = re.compile(r"[;,.|/]|\band\b|\b(?:" + _ENGLISH_BYLINE_LABEL + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One news article, ready for extraction."""

    text: str                                  # the body: paragraphs separated by blank lines
    archived: str                              # the text archived and hashed (whitespace-normalised)
    language: str                              # "ar" or "en"
    origin: str                                # the path (and feed entry) it came from, for messages
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    published_from: str | None = None          # where the date was found (vocab.PUBLISHED_FROM)
    attribution: str | None = None
    kind: str = "text"                         # text | html | feed: which reader made it
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.archived.encode("utf-8")).hexdigest()

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Overrides:
    """What the command line says about the articles (each field fills first)."""

    published: dt.date | dt.datetime | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


def apply_overrides(article: Article, overrides: Overrides) -> Article:
    """Flags first, then what the file said (flags replace file values they name)."""
    changes: dict[str, Any] = {}  # Article field -> the flag's value
    if overrides.published is not None:
        changes["published"] = overrides.published
        changes["published_from"] = "flag"
    if overrides.url:
        changes["url"] = overrides.url
    if overrides.outlet:
        changes["outlet"] = overrides.outlet
    if overrides.language:
        changes["language"] = overrides.language
    return replace(article, **changes) if changes else article


# ----------------------------------------------------------------- text helpers

def without_reordering(text: str) -> str:
    """The text without the invisible controls that reorder it (pages set each text's direction themselves)."""
    return _REORDERING.sub("", text)


def normalise_whitespace(text: str) -> str:
    """The archived form of a text: NFC, no reordering controls, spaces collapsed per line, at most one
    blank line, final newline."""
    text = unicodedata.normalize("NFC", without_reordering(text).replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return joined + "\n" if joined else ""


def detect_language(text: str) -> str:
    """The language of a text as an ISO 639-1 code (or CLD2's code for a language without one).

    CLD2 (Google's Compact Language Detector 2) names it when it is sure, which it is from a
    sentence or two on, in any of some 80 languages: so a French article is "fr", never taken for
    English. When CLD2 cannot tell (a line of names), the share of Arabic letters decides between
    the knowledge base's two languages, "ar" and "en".
    """
    sample = text[:20_000]
    try:
        reliable, _, details = pycld2.detect(sample, isPlainText=True)
    except (pycld2.error, ValueError):  # text CLD2 cannot take (lone surrogates): the letters decide
        reliable, details = False, ()
    if reliable and details[0][1] != CLD2_UNKNOWN:
        return details[0][1]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic + latin == 0:
        return "en"
    return "ar" if arabic / (arabic + latin) >= ARABIC_RATIO_THRESHOLD else "en"


def language_name(code: str) -> str:
    """The English name of a language CLD2 knows by `code` ("fr" -> "French")."""
    return next((name.title() for name, known in pycld2.LANGUAGES if known == code), code)


def paragraphs(text: str) -> list[str]:
    """Non-empty lines of a whitespace-normalised text (each line is a paragraph)."""
    return [line for line in text.split("\n") if line.strip()]


@dataclass
class PageParts:
    """What the clean-up of a saved page found."""

    body: list[str]
    title: str | None = None
    outlet: str | None = None
    attribution: str | None = None
    published: dt.date | None = None           # a header line that states the date (published.py)


def _is_marker(line: str) -> bool:
    return _folded_line(line) in _BREAKING_MARKERS


def strip_marker(line: str) -> str:
    """"عاجل | title" → "title" (a breaking marker opening a line)."""
    head, sep, rest = line.partition("|")
    if not sep:
        head, sep, rest = line.partition(":")
    if sep and _is_marker(head) and rest.strip():
        return rest.strip()
    return line


def _folded_line(line: str) -> str:
    return re.sub(r"[\s:|!\-–—]+", " ", line).strip().casefold()


def _is_boilerplate_start(line: str) -> bool:
    return _folded_line(line) in _TRAILING_BOILERPLATE


def _looks_like_header_line(line: str) -> bool:
    words = line.split()
    return (0 < len(words) <= MAX_HEADER_LINE_WORDS or _is_credit_triple(line)) and not _SENTENCE_END.search(line)


def _is_credit_triple(line: str) -> bool:
    """"موقع الخبر - فلان الفلاني - درعا": an outlet, its reporter and the place reported from, three short parts
    between dashes, none a word of an event ("قصف جوي - ريف إدلب - مقتل طفلين" is a headline); the reporter's name is
    no person of the report (a header line may be longer than six words so)."""
    parts, folded = _CREDIT_DASH.split(line.strip()), fold(line).casefold()
    return len(parts) == 3 and all(0 < len(part.split()) <= MAX_CREDIT_PART_WORDS for part in parts) \
        and not any(character.isdigit() for character in line) and not any(word in folded for word in _CREDIT_LINE_NOT)


def split_site_title(line: str) -> tuple[str | None, str | None]:
    """`site | title` → (site, title); a line without the bar → (None, None)."""
    if "|" not in line:
        return None, None
    site, _, title = line.partition("|")
    site, title = site.strip(), title.strip()
    if not site or not title or len(site.split()) > MAX_HEADER_LINE_WORDS:
        return None, None
    return site, title


def clean_saved_page(text: str) -> PageParts:
    """Split a saved plain-text page into header facts and body paragraphs.

    Order of the header, as saved pages have it: an optional `site | title`
    line, breaking markers ("عاجل"), the title again, a credit line ("وكالات"),
    then the body. Trailing boilerplate ("أخبار متعلقة", "Related news") and
    everything after it is dropped.
    """
    lines = paragraphs(text)
    parts = PageParts(body=[])
    dated = published.date_in_header(lines, detect_language(text))
    if dated:
        index, parts.published = dated
        lines = lines[:index] + lines[index + 1:]
    if lines:
        site, title = split_site_title(lines[0])
        if site:
            parts.outlet, parts.title = site, title
            lines = lines[1:]
    # the title alone on the first line, followed by the body
    if parts.title is None and len(lines) > 1 and _looks_like_title(lines[0]):
        parts.title = lines[0]
        lines = lines[1:]
    # header zone: markers, repeated title, credit line, before the first long paragraph
    start = 0
    for index, line in enumerate(lines):
        if _is_marker(line) or (parts.title and _same_text(strip_marker(line), parts.title)):
            start = index + 1
            continue
        if _looks_like_header_line(line) and index < 4 and parts.attribution is None and index + 1 < len(lines):
            parts.attribution = _credit(line)
            start = index + 1
            continue
        break
    body = lines[start:]
    for index, line in enumerate(body):
        if index > 0 and _is_boilerplate_start(line):
            body = body[:index]
            break
    parts.body = [line for line in _without_summary(body) if not _is_byline(line)]
    return parts


def _without_summary(body: list[str]) -> list[str]:
    """The body without a summary block at its top ("ملخص:" and its "- ..." bullets, which repeat the
    article: read twice, one incident would become two)."""
    for index, line in enumerate(body[:MAX_SUMMARY_LABEL_LINE]):
        if _folded_line(line) in _SUMMARY_LABELS:
            end = index + 1
            while end < len(body) and _BULLET.match(body[end]):
                end += 1
            return body[:index] + body[end:] if end > index + 1 else body
    return body


def _is_byline(line: str) -> bool:
    """"إعداد: سامر الحلبي – تحرير: ليلى الخطيب", "Reporting by A; Editing by B": who wrote the piece.

    Its names are not people of the report, so the line leaves the body that
    extraction reads (the archived text keeps it). An Arabic label needs its
    colon ("تحرير مدينة" is "the liberation of a city"); after an English
    label every word is a capitalised name.
    """
    if len(line.split()) > MAX_BYLINE_WORDS:
        return False
    if _ARABIC_BYLINE.match(line):
        return True
    english = _ENGLISH_BYLINE.match(line)
    if not english:
        return False
    names = _ENGLISH_BYLINE_GLUE.sub(" ", english["names"]).split()
    return bool(names) and all(word[:1].isupper() for word in names)


# The most words of a dateline or byline line ending with a colon ("جسر: متابعات:", "الثورة – سيرين المصطفى:").
MAX_DATELINE_WORDS = 6


def _looks_like_title(line: str) -> bool:
    words = line.split()
    # a sentence that ends with a colon opens a list or a quotation ("... أسفرت عن اعتقال ثلاثة شبان، وهم:"); a short
    # line that does is a dateline or a byline ("الثورة – سيرين المصطفى:"), kept out of the body as a title is
    opens_list = line.rstrip().endswith(":") and len(words) > MAX_DATELINE_WORDS
    return 2 < len(words) <= 25 and not line.rstrip().endswith((".", "؟", "?")) and not opens_list


def _same_text(a: str, b: str) -> bool:
    return _folded_line(a) == _folded_line(b)


def _credit(line: str) -> str:
    """The credit line without a leading "by" / "المصدر:" label."""
    line = line.strip()
    for label in _CREDIT_LABELS:
        if line.casefold().startswith(label):
            return line[len(label):].strip(" :-–") or line
    return line
