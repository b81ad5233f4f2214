"""The plain data the steps share: trigger hits, dates, the analysis of a body, and its clauses."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .. import dates as dates_mod
from ..lang.common import ROLE_OF_CLASS
from ..lexicon import LexiconMatch
from .sentences import sentences
from .stems import matches_at_stems

if TYPE_CHECKING:
    from .options import ExtractOptions, LanguagePack


@dataclass(frozen=True)
class Hit:
    klass: str
    type: str
    sub_type: str
    start: int
    end: int


@dataclass(frozen=True)
class FoundName:
    """A personal name found in a clause (offsets in the body), before its role is known."""

    start: int
    end: int
    name: str
    rank: str | None = None
    aliases: tuple[str, ...] = ()
    # listed among the dead or hurt ("الضحايا هم:", a numbered line) or described as one of them (القتيل X,
    # الشاب X): in a sentence without an event word, the person is the victim of the event before it
    victim_cue: bool = False
    # the role the words that introduce the name give it ("والمصاب هو X", "the dead were X and Y"): it wins over
    # the nearest casualty word of the clause
    role: str | None = None


class Told(Enum):
    """How a sentence without an event of its own stands to the event its people go to (`people.identified_people`)."""

    WITH_EVENT = auto()         # more of the event (its dead named, a list of them)
    BACKGROUND = auto()         # statistics, a denial, an earlier date: it makes no event
    ANOTHER_INCIDENT = auto()   # background that tells another incident: a precedent, a cause


@dataclass(frozen=True)
class Dated:
    match: dates_mod.DateMatch
    resolved: dates_mod.ResolvedDate | None
    background: bool


@dataclass
class Analysis:
    """Everything found in one body, with offsets in the body."""

    text: str
    language: str
    pack: "LanguagePack"
    options: "ExtractOptions"
    published: dt.date | None
    folded: str                       # the text word lists match in (the pack's `matching_text`)
    to_original: tuple[int, ...]
    dates: list[Dated]
    counts: list
    names: list[LexiconMatch]
    hits: list[Hit]

    def search(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans (in the body) of a word list of the language pack inside [start, end) (the spans are in text
        order: a slice, not a walk over the whole body for every clause)."""
        spans = self._all(name)
        return spans[bisect_left(spans, (start,)):bisect_left(spans, (end,))]

    def _all(self, name: str) -> list[tuple[int, int]]:
        return self.memo(name, lambda: [self.span(m.start(), m.end())
                                        for m in self.matches(self.pack.regex(name), self.pack.stems(name))])

    def sentence_spans(self) -> list[tuple[int, int]]:
        """The body's sentences (start, end), split once: the clauses of `extract`, the place lists of `place_context`."""
        return self.memo("sentences", lambda: sentences(self.text, self.pack.abbreviations))

    def memo(self, key: str, build: Callable[[], Any]) -> Any:
        """What several clauses ask of the whole body, computed once (keys: word list names, "bare-drafts", ...)."""
        cache = self.__dict__.setdefault("_cache", {})
        if key not in cache:
            cache[key] = build()
        return cache[key]

    def matches(self, regex: re.Pattern[str], stems: tuple[str, ...] | None) -> list[re.Match[str]]:
        """`regex.finditer` over the matching text, run only when one of `stems` is in it (None: unknown),
        and only where one is when the pack's stems have a reach (`STEM_REACH`)."""
        finder = self.pack.stem_finder() if stems is not None else None
        if finder is None or stems is None or not finder.knows(stems):
            if stems is not None and not any(stem in self.stem_text for stem in stems):
                return []   # none of the list's words is in the text
            return list(regex.finditer(self.folded))
        places = self.stem_places()
        if places.keys().isdisjoint(stems):
            return []
        reach = self.pack.passes.STEM_REACH
        if reach is None:   # a stem anywhere in a match: run over the whole text
            return list(regex.finditer(self.folded))
        return matches_at_stems(regex, stems, places, self.folded, reach)

    def stem_places(self) -> dict[str, list[int]]:
        """Where each stem the pack's `stem_finder` knows is in the matching text (one pass for every list)."""
        places = self.__dict__.get("_stem_places")
        if places is None:
            finder = self.pack.stem_finder()
            places = self.__dict__["_stem_places"] = finder.places(self.stem_text) if finder is not None else {}
        return places

    @property
    def stem_text(self) -> str:
        """The matching text as the pack looks for stems in it (case-folded English)."""
        text = self.__dict__.get("_stem_text")
        if text is None:
            text = self.__dict__["_stem_text"] = self.pack.passes.stem_text(self.folded)
        return text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the matching text as a span of the body."""
        if not self.to_original:
            return start, end
        o_start = self.to_original[start] if start < len(self.to_original) else len(self.text)
        o_end = self.to_original[end - 1] + 1 if end - 1 < len(self.to_original) else len(self.text)
        return o_start, o_end


_start = attrgetter("start")
_match_start = attrgetter("match.start")


@dataclass
class Clause:
    """A sentence and what the analysis found inside it."""

    a: Analysis
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.a.text[self.start:self.end]

    @property
    def pack(self) -> "LanguagePack":
        return self.a.pack

    @property
    def hits(self) -> list[Hit]:
        """The analysis's trigger words inside the clause (the analysis keeps them in text order: a slice, not
        a walk over the whole body for every question a step asks of a clause)."""
        hits = self.a.hits
        return hits[bisect_left(hits, self.start, key=_start):bisect_left(hits, self.end, key=_start)]

    @property
    def dates(self) -> list[Dated]:
        dates = self.a.dates   # in text order (clauses.analyse)
        return dates[bisect_left(dates, self.start, key=_match_start):bisect_left(dates, self.end, key=_match_start)]

    @property
    def names(self) -> list[LexiconMatch]:
        names = self.a.names   # in text order too (clauses.find_names)
        return names[bisect_left(names, self.start, key=_start):bisect_left(names, self.end, key=_start)]

    @property
    def counts(self) -> list:
        counts = self.a.counts   # in text order (clauses.analyse)
        return counts[bisect_left(counts, self.start, key=_start):bisect_left(counts, self.end, key=_start)]

    def has(self, name: str) -> bool:
        return bool(self.a.search(name, self.start, self.end))

    def spans(self, name: str) -> list[tuple[int, int]]:
        return self.a.search(name, self.start, self.end)

    def before(self, start: int, reach: int) -> str:
        """The clause's text in the `reach` characters before `start`."""
        return self.a.text[max(self.start, start - reach):start]

    def after(self, end: int, reach: int) -> str:
        """The clause's text in the `reach` characters after `end`."""
        return self.a.text[end:min(self.end, end + reach)]

    def person_hit(self, start: int, end: int) -> bool:
        """The words at start:end stand right after a casualty word and before a family name ("قُتل جاسم الجديع"): a
        town so named is the person hit; a town would follow a preposition or a place word."""
        return any(hit.klass in ROLE_OF_CLASS and hit.end <= start and not self.a.text[hit.end:start].strip()
                   for hit in self.hits) and bool(self.pack.cue("FAMILY_NAME_AFTER", 0).match(self.after(end, 30)))
