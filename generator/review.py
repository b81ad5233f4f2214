"""The editors' queue: every record that wants a person's look, and why.

`review_queue(store)` lists, per record:

- draft records (machine-made, not reviewed yet);
- each `review` entry (uncertain resolutions with their candidates,
  disagreeing sources, machine romanisations ...);
- events whose sources' claims disagree, or fall outside the recorded
  low/high range, when no review entry says so already;
- places without coordinates (the map cannot show them);
- records merged into a record that does not exist.

Merged records are redirects: only a missing target is reported for them;
retracted records are left out. The order is fixed (kind, id, reason) so
that the queue can be diffed and shown as a page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .records.combine import DISAGREE_FATALITIES, disagreement
from .records.model import KINDS, Curated, Event, Place, Record
from .records.store import Store

KIND_ORDER = tuple(KINDS)  # events first, sources last


@dataclass(frozen=True, order=True)
class ReviewItem:
    """One thing an editor should look at."""

    kind: str
    id: str
    path: Path                     # relative to the knowledge base's root
    reason: str
    candidates: list[str] = field(default_factory=list, compare=False)

    def as_json(self) -> dict:
        data = asdict(self)
        data["path"] = self.path.as_posix()
        return data


def review_queue(store: Store) -> list[ReviewItem]:
    """Every item of the editors' queue, sorted by kind, id and reason."""
    items = [ReviewItem(kind, entry.record.id, store.relative(entry.path), reason, list(candidates or []))
             for kind in KIND_ORDER for entry in store.entries(kind)
             for reason, candidates in _reasons(store, kind, entry.record)]
    return sorted(items, key=lambda i: (KIND_ORDER.index(i.kind), i.id, i.reason))


def _reasons(store: Store, kind: str, record: Record) -> Iterator[tuple[str, list[str] | None]]:
    """Why one record is in the queue: each reason with the candidates an editor chooses from."""
    if isinstance(record, Curated):
        if record.status == "retracted":
            return
        if record.status == "merged":
            target = record.merged_into
            if target and target not in store.by_kind[kind]:
                yield f"merged_into: {target} does not exist (restore it or point at the survivor)", None
            return
        if record.status == "draft":
            yield "draft: not reviewed yet", None
    for review in record.review:
        yield f"{review.field}: {review.reason}", review.candidates
    if isinstance(record, Event):
        noted = {r.field for r in record.review}
        listed = disagreement(record.sources, "fatalities")
        if listed and "fatalities" not in noted:
            yield f"fatalities: {DISAGREE_FATALITIES}{listed}", None
        f = record.fatalities
        outside = sorted({c.fatalities for c in record.sources if c.fatalities is not None and (
            (f.low is not None and c.fatalities < f.low) or (f.high is not None and c.fatalities > f.high))})
        if outside and "fatalities" not in noted:
            yield (f"fatalities: claims {', '.join(map(str, outside))} fall outside low/high "
                   f"{f.low}-{f.high}"), None
    if isinstance(record, Place) and record.coordinates is None:
        yield "coordinates: missing (the map cannot show this place)", None
