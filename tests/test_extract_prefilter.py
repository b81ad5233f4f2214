"""The literal test run before a word list's regex (`arabic.literal_stems`, `stems.required_literals` for the
English regexes) never hides a match.

A word list or trigger whose stems are all absent from an article is not run over it (extraction's
main cost), and one whose stems are there is tried only near them (`stems.matches_at_stems`); this
checks, on every article of both corpora, that whenever the test says "absent" the regex indeed finds
nothing, and that the matches found near the stems are exactly those of the regex over the whole text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.ingest.extract import arabic, default_options, english
from generator.ingest.extract.stems import StemFinder, case_folded, matches_at_stems, required_literals
from generator.ingest.lang import ar, en
from generator.ingest.readers import read_input

TESTS = Path(__file__).parent


def word_lists(words) -> list[str]:
    """The names of a language's word lists (upper-case tuples of strings)."""
    return sorted(name for name in dir(words) if name.isupper() and isinstance(getattr(words, name), tuple)
                  and getattr(words, name) and all(isinstance(entry, str) for entry in getattr(words, name)))


def texts_in(language: str) -> list[str]:
    """The texts of every article of both corpora in `language`."""
    paths = sorted((TESTS / "corpus").glob("*.txt")) + sorted((TESTS / "realnews").glob("*.txt"))
    return [a.text for path in paths for a in read_input(str(path)) if a.language == language]


WORD_LISTS = word_lists(ar)


@pytest.fixture(scope="module")
def folded_articles() -> list[str]:
    texts = texts_in("ar")
    assert len(texts) > 150
    return [arabic.matching_text(text)[0] for text in texts]


def test_a_word_list_skipped_by_its_stems_has_no_match(folded_articles: list[str]) -> None:
    pack = default_options().pack("ar")
    tested = 0
    for name in WORD_LISTS:
        stems = pack.stems(name)
        if stems is None:
            continue
        tested += 1
        for folded in folded_articles:
            if not any(stem in folded for stem in stems):
                assert pack.regex(name).search(folded) is None, name
    assert tested > 20


def test_a_trigger_skipped_by_its_stem_has_no_match(folded_articles: list[str]) -> None:
    triggers = default_options().pack("ar").triggers()
    assert sum(stems is not None for *_, stems in triggers) > len(triggers) * 0.9
    for regex, *_, stems in triggers:
        for folded in folded_articles:
            if stems is not None and not any(stem in folded for stem in stems):
                assert regex.search(folded) is None, regex.pattern


def test_matching_near_the_stems_finds_what_the_whole_text_regex_finds(folded_articles: list[str]) -> None:
    pack = default_options().pack("ar")
    finder = pack.stem_finder()
    assert finder is not None
    lists = [(pack.regex(name), pack.stems(name)) for name in WORD_LISTS if pack.stems(name) is not None]
    lists += [(regex, stems) for regex, *_, stems in pack.triggers() if stems is not None]
    lists = [(regex, stems) for regex, stems in lists if finder.stems.issuperset(stems)]  # the rest run whole
    assert len(lists) > 100
    found = 0
    for folded in folded_articles:
        places = finder.places(folded)
        for regex, stems in lists:
            if not any(stem in places for stem in stems):
                continue   # the test above: no match
            whole = [m.span() for m in regex.finditer(folded)]
            assert [m.span() for m in matches_at_stems(regex, stems, places, folded, arabic.STEM_REACH)] == whole, \
                regex.pattern
            found += len(whole)
    assert found > 1000


def test_matching_near_a_stem_reaches_back_over_the_proclitics() -> None:
    regex = arabic.compile_words(("قصف*", "الأمن العسكري"))
    text = arabic.matching_text("وبالقصف المدفعي وبالأمن العسكري، فالقصف")[0]
    stems = arabic.literal_stems(("قصف*", "الأمن العسكري"))
    assert stems == ("قصف", "الامن")
    places = StemFinder(frozenset(stems)).places(text)
    spans = [m.span() for m in matches_at_stems(regex, stems, places, text, arabic.STEM_REACH)]
    assert spans == [m.span() for m in regex.finditer(text)] == [(0, 7), (16, 31), (33, 39)]


def test_a_regex_entry_has_no_stems() -> None:
    assert arabic.literal_stems(("مقتل*", r"\d+\s+عاما")) is None
    assert arabic.literal_stems(("لقي* ~ حتف*", "الأمن العسكري")) == ("لقي", "الامن")
    assert arabic.literal_stems(("~ حتف*",)) is None   # the match may start words before the stem


def test_the_first_words_lookahead_changes_no_match(folded_articles: list[str], monkeypatch) -> None:
    """Each word list's regex begins with a lookahead for its first words' stems (`arabic.compile_words`):
    it finds what the same regex without it finds (on every sixth article: the regex without the
    lookahead is the slow one)."""
    lists = [getattr(ar, name) for name in WORD_LISTS]
    fast = [arabic.compile_words(entries) for entries in lists]
    monkeypatch.setattr(arabic, "_first_words_lookahead", lambda entries, regexes: "")
    plain = [arabic.compile_words(entries) for entries in lists]
    with_lookahead = [(a, b) for a, b in zip(fast, plain) if a.pattern != b.pattern]
    assert len(with_lookahead) > 80
    found = 0
    for folded in folded_articles[::6]:
        for a, b in with_lookahead:
            spans = [m.span() for m in b.finditer(folded)]
            assert [m.span() for m in a.finditer(folded)] == spans, b.pattern
            found += len(spans)
    assert found > 200


def test_a_regex_entry_keeps_its_escapes_and_quantifiers_when_folded() -> None:
    """Folding lowercases Latin letters and turned no digit into `\\d` before: `\\S` and `{0,2}` of a regex
    entry are matched as written (a word between, any non-space word), its Arabic letters folded."""
    regex = arabic.compile_words((r"(?:أصيب|اصيب)\s+(?:\S+\s+){0,2}?طفل",))
    def folded(text: str) -> str:
        return arabic.matching_text(text)[0]
    assert regex.search(folded("أُصيب أمس في درعا طفل")) is None   # three words between
    assert regex.search(folded("أُصيب أمس بدرعا طفل"))
    assert regex.search(folded("أُصيب طفل"))


# ------------------------------------------------------------------ English: pieces read from the regexes

EN_WORD_LISTS = word_lists(en)


def test_required_literals_reads_branches_groups_and_optional_parts() -> None:
    assert required_literals(re.compile(r"\b(?:bombs?|explosive belts?|vbieds?)\b", re.I)) \
        == ("bomb", "explosive belt", "vbied")
    assert required_literals(re.compile(r"\b(?:rpgs?|rocket-propelled grenades?)\b", re.I)) \
        == ("rocket-propelled grenade", "rpg")   # the parser's shared "r" put back in front of each
    # a run of literal text before a part that is none ("opened (?:\w+ )?fire on": "opened ")
    assert required_literals(re.compile(r"\b(?:opened (?:[\w-]+ ){0,2}?fire (?:on|at)|fired (?:on|at))\b", re.I)) \
        == ("fired at", "fired on", "opened ")
    assert required_literals(re.compile(r"\b(?:Suicide (?:bomb\w*|attack\w*))\b", re.I)) == ("suicide ",)
    assert required_literals(re.compile(r"\b(?:\w+ years? old|aged)\b", re.I)) == (" year old", " years old", "aged")


def test_required_literals_gives_none_without_a_piece_every_match_holds() -> None:
    assert required_literals(re.compile(r"\b(?:\w+ \w+|aged)\b", re.I)) is None   # no literal in "\w+ \w+"
    assert required_literals(re.compile(r"\b(?:al|el)\b", re.I)) is None   # too short to be worth a test
    assert required_literals(re.compile(r"\b(?:killed|\d+)\b", re.I)) is None


def test_case_folding_finds_a_piece_wherever_a_case_insensitive_regex_matches() -> None:
    regex = re.compile(r"\b(?:ieds?|shells?)\b", re.I)
    for text in ("Two IEDs", "İED", "ſhelling ſhells"):
        assert regex.search(text)
        assert any(stem in case_folded(text) for stem in required_literals(regex) or ())


@pytest.fixture(scope="module")
def english_articles() -> list[str]:
    texts = texts_in("en")
    assert len(texts) > 100
    return texts


def test_an_english_list_or_trigger_skipped_by_its_pieces_has_no_match(english_articles: list[str]) -> None:
    """Whenever no piece of a list is in an article's case-folded text, its regex finds nothing there."""
    pack = default_options().pack("en")
    lists = [(pack.regex(name), pack.stems(name)) for name in EN_WORD_LISTS]
    lists += [(regex, stems) for regex, *_, stems in pack.triggers()]
    with_pieces = [(regex, stems) for regex, stems in lists if stems is not None]
    assert len(with_pieces) > len(lists) * 0.8
    skipped = 0
    for text in english_articles:
        folded = case_folded(text)
        for regex, stems in with_pieces:
            if not any(stem in folded for stem in stems):
                assert regex.search(text) is None, regex.pattern
                skipped += 1
    assert skipped > 1000


def test_an_english_match_holds_one_of_its_lists_pieces(english_articles: list[str]) -> None:
    """The stronger claim the test above samples: each match itself holds a piece (a piece outside the match
    would let the test pass an article by luck)."""
    pack = default_options().pack("en")
    found = 0
    for name in EN_WORD_LISTS:
        stems = pack.stems(name)
        if stems is None:
            continue
        for text in english_articles[::4]:
            for m in pack.regex(name).finditer(text):
                assert any(stem in case_folded(m.group()) for stem in stems), (name, m.group())
                found += 1
    assert found > 1000


def test_english_pieces_are_tested_for_only_not_matched_near() -> None:
    assert english.STEM_REACH is None   # a piece may be anywhere in a match: no regex is run from it
