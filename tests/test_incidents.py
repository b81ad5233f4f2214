"""Incident matching and absorbing: same clash joins, next town / other days stay apart; hand edits win."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from conftest import copy_records
from generator.ingest.incidents import absorb, canonical_order, find_match, place_map, settle
from generator.records.model import ActorRef, Event, Fatalities, PersonRef, SourceClaim, Text
from generator.records.store import Store

MONDAY = dt.date(2022, 10, 17)
EXISTING = "2022-10-17-jasim-armed-clash"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    copy_records(tmp_path)
    return Store.load(tmp_path)


def report(source: str, fatalities: int | None = None, *, place: str | None = "jasim", date: dt.date | None = MONDAY,
           precision: str = "day", type_: str = "battles", sub_type: str = "armed_clash",
           actors: tuple[str, ...] = ("islamic-state",), people: tuple[str, ...] = (), date_end=None,
           injured: int | None = None) -> Event:
    return Event(id=f"new-{source}", date=date, date_end=date_end, date_precision=precision, type=type_,
                 sub_type=sub_type, place=place, geo_precision=1 if place else None,
                 actors=[ActorRef(id=a, side="b") for a in actors],
                 people=[PersonRef(id=p, role="killed") for p in people],
                 fatalities=Fatalities(best=fatalities, low=fatalities, high=fatalities), injured=injured,
                 sources=[SourceClaim(source=source, fatalities=fatalities, injured=injured, quote=f"quote of {source}")])


# ---- matching -------------------------------------------------------------------

def test_same_clash_same_town_matches(store: Store) -> None:
    match = find_match(report("sama-2022-10-18-aaaaaaaa", 17), store)
    assert match.event_id == EXISTING and match.candidates == []


def test_same_day_next_town_stays_apart(store: Store) -> None:
    match = find_match(report("sama-2022-10-18-aaaaaaaa", 2, place="inkhil"), store)
    assert match.event_id is None and match.candidates == []


def test_the_governorate_contains_jasim(store: Store) -> None:
    match = find_match(report("sama-2022-10-18-aaaaaaaa", place="daraa-governorate"), store)
    assert match.event_id == EXISTING


def test_a_day_either_side_for_day_precision(store: Store) -> None:
    assert find_match(report("s-2022-10-18-aaaaaaaa", date=MONDAY + dt.timedelta(days=1)), store).event_id == EXISTING
    assert find_match(report("s-2022-10-18-aaaaaaaa", date=MONDAY - dt.timedelta(days=1)), store).event_id == EXISTING
    assert find_match(report("s-2022-10-18-aaaaaaaa", date=MONDAY + dt.timedelta(days=2)), store).event_id is None


def test_a_span_matches_inside_it_only(store: Store) -> None:
    inside = report("s-2022-10-18-aaaaaaaa", date=MONDAY - dt.timedelta(days=3), date_end=MONDAY, precision="days")
    assert find_match(inside, store).event_id == EXISTING
    before = report("s-2022-10-18-aaaaaaaa", date=MONDAY - dt.timedelta(days=9), date_end=MONDAY - dt.timedelta(days=3),
                    precision="days")
    assert find_match(before, store).event_id is None


def test_unknown_date_or_place_never_matches(store: Store) -> None:
    assert find_match(report("s-2022-10-18-aaaaaaaa", date=None, precision="unknown"), store).event_id is None
    assert find_match(report("s-2022-10-18-aaaaaaaa", place=None), store).event_id is None


def test_types_must_be_compatible(store: Store) -> None:
    shelling = report("s-2022-10-18-aaaaaaaa", type_="explosions_remote_violence",
                      sub_type="shelling_artillery_missile_attack")
    assert find_match(shelling, store).event_id == EXISTING
    arrests = report("s-2022-10-18-aaaaaaaa", type_="strategic_developments", sub_type="arrests")
    assert find_match(arrests, store).event_id is None


def test_a_battle_reported_as_an_attack_on_civilians_matches(store: Store) -> None:
    attack = report("s-2022-10-18-aaaaaaaa", type_="violence_against_civilians", sub_type="attack")
    assert find_match(attack, store).event_id == EXISTING
    protest = report("s-2022-10-18-aaaaaaaa", type_="protests", sub_type="peaceful_protest")
    assert find_match(protest, store).event_id is None


def test_who_must_overlap_and_nobody_named_gives_a_candidate(store: Store) -> None:
    other_actors = report("s-2022-10-18-aaaaaaaa", actors=("syrian-arab-army",))
    match = find_match(other_actors, store)
    assert match.event_id is None and match.candidates == [EXISTING]
    nobody = report("s-2022-10-18-aaaaaaaa", actors=())
    match = find_match(nobody, store)
    assert match.event_id is None and match.candidates == [EXISTING]
    review = match.review()
    assert review is not None and review.candidates == [EXISTING] and "kb merge" in review.reason
    by_person = report("s-2022-10-18-aaaaaaaa", actors=(), people=("abd-al-rahman-al-iraqi",))
    assert find_match(by_person, store).event_id == EXISTING


def test_the_same_toll_in_the_same_town_within_a_day_stands_in_for_actors(store: Store) -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    assert find_match(report("s-2022-10-18-aaaaaaaa", 3, actors=(), date=tuesday), store).event_id == EXISTING
    # look-alikes: another toll, the governorate, a span, two days later: at most a candidate
    assert find_match(report("s-2022-10-18-aaaaaaaa", 2, actors=()), store).candidates == [EXISTING]
    assert find_match(report("s-2022-10-18-aaaaaaaa", 2, actors=(), date=tuesday), store).event_id is None
    assert find_match(report("s-2022-10-18-aaaaaaaa", 3, actors=(), place="daraa-governorate"), store).event_id is None
    span = report("s-2022-10-18-aaaaaaaa", 3, actors=(), date=MONDAY, date_end=tuesday, precision="days")
    assert find_match(span, store).event_id is None
    later = report("s-2022-10-18-aaaaaaaa", 3, actors=(), date=MONDAY + dt.timedelta(days=2))
    assert find_match(later, store).event_id is None
    # two raids in one town on consecutive days with the same toll but other dead stay apart
    raid = report("s-2022-10-18-aaaaaaaa", 3, actors=(), date=tuesday, people=("someone-else",))
    match = find_match(raid, store)
    assert match.event_id is None and match.candidates == []
    # no toll is no evidence
    assert find_match(report("s-2022-10-18-aaaaaaaa", 0, actors=(), date=tuesday), store).event_id is None


def test_the_same_dead_joins_an_undated_report(store: Store) -> None:
    undated = dict(date=None, precision="unknown", actors=(), people=("abd-al-rahman-al-iraqi",))
    assert find_match(report("s-undated-aaaaaaaa", **undated), store).event_id == EXISTING
    assert find_match(report("s-undated-aaaaaaaa", place="daraa-governorate", **undated), store).event_id == EXISTING
    # look-alikes: the next town, another type, other dead, or only the toll and the town
    assert find_match(report("s-undated-aaaaaaaa", place="inkhil", **undated), store).event_id is None
    arrest = report("s-undated-aaaaaaaa", type_="strategic_developments", sub_type="arrests", **undated)
    assert find_match(arrest, store).event_id is None
    other = undated | {"people": ("someone-else",)}
    assert find_match(report("s-undated-aaaaaaaa", 3, **other), store).event_id is None
    assert find_match(report("s-undated-aaaaaaaa", 3, date=None, precision="unknown"), store).event_id is None
    # when both are dated the dates must still agree
    month_later = report("s-2022-11-17-aaaaaaaa", date=MONDAY + dt.timedelta(days=31), people=("abd-al-rahman-al-iraqi",))
    assert find_match(month_later, store).event_id is None


def test_the_index_finds_an_undated_event_by_its_dead_both_ways(store: Store) -> None:
    from generator.ingest.event_index import EventIndex

    existing = store.get("event", EXISTING)
    undated = report("s-undated-aaaaaaaa", date=None, precision="unknown", actors=(), people=("abd-al-rahman-al-iraqi",))
    assert [e.id for e in EventIndex([existing]).candidates(undated)] == [EXISTING]
    assert [e.id for e in EventIndex([undated]).candidates(existing)] == [undated.id]
    assert EventIndex([undated]).candidates(report("s-2022-10-18-aaaaaaaa", 3)) == []


def test_an_undated_report_takes_the_dated_ones_date_either_way(store: Store) -> None:
    places = place_map(store)
    undated = report("a-undated-aaaaaaaa", 3, date=None, precision="unknown", people=("abd-al-rahman-al-iraqi",))
    dated = report("b-2022-10-18-aaaaaaaa", 3, people=("abd-al-rahman-al-iraqi",))
    one, _ = absorb(settle(undated), dated, False, places=places)
    other, _ = absorb(settle(dated), undated, False, places=places)
    assert one.date == other.date == MONDAY and one.date_precision == other.date_precision == "day"


def test_an_event_citing_the_same_article_is_not_matched(store: Store) -> None:
    assert find_match(report("ain-al-furat-2022-10-17-c4df66b4"), store).event_id is None


def test_ties_go_to_an_editor(store: Store) -> None:
    twin = store.get("event", EXISTING).model_copy(update={"id": "2022-10-17-jasim-armed-clash-2", "status": "draft",
                                                          "sources": [SourceClaim(source="x-2022-10-17-bbbbbbbb")]})
    events = [store.get("event", EXISTING), twin]
    match = find_match(report("s-2022-10-18-aaaaaaaa"), events, place_map(store))
    assert match.event_id is None and match.candidates == [EXISTING, "2022-10-17-jasim-armed-clash-2"]


def test_canonical_order_key() -> None:
    keys = [canonical_order(None, "ar", "1"), canonical_order(dt.date(2022, 10, 18), "ar", "0"),
            canonical_order(dt.datetime(2022, 10, 17, 23, 0), "en", "0"), canonical_order(MONDAY, "ar", "f")]
    assert sorted(keys) == [keys[3], keys[2], keys[1], keys[0]]


# ---- absorbing ------------------------------------------------------------------

def draft(store: Store) -> Event:
    return store.get("event", EXISTING).model_copy(update={"status": "draft"})


def test_tolls_3_17_20_give_best_3_low_3_high_20_and_a_review(store: Store) -> None:
    event, changes = absorb(draft(store), report("sama-2022-10-18-aaaaaaaa", 17), False)
    event, more = absorb(event, report("enab-2022-10-19-aaaaaaaa", 20), False)
    assert event.fatalities == Fatalities(best=3, low=3, high=20)
    assert [c.source for c in event.sources] == ["ain-al-furat-2022-10-17-c4df66b4", "sama-2022-10-18-aaaaaaaa",
                                                 "enab-2022-10-19-aaaaaaaa"]
    assert [(r.field, r.reason) for r in event.review] == [
        ("fatalities", "sources disagree: 3 (ain-al-furat-2022-10-17-c4df66b4), 17 (sama-2022-10-18-aaaaaaaa), "
                       "20 (enab-2022-10-19-aaaaaaaa)")]
    assert "added source sama-2022-10-18-aaaaaaaa (fatalities 17)" in changes
    assert "fatalities: best/low/high 3/3/17 → 3/3/20" in more


def test_an_editors_best_survives(store: Store) -> None:
    edited = draft(store).model_copy(update={"fatalities": Fatalities(best=10, low=3, high=10)})
    event, changes = absorb(edited, report("sama-2022-10-18-aaaaaaaa", 17), False)
    assert event.fatalities == Fatalities(best=10, low=3, high=17)
    assert any("an editor's best kept" in c for c in changes)


def test_a_reviewed_record_keeps_what_people_wrote(store: Store) -> None:
    reviewed = store.get("event", EXISTING)
    incoming = report("sama-2022-10-18-aaaaaaaa", 17, place="jasim", people=("husam-luqa",)).model_copy(
        update={"title": Text(en="Machine title"), "summary": Text(en="Machine summary")})
    event, changes = absorb(reviewed, incoming, True)
    assert event.title == reviewed.title and event.summary == reviewed.summary
    assert event.fatalities == reviewed.fatalities and event.people == reviewed.people
    assert [c.source for c in event.sources] == ["ain-al-furat-2022-10-17-c4df66b4", "sama-2022-10-18-aaaaaaaa"]
    assert "reviewed record: only sources and claims added" in changes
    suggestions = {r.field: r for r in event.review}
    assert suggestions["people"].candidates == ["husam-luqa"]
    assert suggestions["fatalities"].reason.startswith("sources disagree: 3")


def test_reabsorbing_the_same_source_changes_nothing(store: Store) -> None:
    event, _ = absorb(draft(store), report("sama-2022-10-18-aaaaaaaa", 17), False)
    again, changes = absorb(event, report("sama-2022-10-18-aaaaaaaa", 17), False)
    assert again is event and changes == []


def test_the_most_specific_place_wins_and_hand_text_is_kept(store: Store) -> None:
    places = place_map(store)
    vague = settle(report("a-2022-10-17-aaaaaaaa", 3, place="daraa-governorate").model_copy(
        update={"summary": Text(ar="ملخص")}))
    event, changes = absorb(vague, report("b-2022-10-18-aaaaaaaa", 3, place="jasim"), False, places=places)
    assert event.place == "jasim" and event.summary == Text(ar="ملخص")
    back, _ = absorb(event, report("c-2022-10-19-aaaaaaaa", 3, place="daraa-governorate"), False, places=places)
    assert back.place == "jasim"


def test_draft_combination_does_not_depend_on_order(store: Store) -> None:
    places = place_map(store)
    reports = [
        report("a-2022-10-17-aaaaaaaa", 3, place="daraa-governorate", actors=("islamic-state", "jasim-local-fighters")),
        report("b-2022-10-18-aaaaaaaa", 17, date=MONDAY + dt.timedelta(days=1), people=("abd-al-rahman-al-iraqi",),
               injured=4),
        report("c-2022-10-19-aaaaaaaa", 20, type_="explosions_remote_violence",
               sub_type="shelling_artillery_missile_attack", injured=6),
        report("d-2022-10-20-aaaaaaaa", None, precision="days", date=MONDAY - dt.timedelta(days=1), date_end=MONDAY),
    ]
    results = set()
    for order in itertools.permutations(reports):
        event = settle(order[0])
        for incoming in order[1:]:
            event, _ = absorb(event, incoming, False, places=places)
        results.add(event.model_copy(update={"id": "x"}).model_dump_json())
    assert len(results) == 1
    event = Event.model_validate_json(results.pop())
    assert event.fatalities == Fatalities(best=3, low=3, high=20) and event.injured == 4
    assert event.place == "jasim" and event.date == MONDAY and event.date_precision == "day"
    assert event.type == "battles"
    assert {r.field for r in event.review} == {"date", "fatalities", "injured", "type"}


def test_events_naming_other_dead_stay_apart_as_candidates() -> None:
    from generator.ingest.incidents import different_dead
    from generator.records.model import Review

    base = dict(id="2023-04-13-jasim-armed-clash", type="battles", sub_type="armed_clash", place="jasim",
                date=dt.date(2023, 4, 13), actors=[ActorRef(id="islamic-state", side="b")],
                sources=[SourceClaim(source="s-one")])
    first = Event(**base, people=[PersonRef(id="abu-khaled-al-naimi", role="killed")])
    unresolved = Review(field="people", reason="“Abu Omar al-Halabi” may be samir-al-halbi",
                        candidates=["samir-al-halbi"])
    second = Event(**(base | {"id": "x-2", "date": dt.date(2023, 4, 14), "sources": [SourceClaim(source="s-two")]}),
                   review=[unresolved])
    assert different_dead(first, second)
    match = find_match(second, [first], {})
    assert match.event_id is None and match.candidates == [first.id]
    # The same dead man, even as an unresolved kunya whose candidate he is, joins the incident.
    kunya = Review(field="people", reason="“أبو خالد النعيمي” may be abu-khaled-al-naimi",
                   candidates=["abu-khaled-al-naimi"])
    assert find_match(second.model_copy(update={"review": [kunya]}), [first], {}).event_id == first.id
    # An event naming no dead says nothing against a match.
    assert find_match(second.model_copy(update={"review": []}), [first], {}).event_id == first.id
