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

from dataclasses import asdict, dataclass, field
from pathlib import Path

from .records.merge import DISAGREE_FATALITIES, disagreement
from .records.model import KINDS
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
    items: list[ReviewItem] = []
    for kind in KIND_ORDER:
        for entry in store.entries(kind):
            record = entry.record
            path = store.relative(entry.path)

            def add(reason: str, candidates: list[str] | None = None) -> None:
                items.append(ReviewItem(kind, record.id, path, reason, list(candidates or [])))

            status = getattr(record, "status", None)
            if status == "retracted":
                continue
            if status == "merged":
                target = record.merged_into
                if target and target not in store.by_kind[kind]:
                    add(f"merged_into: {target} does not exist (restore it or point at the survivor)")
                continue
            if status == "draft":
                add("draft: not reviewed yet")
            for review in record.review:
                add(f"{review.field}: {review.reason}", review.candidates)
            if kind == "event":
                noted = {r.field for r in record.review}
                listed = disagreement(record.sources, "fatalities")
                if listed and "fatalities" not in noted:
                    add(f"fatalities: {DISAGREE_FATALITIES}{listed}")
                f = record.fatalities
                outside = sorted({c.fatalities for c in record.sources if c.fatalities is not None and (
                    (f.low is not None and c.fatalities < f.low) or (f.high is not None and c.fatalities > f.high))})
                if outside and "fatalities" not in noted:
                    add(f"fatalities: claims {', '.join(map(str, outside))} fall outside low/high "
                        f"{f.low}-{f.high}")
            if kind == "place" and record.coordinates is None:
                add("coordinates: missing (the map cannot show this place)")
    return sorted(items, key=lambda i: (KIND_ORDER.index(i.kind), i.id, i.reason))
