"""Record files ingest needs but cannot load (a syntax error, an invalid field): never touched.

A broken file is not in the store, so ingest cannot update it; what it does instead:

- its id stays taken: a new record never gets it (`passed_over` keeps the
  ids a new record's id went past, so the new record can say it may be the
  same thing);
- a new record that may be the same thing (a person with the same name, a
  report of an incident on the same day, place and type) is drafted under
  the next free id with a `review` entry naming the broken record and why it
  could not be read, so `kb review` lists it and nothing the article said is
  lost: once the file is fixed, `kb merge` folds the two together;
- a shipped lexicon entry whose record file is broken is still referred to
  by its id (the reference is right; only the file needs fixing);
- an article whose own source record is broken is skipped (whether it was
  ingested before cannot be known).

Each broken file ingest met is reported once, with its `path:line`, and each
thing it could not attach is listed in the run's summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KbError, Problem
from ..records.model import Review
from ..records.store import Store
from .romanisation import skeleton


class UnreadableSource(KbError):
    """The source record an article would get exists but cannot be read."""

    hint = "fix that file (kb check shows the problem) and ingest the article again"


@dataclass
class Unreadable:
    """The record files of a run's knowledge base that did not load, and what ingest did about them."""

    store: Store
    # (kind, new id) -> ids of unreadable records its id went past
    passed_over: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    # files ingest needed and left as they are, with why they cannot be read
    met: dict[Path, Problem] = field(default_factory=dict)

    def taken(self, kind: str, record_id: str) -> bool:
        """Whether `record_id` belongs to a record file that did not load."""
        return (kind, record_id) in self.store.unreadable

    def problem(self, kind: str, record_id: str) -> Problem:
        """Why the record's file cannot be read (recorded as met)."""
        problem = self.store.load_problem(kind, record_id) or Problem(
            Path(record_id), 1, "", "cannot be read")
        self.met[problem.path] = problem
        return problem

    def same_spelling(self, kind: str, base_id: str) -> list[str]:
        """Ids of unreadable records of `kind` that spell the name `base_id` spells: the same consonant
        skeleton, whatever the romanisation (abd-al-rahman-al-iraqi, abdul-rahman-al-iraqi)."""
        key = skeleton(base_id.replace("-", " "))
        return sorted(stem for k, stem in self.store.unreadable
                      if k == kind and stem != base_id and skeleton(stem.replace("-", " ")) == key)

    def note_passed(self, kind: str, new_id: str, passed: list[str]) -> None:
        if passed:
            self.passed_over[(kind, new_id)] = passed

    def twins(self, kind: str, new_id: str) -> tuple[list[Review], list[str]]:
        """Review entries for a new record whose id went past unreadable records, and summary lines."""
        reviews, lines = [], []
        for other in self.passed_over.get((kind, new_id), []):
            problem = self.problem(kind, other)
            where = f"{problem.path}:{problem.line}: {problem.message}"
            reviews.append(Review(field="id", candidates=[other], reason=(
                f"may be the same {kind} as {other}, whose file cannot be read ({where}); fix that file, "
                f"then run kb merge {other} {new_id} if they are one")))
            lines.append(f"{kind} {other}: its file cannot be read, so the new draft {new_id} was made instead "
                         "(see kb review)")
        return reviews, lines

    def check_source(self, source_id: str) -> None:
        """Refuse an article whose source record exists but cannot be read."""
        if self.taken("source", source_id):
            problem = self.problem("source", source_id)
            raise UnreadableSource(f"its source record cannot be read ({problem.path}:{problem.line}: "
                                   f"{problem.message}), so whether it was ingested before is not known; skipped")
