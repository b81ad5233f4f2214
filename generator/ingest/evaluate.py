"""Score extracted events against the hand-made gold corpus (`kb eval`).

The scorer knows nothing about how extraction works. It reads gold files
(`tests/corpus/*.gold.yaml`, format in `tests/corpus/README.md`) and compares
them with predicted events given as plain dicts using the same keys as the
gold events:

    date, date_end, date_precision, place, place_name | place_names, type,
    sub_type, fatalities (int, or a {best, low, high} mapping), injured,
    civilian_targeting, people [{name: str | {en, ar}, role}],
    organizations [ids or names] (or `actors: [{id, side}]` as in a record)

Alignment
---------
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

Metrics
-------
- events: matched pairs are true positives; precision, recall, F1.
- per field, over matched pairs only: date (start, end and precision all
  equal), date start only, place, type, sub_type, fatalities, injured,
  civilian_targeting. `None == None` counts as correct (the article gives no
  number and none was predicted).
- people and organizations: precision/recall over all events: names in
  matched pairs are compared (one-to-one), names of unmatched gold events are
  misses, names of unmatched predicted events are false alarms. Names match
  after folding (Arabic: diacritics, tatweel, hamza/alef forms, ى/ي, ة/ه;
  Latin: case, accents, al-/el-, Abdul/Abdel/Abd al-, doubled letters,
  vowels) in either language; organizations match by id, by a name or alias
  of the id in the corpus index (`tests/corpus/ids.yaml`), or by slug.
- incident clusters (`score_incident_clusters`): pairwise and B-cubed
  precision/recall/F1 of "these two events are the same incident", overall
  and over cross-language pairs only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from generator.errors import KbError

MATCH_THRESHOLD = 0.5
"""Smallest similarity a gold/predicted pair needs to be aligned (two of place, date, type)."""

W_PLACE, W_DATE, W_TYPE, W_PERSON = 0.40, 0.35, 0.25, 0.05
"""Weights of the alignment similarity; the person bonus only breaks ties."""

GOLD_SUFFIX = ".gold.yaml"
EVENT_KEYS = (
    "incident_key", "date", "date_end", "date_precision", "place", "place_names",
    "type", "sub_type", "fatalities", "injured", "civilian_targeting", "people",
    "organizations", "flags", "note", "place_detail", "governorate",
)
ARTICLE_KEYS = (
    "article", "entry", "published", "published_in_file", "language", "outlet",
    "title", "events", "not_events", "entries", "notes", "url", "persons",
)


class CorpusError(KbError):
    """A gold file cannot be read; the message names the file and the field."""

    hint = "see tests/corpus/README.md for the gold format"


# --------------------------------------------------------------------------
# Folding. Kept small and local on purpose: the scorer must not change when
# the extraction's normaliser (generator/ingest/normalise.py, `fold()`) does.

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                         "ؤ": "و", "ئ": "ي", "ء": ""})
_QUOTES = re.compile("[\"'`«»“”„‘’ʿʾ′]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN_PARTICLES = {"al", "el", "ul", "ad", "ar", "as", "ash", "az", "at", "an"}
_LATIN_WORDS = {"abdul": "abd", "abdel": "abd", "abdal": "abd", "abdol": "abd",
                "mohammed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad"}


def _fold_ar(text: str) -> str:
    text = _AR_DIACRITICS.sub("", text).translate(_AR_MAP)
    return " ".join(text.split())


def _fold_latin_token(tok: str) -> str:
    tok = _LATIN_WORDS.get(tok, tok)
    tok = tok.replace("q", "k").replace("ou", "u").replace("ee", "i").replace("oo", "u")
    tok = re.sub(r"(.)\1+", r"\1", tok)
    # consonant skeleton: keep the first letter, drop later vowels and y/w glides
    return tok[:1] + re.sub("[aeiouy]", "", tok[1:])


def _fold_latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _QUOTES.sub("", text)
    toks = [t for t in re.split(r"[^a-z0-9]+", text) if t]
    return " ".join(_fold_latin_token(t) for t in toks if t not in _LATIN_PARTICLES)


def fold_name(text: str) -> str:
    """Matching key of a name in either script ("" for empty input)."""
    text = unicodedata.normalize("NFKC", str(text or "")).replace("\u00a0", " ")
    text = _QUOTES.sub("", text).strip()
    if _ARABIC.search(text):
        return _fold_ar(text)
    return _fold_latin(text)


def _name_keys(name: Any, aliases: Iterable[Any] = ()) -> set[str]:
    """All folded forms of a name given as a string, a {en, ar} mapping or a list."""
    out: set[str] = set()
    items: list[Any] = [name, *aliases]
    while items:
        item = items.pop()
        if item is None:
            continue
        if isinstance(item, Mapping):
            items.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            items.extend(item)
        else:
            key = fold_name(item)
            if key:
                out.add(key)
                if key.startswith("ال") and len(key) > 4:  # الصنمين ~ صنمين
                    out.add(key[2:])
    return out


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['`’ʿʾ]", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --------------------------------------------------------------------------
# The corpus

@dataclass(frozen=True)
class IdIndex:
    """Names of the place and organization ids the gold uses (tests/corpus/ids.yaml)."""

    places: Mapping[str, set[str]] = field(default_factory=dict)
    organizations: Mapping[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> "IdIndex":
        """`ids.yaml` and every `ids.*.yaml` of a corpus folder (a batch each)."""
        places: dict[str, set[str]] = {}
        organizations: dict[str, set[str]] = {}
        for path in sorted(folder.glob("ids.yaml")) + sorted(folder.glob("ids.*.yaml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise CorpusError(f"{path}: not valid YAML: {exc}") from None
            for section, into in (("places", places), ("organizations", organizations)):
                for k, v in (data.get(section) or {}).items():
                    v = v or {}
                    into.setdefault(k, set()).update(_name_keys([v.get("en"), v.get("ar")]))
        return cls(places=places, organizations=organizations)


@dataclass
class GoldArticle:
    """The gold of one article (or one feed entry)."""

    article: str                      # file name in the corpus folder
    path: Path                        # the gold file
    language: str
    published: dt.date | None
    published_in_file: bool = False   # True when the file itself carries the date (html meta, feed)
    outlet: str | None = None
    entry: str | None = None          # feed entries: the entry's guid
    title: str | None = None
    events: list[dict] = field(default_factory=list)
    not_events: list[str] = field(default_factory=list)
    index: IdIndex = field(default_factory=IdIndex)

    @property
    def key(self) -> str:
        return f"{self.article}#{self.entry}" if self.entry else self.article

    def event_refs(self) -> list[tuple[str, int]]:
        return [(self.key, i) for i in range(len(self.events))]


def _as_date(value: Any, where: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise CorpusError(f"{where}: not an ISO date: {value!r}") from None


def _check_keys(data: Mapping, allowed: Iterable[str], where: str) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")


def _read_event(raw: Any, where: str) -> dict:
    if not isinstance(raw, Mapping):
        raise CorpusError(f"{where}: an event must be a mapping")
    _check_keys(raw, EVENT_KEYS, where)
    ev = {k: raw.get(k) for k in EVENT_KEYS}
    if not ev["incident_key"]:
        raise CorpusError(f"{where}: incident_key is required")
    ev["date"] = _as_date(ev["date"], f"{where}: date")
    ev["date_end"] = _as_date(ev["date_end"], f"{where}: date_end")
    ev["place_names"] = list(ev["place_names"] or [])
    ev["people"] = list(ev["people"] or [])
    ev["organizations"] = list(ev["organizations"] or [])
    ev["flags"] = list(ev["flags"] or [])
    return ev


def load_gold_file(path: Path, index: IdIndex | None = None) -> list[GoldArticle]:
    """Read one gold file: one GoldArticle, or one per entry for a feed."""
    index = index or IdIndex()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, Mapping) or not data.get("article"):
        raise CorpusError(f"{path}: article: required")
    _check_keys(data, ARTICLE_KEYS, str(path))
    parts = data.get("entries") or [data]
    out = []
    for n, part in enumerate(parts):
        where = f"{path}: entries[{n}]" if data.get("entries") else str(path)
        _check_keys(part, ARTICLE_KEYS, where)
        merged = {**data, **part} if part is not data else data
        lang = merged.get("language")
        if lang not in ("ar", "en"):
            raise CorpusError(f"{where}: language must be ar or en, not {lang!r}")
        events = [_read_event(e, f"{where}: events[{i}]")
                  for i, e in enumerate(merged.get("events") or [])]
        out.append(GoldArticle(
            article=str(data["article"]), path=path, language=lang,
            published=_as_date(merged.get("published"), f"{where}: published"),
            published_in_file=bool(merged.get("published_in_file", False)),
            outlet=merged.get("outlet"), entry=part.get("entry") if part is not data else None,
            title=merged.get("title"), events=events,
            not_events=list(merged.get("not_events") or []), index=index,
        ))
    return out


def load_corpus(folder: Path) -> list[GoldArticle]:
    """Every gold file of a corpus folder, in file-name order."""
    folder = Path(folder)
    index = IdIndex.load(folder)
    out: list[GoldArticle] = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        out.extend(load_gold_file(path, index))
    return out


# --------------------------------------------------------------------------
# Comparing one gold event with one predicted event

def _fatal(value: Any) -> int | None:
    if isinstance(value, Mapping):
        value = value.get("best")
    return None if value is None else int(value)


def _pred_place_names(pred: Mapping) -> list[Any]:
    names = list(pred.get("place_names") or [])
    if pred.get("place_name"):
        names.append(pred["place_name"])
    return names


def _place_match(gold: Mapping, pred: Mapping, index: IdIndex) -> bool:
    gid, pid = gold.get("place"), pred.get("place")
    if gid is None and pid is None and not gold.get("place_names"):
        return True
    if gid and pid and (gid == pid or _slug(pid) == gid):
        return True
    gold_keys = _name_keys(gold.get("place_names")) | set(index.places.get(gid, ()))
    pred_keys = _name_keys(_pred_place_names(pred))
    if pid and not re.fullmatch(r"[a-z0-9-]+", str(pid)):
        pred_keys |= _name_keys(pid)            # a name given where an id was expected
    return bool(gold_keys & pred_keys)


def _date_score(gold: Mapping, pred: Mapping) -> float:
    g, p = gold.get("date"), _as_date(pred.get("date"), "predicted date")
    if g is None or p is None:
        return 1.0 if g is None and p is None else 0.0
    if g == p:
        return 1.0
    end = gold.get("date_end") or g
    if g <= p <= end or abs((p - g).days) <= 1:
        return 0.5
    return 0.0


def _date_exact(gold: Mapping, pred: Mapping) -> bool:
    return (gold.get("date") == _as_date(pred.get("date"), "predicted date")
            and gold.get("date_end") == _as_date(pred.get("date_end"), "predicted date_end")
            and (gold.get("date_precision") or "unknown") == (pred.get("date_precision") or "unknown"))


def _people(ev: Mapping) -> list[tuple[set[str], str | None]]:
    out = []
    for p in ev.get("people") or []:
        if isinstance(p, Mapping):
            out.append((_name_keys(p.get("name"), p.get("aliases") or ()), p.get("role")))
        else:
            out.append((_name_keys(p), None))
    return [(k, r) for k, r in out if k]


def _orgs(ev: Mapping, index: IdIndex) -> list[set[str]]:
    raw = list(ev.get("organizations") or [])
    raw += [a.get("id") or a.get("name") for a in ev.get("actors") or [] if isinstance(a, Mapping)]
    out = []
    for o in raw:
        if isinstance(o, Mapping):
            o = o.get("id") or o.get("name")
        if not o:
            continue
        keys = {f"id:{o}", f"id:{_slug(o)}"} | _name_keys(o)
        keys |= set(index.organizations.get(str(o), ()))
        out.append(keys)
    return out


def _match_sets(gold: list[set[str]], pred: list[set[str]]) -> list[tuple[int, int]]:
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
    s = W_PLACE * _place_match(gold, pred, index) + W_DATE * _date_score(gold, pred)
    if gold.get("type") == pred.get("type"):
        s += W_TYPE * (1.0 if gold.get("sub_type") == pred.get("sub_type") else 0.6)
    if _match_sets([k for k, _ in _people(gold)], [k for k, _ in _people(pred)]):
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


def align(gold: list[Mapping], pred: list[Mapping], index: IdIndex | None = None) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of one article's events, best total similarity first."""
    if not gold or not pred:
        return []
    sims = [[similarity(g, p, index) for p in pred] for g in gold]
    masked = [[s if s >= MATCH_THRESHOLD else 0.0 for s in row] for row in sims]
    return sorted((gi, pi) for gi, pi in _assign(masked) if masked[gi][pi] > 0)


# --------------------------------------------------------------------------
# Scores

FIELDS = ("date", "date_start", "place", "type", "sub_type", "fatalities", "injured",
          "civilian_targeting")


@dataclass
class PR:
    """Counts behind a precision/recall figure."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Corpus-level scores; field accuracies are over matched event pairs."""

    articles: int = 0
    events: PR = field(default_factory=PR)
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    people: PR = field(default_factory=PR)
    people_role: int = 0            # matched names whose role also agrees
    organizations: PR = field(default_factory=PR)
    errors: list[str] = field(default_factory=list)   # one line per wrong field, for reading

    @property
    def matched(self) -> int:
        return self.events.tp

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.matched if self.matched else 0.0

    @property
    def people_role_accuracy(self) -> float:
        return self.people_role / self.people.tp if self.people.tp else 0.0


def _compare(gold: Mapping, pred: Mapping, index: IdIndex) -> dict[str, bool]:
    return {
        "date": _date_exact(gold, pred),
        "date_start": gold.get("date") == _as_date(pred.get("date"), "predicted date"),
        "place": _place_match(gold, pred, index),
        "type": gold.get("type") == pred.get("type"),
        "sub_type": gold.get("sub_type") == pred.get("sub_type"),
        "fatalities": _fatal(gold.get("fatalities")) == _fatal(pred.get("fatalities")),
        "injured": _fatal(gold.get("injured")) == _fatal(pred.get("injured")),
        "civilian_targeting": bool(gold.get("civilian_targeting")) == bool(pred.get("civilian_targeting")),
    }


def score_article(gold: GoldArticle, predicted: list[Mapping], scores: Scores | None = None) -> Scores:
    """Add one article's comparison to `scores` (a new Scores when None) and return it."""
    s = scores or Scores()
    s.articles += 1
    idx = gold.index
    s.events.n_gold += len(gold.events)
    s.events.n_pred += len(predicted)
    pairs = align(gold.events, predicted, idx)
    s.events.tp += len(pairs)
    for gi, pi in pairs:
        g, p = gold.events[gi], predicted[pi]
        for name, ok in _compare(g, p, idx).items():
            s.correct[name] += ok
            if not ok:
                want = {"date": (g.get("date"), g.get("date_end"), g.get("date_precision")),
                        "date_start": g.get("date")}.get(name, g.get(name))
                got = {"date": (p.get("date"), p.get("date_end"), p.get("date_precision")),
                       "date_start": p.get("date")}.get(name, p.get(name))
                s.errors.append(f"{gold.key} event {gi}: {name}: gold {want!r}, predicted {got!r}")
    for gi in sorted(set(range(len(gold.events))) - {g for g, _ in pairs}):
        s.errors.append(f"{gold.key} event {gi}: missed ({gold.events[gi].get('incident_key')})")
    for pi in sorted(set(range(len(predicted))) - {p for _, p in pairs}):
        s.errors.append(f"{gold.key}: spurious predicted event {pi}")

    matched = dict(pairs)
    for gi, g in enumerate(gold.events):
        gp, go = _people(g), _orgs(g, idx)
        s.people.n_gold += len(gp)
        s.organizations.n_gold += len(go)
        if gi in matched:
            p = predicted[matched[gi]]
            pp, po = _people(p), _orgs(p, idx)
            hits = _match_sets([k for k, _ in gp], [k for k, _ in pp])
            s.people.tp += len(hits)
            s.people_role += sum(gp[a][1] == pp[b][1] for a, b in hits)
            s.organizations.tp += len(_match_sets(go, po))
    for p in predicted:
        s.people.n_pred += len(_people(p))
        s.organizations.n_pred += len(_orgs(p, idx))
    return s


def score(pairs: Iterable[tuple[GoldArticle, list[Mapping]]]) -> Scores:
    """Score (gold article, predicted events) pairs over a whole corpus."""
    s = Scores()
    for gold, predicted in pairs:
        score_article(gold, list(predicted), s)
    return s


def format_scores(scores: Scores) -> str:
    """The table `kb eval` prints."""
    rows = [("metric", "value", "counts")]
    e = scores.events
    rows += [
        ("event precision", f"{e.precision:.3f}", f"{e.tp}/{e.n_pred}"),
        ("event recall", f"{e.recall:.3f}", f"{e.tp}/{e.n_gold}"),
        ("event F1", f"{e.f1:.3f}", ""),
    ]
    for name in FIELDS:
        rows.append((f"{name} (matched)", f"{scores.accuracy(name):.3f}",
                     f"{scores.correct[name]}/{scores.matched}"))
    for label, pr in (("people", scores.people), ("organizations", scores.organizations)):
        rows += [(f"{label} precision", f"{pr.precision:.3f}", f"{pr.tp}/{pr.n_pred}"),
                 (f"{label} recall", f"{pr.recall:.3f}", f"{pr.tp}/{pr.n_gold}"),
                 (f"{label} F1", f"{pr.f1:.3f}", "")]
    rows.append(("people role (matched names)", f"{scores.people_role_accuracy:.3f}",
                 f"{scores.people_role}/{scores.people.tp}"))
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = [f"{scores.articles} articles"]
    for i, (a, b, c) in enumerate(rows):
        lines.append(f"{a:<{w0}}  {b:>{w1}}  {c}".rstrip())
        if i == 0:
            lines.append(f"{'-' * w0}  {'-' * w1}  {'-' * 6}")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Cross-source: are the events that describe one incident merged into one?

@dataclass
class ClusterScores:
    """Pairwise and B-cubed scores of "same incident" decisions."""

    pairwise: PR
    cross_language: PR              # pairwise, only pairs whose two events come from different languages
    bcubed_precision: float
    bcubed_recall: float
    events: int

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_incident_clusters(
    gold_keys: Mapping[Hashable, str],
    predicted: Mapping[Hashable, str],
    languages: Mapping[Hashable, str] | None = None,
) -> ClusterScores:
    """Compare the gold incident of every event ref with the predicted incident id.

    Refs missing from `predicted` count as singletons (never merged). Refs
    only in `predicted` are ignored. `languages` (ref -> "ar"/"en") enables
    the cross-language figure; without it that figure has no pairs.
    """
    refs = sorted(gold_keys, key=repr)
    pred = {r: predicted.get(r, ("__singleton__", r)) for r in refs}
    langs = languages or {}
    pw, xl = PR(), PR()
    for a, b in combinations(refs, 2):
        same_g = gold_keys[a] == gold_keys[b]
        same_p = pred[a] == pred[b]
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
                         bcubed_recall=br / n if n else 1.0, events=n)


def gold_incident_keys(articles: Iterable[GoldArticle]) -> tuple[dict[tuple[str, int], str], dict[tuple[str, int], str]]:
    """(ref -> incident_key, ref -> language) for every gold event; refs are (article key, event index)."""
    keys, langs = {}, {}
    for art in articles:
        for ref, ev in zip(art.event_refs(), art.events):
            keys[ref] = ev["incident_key"]
            langs[ref] = art.language
    return keys, langs


def format_cluster_scores(c: ClusterScores) -> str:
    """A short table of the merging scores."""
    return "\n".join([
        f"incident merging over {c.events} events",
        f"pairwise        P {c.pairwise.precision:.3f}  R {c.pairwise.recall:.3f}  F1 {c.pairwise.f1:.3f}"
        f"  ({c.pairwise.tp} right of {c.pairwise.n_pred} merged, {c.pairwise.n_gold} in gold)",
        f"cross-language  P {c.cross_language.precision:.3f}  R {c.cross_language.recall:.3f}"
        f"  F1 {c.cross_language.f1:.3f}  ({c.cross_language.tp}/{c.cross_language.n_pred}/{c.cross_language.n_gold})",
        f"B-cubed         P {c.bcubed_precision:.3f}  R {c.bcubed_recall:.3f}  F1 {c.bcubed_f1:.3f}",
    ])
