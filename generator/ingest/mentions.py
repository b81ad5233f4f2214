"""Plain data passed from extraction to resolution and drafting.

Extraction finds names and facts in one article; it knows nothing of the
knowledge base. These classes carry what it found, with the lexicon id when
the shipped lexicon matched, so that `resolve` can map them to records and
`drafts` can write new ones. Everything here pickles (worker processes send
it back to the parent).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..records.model import GeoPrecision


@dataclass(frozen=True)
class Mention:
    """A place or organization named in the article."""

    kind: str                      # "place" | "organization"
    name: str                      # surface form, without clitics, in the article's language
    language: str
    lexicon_id: str | None = None  # shipped lexicon entry, when one matched
    start: int = -1                # offset in the article body
    hint: str | None = None        # place kind or organization category guessed from the words around it
    proposed_id: str | None = None # id for a new record when the lexicon has none (jasim-local-fighters)
    name_en: str | None = None     # English name when extraction knows one (else romanised in drafts)
    within: str | None = None      # a draft place: lexicon id of the area or town the article names it in
    context_area: str | None = None  # a draft place named in no area: lexicon id of the area holding the
                                     # article's other places (its parent, a guess)


@dataclass(frozen=True)
class PersonMention:
    """A person named in the article, with the role they play in one event."""

    name: str                      # the name without rank or kunya markers
    language: str
    role: str
    rank: str | None = None        # the title before the name (العميد, Colonel)
    aliases: tuple[str, ...] = ()  # other forms seen (the kunya, the name with its rank)
    org: str | None = None         # lexicon id of the organization the text ties them to
    lexicon_id: str | None = None

    def written_in(self, text: str, start: int = 0) -> tuple[int, int] | None:
        """Where `text` first writes the person from `start`, by the name or one of its aliases: a name completed
        from a relative's ("ونجله محمد" for محمد سامي الحريري) is written only as its alias."""
        spans = [(at, at + len(form)) for form in (self.name, *self.aliases) if form
                 for at in (text.find(form, start),) if at >= 0]
        return min(spans) if spans else None


@dataclass(frozen=True)
class ActorMention:
    mention: Mention
    side: str                      # a | b | associated_a | associated_b


@dataclass
class ExtractedEvent:
    """One event of one article, before resolution against the knowledge base."""

    type: str
    sub_type: str
    quote: str
    start: int                                  # offset of the supporting text in the body
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: str = "unknown"
    place: Mention | None = None
    place_detail: str | None = None
    geo_precision: GeoPrecision | None = None
    fatalities: int | None = None
    injured: int | None = None
    civilian_targeting: bool = False
    actors: list[ActorMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    review: list[tuple[str, str]] = field(default_factory=list)   # (field, reason)
