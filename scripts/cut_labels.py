"""Labels of `train_incident_cuts.py`: where the dev gold says each candidate clause of an article goes.

Each candidate's own event (`frames.candidate`, before any merge) is compared with the article's gold
incidents (`compatible`); the gold incident of each open draft is the one its opening candidate was given.
No compatible incident is "none" (background, a tally, a retelling with nothing new); an incident of the
last draft is "join_last", of an earlier draft "join_earlier"; incidents no draft has yet are "open";
incidents of both kinds are "ambiguous"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from generator.ingest.evaluation.align import place_match, similarity
from generator.ingest.evaluation.gold import GoldArticle, IdIndex, name_keys
from generator.ingest.evaluation.run import prediction
from generator.ingest.extract.draft import Draft
from generator.ingest.lang import common as C
from generator.ingest.lexicon import Lexicon
from generator.ingest.mentions import ExtractedEvent

from scripts.dev_folds import collection_of


def compatible(event: ExtractedEvent, gold: Mapping, index: IdIndex, lexicon: Lexicon) -> bool:
    """Whether a candidate's own event is about a gold incident: no known place or date disagrees, and two of
    place, date and type agree, as the scorer needs to align them (an unknown place or date is no agreement)."""
    place = _place_agrees(event, gold, index, lexicon)
    day = _date_agrees(event, gold)
    if place is False or day is False:
        return False
    return (event.type == gold.get("type")) + bool(place) + bool(day) >= 2


def _place_agrees(event: ExtractedEvent, gold: Mapping, index: IdIndex, lexicon: Lexicon) -> bool | None:
    if event.place is None or gold.get("place") is None:
        return None
    if place_match(gold, {"place": event.place.lexicon_id, "place_name": event.place.name}, index):
        return True
    here, there = event.place.lexicon_id, gold["place"]
    if not here or here not in lexicon:
        return None        # a place the gazetteer lacks: nothing to compare
    if here == gold.get("governorate") or any(e.id == there for e in lexicon.ancestors(here)):
        return True
    return there in lexicon and any(e.id == here for e in lexicon.ancestors(there))


def _date_agrees(event: ExtractedEvent, gold: Mapping) -> bool | None:
    start = gold.get("date")
    if event.date is None or start is None:
        return None
    end = gold.get("date_end") or start
    return start - timedelta(days=1) <= event.date <= end + timedelta(days=1)


@dataclass
class Candidate:
    """One candidate clause of a dev article: its features, the rules' answer and its label."""

    row: tuple[float, ...]
    first: bool
    rule_opens: bool
    label: str          # none, join_last, join_earlier, open, ambiguous


@dataclass
class ArticleRecord:
    gold: GoldArticle
    collection: int
    candidates: list[Candidate] = field(default_factory=list)
    draft_golds: list[int | None] = field(default_factory=list)    # the gold incident of each open draft


class Recorder:
    """Labels every candidate the extractor decides while it reads one dev article after another."""

    def __init__(self, folder: Path, lexicon: Lexicon) -> None:
        self.index = IdIndex.load(folder)
        self.lexicon = lexicon
        self.articles: list[ArticleRecord] = []
        self.unlabelled = 0      # candidates of a feed's second entry (its drafts are not the gold article's)

    def start(self, gold: GoldArticle) -> None:
        collection = collection_of(gold)
        assert collection is not None
        self.articles.append(ArticleRecord(gold, collection))

    def label(self, drafts: Sequence[Draft], event: ExtractedEvent) -> tuple[str, list[int], list[int]] | None:
        """The decision the gold implies for a candidate, with the compatible incidents some draft already
        has and those none has; None for a second article of one file (a feed's entries): not labelled."""
        record = self.articles[-1]
        if len(record.draft_golds) != len(drafts):
            self.unlabelled += 1
            return None
        golds = record.gold.events
        fits = [i for i, g in enumerate(golds) if compatible(event, g, self.index, self.lexicon)]
        named = {k for p in event.people if p.role in C.ROLE_OF_CLASS.values() for k in name_keys(p.name)}
        by_name = [i for i in fits if named & {k for p in golds[i].get("people") or [] if isinstance(p, Mapping)
                                                for k in name_keys(p.get("name"))}]
        fits = by_name or fits
        opened = [i for i in fits if i in record.draft_golds]
        fresh = [i for i in fits if i not in record.draft_golds]
        if not fits:
            return "none", opened, fresh
        if opened and fresh:
            return "ambiguous", opened, fresh
        if fresh:
            return "open", opened, fresh
        return ("join_last" if record.draft_golds[-1] in opened else "join_earlier"), opened, fresh

    def oracle(self, drafts: Sequence[Draft], event: ExtractedEvent, rule: Draft | None, splits_only: bool,
               ) -> Draft | None:
        """Where the label sends a later candidate: what the cuts would be with every label known (the
        rules decide the ambiguous ones; "none" joins the rules' draft, or the last); `splits_only`: only
        the candidates labelled "open" that the rules join are changed."""
        labelled = self.label(drafts, event)
        if labelled is None:
            return rule
        label, opened, _ = labelled
        if splits_only:
            return None if label == "open" else rule
        golds = self.articles[-1].draft_golds
        if label == "open":
            return None
        if label == "join_last":
            return drafts[-1]
        if label == "join_earlier":
            return drafts[max(j for j, g in enumerate(golds) if g in opened)]
        return rule or drafts[-1] if label == "none" else rule

    def note(self, drafts: Sequence[Draft], event: ExtractedEvent, target: Draft | None,
             row: tuple[float, ...] | None, rule_opens: bool) -> None:
        labelled = self.label(drafts, event)
        if labelled is None:
            return
        label, _, fresh = labelled
        record = self.articles[-1]
        if row is not None or not drafts:
            record.candidates.append(Candidate(row or (), not drafts, rule_opens, label))
        if target is None:       # the extractor opens a draft: its incident is the best fresh one, if any
            golds, pred = record.gold.events, prediction(event)
            record.draft_golds.append(max(fresh, key=lambda i: similarity(golds[i], pred, self.index))
                                      if fresh else None)
