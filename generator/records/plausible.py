"""Values the record types allow but the world does not: checks of one record at a time.

The model (`model.py`) decides what a record can be read as; these checks flag
what a well-typed record should still not say. They never drop a record: each
finding is reported by `kb check` (and by the site build, which a strict build
fails on errors), and pages show the record as written, escaped as always.
The limits, and why:

- **Dates** (every date and time of every record): an error before
  `EARLIEST` (1900: earlier years in this knowledge base are typing errors,
  such as year 1) or after tomorrow (`FUTURE_GRACE`: one day of slack for time
  zones); a warning for incident dates before `EVENTS_SINCE` (2000), the period
  the knowledge base is about. Within one record, an error when a person is
  born after they died or an affiliation ends before it starts, and a warning
  when a source was published after it was retrieved.
- **Tolls** (fatalities, injured, and every source's claim): an error above
  `TOLL_MAX` (1,000,000, more than the deaths of the whole war), a warning
  above `TOLL_WARN` (10,000, more than any single incident recorded in Syria).
- **Addresses**: a source's `url` is an absolute http or https address with a
  host, without spaces or control characters; other schemes (`javascript:`,
  `data:`, `file:`) are errors.
- **Texts**: names, aliases, titles, outlet names, roles, attributions and
  place details are one line: a line break or control character is an error,
  and so is a length over `NAME_MAX` (200) characters (`TITLE_MAX`, 300, for
  titles). Long texts (summaries, descriptions, notes, quotes) may hold line
  breaks and tabs, no other control character. Invisible bidirectional
  controls that reorder text (U+202A-U+202E, U+2066-U+2069) are errors in any
  text: they can make a name display as another. The direction marks U+200E,
  U+200F and U+061C are warnings in names and titles (pages set the direction
  of every name themselves) and allowed in long texts, which quote articles.
- **Coordinates** of a place: a warning outside `SYRIA` (Syria's bounding box
  with a margin of about 10 km), saying so when swapping lat and lon would put
  the place inside.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..errors import Severity
from .model import Event, Person, Place, Record, Source

EARLIEST = dt.date(1900, 1, 1)
EVENTS_SINCE = dt.date(2000, 1, 1)
FUTURE_GRACE = dt.timedelta(days=1)
TOLL_WARN = 10_000
TOLL_MAX = 1_000_000
NAME_MAX = 200
TITLE_MAX = 300
# (south, north) latitudes and (west, east) longitudes: Syria spans 32.31-37.32 N, 35.73-42.38 E.
SYRIA = ((32.2, 37.4), (35.6, 42.5))

REORDERING_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")
ONE_LINE_TEXTS = {"name": NAME_MAX, "aliases": NAME_MAX, "title": TITLE_MAX, "place_detail": NAME_MAX,
                  "attribution": NAME_MAX, "role": NAME_MAX}
LONG_TEXTS = ("summary", "description", "notes", "quote")
TEXT_HOLDERS = ("outlet", "affiliations", "sources")  # fields whose parts hold texts: outlet.name, sources[].quote
# Searched with regular expressions: a knowledge base holds tens of thousands of texts.
_REORDERING = re.compile("[" + "".join(sorted(REORDERING_CONTROLS)) + "]")
_MARK = re.compile("[" + "".join(sorted(DIRECTION_MARKS)) + "]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode's control characters (category Cc)
_LONG_TEXT_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and line feed
# Where each kind keeps its dates (paths into the record's data, "[]" walking a list).
DATES = {Event: ("date", "date_end"), Person: ("born", "died", "affiliations[].from", "affiliations[].to"),
         Source: ("published", "retrieved")}


@dataclass(frozen=True)
class Finding:
    """One problem inside a record: where (a path into the record's data, as keyed in its file) and what."""

    location: tuple[Any, ...]
    message: str
    hint: str
    severity: Severity = "error"


def findings(record: Record, today: dt.date) -> Iterator[Finding]:
    """Everything implausible in one record."""
    data = record.model_dump(mode="python", by_alias=True)
    yield from _dates(record, data, today)
    yield from _texts(data)
    if isinstance(record, Event):
        yield from _tolls(data)
    elif isinstance(record, Source):
        yield from _url(record.url)
    elif isinstance(record, Place) and record.coordinates is not None:
        yield from _coordinates(record.coordinates.lat, record.coordinates.lon)


# ---- dates -------------------------------------------------------------------

def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _date_values(record: Record, data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dt.date]]:
    for path in DATES.get(type(record), ()):
        head, _, rest = path.partition("[].")
        if rest:
            for index, item in enumerate(data.get(head) or []):
                if (day := _day(item.get(rest))) is not None:
                    yield (head, index, rest), day
        elif (day := _day(data.get(head))) is not None:
            yield (head,), day


def _dates(record: Record, data: dict[str, Any], today: dt.date) -> Iterator[Finding]:
    for location, day in _date_values(record, data):
        if day < EARLIEST:
            yield Finding(location, f"{day} is before {EARLIEST.year}",
                          f"check the year: dates before {EARLIEST.year} are taken for typing errors")
        elif day > today + FUTURE_GRACE:
            yield Finding(location, f"{day} is in the future", "check the year: records tell what has happened")
        elif isinstance(record, Event) and day < EVENTS_SINCE:
            yield Finding(location, f"{day} is before {EVENTS_SINCE.year}",
                          f"check the year: the knowledge base records incidents since {EVENTS_SINCE.year}", "warning")
    if isinstance(record, Person):
        if record.born and record.died and record.born > record.died:
            yield Finding(("born",), f"born {record.born}, after died {record.died}", "swap them or correct one")
        for index, affiliation in enumerate(record.affiliations):
            if affiliation.from_ and affiliation.to and affiliation.from_ > affiliation.to:
                yield Finding(("affiliations", index, "from"), f"from {affiliation.from_} is after to {affiliation.to}",
                              "swap them or correct one")
    if isinstance(record, Source):
        published, retrieved = record.published_date, _day(record.retrieved)
        if published and retrieved and published > retrieved + FUTURE_GRACE:
            yield Finding(("published",), f"published {published}, after retrieved {retrieved}",
                          "check the publication date: an article is published before anyone retrieves it", "warning")


# ---- tolls -------------------------------------------------------------------

def _tolls(data: dict[str, Any]) -> Iterator[Finding]:
    counts: list[tuple[tuple[Any, ...], Any]] = [(("fatalities", key), data["fatalities"].get(key))
                                                 for key in ("best", "low", "high")]
    counts.append((("injured",), data.get("injured")))
    for index, claim in enumerate(data.get("sources") or []):
        counts += [(("sources", index, key), claim.get(key)) for key in ("fatalities", "injured")]
    for location, count in counts:
        if count is None:
            continue
        if count > TOLL_MAX:
            yield Finding(location, f"{count:,} is not a believable toll",
                          f"check for extra digits: more than {TOLL_MAX:,} is more than the whole war's dead")
        elif count > TOLL_WARN:
            yield Finding(location, f"{count:,} is larger than any single incident's toll",
                          f"check the figure: kb check warns above {TOLL_WARN:,}", "warning")


# ---- addresses -----------------------------------------------------------------

def url_problem(url: str) -> str:
    """What keeps `url` from being a source's address (empty when nothing does): it must be an
    absolute http or https address with a host, without spaces or invisible characters."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return f"{_short(url)} is not a web address"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{_short(url)} is not an http or https address"
    if not host:
        return f"{_short(url)} names no host"
    if any(ch.isspace() for ch in url) or _CONTROL.search(url) or _REORDERING.search(url) or _MARK.search(url):
        return f"{_short(url)} holds spaces or invisible characters"
    return ""


def web_address(url: str | None) -> str | None:
    """`url` when a source may keep it as its address, else None (what ingest keeps of a page's or feed's link)."""
    return url if url and not url_problem(url) else None


def _url(url: str | None) -> Iterator[Finding]:
    if url is not None and (problem := url_problem(url)):
        yield Finding(("url",), problem, "write the article's web address, starting http:// or https://, or null")


# ---- texts -------------------------------------------------------------------

def _text_values(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str, str]]:
    """(location, field, text) of every text of a record, `field` the name of the text field it is in."""
    found: list[tuple[tuple[Any, ...], str, str]] = []

    def walk(value: Any, location: tuple[Any, ...], field: str | None) -> None:
        if isinstance(value, str):
            if field:
                found.append((location, field, value))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, location + (index,), field)
        elif isinstance(value, dict):
            for key, item in value.items():
                named = field or (key if key in ONE_LINE_TEXTS or key in LONG_TEXTS else None)
                if named or key in TEXT_HOLDERS:
                    walk(item, location + (key,), named)

    walk(data, (), None)
    return found


def _texts(data: dict[str, Any]) -> Iterator[Finding]:
    for location, field, text in _text_values(data):
        if reordering := _REORDERING.search(text):
            yield Finding(location, f"holds the invisible direction control {_describe(reordering[0])}",
                          "delete it: it can make a text display as another, and pages set the direction themselves")
        if field in LONG_TEXTS:
            if control := _LONG_TEXT_CONTROL.search(text):
                yield Finding(location, f"holds the control character {_describe(control[0])}", "delete it")
            continue
        if control := _CONTROL.search(text):
            if control[0] in "\r\n":
                yield Finding(location, "holds a line break", f"a {field} is one line: join the lines")
            else:
                yield Finding(location, f"holds the control character {_describe(control[0])}", "delete it")
        if mark := _MARK.search(text):
            yield Finding(location, f"holds the invisible direction mark {_describe(mark[0])}",
                          "delete it: pages set the direction of every name themselves", "warning")
        limit = ONE_LINE_TEXTS[field]
        if len(text) > limit:
            yield Finding(location, f"is {len(text):,} characters long, more than {limit}",
                          "shorten it: long texts belong in summary, description or notes")


def _describe(ch: str) -> str:
    return f"U+{ord(ch):04X}" + (f" ({unicodedata.name(ch)})" if unicodedata.name(ch, "") else "")


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


# ---- coordinates ---------------------------------------------------------------

def in_syria(lat: float, lon: float) -> bool:
    (south, north), (west, east) = SYRIA
    return south <= lat <= north and west <= lon <= east


def _coordinates(lat: float, lon: float) -> Iterator[Finding]:
    if in_syria(lat, lon):
        return
    if in_syria(lon, lat):
        yield Finding(("coordinates",), f"lat {lat}, lon {lon} look swapped: the other way round they are in Syria",
                      "swap lat and lon", "warning")
    else:
        yield Finding(("coordinates",), f"lat {lat}, lon {lon} is outside Syria",
                      "check the coordinates: Syria spans lat 32.3 to 37.3 and lon 35.7 to 42.4", "warning")
