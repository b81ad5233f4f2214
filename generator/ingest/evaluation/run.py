"""Running the ingester over a gold corpus for `kb eval`; nothing is written to any knowledge base.

Extraction is scored per article (`predict_corpus`). Incident merging is
scored through the real ingest: every article of the corpus is ingested, one
at a time, into a scratch knowledge base made by `kb init`, in several
shuffled orders (`ORDERS`); each predicted event aligned with a gold event
takes the id of the incident record it ended up in, and the clusters of
those ids are compared with the gold's incident keys. An incident whose
records depend on the order of ingest scores worse in some order.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...records.model import Event
from ...records.store import Store
from ..article import Article, Overrides
from ..mentions import ExtractedEvent
from ..pipeline import Worked, Writing, ingest_worked, work
from .align import align
from .clusters import ClusterScores, gold_incident_keys, score_incident_clusters
from .gold import GoldArticle, load_corpus

ORDERS = 3
"""Shuffled orders the corpus is ingested in for the cluster scores (seeds 0, 1, 2)."""

SCRATCH_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
"""The `retrieved` time of the scratch ingests, so that every order writes the same records."""


@dataclass
class CorpusItem:
    """One gold article, its extracted article (none when reading failed) and the worked input."""

    gold: GoldArticle
    articles: list[tuple[Article, list[ExtractedEvent]]]
    worked: Worked


def prediction(event: ExtractedEvent) -> dict:
    """An extracted event in the scorer's dict format (`evaluation.align`)."""
    from ..extract import default_options

    lex = default_options().lexicon

    def org_key(mention) -> str:
        if mention.lexicon_id and mention.lexicon_id in lex:
            return lex.get(mention.lexicon_id).name_en or mention.lexicon_id
        return mention.proposed_id or mention.name

    place_id = event.place.lexicon_id if event.place else None
    place = lex.get(place_id) if place_id and place_id in lex else None
    return {
        "date": event.date, "date_end": event.date_end, "date_precision": event.date_precision,
        "place": event.place.lexicon_id if event.place else None,
        "place_coordinates": place is not None and place.lat is not None and place.lon is not None,
        "place_governorate": lex.governorate_of(place.id) if place is not None else None,
        "place_name": event.place.name if event.place else None,
        "type": event.type, "sub_type": event.sub_type,
        "fatalities": event.fatalities, "injured": event.injured,
        "civilian_targeting": event.civilian_targeting,
        "people": [{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in event.people],
        "organizations": [org_key(a.mention) for a in event.actors],
        "flags": list(event.flags),
    }


def corpus_items(folder: Path, keep: Callable[[GoldArticle], bool] | None = None) -> list[CorpusItem]:
    """Every gold article of a corpus (those `keep` accepts, when given: the others are not extracted) with
    what extraction made of its file."""
    out = []
    cache: dict[tuple, Worked] = {}
    for gold in load_corpus(folder):
        if keep is not None and not keep(gold):
            continue
        overrides = Overrides(
            published=None if gold.published_in_file else gold.published,
            outlet=gold.outlet, language=gold.language, url=gold.url)
        key = (gold.article, overrides)
        if key not in cache:
            cache[key] = work(str(Path(folder) / gold.article), overrides)
        done = cache[key]
        articles = done.articles
        if gold.entry:
            articles = [(a, e) for a, e in articles if a.origin.endswith(f"#{gold.entry}")]
        out.append(CorpusItem(gold, articles[:1], done))
    return out


def predictions(items: list[CorpusItem]) -> list[tuple[GoldArticle, list[dict]]]:
    """(gold article, predicted events) for every item."""
    return [(item.gold, [prediction(e) for _, evs in item.articles for e in evs]) for item in items]


def predict_corpus(folder: Path) -> list[tuple[GoldArticle, list[dict]]]:
    """(gold article, predicted events) for every article of a gold corpus."""
    return predictions(corpus_items(folder))


@dataclass
class Placed:
    """Where an ingest put the gold events, and which incident records it offered an editor as one."""

    ids: dict[tuple[str, int], str]     # gold event ref -> id of the incident record its prediction ended up in
    offered: set[frozenset[str]]        # pairs of event ids, one a `review` candidate of the other


def offered_pairs(root: Path) -> set[frozenset[str]]:
    """Pairs of event ids of a knowledge base where one names the other as a candidate duplicate."""
    pairs: set[frozenset[str]] = set()
    for event in Store.load(root).typed("event", Event).values():
        for review in event.review:
            if review.field == "id":
                pairs |= {frozenset((event.id, other)) for other in review.candidates if other != event.id}
    return pairs


def incident_ids(items: list[CorpusItem], seed: int | None) -> Placed:
    """Gold event ref -> id of the incident record its aligned prediction ended up in, after
    ingesting the corpus article by article in the order shuffled by `seed` (file order for None),
    and the pairs of records offered as candidates."""
    unique = list({id(item.worked): item.worked for item in items}.values())
    if seed is not None:
        random.Random(seed).shuffle(unique)
    from ...scaffold import init_knowledge_base

    placed: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="kb-eval-") as tmp:
        root = Path(tmp) / "kb"
        init_knowledge_base(root)
        for done in unique:
            placed.update(ingest_worked([done], root, Writing(now=SCRATCH_TIME)).placed)
        offered = offered_pairs(root)
    out: dict[tuple[str, int], str] = {}
    for item, (_, events) in zip(items, predictions(items)):
        if not item.articles:
            continue
        ids = placed.get(item.articles[0][0].origin, [])
        for gi, pi in align(item.gold.events, events, item.gold.index):
            if pi < len(ids):
                out[(item.gold.key, gi)] = ids[pi]
    return Placed(out, offered)


def cluster_scores(items: list[CorpusItem], orders: int = ORDERS) -> dict[str, list[ClusterScores]]:
    """Per part of the corpus, the cluster scores of each shuffled order of ingest."""
    keys, languages = gold_incident_keys(item.gold for item in items)
    part_of = {item.gold.key: item.gold.part for item in items}
    out: dict[str, list[ClusterScores]] = {}
    for seed in range(orders):
        placed = incident_ids(items, seed)
        for part in sorted(set(part_of.values())):
            in_part = {ref: key for ref, key in keys.items() if part_of[ref[0]] == part}
            out.setdefault(part, []).append(score_incident_clusters(in_part, placed.ids, languages, placed.offered))
    return out
