"""The event scorer (generator/ingest/evaluation/) and the gold corpora (tests/corpus, tests/realnews)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from generator.ingest.evaluation.align import align, matched
from generator.ingest.evaluation.clusters import (
    format_cluster_scores,
    gold_incident_keys,
    score_incident_clusters,
)
from generator.ingest.evaluation.gold import (
    CorpusError,
    GoldArticle,
    IdIndex,
    fold_name,
    load_corpus,
    load_gold_file,
    split_of,
)
from generator.ingest.evaluation.scores import SLICE_ROWS, format_scores, score, score_by_part, score_by_slice
from generator.ingest.evaluation.scores import score_rows as format_rows
from generator.records.vocab import DATE_PRECISIONS, EVENT_TYPES, ID_PATTERN, PERSON_ROLES

CORPUS = Path(__file__).parent / "corpus"


def ev(**kw):
    base = {
        "incident_key": "k", "date": dt.date(2022, 10, 17), "date_end": None,
        "date_precision": "day", "place": "jasim", "place_names": ["جاسم"],
        "type": "battles", "sub_type": "armed_clash", "fatalities": 3, "injured": None,
        "civilian_targeting": False,
        "people": [{"name": {"ar": "عبد الرحمن العراقي", "en": "Abd al-Rahman al-Iraqi"}, "role": "killed"}],
        "organizations": ["islamic-state", "jasim-local-fighters"],
    }
    base.update(kw)
    return base


def art(*events, index=None):
    return GoldArticle(article="x.txt", path=Path("x.gold.yaml"), language="ar",
                       published=dt.date(2022, 10, 17), events=list(events),
                       index=index or IdIndex())


INDEX = IdIndex(
    places={"jasim": {fold_name("Jasim"), fold_name("جاسم")}},
    organizations={"islamic-state": {fold_name(n) for n in ("Islamic State", "ISIS", "داعش", "تنظيم داعش")}},
)


# ---- events: precision, recall, F1

def test_perfect_prediction_scores_one_everywhere():
    g = art(ev(), ev(incident_key="b", place="nawa", place_names=["نوى"], date=dt.date(2022, 10, 15)))
    s = score([(g, [dict(e, place_coordinates=True) for e in g.events])])
    assert (s.events.precision, s.events.recall, s.events.f1) == (1.0, 1.0, 1.0)
    assert all(s.accuracy(f) == 1.0 for f in s.correct) and s.mapped == 2
    assert (s.people.precision, s.people.recall) == (1.0, 1.0)
    assert (s.organizations.precision, s.organizations.recall) == (1.0, 1.0)
    assert s.errors == []


def test_a_missing_event_halves_recall():
    second = ev(incident_key="b", place="nawa", place_names=["نوى"], date=dt.date(2022, 10, 15),
                type="violence_against_civilians", sub_type="attack", people=[], organizations=[])
    g = art(ev(), second)
    s = score([(g, [ev()])])
    assert (s.events.tp, s.events.n_gold, s.events.n_pred) == (1, 2, 1)
    assert s.events.recall == 0.5 and s.events.precision == 1.0
    assert s.events.f1 == pytest.approx(2 / 3)
    assert "x.txt event 1: missed (b)" in s.errors


def test_a_spurious_event_halves_precision_and_its_names_count_as_false():
    g = art(ev())
    spurious = ev(place="tafas", place_names=["طفس"], date=dt.date(2021, 1, 1),
                  type="protests", sub_type="peaceful_protest",
                  people=[{"name": "Someone Else", "role": "killed"}], organizations=["hezbollah"])
    s = score([(g, [ev(), spurious])])
    assert s.events.precision == 0.5 and s.events.recall == 1.0
    assert (s.people.tp, s.people.n_pred, s.people.n_gold) == (1, 2, 1)
    assert (s.organizations.tp, s.organizations.n_pred) == (2, 3)


def test_matched_labels_each_predicted_event_as_event_precision_counts_it():
    copy = ev(date=dt.date(2022, 10, 18))         # the same incident again: one of the two is spurious
    elsewhere = ev(place="tafas", place_names=["طفس"], date=dt.date(2021, 1, 1), type="protests")
    assert matched([ev()], [copy, ev(), elsewhere]) == [False, True, False]
    assert matched([], [ev()]) == [False]


def test_wrong_date_is_matched_but_counted_wrong():
    g = art(ev())
    s = score([(g, [ev(date=dt.date(2022, 10, 14))])])       # place + type still agree: 0.65
    assert s.events.tp == 1
    assert s.correct["date"] == 0 and s.correct["date_start"] == 0
    assert s.correct["place"] == 1 and s.correct["type"] == 1
    assert any("date_start: gold datetime.date(2022, 10, 17)" in e for e in s.errors)


def test_a_right_place_counts_on_the_map_only_with_coordinates():
    on_map = ev(place_coordinates=True)
    draft = ev(place=None, place_name="جاسم")                  # right by name, but a draft place
    wrong = ev(place="tafas", place_names=["طفس"], place_coordinates=True, incident_key="w")
    s = score([(art(ev(), ev(incident_key="b"), ev(incident_key="c")), [on_map, draft, wrong])])
    assert s.matched == 3 and s.correct["place"] == 2
    rows = {label: (value, counts) for label, value, counts in format_rows(s)}
    assert rows["place with coordinates (matched)"] == (1 / 3, "1/3")
    assert "x.txt event 1: place without coordinates: predicted 'جاسم'" in s.errors


def test_a_map_point_counts_in_the_gold_governorate_only_where_the_gold_names_one():
    gold = art(ev(governorate="daraa-governorate"), ev(incident_key="b", governorate="daraa-governorate"),
               ev(incident_key="c"))
    right = ev(place_coordinates=True, place_governorate="daraa-governorate")
    elsewhere = ev(place_coordinates=True, place_governorate="hama-governorate")   # a same-named village of Hama
    ungoverned = ev(place_coordinates=True, place_governorate="hama-governorate")  # the gold names no governorate
    s = score([(gold, [right, elsewhere, ungoverned])])
    rows = {label: (value, counts) for label, value, counts in format_rows(s)}
    assert rows["place with coordinates (matched)"] == (1.0, "3/3")
    assert rows["map point in gold governorate"] == (0.5, "1/2")
    assert any("event 1: map point in hama-governorate, gold governorate daraa-governorate" in e for e in s.errors)


def test_date_end_and_precision_are_part_of_the_exact_date():
    gold = ev(date=dt.date(2022, 7, 1), date_end=dt.date(2022, 7, 5), date_precision="days")
    s = score([(art(gold), [ev(date="2022-07-01", date_end=None, date_precision="day")])])
    assert s.correct["date_start"] == 1 and s.correct["date"] == 0
    s = score([(art(gold), [ev(date="2022-07-01", date_end="2022-07-05", date_precision="days")])])
    assert s.correct["date"] == 1


def test_unknown_date_matches_unknown_date():
    gold = ev(date=None, date_precision="unknown")
    s = score([(art(gold), [ev(date=None, date_precision=None)])])
    assert s.correct["date"] == 1


def test_sub_type_and_counts_are_scored_separately():
    pred = ev(sub_type="government_regains_territory", fatalities={"best": 3, "low": 3, "high": 17},
              injured=2, civilian_targeting=True)
    s = score([(art(ev()), [pred])])
    assert s.correct["type"] == 1 and s.correct["sub_type"] == 0
    assert s.correct["fatalities"] == 1                        # best of a range mapping
    assert s.correct["injured"] == 0 and s.correct["civilian_targeting"] == 0


def test_a_pair_agreeing_on_type_only_is_not_matched():
    pred = ev(place="daraa", place_names=["درعا"], date=dt.date(2020, 1, 1))
    assert align([ev()], [pred]) == []


def test_alignment_is_one_to_one_and_finds_the_best_total():
    a = ev(incident_key="a")
    b = ev(incident_key="b", place="nawa", place_names=["نوى"])
    # predictions in reverse order; the second one also resembles `a` by date and type
    assert align([a, b], [dict(b), dict(a)]) == [(0, 1), (1, 0)]


# ---- names, places, organizations

@pytest.mark.parametrize("variant", [
    "Abdul Rahman al-Iraqi", "Abdel-Rahman el-Iraqi", "abd al-rahman al-iraqi",
    "عبد الرحمن العراقيّ", "عبد الرحمـن العراقى",
])
def test_name_variants_in_either_language_match(variant):
    s = score([(art(ev()), [ev(people=[{"name": variant, "role": "killed"}])])])
    assert (s.people.tp, s.people.precision, s.people.recall) == (1, 1.0, 1.0)
    assert s.people_role == 1


def test_a_different_name_does_not_match_and_a_wrong_role_is_counted():
    s = score([(art(ev()), [ev(people=[{"name": "Abu Hamza al-Masri", "role": "killed"}])])])
    assert s.people.tp == 0
    s = score([(art(ev()), [ev(people=[{"name": "Abd al-Rahman al-Iraqi", "role": "injured"}])])])
    assert s.people.tp == 1 and s.people_role == 0


def test_gold_aliases_of_a_person_are_accepted():
    gold = ev(people=[{"name": {"en": "Abu Khaled al-Naimi"}, "role": "killed",
                       "aliases": ["the Sword of Hawran"]}])
    s = score([(art(gold), [ev(people=[{"name": "the Sword of Hawran", "role": "killed"}])])])
    assert s.people.tp == 1


def test_folding():
    assert fold_name("Jasim") == fold_name("Jassem") == fold_name("Jassim")
    assert fold_name("Daraa") == fold_name("Deraa") == fold_name("Dar'a")
    assert fold_name("إبراهيم") == fold_name("ابراهيم") == fold_name("آبراهيم")
    assert fold_name("مدرسة") == fold_name("مدرسه")
    assert fold_name("Jasim") != fold_name("Nawa")


def test_place_matches_by_id_or_by_name():
    g = art(ev(place_names=["Jasim"]), index=INDEX)
    for pred in (ev(place="jasim", place_names=[]),
                 ev(place="jassem-city", place_name="Jassim"),
                 ev(place=None, place_names=["جاسم"]),
                 ev(place="جاسم", place_names=[])):
        s = score([(g, [pred])])
        assert s.correct["place"] == 1, pred
    s = score([(g, [ev(place="nawa", place_names=["Nawa"])])])
    assert s.events.tp == 1 and s.correct["place"] == 0


def test_organizations_match_by_id_or_by_a_name_of_the_index():
    g = art(ev(organizations=["islamic-state"]), index=INDEX)
    for org in ("islamic-state", "ISIS", "داعش", "تنظيم \"داعش\"", {"id": "islamic-state"}):
        s = score([(g, [ev(organizations=[org])])])
        assert s.organizations.tp == 1, org
    s = score([(g, [ev(organizations=[], actors=[{"id": "islamic-state", "side": "a"}])])])
    assert s.organizations.tp == 1
    s = score([(g, [ev(organizations=["hezbollah", "ISIS"])])])
    assert (s.organizations.tp, s.organizations.n_pred, s.organizations.n_gold) == (1, 2, 1)
    assert s.organizations.precision == 0.5


def test_format_scores_prints_the_parts_side_by_side():
    dev, test = art(ev()), art(ev())
    dev.url, test.url = "https://example.org/0", "https://example.org/4"
    assert (split_of(dev.url), split_of(test.url)) == ("dev", "test")
    text = format_scores(score_by_part([(test, [ev()]), (dev, [ev(date=dt.date(2022, 10, 16))])]))
    assert re.match(r"metric\s+dev \(1 articles\)\s+test \(1 articles\)$", text.splitlines()[0])
    assert re.search(r"event recall\s+1\.000 1/1\s+1\.000 1/1", text)
    assert re.search(r"date \(matched\)\s+0\.000 0/1\s+1\.000 1/1", text)


def test_slices_cut_each_part_by_language_or_by_incidents_in_the_gold():
    single, roundup, english = art(ev()), art(*[ev(incident_key=f"k{n}") for n in range(4)]), art(ev())
    english.language = "en"
    for n, article in enumerate((single, roundup, english)):
        article.url = "https://example.org/0" if n != 2 else "https://example.org/4"
    pairs = [(single, [ev()]), (roundup, [ev()]), (english, [ev(), ev(place="daraa", place_names=["درعا"])])]
    by_size = score_by_slice(pairs, "incidents")
    assert list(by_size) == ["dev 1 incident", "dev 4+ incidents", "test 1 incident"]
    assert (by_size["dev 4+ incidents"].events.tp, by_size["dev 4+ incidents"].events.n_gold) == (1, 4)
    assert (by_size["test 1 incident"].events.tp, by_size["test 1 incident"].events.n_pred) == (1, 2)
    assert list(score_by_slice(pairs, "language")) == ["dev ar", "test en"]
    text = format_scores(by_size, SLICE_ROWS)
    assert [line.split("  ")[0] for line in text.splitlines()[2:]] == list(SLICE_ROWS)
    assert re.search(r"event recall\s+1\.000 1/1\s+0\.250 1/4\s+1\.000 1/1", text)


def test_the_split_is_a_hash_of_the_url():
    import hashlib

    urls = [f"https://example.org/{n}" for n in range(200)]
    tests = [u for u in urls if split_of(u) == "test"]
    assert tests == [u for u in urls if hashlib.sha1(u.encode()).hexdigest()[0] in "01234"]
    assert 0.2 < len(tests) / len(urls) < 0.45


def test_named_victims_count_only_in_their_incident():
    killed = {"name": {"ar": "سامر الحلبي"}, "role": "killed"}
    g = art(ev(people=[killed]), ev(place="tafas", place_names=["طفس"], people=[]))
    right = score([(g, [ev(people=[killed]), ev(place="tafas", place_names=["طفس"], people=[])])])
    assert (right.victims.tp, right.victims.n_gold, right.victims.n_pred) == (1, 1, 1)
    wrong = score([(g, [ev(people=[]), ev(place="tafas", place_names=["طفس"], people=[killed])])])
    assert (wrong.victims.tp, wrong.victims.n_gold, wrong.victims.n_pred) == (0, 1, 1)
    spokesman = score([(g, [ev(people=[{**killed, "role": "spokesperson"}])])])
    assert (spokesman.victims.tp, spokesman.victims.n_pred) == (0, 0)


def test_victims_not_linked_are_counted_by_where_they_went():
    def killed(name):
        return {"name": {"ar": name}, "role": "killed"}
    names = ["سامر الحلبي", "خالد العلي", "محمود الزعبي", "ياسر المصري"]
    tafas = {"place": "tafas", "place_names": ["طفس"], "type": "protests", "date": dt.date(2021, 1, 1)}
    g = art(ev(people=[killed(n) for n in names]), ev(people=[killed("عمر الخطيب")], **tafas))
    predicted = [ev(people=[killed(names[0]), {**killed(names[1]), "role": "mentioned"}]),
                 ev(place="daraa", place_names=["درعا"], people=[killed(names[2])], type="protests", date=None)]
    s = score([(g, predicted)])
    assert (s.victims.tp, s.victims.n_gold) == (1, 5)
    assert s.victims_lost == {"event missed": 1, "other event": 1, "other role": 1, "not named": 1}
    rows = {label: counts for label, _, counts in format_rows(s)}
    assert rows["  victims named with another role"] == "1/4" and rows["  victims their incident missed"] == "1/4"


def test_false_victims_are_counted_by_where_they_came_from():
    def person(name, role="killed"):
        return {"name": {"ar": name}, "role": role}
    tafas = {"place": "tafas", "place_names": ["طفس"], "type": "protests", "date": dt.date(2021, 1, 1)}
    g = art(ev(people=[person("سامر الحلبي"), person("خالد العلي", "spokesperson")]),
            ev(people=[person("عمر الخطيب")], **tafas))
    predicted = [ev(people=[person("سامر الحلبي"), person("عمر الخطيب"), person("خالد العلي"), person("ياسر المصري")]),
                 ev(**tafas, people=[person("عمر الخطيب")]),
                 ev(place="daraa", place_names=["درعا"], type="protests", date=None, people=[person("محمود الزعبي")])]
    s = score([(g, predicted)])
    assert (s.victims.tp, s.victims.n_pred) == (2, 6)
    assert s.false_victims == {"spurious event": 1, "other incident": 1, "no victim": 1, "unknown": 1}
    rows = {label: counts for label, _, counts in format_rows(s)}
    assert rows["  false victims on an event matching no incident"] == "1/4"


def test_persons_anywhere_in_the_article():
    g = art(ev())
    g.persons = [{"name": {"ar": "عبد الرحمن العراقي"}, "role": "killed"},
                 {"name": {"ar": "أحمد الخطيب"}, "role": "spokesperson"}]
    twice = ev()                          # the same person attached to two events counts once
    s = score([(g, [ev(), twice])])
    assert (s.persons.tp, s.persons.n_pred, s.persons.n_gold) == (1, 1, 2)


def test_a_statistics_number_taken_as_a_toll_is_counted():
    g = art(ev(fatalities=3))
    g.not_events = ["statistics: since January 212 attacks killed 160 people, among them 3 children"]
    assert score([(g, [ev(fatalities=3)])]).statistics_tolls == 0      # 3 is also the incident's toll
    s = score([(g, [ev(fatalities=3), ev(place="tafas", fatalities=160)])])
    assert s.statistics_tolls == 1


# ---- incident clusters

def test_cluster_scores_by_hand():
    gold = {1: "a", 2: "a", 3: "b"}
    pred = {1: "x", 2: "x", 3: "x"}
    c = score_incident_clusters(gold, pred, {1: "ar", 2: "en", 3: "en"})
    assert (c.pairwise.tp, c.pairwise.n_pred, c.pairwise.n_gold) == (1, 3, 1)
    assert c.pairwise.precision == pytest.approx(1 / 3) and c.pairwise.recall == 1.0
    assert c.bcubed_precision == pytest.approx(5 / 9) and c.bcubed_recall == 1.0
    # cross-language pairs: (1,2) same in both, (1,3) merged wrongly
    assert (c.cross_language.tp, c.cross_language.n_pred, c.cross_language.n_gold) == (1, 2, 1)
    table = format_cluster_scores({"all": [c, c]})
    assert re.search(r"B-cubed F1, order 2\s+0\.71", table) and "pairwise, worst order" in table


def test_pairs_left_apart_but_offered_as_candidates_are_counted():
    gold = {1: "a", 2: "a", 3: "a", 4: "b"}
    pred = {1: "x", 2: "y", 3: "z", 4: "w"}
    # x offered y (same incident: counts), z offered w (other incidents: does not)
    c = score_incident_clusters(gold, pred, offered={frozenset(("x", "y")), frozenset(("z", "w"))})
    assert c.offered == 1 and c.pairwise.tp == 0 and c.pairwise.n_gold == 3
    joined = score_incident_clusters(gold, {1: "x", 2: "x", 3: "z", 4: "w"}, offered={frozenset(("x", "x"))})
    assert joined.offered == 0          # a joined pair is joined, not offered
    table = format_cluster_scores({"dev": [c, joined]})
    assert re.search(r"pairs offered as candidates, worst\s+0/3", table)


def test_unpredicted_refs_are_singletons():
    c = score_incident_clusters({1: "a", 2: "a", 3: "b"}, {1: "x"})
    assert (c.pairwise.tp, c.pairwise.n_pred, c.pairwise.n_gold) == (0, 0, 1)
    assert c.pairwise.recall == 0.0
    assert c.bcubed_precision == 1.0 and c.bcubed_recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)


def test_perfect_merging_of_the_corpus():
    keys, langs = gold_incident_keys(load_corpus(CORPUS))
    c = score_incident_clusters(keys, dict(keys), langs)
    assert c.pairwise.f1 == 1.0 and c.bcubed_f1 == 1.0
    assert c.cross_language.n_gold >= 3          # the Nawa and Tasil stories in ar and en


# ---- gold file reading

def test_unknown_gold_field_names_the_file(tmp_path):
    p = tmp_path / "001-a.gold.yaml"
    p.write_text("article: 001-a.txt\nlanguage: ar\npublished: 2022-01-01\n"
                 "events:\n  - {incident_key: k, date: 2022-01-01, fatality: 3}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"001-a.gold.yaml: events\[0\]: unknown field\(s\) fatality"):
        load_gold_file(p)


@pytest.mark.parametrize(("name", "text", "message"), [
    ("001-a.gold.yaml", "article: 001-a.txt\nlanguage: ar\nevents:\n  - {incident_key: k, date: 2023-02-30}\n",
     r"001-a.gold.yaml: cannot be read: day is out of range"),
    ("ids.yaml", "places: [jasim]\n", r"ids.yaml: places: expected id: \{en"),
    ("ids.yaml", "- jasim\n", r"ids.yaml: expected a mapping"),
])
def test_a_gold_or_ids_file_that_yaml_reads_wrong_names_the_file(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    if name == "ids.yaml":
        (tmp_path / "001-a.gold.yaml").write_text("article: 001-a.txt\nlanguage: ar\nevents: []\n", encoding="utf-8")
    (tmp_path / "001-a.txt").write_text("نص\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


def test_a_gold_file_not_in_utf8_names_the_file(tmp_path):
    (tmp_path / "001-a.gold.yaml").write_bytes("article: 001-a.txt\nlanguage: ar\noutlet: نبأ\n".encode("cp1256"))
    with pytest.raises(CorpusError, match=r"001-a.gold.yaml: cannot be read: 'utf-8' codec"):
        load_gold_file(tmp_path / "001-a.gold.yaml")


def test_a_feed_gold_gives_one_article_per_entry():
    feed = [a for a in load_corpus(CORPUS) if a.article.endswith(".xml")]
    assert [a.key for a in feed] == [f"035-frontline-feed-en.xml#sf-10{i}" for i in (1, 2, 3)]
    assert all(a.published_in_file and a.language == "en" for a in feed)


# ---- the corpus itself

GOLD_FILES = sorted(CORPUS.glob("*.gold.yaml"))
IDS = yaml.safe_load((CORPUS / "ids.yaml").read_text(encoding="utf-8"))


def test_corpus_size_and_languages():
    files = {a.article: a.language for a in load_corpus(CORPUS)}
    assert len(files) >= 36
    langs = list(files.values())
    assert langs.count("ar") >= 15 and langs.count("en") >= 15
    kinds = {Path(f).suffix for f in files}
    assert kinds == {".txt", ".html", ".xml"}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid(path):
    articles = load_gold_file(path)
    for a in articles:
        assert (CORPUS / a.article).is_file(), f"{path.name}: article {a.article} missing"
        assert a.path.name == Path(a.article).stem + ".gold.yaml"
        for i, e in enumerate(a.events):
            where = f"{path.name} events[{i}]"
            assert re.fullmatch(ID_PATTERN, e["incident_key"]), where
            assert e["type"] in EVENT_TYPES and e["sub_type"] in EVENT_TYPES[e["type"]], where
            assert e["date_precision"] in DATE_PRECISIONS, where
            assert (e["date"] is None) == (e["date_precision"] == "unknown"), where
            if e["date_end"] is not None:
                assert e["date_end"] > e["date"] and e["date_precision"] != "day", where
            if e["date"] and a.published:
                assert e["date"] <= a.published, where
            assert e["place"] in IDS["places"], f"{where}: place {e['place']} not in ids.yaml"
            assert e["place_names"], where
            for o in e["organizations"]:
                assert o in IDS["organizations"], f"{where}: organization {o} not in ids.yaml"
            for p in e["people"]:
                assert p["role"] in PERSON_ROLES, where
                assert set(p["name"]) <= {"en", "ar"} and p["name"], where
            for n in ("fatalities", "injured"):
                assert e[n] is None or (isinstance(e[n], int) and e[n] >= 0), where
            assert isinstance(e["civilian_targeting"], bool), where


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_published_date_and_weekday_comment_agree(path):
    """A `published: YYYY-MM-DD  # Weekday` comment must name the right weekday."""
    for m in re.finditer(r"published: (\d{4}-\d\d-\d\d)\s+# (\w+day)", path.read_text(encoding="utf-8")):
        assert dt.date.fromisoformat(m.group(1)).strftime("%A") == m.group(2), path.name


def test_dates_in_html_and_feed_agree_with_the_gold():
    for a in load_corpus(CORPUS):
        text = (CORPUS / a.article).read_text(encoding="utf-8")
        if a.article.endswith(".html"):
            m = re.search(r'article:published_time" content="(\d{4}-\d\d-\d\d)', text)
            assert bool(m) == a.published_in_file, a.article
            if m:
                assert dt.date.fromisoformat(m.group(1)) == a.published
        elif a.article.endswith(".xml"):
            item = text.split(f">{a.entry}</guid>")[1]
            day = re.search(r"<pubDate>\w+, (\d+ \w+ \d{4})", item).group(1)
            assert dt.datetime.strptime(day, "%d %b %Y").date() == a.published
        else:
            assert not a.published_in_file, a.article


def test_ids_index_entries_have_both_languages():
    for section in ("places", "organizations"):
        for key, names in IDS[section].items():
            assert re.fullmatch(ID_PATTERN, key), key
            assert names.get("en") and names.get("ar"), f"{section}.{key}"
