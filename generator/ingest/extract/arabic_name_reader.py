"""The name reader of an Arabic clause (`arabic_names.NameReader`): the language's name words, read once per
pack, and the spans of the clause that end a name (event words, dates, counts, names of the lexicon) or may be a
family name after a given name (places, adjectives of a country)."""

from __future__ import annotations

from ..lang import ar
from ..lang import common as C
from ..lexicon import LexiconMatch
from ..normalise import fold
from .arabic_name_words import GivenNames
from .arabic_names import NameReader
from .model import Clause


def reader_for(clause: Clause) -> NameReader:
    pack = clause.pack
    index = clause.a.options.names
    given, any_given, family, stop = pack.memo("name-words", lambda: (
        GivenNames(index.without("ar-given", (fold(w) for w in ar.NOT_GIVEN_NAMES))),
        GivenNames(index.get("ar-given") | index.get("ar-given-rare")),
        index.get("ar-family"),
        frozenset(fold(w) for w in ar.NAME_STOPWORDS | ar.NAME_END_WORDS | set(ar.NAME_INTRODUCERS)
                  | set(ar.PLURAL_INTRODUCERS) | set(ar.ALIAS_CUES) | set(ar.MILITARY_RANKS) | set(ar.PLACE_KINDS)
                  | set(ar.PLACE_NOUNS) | set(ar.NAMED_AFTER) | set(ar.SPEECH_VERBS) | set(ar.CHILDREN_OF)
                  | set(ar.NAMING_VERBS)   # "سيدة تدعى "X"": the verb of naming ends the noun before it
                  | {title for title in ar.OFFICE_TITLES if " " not in title}),   # "وزير الخارجية التركي" names no one
    ))
    base = clause.start
    blocked = [(h.start - base, h.end - base) for h in clause.hits]
    blocked += [(d.match.start - base, d.match.end - base) for d in clause.dates]
    lexicon = clause.a.options.lexicon

    def describes(n: LexiconMatch) -> bool:
        return n.kind == "place" or n.adjective or n.kind == "organization" and n.entry_id in lexicon \
            and lexicon.get(n.entry_id).category in C.DESCRIBING_CATEGORIES

    blocked += [(n.start - base, n.end - base) for n in clause.names if not describes(n)]
    # counts (خمسة أشخاص), and death and injury words that make no event (توفي، مصاب), end a name like trigger words
    blocked += [(c.start - base, c.end - base) for c in clause.counts]
    blocked += [(s - base, e - base) for name in ("DEATH_WORDS", "INJURY_WORDS", "HURT_WORDS")
                for s, e in clause.spans(name)]
    # places, adjectives of a country (الأردني) and words that describe people (المدني) may be a family name or nisba
    # after a given name
    places = [(n.start - base, n.end - base) for n in clause.names if describes(n)
              and not (n.kind == "place" and clause.person_hit(n.start, n.end))]   # "قُتل جاسم الجديع"
    return NameReader(clause, given, any_given, family, stop, blocked, places)
