"""Cross-source: are the events that describe one incident merged into one record?"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any, TypeVar

from .gold import GoldArticle
from .scores import PR

Ref = TypeVar("Ref", bound=Hashable)  # what names one event: (article key, event index) in the corpus


@dataclass
class ClusterScores:
    """Pairwise and B-cubed scores of "same incident" decisions."""

    pairwise: PR
    cross_language: PR              # pairwise, only pairs whose two events come from different languages
    bcubed_precision: float
    bcubed_recall: float
    events: int
    offered: int = 0                # pairs of one incident left apart, one offered to the other as a candidate

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_incident_clusters(
    gold_keys: Mapping[Ref, str],
    predicted: Mapping[Ref, str],
    languages: Mapping[Ref, str] | None = None,
    offered: Collection[frozenset[str]] = (),
) -> ClusterScores:
    """Compare the gold incident of every event ref with the predicted incident id.

    Refs missing from `predicted` count as singletons (never merged). Refs
    only in `predicted` are ignored. `languages` (ref -> "ar"/"en") enables
    the cross-language figure; without it that figure has no pairs.
    `offered` holds pairs of predicted ids one of which the ingest offered
    to an editor as a candidate for the other (a `review` entry): a gold
    pair left apart but offered is half the work for an editor (`kb merge`).
    """
    refs = sorted(gold_keys, key=repr)
    pred = {r: predicted.get(r, ("__singleton__", r)) for r in refs}
    langs = languages or {}
    pw, xl = PR(), PR()
    n_offered = 0
    for a, b in combinations(refs, 2):
        same_g = gold_keys[a] == gold_keys[b]
        same_p = pred[a] == pred[b]
        n_offered += same_g and not same_p and frozenset((pred[a], pred[b])) in offered
        targets = [pw]
        if langs.get(a) and langs.get(b) and langs[a] != langs[b]:
            targets.append(xl)
        for t in targets:
            t.n_gold += same_g
            t.n_pred += same_p
            t.tp += same_g and same_p
    gold_of: dict[str, set] = defaultdict(set)
    pred_of: dict[Any, set] = defaultdict(set)
    for r in refs:
        gold_of[gold_keys[r]].add(r)
        pred_of[pred[r]].add(r)
    bp = br = 0.0
    for r in refs:
        g, p = gold_of[gold_keys[r]], pred_of[pred[r]]
        both = len(g & p)
        bp += both / len(p)
        br += both / len(g)
    n = len(refs)
    return ClusterScores(pairwise=pw, cross_language=xl,
                         bcubed_precision=bp / n if n else 1.0,
                         bcubed_recall=br / n if n else 1.0, events=n, offered=n_offered)


def gold_incident_keys(articles: Iterable[GoldArticle]) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]]:
    """(ref -> incident_key, ref -> language) for every gold event; refs are (article key, event index)."""
    keys, langs = {}, {}
    for art in articles:
        for ref, ev in zip(art.event_refs(), art.events):
            keys[ref] = ev["incident_key"]
            langs[ref] = art.language
    return keys, langs


def format_cluster_scores(parts: Mapping[str, list[ClusterScores]]) -> str:
    """The merging table `kb eval` prints: per part, each shuffled order of ingest and the worst."""
    names = list(parts)
    rows: list[list[str]] = [["incident merging", *names]]
    def pr(p: PR) -> str:
        return f"P {p.precision:.3f} R {p.recall:.3f} ({p.tp}/{p.n_pred}/{p.n_gold})"
    def offered(scores: list[ClusterScores]) -> str:
        worst = min(scores, key=lambda c: c.offered)
        return f"{worst.offered}/{worst.pairwise.n_gold}"
    orders = max((len(v) for v in parts.values()), default=0)
    for n in range(orders):
        rows.append([f"B-cubed F1, order {n + 1}", *[f"{parts[k][n].bcubed_f1:.3f}" for k in names]])
    rows.append(["B-cubed F1, worst order", *[f"{min(c.bcubed_f1 for c in parts[k]):.3f}" for k in names]])
    rows.append(["pairwise, worst order", *[pr(min(parts[k], key=lambda c: c.pairwise.f1).pairwise) for k in names]])
    rows.append(["pairs offered as candidates, worst", *[offered(parts[k]) for k in names]])
    rows.append(["cross-language, worst order",
                 *[pr(min(parts[k], key=lambda c: c.cross_language.f1).cross_language) for k in names]])
    rows.append(["events", *[str(parts[k][0].events) if parts[k] else "0" for k in names]])
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = ["  ".join(r[c].ljust(widths[c]) for c in range(len(r))).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
