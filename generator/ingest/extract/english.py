"""The passes of extraction that English does its own way: state participles, the shape of a
casualty phrase, and capitalised name patterns (`find_people` and `person_spans` come from `english_people.py`).
Each has an Arabic counterpart of the same name in `arabic.py`; the words are in `ingest/lang/en/`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import common as C
from ..lang import en
from ..lexicon import Lexicon, LexiconMatch
from ..mentions import Mention
from ..name_index import NameIndex
from ..normalise import fold_latin_name
from .english_people import RANKS, find_people, opens_with_given_name, person_spans  # noqa: F401  (the pack's name passes)
from .model import Clause, Hit
from .stems import case_folded, required_literals

if TYPE_CHECKING:
    from .options import LanguagePack



def compile_words(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(entries) + r")\b", re.IGNORECASE)


def literal_stems(entries: tuple[str, ...]) -> tuple[str, ...] | None:
    """Pieces one of which every match of the list holds, read from its regex (English entries are regexes).
    They may be anywhere in a match (`STEM_REACH` None): a list none of whose pieces is in an article's
    `stem_text` is not run over it, and one that has one is run over the whole article."""
    return required_literals(compile_words(entries))


# A stem of an English list may be anywhere in a match: no place to run its regex from, only a test.
STEM_REACH = None


def stem_text(text: str) -> str:
    """The text a list's stems are looked for in: case-folded, as the lists match."""
    return case_folded(text)


def matching_text(text: str) -> tuple[str, tuple[int, ...]]:
    """English word lists match the body itself (no offset map)."""
    return text, ()


def match_key(text: str) -> str:
    return text.lower()


def spelling_key(name: str) -> str | None:
    """A place name as spellings of one Arabic name compare when their short vowels differ (Qaraya / Qurayya,
    Salamyah / Salamiyah): the transliteration key without its vowels and article. Looser than the gazetteer's
    own key, so only compared with the places of the draft's governorate."""
    key = re.sub(r"^al ", "", fold_latin_name(name))
    return re.sub(r"[aeiou]", "", key) or None


def cue_text(before: str) -> str:
    return before


def clitic_false_friend(text: str, match: LexiconMatch, lex: Lexicon) -> bool:
    return False   # English has no attached clitics


def event_hits(clause: Clause) -> list[Hit]:
    """A past participle after a plural noun without an auxiliary is a state ("families of people
    detained since 2011"), not an event, unless an object follows it ("individuals executed a civilian");
    nor is a definite noun naming an event already reported."""
    text = clause.a.text
    return [h for h in clause.hits
            if not (h.klass == C.ACTION and text[h.start:h.end].endswith("ed")
                    and re.search(r"\b" + en.STATE_NOUNS + r"\s+$", text[max(clause.start, h.start - 20):h.start], re.I)
                    and not re.match(en.ACTIVE_OBJECT, text[h.end:clause.end], re.I))
            and not _back_reference(clause, h)]


def _back_reference(clause: Clause, hit: Hit) -> bool:
    """"The fighting erupted after the gang abducted two men": the definite noun names an event already
    reported; the event of this sentence is the one after "after". "The bombing happened near X": where the
    incident reported before took place."""
    text = clause.a.text
    before = text[max(clause.start, hit.start - 12):hit.start]
    after = text[hit.end:min(clause.end, hit.end + 30)]
    return bool(re.search(r"\b(?:the|this|that)\s+$", before, re.I)
                and (re.match(en.BACK_REFERENCE, after, re.I) or re.match(en.TOOK_PLACE, after, re.I)))


def is_former(clause: Clause, start: int, end: int) -> bool:
    return bool(clause.pack.cue("FORMER").search(clause.a.text[max(clause.start, start - 40):start]))


# ------------------------------------------------------------------ places

def road_place(before: str, after: str, pack: "LanguagePack") -> bool:
    return bool(pack.cue("ROAD_AFTER", 0).search(after) or pack.cue("ROAD_BEFORE", 0).search(before)
                and re.match(r"\s+(?:highway|motorway|road)\b", after))


def place_name(surface: str, pack: "LanguagePack") -> str:
    """The place's own name: "the town of Nawa" → "Nawa", "the town of “Nawa" → "Nawa"."""
    return re.sub(r"^(?:the\s+)?(?:city|town|village|province|governorate)\s+of\s+", "", surface, flags=re.I).strip("\"“”'‘’")


_UNKNOWN_PLACE = re.compile(
    r"\b(?:the )?(city|town|village|neighbou?rhood|district|camp) of ((?:al-|Al-)?[A-Z][\w'-]+(?: (?:al-|el-)?[A-Z][\w'-]+)?)")


# "Hasaka province's X village", "the al-X village", "in (the) X village", "the mukhtar of X village", "in X
# Village", "X city and Y village": a name before its place word (one that starts with al-, follows a possessive, or
# follows a place preposition, "of" or a list's place word, and is no adjective of people or faith, so that "the
# Syrian town", "in the Druze village", "of the Alawite village" name no place).
_AFTER_LISTED_KIND = "(?:" + "|".join(f"(?<={kind}{joiner})" for kind in ("city", "town", "village")
                                      for joiner in (" and ", ", ", ", and ")) + ")"
_NAMED_BEFORE_KIND = re.compile(r"(?:['’]s\s+((?:al-|Al-)?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|\b((?:al-|Al-)[A-Za-z][\w'-]+)"
                                # ... or the place word of a list's name before it ("Mhardeh city and Jourin village":
                                # looked behind, that word may end the name before)
                                r"|(?:\b(?:in|near|at|outside|into|of)\s+|" + _AFTER_LISTED_KIND + r")(?:the\s+)?"
                                r"((?:[Aa]l-)?(?![\w'-]*(?:ian|ish|ese|ite|i|men)\s)(?!(?:Arab|Druze|Bedouin|Kurd|Shia|Sunni)\s)"
                                r"[A-Z][\w'-]+(?: (?:al-)?[A-Z][\w'-]+)?))\s+([Vv]illage|[Tt]own|[Cc]ity)\b")


# "opened fire in X, a village in the Y countryside": a name after a place preposition, then its kind in apposition.
_NAMED_THEN_KIND = re.compile(r"\b(?:in|near|at|outside|into)\s+((?:al-|Al-)?[A-Z][\w'-]+(?: (?:al-|el-)?[A-Z][\w'-]+)?),"
                              r"\s+an?\s+(?:[A-Za-z-]+\s+){0,2}?(village|town)\b")


# "on the road to X" (a road named by the town it leads to): X, a town the gazetteer may lack, places the incident.
_ROAD_TO = re.compile(r"\b(?:the|a) road (?:leading )?to ((?:al-|Al-)?[A-Z][\w'-]+(?: (?:al-|el-)?[A-Z][\w'-]+)?)")


def may_name_listed_village(name: str, pack: "LanguagePack", names: NameIndex) -> bool:
    """Whether a bare word joined to a town of a list may be a village of OCHA's list (`extract/list_villages.py`):
    capitalised, since English spellings of villages are matched loosely ("his" spells Has) and a capital says a name."""
    return all(word[:1].isupper() or word.lower().startswith(("al-", "el-")) for word in name.split())


def unknown_places(clause: Clause) -> list[Mention]:
    """Names after "the town of" (and the like), before "village"/"town" or with "a village" in apposition, in
    text order, that may be places the gazetteer does not know: draft places."""
    found = [(clause.start + m.start(2), m.group(2), m.group(1)) for m in _UNKNOWN_PLACE.finditer(clause.text)]
    for m in _NAMED_BEFORE_KIND.finditer(clause.text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        found.append((clause.start + m.start(group), m.group(group), m.group(4)))
    found += [(clause.start + m.start(1), m.group(1), m.group(2)) for m in _NAMED_THEN_KIND.finditer(clause.text)]
    found += [(clause.start + m.start(1), m.group(1), "town") for m in _ROAD_TO.finditer(clause.text)]
    return [Mention("place", name, "en", None, start, en.PLACE_KINDS.get(kind.lower().replace("neighborhood", "neighbourhood"),
                                                                         "village"))
            for start, name, kind in sorted(found)]


def place_detail(text: str, pack: "LanguagePack") -> str | None:
    m = re.search(en.PLACE_DETAIL[0], text)
    return m.group(0) if m else None


# ------------------------------------------------------------------ counts

_ONE_PERSON_NOUNS = (r"(?:civilian|man|woman|child|boy|girl|member"
                     r"|fighter|soldier|officer|teacher|commander|leader|farmer|shepherd|resident|mukhtar|mother|father|wife|husband|son"
                     r"|daughter|brother|sister|driver"
                     # (one person's trade or part, as news names a victim: "killed a journalist", "wounding a policeman")
                     r"|journalist|reporter|photographer|doctor|nurse|paramedic|medic|pharmacist|engineer|lawyer|judge"
                     r"|student|pupil|worker|employee|teenager|youth|policeman|gunman|militant|militiaman|rebel|conscript"
                     r"|detainee|prisoner|activist|official|guard|imam|priest|sheikh|merchant|trader|shopkeeper"
                     r"|businessman|citizen|refugee|pedestrian|passer-by|motorcyclist|baby|infant|toddler|person"
                     r"|individual|elder|volunteer|smuggler|cousin|nephew|uncle|relative|grandfather|grandmother"
                     r"|neighbou?r"
                     # (an office held by one: "the mayor of X was shot dead", "killing a council head")
                     r"|mayor|governor|head|chief|director|secretary|deputy|manager|principal|dignitary|notable)\b")
_ONE_PERSON_WORDS = r"\b(?:a|an|one|his|her|their)\s+(?:[\w-]+\s+){0,2}" + _ONE_PERSON_NOUNS
_ONE_PERSON = re.compile(_ONE_PERSON_WORDS, re.I)
# The one person told of before, the subject of a later casualty word: "He died instantly", "The ex-fighter died",
# "the man was killed" (not "he was nearly killed"; nor a participle with no auxiliary, "The young man killed in X was
# identified as Y", which names the dead of an incident told before).
_ONE_TOLD_BEFORE = re.compile(r"(?:^|[.,;]\s*|\b(?:and|while)\s+)(?:he|she|the\s+(?:[\w-]+\s+)?(?:\w+-)?" + _ONE_PERSON_NOUNS
                              + r")\s+(?P<aux>was\s+|had\s+been\s+|has\s+been\s+)?(?:(?!nearly|narrowly)\w+ly\s+)?$", re.I)
# One person named by what they are of, opening the sentence (or following its dateline: "BEIRUT (Reuters) - ") as the
# subject of a passive casualty word: "The mayor of the Syrian town of X was shot dead", "The head of the local council
# in Y was wounded".
_ONE_OF_PLACE_BEFORE = re.compile(r"(?:^|[.;)]\s+|\s[-–—]\s+)the\s+(?:[\w-]+\s+)?" + _ONE_PERSON_NOUNS + r"\s+of\s+[^,.;]{1,80}?\s+was\s+"
                                  r"(?:(?!nearly|narrowly)\w+ly\s+)?(?:shot\s+)?$", re.I)
# ... who died "of his wounds": one of the wounded told before, a later toll.
_OF_WOUNDS = re.compile(r"\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)", re.I)
# Between the people counted one by one and a passive casualty word after them: an auxiliary, maybe an age or an
# aside between commas ("their neighbour, who rushed to help, was wounded").
_PASSIVE_BETWEEN = re.compile(r"(?:\s*,[^,]{0,60},)?\s*(?:was|were|has been|have been|had been|is|are|got)?\s*(?:\w+ly\s+)?",
                              re.I)
# How far (characters) before a casualty word the people it counts one by one may start ("A 45-year-old man and his
# 17-year-old son were killed").
ONE_PERSON_REACH = 60
# One person, or several of one each joined by commas and "and" ("a man, a woman and a child").
_ONE_PERSON_CHAIN = re.compile(_ONE_PERSON_WORDS + r"(?:(?:\s*,\s*|,?\s+and\s+)" + _ONE_PERSON_WORDS + r")*", re.I)


def singular(clause: Clause, hit: Hit) -> int | None:
    """1 when a casualty word governs one described or named person ("a civilian was killed")."""
    end = _past_date(clause, hit.end)   # "killed on Monday, November 21, 2022, a local commander": the object after it
    after = clause.a.text[end:min(clause.end, end + 40)]
    if end > hit.end:
        after = " " + after
    before_hit = clause.a.text[max(clause.start, hit.start - ONE_PERSON_REACH):hit.start]
    window = before_hit + clause.a.text[hit.start:hit.end] + after
    if clause.pack.cue("VAGUE_OTHERS_AFTER").match(after) \
            or clause.pack.cue("VAGUE_OTHERS_BEFORE").search(clause.before(hit.start, 40)):
        return None    # "killing one soldier and injuring others": a number unknown, not the one soldier
    if re.match(r"\s+(?:(?:a|an|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|another)\b", after, re.I):
        return 1   # "killing two soldiers and wounding a third"
    if re.match(r"\s+(?:him|her)\b", after, re.I):
        return 1   # "targeted a man on a motorcycle, killing him", "wounding her": the one person the pronoun points at
    chain = _counted_people(window, len(before_hit), len(window) - len(after))
    if chain:
        return len(_ONE_PERSON.findall(chain.group(0)))   # "a child and a woman were killed": 2
    if re.search(r"\banother\s+(?:[\w-]+\s+)?(?:(?:was|has been)\s+)?$", clause.before(hit.start, 40), re.I):
        return 1   # "three soldiers were killed and another wounded", "another person was injured"
    if re.search(r"\b(?:body|corpse)\b", window, re.I):
        return 1
    told = _ONE_TOLD_BEFORE.search(clause.before(hit.start, ONE_PERSON_REACH)) if hit.klass == C.KILL else None
    if told and (told.group("aux") or clause.a.text[hit.start:hit.end].lower().startswith("die")) \
            and not _OF_WOUNDS.match(clause.a.text, hit.end, clause.end):
        # "He died instantly", "The ex-fighter died instantly": a death only (one of several wounded the lead counted
        # may be told of again: "he was wounded in the leg"), not of wounds ("She died of her wounds on Wednesday": one
        # of the wounded told before, a later toll this reading does not add; as before it, the death is not counted)
        return 1
    before = clause.a.text[max(clause.start, hit.start - 200):hit.start]
    if re.search(r"\bwas\s+(?:\w+\s+)?$", before) and re.search(r"(?:^|[.,;]\s*|\b)(?:an?|one)\s+[\w'-]+", before, re.I):
        return 1   # "a former fighter ..., X, was killed", "A passer-by was wounded"
    if _ONE_OF_PLACE_BEFORE.search(clause.before(hit.start, 120)):
        return 1   # "The mayor of the town of X was shot dead"
    if re.match(r"\s+(?:\w+\s+)?[A-Z][a-z]+\s+[A-Z]", after):
        return 1   # "shot dead Mohammed Abdul Karim al-Hamad"
    return None


def _counted_people(window: str, hit_start: int, after_start: int) -> re.Match[str] | None:
    """The one-by-one people a casualty word counts in `window` (its word from `hit_start`, the words after it from
    `after_start`): those right after the word (its object: "a gunman killed a woman and her daughter"), else the
    subject of a passive right before it ("a father and his son were killed and their neighbour was wounded": the
    neighbour), else the first after it when none stands before."""
    chains = list(_ONE_PERSON_CHAIN.finditer(window))
    before = [c for c in chains if c.end() <= hit_start]
    return next((c for c in chains if c.start() >= after_start and not window[after_start:c.start()].strip(" ,")), None) \
        or next((c for c in reversed(before) if _PASSIVE_BETWEEN.fullmatch(window, c.end(), hit_start)), None) \
        or (chains[0] if chains and not before else None)


def _past_date(clause: Clause, at: int) -> int:
    """Where the words after `at` go on past a date phrase standing right there ("on Monday, November 21, 2022,")."""
    text = clause.a.text
    for dated in clause.dates:
        if at <= dated.match.start and re.fullmatch(r"[\s,]*(?:on\s+)?", text[at:dated.match.start]):
            end = dated.match.end
            return end + len(text[end:]) - len(text[end:].lstrip(" ,"))
    return at


# ------------------------------------------------------------------ actors

def is_attribution(clause: Clause, match: LexiconMatch) -> bool:
    before = clause.a.text[max(clause.start, match.start - 25):match.start]
    return bool(re.search(r"(?:" + "|".join(en.ATTRIBUTION) + r")\s+(?:the\s+)?$", before, re.I))


def is_parent_link(clause: Clause, previous: LexiconMatch, match: LexiconMatch) -> bool:
    """"the 8th Brigade affiliated with Military Security": the second organization is the first one's parent."""
    between = clause.a.text[previous.end:match.start]
    if len(between) > 30:
        return False
    return bool(re.fullmatch(r"\W*(?:" + "|".join(en.PARENT_LINKS) + r")(?: the)?\W*", between, re.I))


def adjective_names_actor(clause: Clause, match: LexiconMatch) -> bool:
    """A nationality adjective points at an actor when it qualifies a force, weapon or person (Russian jets)."""
    after = clause.a.text[match.end:min(clause.end, match.end + 25)]
    return bool(clause.pack.cue("ACTOR_NOUN_AFTER_ADJECTIVE").match(after))


def is_victim_side(clause: Clause, mention: Mention, casualty: int) -> bool:
    """The organization the dead belonged to: "members of X were killed"."""
    before = clause.a.text[max(clause.start, mention.start - 20):mention.start]
    return bool(clause.pack.cue("VICTIM_SIDE_BEFORE").search(before))


# ------------------------------------------------------------------ people

def is_commander(clause: Clause, start: int) -> bool:
    """The leader of the acting group: "units led by Colonel X"."""
    before = clause.a.text[max(clause.start, start - 70):start]
    return bool(re.search(en.COMMANDER_CUES[:-1] + r"(?:(?:" + RANKS + r")\s+)*$", before, re.I))


def identified_as(before: str, pack: "LanguagePack") -> bool:
    """"Relatives named him as X": the words right before the name give the name of someone already reported."""
    return bool(re.search(en.IDENTIFIED_AS + r"\s+[\"“(]?$", before, re.I))   # ("identified as (X)")


def is_source(clause: Clause, start: int, end: int) -> bool:
    """The person is a source of the report: "X said", "X, a resident, told AP", "said X, a vendor",
    "spokesperson X" (but not "a source said X was killed")."""
    text = clause.a.text
    after = text[end:min(clause.end, end + 150)]
    cues = clause.pack.memo("source-cue", lambda: re.compile(r"\b(?:" + en.SOURCE_CUES + r")\b", re.I))
    # one apposition may stand between the name and the cue ("X, a resident, told"), or the group the person speaks
    # for ("X of the White Helmets told"), not a clause of its own ("X, 11, were among the injured, according to a
    # witness": the witness is the source); a noun phrase opening with an article may be longer ("X, a local journalist
    # who has followed the armed groups of the region for years, said"). "According to" right after the name makes it a
    # source ("another detained, X, according to the media centre"), not after an apposition, where it credits the
    # whole sentence ("killing officer X, a native of Saraqeb, according to the Interior Ministry")
    if re.match(r"(?:\s*,[^.;:,]{0,70}?,|\s*,\s*(?:an?|the)\s[^.;:,]{0,110}?,|" + en.SPEAKS_FOR + r")?\s*,?\s*(?:(?:also|later|previously|reportedly|earlier)\s+)?(?:"
                + en.SOURCE_CUES_AFTER_NAME + r")\b|\s*,?\s*according to\b", after, re.I) \
            or clause.pack.cue("SOURCE_AFTER_PHRASE").match(after):
        return True
    before = text[max(clause.start, start - 60):start]
    if re.match(r"\s+(?:was|were|had|has|is|and|lost|dies|(?:also\s+|later\s+)?[a-z]+ed)\b", after):
        return False   # "a source said X was killed", "said X died": X is the subject of what was said
    last = list(cues.finditer(before))
    # "said Reda Hamdan, a vendor", "spokesperson Avichay Adraee", "according to activist X", "said the head of the
    # local council, X"; not "according to the source, X was killed", nor "a source said gunmen killed X"
    between = before[last[-1].end():] if last else ""
    return bool(last) and (not between.strip() or bool(_TITLE_BETWEEN.fullmatch(between)) and not any(
        start - len(between) <= h.start < start for h in clause.hits))


# The title of a source between the word that credits it and the name: "according to activist X", "said the head of
# the local council, X" (words of a noun phrase, no verb in -ed, at most one comma, at its end).
_TITLE_BETWEEN = re.compile(r"\s+(?:(?:the|a|an|of|for|in|local|(?:[A-Za-z]+(?<!ed)))\s+){0,6}?"
                            r"(?:the\s+|an?\s+)?(?:" + en.SOURCE_TITLES + r")(?:\s+of(?:\s+[A-Za-z]+){1,3})?\s*,?\s*",
                            re.IGNORECASE)


def referred_count(clause: Clause, hit: Hit) -> int | None:
    """How many people named before a casualty word of a later clause refers to: "killing him", "he died" → 1,
    "killing them", "both were wounded", "the two men were killed" → 0 (two or more); None for nobody."""
    text = clause.a.text
    after = text[hit.end:min(clause.end, hit.end + 25)]
    before = text[max(clause.start, hit.start - 30):hit.start]
    if re.match(r"\s+(?:him|her)\b", after) or re.search(r"\b(?:he|she)\s+(?:was\s+|had\s+been\s+|has\s+been\s+)?$",
                                                         before, re.I):
        return 1
    if re.match(r"\s+(?:them|both|all\s+(?:two|three|four|five|six))\b", after) or re.search(
            r"\b(?:they|both|the\s+(?:two|three|four|five|six)(?:\s+\w+)?)\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?$",
            before, re.I):
        return 0
    return None
