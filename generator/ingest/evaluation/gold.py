"""The gold corpus: gold files, the id index, name folding, and the dev/test split.

A corpus folder holds articles and one `<article>.gold.yaml` each (format in
`tests/corpus/README.md`, with the additions of `tests/realnews/README.md`),
and `ids.yaml` / `ids.*.yaml` naming the place and organization ids the gold
uses. The scorer knows nothing about how extraction works.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import KbError

GOLD_SUFFIX = ".gold.yaml"
EVENT_KEYS = (
    "incident_key", "date", "date_end", "date_precision", "place", "place_names",
    "type", "sub_type", "fatalities", "injured", "civilian_targeting", "people",
    "organizations", "flags", "note", "place_detail", "governorate",
)
ARTICLE_KEYS = (
    "article", "entry", "published", "published_in_file", "language", "outlet",
    "title", "events", "not_events", "entries", "notes", "url", "persons",
)



TEST_DIGITS = "01234"
"""An article whose `sha1(url)` starts with one of these hex digits is in the frozen test part."""

class CorpusError(KbError):
    """A gold file cannot be read; the message names the file and the field."""

    hint = "see tests/corpus/README.md for the gold format"


# --------------------------------------------------------------------------
# Folding. Kept small and local on purpose: the scorer must not change when
# the extraction's normaliser (generator/ingest/normalise.py, `fold()`) does.

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                         "ؤ": "و", "ئ": "ي", "ء": ""})
_QUOTES = re.compile("[\"'`«»“”„‘’ʿʾ′]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN_PARTICLES = {"al", "el", "ul", "ad", "ar", "as", "ash", "az", "at", "an"}
_LATIN_WORDS = {"abdul": "abd", "abdel": "abd", "abdal": "abd", "abdol": "abd",
                "mohammed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad"}


def _fold_ar(text: str) -> str:
    text = _AR_DIACRITICS.sub("", text).translate(_AR_MAP)
    return " ".join(text.split())


def _fold_latin_token(tok: str) -> str:
    tok = _LATIN_WORDS.get(tok, tok)
    tok = tok.replace("q", "k").replace("ou", "u").replace("ee", "i").replace("oo", "u")
    tok = re.sub(r"(.)\1+", r"\1", tok)
    # consonant skeleton: keep the first letter, drop later vowels and y/w glides
    return tok[:1] + re.sub("[aeiouy]", "", tok[1:])


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _QUOTES.sub("", text)
    toks = [t for t in re.split(r"[^a-z0-9]+", text) if t]
    return " ".join(_fold_latin_token(t) for t in toks if t not in _LATIN_PARTICLES)


def fold_name(text: str) -> str:
    """Matching key of a name in either script ("" for empty input)."""
    text = unicodedata.normalize("NFKC", str(text or "")).replace("\u00a0", " ")
    text = _QUOTES.sub("", text).strip()
    if _ARABIC.search(text):
        return _fold_ar(text)
    return _fold_latin(text)


def name_keys(name: Any, aliases: Iterable[Any] = ()) -> set[str]:
    """All folded forms of a name given as a string, a {en, ar} mapping or a list."""
    out: set[str] = set()
    items: list[Any] = [name, *aliases]
    while items:
        item = items.pop()
        if item is None:
            continue
        if isinstance(item, Mapping):
            items.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            items.extend(item)
        else:
            key = fold_name(item)
            if key:
                out.add(key)
                if key.startswith("ال") and len(key) > 4:  # الصنمين ~ صنمين
                    out.add(key[2:])
    return out


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['`’ʿʾ]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --------------------------------------------------------------------------
# The corpus

@dataclass(frozen=True)
class IdIndex:
    """Names of the place and organization ids the gold uses (tests/corpus/ids.yaml)."""

    places: Mapping[str, set[str]] = field(default_factory=dict)
    organizations: Mapping[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> "IdIndex":
        """`ids.yaml` and every `ids.*.yaml` of a corpus folder (a batch each)."""
        places: dict[str, set[str]] = {}
        organizations: dict[str, set[str]] = {}
        for path in sorted(folder.glob("ids.yaml")) + sorted(folder.glob("ids.*.yaml")):
            data = _read_yaml(path) or {}
            if not isinstance(data, Mapping):
                raise CorpusError(f"{path}: expected a mapping with places: and organizations:")
            for section, into in (("places", places), ("organizations", organizations)):
                entries = data.get(section) or {}
                if not isinstance(entries, Mapping) or not all(isinstance(v or {}, Mapping) for v in entries.values()):
                    raise CorpusError(f"{path}: {section}: expected id: {{en: [...], ar: [...]}} entries")
                for k, v in entries.items():
                    v = v or {}
                    into.setdefault(k, set()).update(name_keys([v.get("en"), v.get("ar")]))
        return cls(places=places, organizations=organizations)


@dataclass
class GoldArticle:
    """The gold of one article (or one feed entry)."""

    article: str                      # file name in the corpus folder
    path: Path                        # the gold file
    language: str
    published: dt.date | None
    published_in_file: bool = False   # True when the file itself carries the date (html meta, feed)
    outlet: str | None = None
    entry: str | None = None          # feed entries: the entry's guid
    title: str | None = None
    events: list[dict] = field(default_factory=list)
    not_events: list[str] = field(default_factory=list)
    index: IdIndex = field(default_factory=IdIndex)

    url: str | None = None
    persons: list[dict] | None = None   # everyone named in the article; None when the gold does not list them

    @property
    def part(self) -> str:
        """"test" or "dev" for an article with a URL (`split_of`), "all" for one without."""
        return split_of(self.url) if self.url else "all"

    @property
    def key(self) -> str:
        return f"{self.article}#{self.entry}" if self.entry else self.article

    def event_refs(self) -> list[tuple[str, int]]:
        return [(self.key, i) for i in range(len(self.events))]


def as_date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise CorpusError(f"{where}: not an ISO date: {value!r}") from None


def _check_keys(data: Mapping, allowed: Iterable[str], where: str) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")


def _read_event(raw: Any, where: str) -> dict:
    if not isinstance(raw, Mapping):
        raise CorpusError(f"{where}: an event must be a mapping")
    _check_keys(raw, EVENT_KEYS, where)
    ev = {k: raw.get(k) for k in EVENT_KEYS}
    if not ev["incident_key"]:
        raise CorpusError(f"{where}: incident_key is required")
    ev["date"] = as_date(ev["date"], f"{where}: date")
    ev["date_end"] = as_date(ev["date_end"], f"{where}: date_end")
    ev["place_names"] = list(ev["place_names"] or [])
    ev["people"] = list(ev["people"] or [])
    ev["organizations"] = list(ev["organizations"] or [])
    ev["flags"] = list(ev["flags"] or [])
    return ev


def _read_yaml(path: Path) -> Any:
    """A gold or ids file's data; a syntax error, a date that does not exist (2023-02-30: PyYAML raises
    ValueError) or a file not in UTF-8 is a `CorpusError` naming the file."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from None
    except ValueError as exc:   # UnicodeDecodeError is one too
        raise CorpusError(f"{path}: cannot be read: {exc}") from None


def load_gold_file(path: Path, index: IdIndex | None = None) -> list[GoldArticle]:
    """Read one gold file: one GoldArticle, or one per entry for a feed."""
    index = index or IdIndex()
    data = _read_yaml(path)
    if not isinstance(data, Mapping) or not data.get("article"):
        raise CorpusError(f"{path}: article: required")
    _check_keys(data, ARTICLE_KEYS, str(path))
    parts = data.get("entries") or [data]
    out = []
    for n, part in enumerate(parts):
        where = f"{path}: entries[{n}]" if data.get("entries") else str(path)
        _check_keys(part, ARTICLE_KEYS, where)
        merged = {**data, **part} if part is not data else data
        lang = merged.get("language")
        if lang not in ("ar", "en"):
            raise CorpusError(f"{where}: language must be ar or en, not {lang!r}")
        events = [_read_event(e, f"{where}: events[{i}]")
                  for i, e in enumerate(merged.get("events") or [])]
        out.append(GoldArticle(
            article=str(data["article"]), path=path, language=lang,
            published=as_date(merged.get("published"), f"{where}: published"),
            published_in_file=bool(merged.get("published_in_file", False)),
            outlet=merged.get("outlet"), entry=part.get("entry") if part is not data else None,
            title=merged.get("title"), events=events,
            not_events=list(merged.get("not_events") or []), index=index,
            url=merged.get("url"),
            persons=None if merged.get("persons") is None else list(merged["persons"]),
        ))
    return out


def reading_as_prediction(event: Mapping) -> dict:
    """A gold event in the format the scorer takes a predicted event in (`run.prediction`), so that a
    second reading of an article can be scored against the first like the extractor is."""
    return {
        "date": event.get("date"), "date_end": event.get("date_end"),
        "date_precision": event.get("date_precision"),
        "place": event.get("place"), "place_names": list(event.get("place_names") or []),
        "place_name": None,
        "place_coordinates": True,      # a reader names the place; whether the map has it is the gazetteer's
        "type": event.get("type"), "sub_type": event.get("sub_type"),
        "fatalities": event.get("fatalities"), "injured": event.get("injured"),
        "civilian_targeting": event.get("civilian_targeting"),
        "people": list(event.get("people") or []),
        "organizations": list(event.get("organizations") or []),
        "flags": list(event.get("flags") or []),
    }


def load_corpus(folder: Path) -> list[GoldArticle]:
    """Every gold file of a corpus folder, in file-name order."""
    folder = Path(folder)
    index = IdIndex.load(folder)
    out: list[GoldArticle] = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        out.extend(load_gold_file(path, index))
    return out




def split_of(url: str) -> str:
    """The frozen part of an article: "test" when the first hex digit of sha1(url) is 0-4, else "dev"."""
    return "test" if hashlib.sha1(url.encode("utf-8")).hexdigest()[0] in TEST_DIGITS else "dev"
