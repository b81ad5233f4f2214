"""Typed records: the five kinds of RECORDS.md as pydantic models.

Field names are the YAML contract. Every model forbids unknown fields so that
a typo in a hand-edited file is an error, not a silently ignored key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_validator

from . import vocab

RecordId = Annotated[
    str, StringConstraints(pattern=vocab.ID_PATTERN, max_length=vocab.ID_MAX_LENGTH)
]
if TYPE_CHECKING:
    # A type checker cannot read a Literal built from the vocabulary at run time: to it these
    # are the strings they are; pydantic checks each value against its vocabulary.
    Status: TypeAlias = str
    Language: TypeAlias = str
    EventType: TypeAlias = str
    SubType: TypeAlias = str
    OrgCategory: TypeAlias = str
    PlaceKind: TypeAlias = str
    Side: TypeAlias = str
    PersonRole: TypeAlias = str
    DatePrecision: TypeAlias = str
    PublishedFrom: TypeAlias = str
else:
    Status = Literal[vocab.STATUSES]
    Language = Literal[vocab.LANGUAGES]
    EventType = Literal[tuple(vocab.EVENT_TYPES)]
    SubType = Literal[vocab.SUB_TYPES]
    OrgCategory = Literal[tuple(vocab.ORG_CATEGORIES)]
    PlaceKind = Literal[vocab.PLACE_KINDS]
    Side = Literal[vocab.SIDES]
    PersonRole = Literal[vocab.PERSON_ROLES]
    DatePrecision = Literal[vocab.DATE_PRECISIONS]
    PublishedFrom = Literal[vocab.PUBLISHED_FROM]
Count = Annotated[int, Field(ge=0)]
GeoPrecision = Literal[1, 2, 3]  # ACLED: 1 the town itself, 2 near it or a district, 3 a larger region


class Strict(BaseModel):
    """Base for every record part: unknown keys are errors, values are checked on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Text(Strict):
    """A human-readable text in one or both languages."""

    en: str | None = None
    ar: str | None = None

    def get(self, language: str) -> str | None:
        return getattr(self, language, None) or None

    def any(self, prefer: str = "en") -> str:
        """The text in `prefer`, else in the other language, else empty."""
        other = "ar" if prefer == "en" else "en"
        return self.get(prefer) or self.get(other) or ""


class Aliases(Strict):
    """Other names a thing is known by, per language."""

    en: list[str] = []
    ar: list[str] = []


class Review(Strict):
    """Why a machine-made record needs a person's look (an addition to RECORDS.md)."""

    field: str
    reason: str
    candidates: list[RecordId] = []


class Record(Strict):
    """Fields every kind shares."""

    # Fields written to YAML even when empty, so an editor sees what to fill.
    always_written: ClassVar[tuple[str, ...]] = ("id",)

    id: RecordId
    review: list[Review] = []


class Curated(Record):
    """Records with an editorial status: all kinds but sources."""

    always_written: ClassVar[tuple[str, ...]] = ("id", "status")

    status: Status = "draft"
    merged_into: RecordId | None = None

    @model_validator(mode="after")
    def _merged_needs_target(self) -> Curated:
        if self.status == "merged" and not self.merged_into:
            raise ValueError("status is merged but merged_into is empty (name the surviving record)")
        if self.merged_into and self.status != "merged":
            raise ValueError("merged_into is set but status is not merged (set status: merged)")
        return self


class ActorRef(Strict):
    id: RecordId
    side: Side


class PersonRef(Strict):
    id: RecordId
    role: PersonRole


class Fatalities(Strict):
    best: Count | None = None
    low: Count | None = None
    high: Count | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Fatalities:
        if self.low is not None and self.best is not None and self.low > self.best:
            raise ValueError(f"low ({self.low}) is greater than best ({self.best}) (low <= best <= high)")
        if self.best is not None and self.high is not None and self.best > self.high:
            raise ValueError(f"best ({self.best}) is greater than high ({self.high}) (low <= best <= high)")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) is greater than high ({self.high}) (low <= best <= high)")
        return self


class SourceClaim(Strict):
    source: RecordId
    fatalities: Count | None = None
    injured: Count | None = None
    quote: str = ""


class Event(Curated):
    always_written = ("id", "status", "date", "date_precision", "type", "sub_type", "place",
                      "actors", "people", "fatalities", "injured", "sources")

    title: Text | None = None
    summary: Text | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = "day"
    type: EventType
    sub_type: SubType
    place: RecordId | None = None
    place_detail: Text | None = None
    geo_precision: GeoPrecision | None = None
    actors: list[ActorRef] = []
    people: list[PersonRef] = []
    fatalities: Fatalities = Fatalities()
    injured: Count | None = None
    civilian_targeting: bool = False
    tags: list[Annotated[str, StringConstraints(pattern=vocab.ID_PATTERN)]] = []
    sources: list[SourceClaim] = Field(min_length=1)
    notes: str = ""

    @model_validator(mode="after")
    def _coherent(self) -> Event:
        if self.sub_type not in vocab.EVENT_TYPES[self.type]:
            allowed = ", ".join(vocab.EVENT_TYPES[self.type])
            raise ValueError(f"sub_type {self.sub_type} does not belong to type {self.type} (one of: {allowed})")
        if self.date is None and self.date_precision != "unknown":
            raise ValueError("date is empty but date_precision is not unknown (give a date or set date_precision: unknown)")
        if self.date_end is not None:
            if self.date is None:
                raise ValueError("date_end is set but date is empty")
            if self.date_end < self.date:
                raise ValueError(f"date_end {self.date_end} is before date {self.date} (swap them)")
        return self

    @field_validator("date_end")
    @classmethod
    def _ends_after_start(cls, date_end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # Also a field check, so that a file's problem names date_end and its line (the record check
        # above, which then does not run, still guards a record whose `date` is changed later).
        if date_end is not None and "date" in info.data:
            start = info.data["date"]
            if start is None:
                raise ValueError("date_end is set but date is empty (give the first day as date)")
            if date_end < start:
                raise ValueError(f"date_end {date_end} is before date {start} (swap them)")
        return date_end


class Affiliation(Strict):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    org: RecordId
    role: Text | None = None
    from_: dt.date | None = Field(default=None, alias="from")
    to: dt.date | None = None


class Person(Curated):
    name: Text
    aliases: Aliases = Aliases()
    affiliations: list[Affiliation] = []
    born: dt.date | None = None
    died: dt.date | None = None
    description: Text | None = None
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")] | None = None


class Organization(Curated):
    name: Text
    aliases: Aliases = Aliases()
    category: OrgCategory
    parent: RecordId | None = None
    description: Text | None = None
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[0-9]+$")] | None = None


class Coordinates(Strict):
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]


class Place(Curated):
    name: Text
    aliases: Aliases = Aliases()
    kind: PlaceKind
    parent: RecordId | None = None
    coordinates: Coordinates | None = None
    geonames: int | None = None


class Outlet(Strict):
    name: Text
    org: RecordId | None = None


class Source(Record):
    # "published: null" says the date is unknown (never guessed), rather than forgotten.
    always_written = ("id", "outlet", "url", "title", "language", "published", "retrieved", "sha256", "text_file")

    outlet: Outlet
    url: str | None = None
    title: Text | None = None
    language: Language
    published: dt.datetime | dt.date | None = None
    published_from: PublishedFrom | None = None
    retrieved: dt.datetime | None = None
    attribution: Text | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    text_file: str

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


AnyRecord = Event | Person | Organization | Place | Source


@dataclass(frozen=True)
class SourceFacts:
    """The fields of a source that the check and the page graph read of every source, after any edit:
    `kb generate`'s state keeps them beside each source's pickled record (pages/statefile.py `KeptEntry`), so
    an edit run unpickles no source it does not show (12,000 at 10,000 incidents)."""

    published_date: dt.date | None
    outlet_org: str | None
    text_file: str
    sha256: str

    @classmethod
    def of(cls, source: Source) -> SourceFacts:
        return cls(source.published_date, source.outlet.org, source.text_file, source.sha256)


@dataclass(frozen=True)
class Kind:
    """One record kind: its model, the folder it lives in and whether files sit under a year."""

    name: str
    model: type[Record]
    folder: str
    by_year: bool = False


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("event", Event, "events", by_year=True),
        Kind("person", Person, "actors/people"),
        Kind("organization", Organization, "actors/organizations"),
        Kind("place", Place, "places"),
        Kind("source", Source, "sources", by_year=True),
    )
}
KIND_OF_MODEL: dict[type[Record], Kind] = {k.model: k for k in KINDS.values()}

# Which fields refer to which kind: checked by the store's cross-reference pass.
# Each entry: a dotted path into the record ("[]" walks a list) and the kind it names.
REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "event": (
        ("place", "place"),
        ("actors[].id", "organization"),
        ("people[].id", "person"),
        ("sources[].source", "source"),
        ("merged_into", "event"),
    ),
    "person": (("affiliations[].org", "organization"), ("merged_into", "person")),
    "organization": (("parent", "organization"), ("merged_into", "organization")),
    "place": (("parent", "place"), ("merged_into", "place")),
    "source": (("outlet.org", "organization"),),
}
