"""Corpus-level scores of extraction (`kb eval`), per part of the corpus.

- events: matched pairs are true positives; precision (a split incident
  counts one right and one wrong), recall, F1.
- per field, over matched pairs only: date (start, end and precision all
  equal), date start only, place (the gold place is the town, village or
  city; a neighbourhood counts as its town), type, sub_type, fatalities,
  injured, civilian_targeting. `None == None` counts as correct.
- place with coordinates: matched pairs whose place is right and is a
  gazetteer place with coordinates (a draft place, or a gazetteer place
  without them, cannot be put on the map). Of those whose gold names a
  governorate, the share whose map point lies in it: a same-named village
  elsewhere has coordinates too, but the wrong ones.
- people and organizations of events: precision/recall over all events
  (names in matched pairs are compared one to one, names of unmatched gold
  events are misses, names of unmatched predicted events false alarms).
  A spokesperson or a person only mentioned is not one of the incident's
  people (tests/realnews/README.md): the extractor attaches them to an event
  with that role, and they count only in "persons anywhere in the article".
- named victims: the gold people of an incident with a victim role (killed,
  injured, detained, abducted) found among the people of the event matched
  to that incident.
- persons anywhere in the article: everyone the gold's `persons` names,
  against everyone the extractor attached to any event of the article.
- statistics tolls: predicted fatality or injury counts that are numbers of
  the article's statistics paragraphs (`not_events` entries starting with
  "statistics") and no gold incident's count. Must be 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .align import date_exact, fatal_count, match_sets, organizations_of, people_of, place_match, align
from .gold import GoldArticle, IdIndex, as_date, name_keys

FIELDS = ("date", "date_start", "place", "type", "sub_type", "fatalities", "injured",
          "civilian_targeting")

VICTIM_ROLES = frozenset({"killed", "injured", "detained", "abducted"})
"""Roles that make a named person a victim of the incident."""

NOT_INCIDENT_ROLES = frozenset({"spokesperson", "mentioned"})
"""Roles of people a report names who are not people of its incident."""

VICTIM_LOSSES = {
    "event missed": "their incident missed",
    "other event": "named on another event",
    "other role": "named with another role",
    "not named": "not named at all",
}
"""Where a gold victim that is not linked went: its incident was not matched; the matched event does not name
them but another event of the article does; the matched event names them in a role that is no victim's
("mentioned"); no event of the article names them."""

FALSE_VICTIMS = {
    "spurious event": "on an event matching no incident",
    "other incident": "victims of another incident",
    "no victim": "named in the gold, no victim",
    "unknown": "none of these",
}
"""Where a predicted victim that no gold victim of its event matches came from: its event matches no gold incident;
the name is a victim of another gold incident of the article; the gold names the person in a role that is no
victim's (mentioned, commander, spokesperson); none of these (a wrong span, a victim of the incident counted twice
under two spellings, or a name the gold does not have)."""

_NUMBER = re.compile(r"\d+")

PART_ORDER = {"dev": 0, "test": 1, "all": 2}
"""The order the parts of a corpus are printed in."""


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
    """Scores of one part of a corpus; field accuracies are over matched event pairs."""

    articles: int = 0
    events: PR = field(default_factory=PR)
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    people: PR = field(default_factory=PR)
    people_role: int = 0            # matched names whose role also agrees
    mapped: int = 0                 # matched pairs whose place is right and has coordinates
    mapped_governorate: PR = field(default_factory=PR)   # of those with a gold governorate: in it (tp)
    victims: PR = field(default_factory=PR)
    persons: PR = field(default_factory=PR)       # anyone named anywhere in the article
    organizations: PR = field(default_factory=PR)
    statistics_tolls: int = 0       # predicted counts taken from a statistics paragraph
    # Gold victims not linked, by where they went (VICTIM_LOSSES): which step lost them, on any part, without
    # reading a text
    victims_lost: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VICTIM_LOSSES, 0))
    false_victims: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FALSE_VICTIMS, 0))   # likewise
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
        "date": date_exact(gold, pred),
        "date_start": gold.get("date") == as_date(pred.get("date"), "predicted date"),
        "place": place_match(gold, pred, index),
        "type": gold.get("type") == pred.get("type"),
        "sub_type": gold.get("sub_type") == pred.get("sub_type"),
        "fatalities": fatal_count(gold.get("fatalities")) == fatal_count(pred.get("fatalities")),
        "injured": fatal_count(gold.get("injured")) == fatal_count(pred.get("injured")),
        "civilian_targeting": bool(gold.get("civilian_targeting")) == bool(pred.get("civilian_targeting")),
    }


def _incident_people(ev: Mapping) -> list[tuple[set[str], str | None]]:
    return [(keys, role) for keys, role in people_of(ev) if role not in NOT_INCIDENT_ROLES]


def _victims(ev: Mapping) -> list[set[str]]:
    return [keys for keys, role in people_of(ev) if role in VICTIM_ROLES]


def _statistics_numbers(gold: GoldArticle) -> set[int]:
    """Numbers of the article's statistics paragraphs that are no gold incident's count."""
    numbers = {int(n) for text in gold.not_events if str(text).lower().startswith("statistics")
               for n in _NUMBER.findall(str(text))}
    counts = {fatal_count(e.get(k)) for e in gold.events for k in ("fatalities", "injured")}
    return numbers - counts - {0, 1}


def _score_fields(gold: GoldArticle, predicted: list[Mapping], pairs: list[tuple[int, int]], s: Scores) -> None:
    for gi, pi in pairs:
        g, p = gold.events[gi], predicted[pi]
        compared = _compare(g, p, gold.index)
        if compared["place"] and p.get("place_coordinates"):
            s.mapped += 1
            if g.get("governorate"):
                s.mapped_governorate.n_gold += 1
                s.mapped_governorate.tp += p.get("place_governorate") == g.get("governorate")
                if p.get("place_governorate") != g.get("governorate"):
                    s.errors.append(f"{gold.key} event {gi}: map point in {p.get('place_governorate')}, "
                                    f"gold governorate {g.get('governorate')}: predicted {p.get('place')!r}")
        elif compared["place"]:
            s.errors.append(f"{gold.key} event {gi}: place without coordinates: "
                            f"predicted {p.get('place') or p.get('place_name')!r}")
        for name, ok in compared.items():
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


def _score_names(gold: GoldArticle, predicted: list[Mapping], pairs: list[tuple[int, int]], s: Scores,
                 persons: Sequence[Mapping] | None) -> None:
    matched = dict(pairs)
    linked: dict[int, set[int]] = {}   # predicted event -> its victims a gold victim of its incident matches
    for gi, g in enumerate(gold.events):
        gp, go, gv = _incident_people(g), organizations_of(g, gold.index), _victims(g)
        s.people.n_gold += len(gp)
        s.organizations.n_gold += len(go)
        s.victims.n_gold += len(gv)
        if gi in matched:
            p = predicted[matched[gi]]
            pp, po = _incident_people(p), organizations_of(p, gold.index)
            hits = match_sets([k for k, _ in gp], [k for k, _ in pp])
            s.people.tp += len(hits)
            s.people_role += sum(gp[a][1] == pp[b][1] for a, b in hits)
            s.organizations.tp += len(match_sets(go, po))
            found = match_sets(gv, _victims(p))
            linked[matched[gi]] = {b for _, b in found}
            s.victims.tp += len(found)
            for a in sorted(set(range(len(gv))) - {a for a, _ in found}):
                lost = _victim_lost(gv[a], matched[gi], predicted)
                s.victims_lost[lost] += 1
                s.errors.append(f"{gold.key} event {gi}: victim not linked ({VICTIM_LOSSES[lost]}): {sorted(gv[a])[0]}")
        else:
            s.victims_lost["event missed"] += len(gv)
    for p in predicted:
        s.people.n_pred += len(_incident_people(p))
        s.organizations.n_pred += len(organizations_of(p, gold.index))
        s.victims.n_pred += len(_victims(p))
    _count_false_victims(gold, predicted, matched, linked, s)
    if gold.persons is None:
        return
    named = [_person_keys(person) for person in gold.persons]
    if persons is None:
        found_anywhere = [keys for p in predicted for keys, _ in people_of(p)]
    else:
        found_anywhere = [_person_keys(person) for person in persons]
    unique: list[set[str]] = []
    for keys in found_anywhere:            # one person attached to two events counts once
        if not any(keys & u for u in unique):
            unique.append(keys)
    s.persons.n_gold += len(named)
    s.persons.n_pred += len(unique)
    s.persons.tp += len(match_sets(named, unique))


def _count_false_victims(gold: GoldArticle, predicted: list[Mapping], matched: Mapping[int, int],
                         linked: Mapping[int, set[int]], s: Scores) -> None:
    """Count each predicted victim that no gold victim of its event matches (`linked`: those that one does, by
    predicted event) by where it came from (FALSE_VICTIMS)."""
    gold_of = {pi: gi for gi, pi in matched.items()}
    # the people the gold names in a role that is no victim's, in an incident or in the article's list
    not_victims = [keys for g in gold.events for keys, role in people_of(g) if role not in VICTIM_ROLES]
    not_victims += [_person_keys(person) for person in gold.persons or () if person.get("role") not in VICTIM_ROLES]
    for pi, p in enumerate(predicted):
        victims = _victims(p)
        if pi not in gold_of:
            s.false_victims["spurious event"] += len(victims)
            s.errors += [f"{gold.key}: predicted event {pi}: false victim ({FALSE_VICTIMS['spurious event']}): "
                         f"{sorted(keys)[0]}" for keys in victims]
            continue
        for b in sorted(set(range(len(victims))) - linked[pi]):
            keys = victims[b]
            if any(keys & other for gi, g in enumerate(gold.events) if gi != gold_of[pi] for other in _victims(g)):
                why = "other incident"
            elif any(keys & known for known in not_victims):
                why = "no victim"
            else:
                why = "unknown"
            s.false_victims[why] += 1
            s.errors.append(f"{gold.key}: predicted event {pi}: false victim ({FALSE_VICTIMS[why]}): {sorted(keys)[0]}")


def _person_keys(person: Mapping) -> set[str]:
    """The name keys of a person of a gold `persons` list (its name and aliases)."""
    return name_keys(person.get("name"), person.get("aliases") or ())


def _victim_lost(keys: set[str], event: int, predicted: list[Mapping]) -> str:
    """Where a gold victim (name keys) that the matched predicted event `event` does not link went
    (a key of VICTIM_LOSSES)."""
    if any(keys & named for named, _ in people_of(predicted[event])):
        return "other role"
    if any(keys & named for i, p in enumerate(predicted) if i != event for named, _ in people_of(p)):
        return "other event"
    return "not named"


def score_article(gold: GoldArticle, predicted: list[Mapping], scores: Scores | None = None,
                  persons: Sequence[Mapping] | None = None) -> Scores:
    """Add one article's comparison to `scores` (a new Scores when None) and return it.

    `persons`: everyone a second reading names in the article (its `persons` list); None for the
    extractor, whose persons are those it attached to its events."""
    s = scores or Scores()
    s.articles += 1
    s.events.n_gold += len(gold.events)
    s.events.n_pred += len(predicted)
    pairs = align(gold.events, predicted, gold.index)
    s.events.tp += len(pairs)
    _score_fields(gold, predicted, pairs, s)
    _score_names(gold, predicted, pairs, s, persons)
    statistics = _statistics_numbers(gold)
    for pi, p in enumerate(predicted):
        taken = statistics & {fatal_count(p.get(k)) for k in ("fatalities", "injured")}
        if taken:
            s.statistics_tolls += 1
            s.errors.append(f"{gold.key}: predicted event {pi} takes a statistics number as a toll: {sorted(taken)}")
    return s


def score(pairs: Iterable[tuple[GoldArticle, list[Mapping]]]) -> Scores:
    """Score (gold article, predicted events) pairs over a whole corpus."""
    s = Scores()
    for gold, predicted in pairs:
        score_article(gold, list(predicted), s)
    return s


def score_by_part(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping]]]) -> dict[str, Scores]:
    """Scores per part of the corpus ("dev", "test", or "all" for articles without a URL)."""
    parts: dict[str, Scores] = {}
    for gold, predicted in pairs:
        score_article(gold, list(predicted), parts.setdefault(gold.part, Scores()))
    return dict(sorted(parts.items(), key=lambda kv: PART_ORDER.get(kv[0], 3)))


def _incidents_slice(gold: GoldArticle) -> str:
    count = len(gold.events)
    return "0 incidents" if count == 0 else "1 incident" if count == 1 else "2-3 incidents" if count <= 3 else "4+ incidents"


SLICES: dict[str, Callable[[GoldArticle], str]] = {
    "language": lambda gold: gold.language,
    "incidents": _incidents_slice,
}
"""What `kb eval --by` cuts each part by: the article's language, or how many incidents its gold holds (a
single-incident report, a few, a roundup). Scores only: where a part's figures come from, not its texts."""

SLICE_ROWS = ("event precision", "event recall", "event F1", "place (matched)", "fatalities (matched)",
              "named victims precision", "named victims recall", "statistics numbers as tolls")
"""The rows `kb eval --by` prints for each slice."""


def score_by_slice(pairs: Iterable[tuple[GoldArticle, Sequence[Mapping]]], by: str) -> dict[str, Scores]:
    """Scores per part and slice ("dev ar", "test 4+ incidents"), dev first, slices in a fixed order."""
    slicer = SLICES[by]
    found: dict[tuple[str, str], Scores] = {}
    for gold, predicted in pairs:
        score_article(gold, list(predicted), found.setdefault((gold.part, slicer(gold)), Scores()))
    return {f"{part} {label}": scores
            for (part, label), scores in sorted(found.items(), key=lambda kv: (PART_ORDER.get(kv[0][0], 3), kv[0][1]))}


def score_rows(s: Scores) -> list[tuple[str, float | int, str]]:
    """(metric, value, counts) rows of one part: the table `kb eval` prints, one column a part."""
    e = s.events
    rows: list[tuple[str, float | int, str]] = [
        ("event precision", e.precision, f"{e.tp}/{e.n_pred}"),
        ("event recall", e.recall, f"{e.tp}/{e.n_gold}"),
        ("event F1", e.f1, ""),
    ]
    for name in FIELDS:
        rows.append((f"{name} (matched)", s.accuracy(name), f"{s.correct[name]}/{s.matched}"))
        if name == "place":
            rows.append(("place with coordinates (matched)", s.mapped / s.matched if s.matched else 0.0,
                         f"{s.mapped}/{s.matched}"))
            rows.append(("map point in gold governorate", s.mapped_governorate.recall,
                         f"{s.mapped_governorate.tp}/{s.mapped_governorate.n_gold}"))
    for label, pr in (("named victims", s.victims), ("people", s.people),
                      ("persons in article", s.persons), ("organizations", s.organizations)):
        rows += [(f"{label} precision", pr.precision, f"{pr.tp}/{pr.n_pred}"),
                 (f"{label} recall", pr.recall, f"{pr.tp}/{pr.n_gold}")]
        if pr is s.victims:   # the victims not linked, by where they went
            lost = pr.n_gold - pr.tp
            rows += [(f"  victims {why}", s.victims_lost[key] / lost if lost else 0.0, f"{s.victims_lost[key]}/{lost}")
                     for key, why in VICTIM_LOSSES.items()]
            n_false = pr.n_pred - pr.tp   # and the victims predicted wrongly, by where they came from
            rows += [(f"  false victims {why}", s.false_victims[key] / n_false if n_false else 0.0,
                      f"{s.false_victims[key]}/{n_false}") for key, why in FALSE_VICTIMS.items()]
    rows.append(("people role (matched names)", s.people_role_accuracy, f"{s.people_role}/{s.people.tp}"))
    rows.append(("statistics numbers as tolls", s.statistics_tolls, ""))
    return rows


def metric(s: Scores, name: str) -> float | int:
    """One row of `score_rows` by the name `kb eval` prints ("event precision", "fatalities (matched)")."""
    values = {label: value for label, value, _ in score_rows(s)}
    if name not in values:
        raise KeyError(f"no metric {name!r}; kb eval prints: {', '.join(values)}")
    return values[name]


def format_scores(parts: Mapping[str, Scores], rows: Sequence[str] | None = None) -> str:
    """The table `kb eval` prints: a value and its counts per part, side by side (`rows`: only these metrics)."""
    names = list(parts)
    columns = {name: [row for row in score_rows(parts[name]) if rows is None or row[0] in rows] for name in names}
    metrics = [m for m, _, _ in columns[names[0]]] if names else []
    def cell(value: float | int, counts: str) -> str:
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        return f"{shown} {counts}".strip()
    table = [["metric", *[f"{n} ({parts[n].articles} articles)" for n in names]]]
    for i, metric in enumerate(metrics):
        table.append([metric, *[cell(columns[n][i][1], columns[n][i][2]) for n in names]])
    widths = [max(len(row[c]) for row in table) for c in range(len(table[0]))]
    lines = []
    for r, row in enumerate(table):
        lines.append("  ".join(row[0].ljust(widths[0]) if c == 0 else row[c].ljust(widths[c])
                               for c in range(len(row))).rstrip())
        if r == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
