"""Aligning one article's predicted events with its gold events.

Within one article, every (gold, predicted) pair gets a similarity

    0.40 * place  +  0.35 * date  +  0.25 * type     (+ 0.05 bonus for a shared person)

where `place` is 1 when the place id or any gold surface name matches,
`date` is 1 for the same start date (or both unknown) and 0.5 when the
predicted start falls within the gold span or one day off, and `type` is 1
for the same type (0.6 for the same type with another sub-type already
counted in; a wrong type is 0). Pairs below `MATCH_THRESHOLD` (0.5) cannot
be matched: a pair needs at least two of place, date and type to agree. The
one-to-one alignment maximising total similarity is found with the Hungarian
method (`_assign`, exact, fine for the handful of events an article holds).

Names match after folding (`gold.fold_name`) in either language;
organizations match by id, by a name or alias of the id in the corpus index,
or by slug.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .gold import IdIndex, as_date, name_keys, slug

MATCH_THRESHOLD = 0.5
"""Smallest similarity a gold/predicted pair needs to be aligned (two of place, date, type)."""

W_PLACE, W_DATE, W_TYPE, W_PERSON = 0.40, 0.35, 0.25, 0.05
"""Weights of the alignment similarity; the person bonus only breaks ties."""

# --------------------------------------------------------------------------
# Comparing one gold event with one predicted event

def fatal_count(value: Any) -> int | None:
    if isinstance(value, Mapping):
        value = value.get("best")
    return None if value is None else int(value)


def _pred_place_names(pred: Mapping) -> list[Any]:
    names = list(pred.get("place_names") or [])
    if pred.get("place_name"):
        names.append(pred["place_name"])
    return names


def place_match(gold: Mapping, pred: Mapping, index: IdIndex) -> bool:
    gid, pid = gold.get("place"), pred.get("place")
    if gid is None and pid is None and not gold.get("place_names"):
        return True
    if gid and pid and (gid == pid or slug(pid) == gid):
        return True
    gold_keys = name_keys(gold.get("place_names")) | (set(index.places.get(gid, ())) if gid is not None else set())
    pred_keys = name_keys(_pred_place_names(pred))
    if pid and not re.fullmatch(r"[a-z0-9-]+", str(pid)):
        pred_keys |= name_keys(pid)            # a name given where an id was expected
    return bool(gold_keys & pred_keys)


def _date_score(gold: Mapping, pred: Mapping) -> float:
    g, p = gold.get("date"), as_date(pred.get("date"), "predicted date")
    if g is None or p is None:
        return 1.0 if g is None and p is None else 0.0
    if g == p:
        return 1.0
    end = gold.get("date_end") or g
    if g <= p <= end or abs((p - g).days) <= 1:
        return 0.5
    return 0.0


def date_exact(gold: Mapping, pred: Mapping) -> bool:
    return (gold.get("date") == as_date(pred.get("date"), "predicted date")
            and gold.get("date_end") == as_date(pred.get("date_end"), "predicted date_end")
            and (gold.get("date_precision") or "unknown") == (pred.get("date_precision") or "unknown"))


def people_of(ev: Mapping) -> list[tuple[set[str], str | None]]:
    out = []
    for p in ev.get("people") or []:
        if isinstance(p, Mapping):
            out.append((name_keys(p.get("name"), p.get("aliases") or ()), p.get("role")))
        else:
            out.append((name_keys(p), None))
    return [(k, r) for k, r in out if k]


def organizations_of(ev: Mapping, index: IdIndex) -> list[set[str]]:
    raw = list(ev.get("organizations") or [])
    raw += [a.get("id") or a.get("name") for a in ev.get("actors") or [] if isinstance(a, Mapping)]
    out = []
    for o in raw:
        if isinstance(o, Mapping):
            o = o.get("id") or o.get("name")
        if not o:
            continue
        keys = {f"id:{o}", f"id:{slug(o)}"} | name_keys(o)
        keys |= set(index.organizations.get(str(o), ()))
        out.append(keys)
    return out


def match_sets(gold: list[set[str]], pred: list[set[str]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of name-key sets (a pair matches when the sets meet)."""
    used: set[int] = set()
    pairs = []
    for gi, gk in enumerate(gold):
        for pi, pk in enumerate(pred):
            if pi not in used and gk & pk:
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def similarity(gold: Mapping, pred: Mapping, index: IdIndex | None = None) -> float:
    """Alignment similarity of a gold and a predicted event (see the module docstring)."""
    index = index or IdIndex()
    s = W_PLACE * place_match(gold, pred, index) + W_DATE * _date_score(gold, pred)
    if gold.get("type") == pred.get("type"):
        s += W_TYPE * (1.0 if gold.get("sub_type") == pred.get("sub_type") else 0.6)
    if match_sets([k for k, _ in people_of(gold)], [k for k, _ in people_of(pred)]):
        s += W_PERSON
    return s


def _assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one assignment (Hungarian method on a padded square matrix)."""
    n_rows, n_cols = len(weights), len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    big = max((w for row in weights for w in row), default=0.0)
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, n + 1)
            if p[j] and p[j] - 1 < n_rows and j - 1 < n_cols]


def align(gold: Sequence[Mapping], pred: Sequence[Mapping], index: IdIndex | None = None) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of one article's events, best total similarity first."""
    if not gold or not pred:
        return []
    sims = [[similarity(g, p, index) for p in pred] for g in gold]
    masked = [[s if s >= MATCH_THRESHOLD else 0.0 for s in row] for row in sims]
    return sorted((gi, pi) for gi, pi in _assign(masked) if masked[gi][pi] > 0)


def matched(gold: Sequence[Mapping], pred: Sequence[Mapping], index: IdIndex | None = None) -> list[bool]:
    """For each predicted event of an article, whether it is aligned with a gold event (as event precision
    counts it)."""
    aligned = {pi for _, pi in align(gold, pred, index)}
    return [pi in aligned for pi in range(len(pred))]
