"""The passes of extraction that English does its own way: state participles, the shape of a
casualty phrase, and capitalised name patterns. Each has an Arabic counterpart of the same name in
`arabic.py`; the words are in `ingest/lang/en/`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import common as C
from ..lang import en
from ..lexicon import Lexicon, LexiconMatch
from ..mentions import Mention
from .model import Clause, FoundName, Hit

if TYPE_CHECKING:
    from .options import LanguagePack

_RANKS = "|".join(re.escape(rank) for rank in en.NAME_RANKS)
_EN_NAME = r"(\b(?:(?:al|el|ad|as|ash|abu|Abu|bin|ibn)[- ])?[A-Z][a-z'’]+(?:[- ](?:(?:al|el|ad|as|ash|bin|ibn|abu|Abu|Abdul|Abdel)[- ])?[A-Z][a-z'’]+){1,3})"


def compile_words(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(entries) + r")\b", re.IGNORECASE)


def literal_stems(entries: tuple[str, ...]) -> tuple[str, ...] | None:
    """English entries are regexes: no literal to test before running them."""
    return None


def matching_text(text: str) -> tuple[str, tuple[int, ...]]:
    """English word lists match the body itself (no offset map)."""
    return text, ()


def match_key(text: str) -> str:
    return text.lower()


def cue_text(before: str) -> str:
    return before


def clitic_false_friend(text: str, match: LexiconMatch, lex: Lexicon) -> bool:
    return False   # English has no attached clitics


def event_hits(clause: Clause) -> list[Hit]:
    """A past participle after a plural noun without an auxiliary is a state ("families of people
    detained since 2011"), not an event; nor is a definite noun naming an event already reported."""
    text = clause.a.text
    return [h for h in clause.hits
            if not (h.klass == C.ACTION and text[h.start:h.end].endswith("ed")
                    and re.search(r"\b" + en.STATE_NOUNS + r"\s+$", text[max(clause.start, h.start - 20):h.start], re.I))
            and not _back_reference(clause, h)]


def _back_reference(clause: Clause, hit: Hit) -> bool:
    """"The fighting erupted after the gang abducted two men": the definite noun names an event already
    reported; the event of this sentence is the one after "after"."""
    text = clause.a.text
    before = text[max(clause.start, hit.start - 12):hit.start]
    after = text[hit.end:min(clause.end, hit.end + 30)]
    return bool(re.search(r"\b(?:the|this|that)\s+$", before, re.I) and re.match(en.BACK_REFERENCE, after, re.I))


def is_former(clause: Clause, start: int, end: int) -> bool:
    return bool(clause.pack.cue("FORMER").search(clause.a.text[max(clause.start, start - 40):start]))


# ------------------------------------------------------------------ places

def road_place(before: str, after: str, pack: "LanguagePack") -> bool:
    return bool(pack.cue("ROAD_AFTER", 0).search(after) or pack.cue("ROAD_BEFORE", 0).search(before)
                and re.match(r"\s+(?:highway|motorway|road)\b", after))


def place_name(surface: str, pack: "LanguagePack") -> str:
    """The place's own name: "the town of Nawa" → "Nawa"."""
    return re.sub(r"^(?:the\s+)?(?:city|town|village|province|governorate)\s+of\s+", "", surface, flags=re.I)


_UNKNOWN_PLACE = re.compile(
    r"\b(?:the )?(city|town|village|neighbou?rhood|district|camp) of ((?:al-|Al-)?[A-Z][\w'-]+(?: (?:al-|el-)?[A-Z][\w'-]+)?)")


# "Hasaka province's X village", "the al-X village", "in (the) X village": a name before its place word
# (one that starts with al-, follows a possessive, or follows a place preposition and is no adjective of
# people or faith, so that "the Syrian town", "in the Druze village" name no place).
_NAMED_BEFORE_KIND = re.compile(r"(?:['’]s\s+((?:al-|Al-)?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|\b((?:al-|Al-)[A-Za-z][\w'-]+)"
                                r"|\b(?:in|near|at|outside|into)\s+(?:the\s+)?"
                                r"((?![\w'-]*(?:ian|ish|ese|ite|i|men)\s)(?!(?:Arab|Druze|Bedouin|Kurd|Shia|Sunni)\s)"
                                r"[A-Z][\w'-]+(?: (?:al-)?[A-Z][\w'-]+)?))\s+(village|town)\b")


# "opened fire in X, a village in the Y countryside": a name after a place preposition, then its kind in apposition.
_NAMED_THEN_KIND = re.compile(r"\b(?:in|near|at|outside|into)\s+((?:al-|Al-)?[A-Z][\w'-]+(?: (?:al-|el-)?[A-Z][\w'-]+)?),"
                              r"\s+an?\s+(?:[A-Za-z-]+\s+){0,2}?(village|town)\b")


def unknown_places(clause: Clause) -> list[Mention]:
    """Names after "the town of" (and the like), before "village"/"town" or with "a village" in apposition, in
    text order, that may be places the gazetteer does not know: draft places."""
    found = [(clause.start + m.start(2), m.group(2), m.group(1)) for m in _UNKNOWN_PLACE.finditer(clause.text)]
    for m in _NAMED_BEFORE_KIND.finditer(clause.text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        found.append((clause.start + m.start(group), m.group(group), m.group(4)))
    found += [(clause.start + m.start(1), m.group(1), m.group(2)) for m in _NAMED_THEN_KIND.finditer(clause.text)]
    return [Mention("place", name, "en", None, start, en.PLACE_KINDS.get(kind.replace("neighborhood", "neighbourhood"),
                                                                         "village"))
            for start, name, kind in sorted(found)]


def place_detail(text: str, pack: "LanguagePack") -> str | None:
    m = re.search(en.PLACE_DETAIL[0], text)
    return m.group(0) if m else None


# ------------------------------------------------------------------ counts

def singular(clause: Clause, hit: Hit) -> int | None:
    """1 when a casualty word governs one described or named person ("a civilian was killed")."""
    window = clause.a.text[max(clause.start, hit.start - 40): min(clause.end, hit.end + 40)]
    after = clause.a.text[hit.end:min(clause.end, hit.end + 40)]
    if re.match(r"\s+(?:(?:a|an|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|another)\b", after, re.I):
        return 1   # "killing two soldiers and wounding a third"
    if re.search(r"\b(?:a|an|one|his|her|their)\s+(?:\w+\s+){0,2}(?:civilian|man|woman|child|boy|girl|member|fighter|soldier|officer|teacher|commander|leader|farmer|shepherd|resident|mukhtar|mother|father|wife|husband|son|daughter|brother|sister|driver)\b", window, re.I):
        return 1
    if re.search(r"\b(?:body|corpse)\b", window, re.I):
        return 1
    before = clause.a.text[max(clause.start, hit.start - 200):hit.start]
    if re.search(r"\bwas\s+(?:\w+\s+)?$", before) and re.search(r"(?:^|[.,;]\s*|\b)(?:an?|one)\s+[\w'-]+", before, re.I):
        return 1   # "a former fighter ..., X, was killed", "A passer-by was wounded"
    if re.match(r"\s+(?:\w+\s+)?[A-Z][a-z]+\s+[A-Z]", after):
        return 1   # "shot dead Mohammed Abdul Karim al-Hamad"
    return None


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
    return bool(re.search(en.COMMANDER_CUES[:-1] + r"(?:(?:" + _RANKS + r")\s+)*$", before, re.I))


def identified_as(before: str, pack: "LanguagePack") -> bool:
    """"Relatives named him as X": the words right before the name give the name of someone already reported."""
    return bool(re.search(en.IDENTIFIED_AS + r"\s+[\"“]?$", before, re.I))


def is_source(clause: Clause, start: int, end: int) -> bool:
    """The person is a source of the report: "X said", "X, a resident, told AP", "said X, a vendor",
    "spokesperson X" (but not "a source said X was killed")."""
    text = clause.a.text
    after = text[end:min(clause.end, end + 90)]
    cues = clause.pack.memo("source-cue", lambda: re.compile(r"\b(?:" + en.SOURCE_CUES + r")\b", re.I))
    if re.match(r"(?:\s*,[^.;:]{0,70}?,)?\s*,?\s*(?:also\s+|later\s+|previously\s+)?(?:" + en.SOURCE_CUES + r")\b",
                after, re.I) or clause.pack.cue("SOURCE_AFTER_PHRASE").match(after):
        return True
    before = text[max(clause.start, start - 60):start]
    if re.match(r"\s+(?:was|were|had|has|is|and|lost|dies|(?:also\s+|later\s+)?[a-z]+ed)\b", after):
        return False   # "a source said X was killed", "said X died": X is the subject of what was said
    last = list(cues.finditer(before))
    # "said Reda Hayshid, a vendor", "spokesperson Avichay Adraee", "according to activist X", "said the head of the
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


def _name_patterns() -> tuple[tuple[re.Pattern[str], tuple[int, ...], int], ...]:
    """English person-name patterns, strongest first: (regex, name groups, rank group or 0)."""
    nouns = en.APPOSITION_NOUNS
    name2 = _EN_NAME.replace("(\\b", "(?:\\b", 1)
    return tuple((re.compile(rx), groups, rank) for rx, groups, rank in (
        # rank + name: "Colonel Samer Haddad"
        (r"\b(" + _RANKS + r")\s+" + _EN_NAME, (2,), 1),
        # "identified him as X", "named one of the victims as X"
        (en.IDENTIFIED_AS + r"\s+[\"“]?" + _EN_NAME, (1,), 0),
        # "known as X", "named X"
        (r"(?:" + "|".join(en.NAME_INTRODUCERS) + r")\s+[\"“]?" + _EN_NAME, (1,), 0),
        # kunya: "Abu Omar al-Halabi", quoted, or after a name (a family name: "Abdullah Shafiq Abu Horan")
        (r"[\"“]((?:Abu|Umm) [A-Z][\w'’-]+(?: (?:al-)?[A-Z][\w'’-]+)?)[\"”]", (1,), 0),
        # a list in apposition: "two cousins, X and Y,"
        # (the first with a spelling in brackets: "two women, X (Hamo) and Y,")
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r"(?:\s+\([A-Z][\w'’ -]{0,25}\))?\s+and\s+(" + name2 + r")[,.]", (1, 2), 0),
        # an appositive: "a civilian, Ahmed Yousef al-Zoubi, was killed"
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r",", (1,), 0),
        # a name between commas before its verb: "..., Qasim al-Ali, was killed"
        (r",\s+" + _EN_NAME + r",\s+(?:was|were|had|has|is|who)\b", (1,), 0),
        # a name with its age: "Nizar Othman (43)", "Nizar Othman, 43, was" (a list of victims, each aged)
        (_EN_NAME + r"(?=" + en.AGE_AFTER.removeprefix("^") + r")", (1,), 0),
        # "X, a former fighter", "X, a 30-year-old teacher"
        (_EN_NAME + r",\s+(?:a|an|the)\s+" + en.APPOSITION_ADJECTIVES + r"(?:[A-Z][\w-]+\s+){0,4}?(?:" + nouns + r")\b",
         (1,), 0),
        # a role noun right before the name: "the group's commander Abdul Rahman al-Iraqi", "President X"
        (r"\b(?i:" + nouns + r")\s+" + _EN_NAME, (1,), 0),
        # the speaker: "Roshin Othman told Middle East Eye", "the head of X, Safeen Dizayee, issued a statement"
        (_EN_NAME + r",?\s+(?:told|said)\b", (1,), 0),
        (r",\s+" + _EN_NAME + r",\s+(?:said|told|added|issued|stated|explained|wrote|noted|announced)\b", (1,), 0),
        # the leader: "the group is led by X"
        (r"\b(?:led|headed|commanded) by\s+" + _EN_NAME, (1,), 0),
        # the victim right after the verb: "gunmen shot dead X", "the killing of X"
        (r"\b(?:" + en.VICTIM_VERBS + r")\s+" + _EN_NAME, (1,), 0),
        # the author of an embedded post: "— Zaid Hassan (@handle)"
        (r"[—–]\s*" + _EN_NAME + r"\s*(?:\|[^(\n]*)?\(@\w+\)", (1,), 0),
    ))


_NAME_PATTERNS = _name_patterns()
# "identified him as X", "They were named as X, Y and Z": the names of the people the report already told of.
_IDENTIFIED = _NAME_PATTERNS[1][0]
# Any run of capitalised name words: a person when its first word is an attested given name.
_NAME_RUN = re.compile(_EN_NAME)
_SIBLINGS = re.compile(r"\b(?:" + en.SIBLING_NOUNS + r"),?\s+((?:" + _EN_NAME.replace("(\\b", "(?:\\b", 1)
                       + r"|[A-Z][a-z'’]+)(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                       + r"(?:(?:al|el)-)?[A-Z][a-z'’]+(?:[- ](?:(?:al|el|Abu|bin|ibn)[- ])?[A-Z][a-z'’]+){0,3})+)")


# A relative of the person named before, by the given name alone: "X and his son Najdat" (not "his son Ahmad al-Ali",
# a full name the other patterns read).
_RELATIVE_GIVEN = re.compile(r"\b(?:his|her|their)\s+(?:" + en.RELATIVE_NOUNS + r")\s+([A-Z][a-z'’]+)\b"
                             r"(?![\s-]+(?:(?:al|el|Abu|bin|ibn)[- ])?[A-Z])")


def find_people(clause: Clause) -> list[FoundName]:
    """Every personal name of the clause: the name patterns, runs of capitalised words that start with an
    attested given name, lists of brothers sharing one family name, and a relative's given name alone after
    "his son"."""
    text, base = clause.text, clause.start
    out: list[FoundName] = []

    def add(start: int, end: int, name: str, rank: str | None = None, identified: bool = False,
            single: bool = False) -> None:
        start, end, name = _trimmed(clause, start, end, name)
        if re.search(r"[’']s$", name):
            end, name = end - 2, name[:-2]   # "Ahmad al-Zoubi's body": the possessive is no part of the name
        if not (_name_ok(name) or single and name and name not in en.NAME_STOP_WORDS) \
                or any(f.start - base < end and start < f.end - base for f in out):
            return
        if len(name.split()) < 3 and not re.search(r"\b(?:al|el)-", name) and any(
                n.start < base + end and base + start < n.end and n.kind == "place" for n in clause.names):
            return   # "Abu Hamam", "Nasib" are places; "Nassib Najdat Daghman", "Qusay al-Halqi" are men
        if any(n.start <= base + start and base + end <= n.end for n in clause.names):
            return
        if clause.pack.cue("INSTITUTION_NAME_BEFORE", 0).search(text, max(0, start - 80), start):
            return   # "the Ministry for Emergency and Disaster Management said": an institution's name
        cue = clause.pack.cue("VICTIM_NOUN_BEFORE").search(text, max(0, start - 60), start)
        role = next((r for r, words in en.ROLE_WORDS.items() if cue and re.search(rf"\b(?:{words})\b", cue.group(0), re.I)),
                    None)
        if clause.pack.cue("PERPETRATOR_NOUN_BEFORE").search(text, max(0, start - 40), start):
            cue, role = None, "perpetrator"   # "the suspect, X,"
        out.append(FoundName(base + start, base + end, name, rank, (f"{rank} {name}",) if rank else (),
                             victim_cue=cue is not None or identified, role=role))

    for m in _SIBLINGS.finditer(text):
        _siblings(m, add)
    for m in _RELATIVE_GIVEN.finditer(text):
        add(m.start(1), m.end(1), m.group(1), single=True)
    for regex, groups, rank_group in _NAME_PATTERNS:
        for m in regex.finditer(text):
            for group in groups:
                if m.group(group):
                    add(m.start(group), m.end(group), m.group(group), m.group(rank_group) if rank_group else None,
                        identified=regex is _IDENTIFIED)
    given = clause.pack.memo("given", lambda: frozenset(_undoubled(w) for w in clause.a.options.names.get("en-given"))
                             - frozenset(_undoubled(w) for w in en.NOT_GIVEN_NAMES))
    for word in re.finditer(r"\b[A-Z][a-z'’]+", text):
        if _undoubled(_latin_key(word.group(0))) in given:
            run = _NAME_RUN.match(text, word.start())
            if run:
                start = _first_name_before(text, run.start(1))
                add(start, run.end(1), text[start:run.end(1)])
    return _with_aliases(clause, sorted(out, key=lambda f: f.start))


_ALIAS_AFTER = re.compile(r"(?:\s*,\s*" + en.ALIAS_CUES + r"\s+|\s*\(\s*(?:" + en.ALIAS_CUES + r"\s+)?|\s+" + en.ALIAS_CUES
                          + r"\s+)[\"“]?((?:(?:Abu|Umm|Abou)\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]+)?)"
                          + r"[\"”]?(?=\s*[),.;]|\s+(?:was|were|is|had|has|who|in|on|at)\b)")


def _with_aliases(clause: Clause, found: list[FoundName]) -> list[FoundName]:
    """A kunya or nickname right after a name ("X, known as Abu Y,", "X (Abu Y)", "X, nicknamed "The Doctor"") is
    that name's alias, not another person."""
    text = clause.a.text
    out: list[FoundName] = []
    alias_end = -1
    for f in found:
        if f.start < alias_end:
            continue   # the alias itself, read as a name
        m = _ALIAS_AFTER.match(text, f.end, clause.end)
        if m and (m.group(1).startswith(("Abu ", "Umm ", "Abou ")) or not m.group(0).lstrip().startswith("(")):
            f = replace(f, aliases=f.aliases + (m.group(1),))
            alias_end = m.end(1)
        out.append(f)
    return out


def _siblings(m: re.Match[str], add) -> None:
    """"brothers Farhan Din, Mohammed, Ismail Othman": each brother with the family name of the last."""
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if i]
    possessive = next((n for n, item in enumerate(items) if re.search(r"[’']s$", item)), len(items))
    items = items[:possessive]   # "..., and Ismail's son": the list ends before the possessive
    if len(items) < 2:
        return
    family = items[-1].split()[-1] if len(items[-1].split()) > 1 else None
    offset = m.start(1)
    for item in items:
        start = m.string.index(item, offset)
        offset = start + len(item)
        name = item if family is None or item.endswith(family) else f"{item} {family}"
        add(start, offset, name)


def _trimmed(clause: Clause, start: int, end: int, name: str) -> tuple[int, int, str]:
    """The name without the words after it that are a place or an organization of the lexicon."""
    base = clause.start
    for n in clause.names:
        if base + start < n.start < base + end and name[:n.start - base - start].strip():
            cut = n.start - base - start
            words = name[:cut].rstrip(" -")
            if re.search(r"\b(?:Abu|Umm|bin|ibn)$", words):
                continue   # "Abdullah Shafiq Abu Horan": the kunya-shaped family name holds a place name
            if re.search(r"\b(?:al|el)$", words):
                words = words[:-2].rstrip(" -")
            return start, start + len(words), words
    return start, end, name


def _first_name_before(text: str, start: int) -> int:
    """Where a run that starts with a given name really starts: one capitalised word before it that is not a
    sentence's first word nor a title belongs to the name ("killed, Aws Kamel al-Bateeh" → Aws)."""
    window = max(0, start - 40)
    m = re.search(r"(?:[,;:(]|\b[a-z]+)\s+([A-Z][a-z'’]+)\s+$", text[window:start])
    if not m or m.group(1) in en.NAME_STOP_WORDS or re.fullmatch(en.APPOSITION_NOUNS, m.group(1).lower()) \
            or m.group(1) in en.NAME_RANKS or m.group(1).lower() in ("the", "a", "an", "on", "in", "at", "and", "but"):
        return start
    return window + m.start(1)


def _latin_key(word: str) -> str:
    return word.lower().replace("’", "").replace("'", "")


def _undoubled(key: str) -> str:
    """A spelling with doubled letters written once: English outlets double an Arabic consonant or not
    (Nassib / Nasib, Jassim / Jasim), and the index attests one of them."""
    return re.sub(r"(.)\1", r"\1", key)


def _name_ok(name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    return len(words) >= 2 and not any(w in en.NAME_STOP_WORDS for w in words)


def person_spans(text: str, pack: "LanguagePack") -> list[tuple[int, int]]:
    """Spans of personal names found by the name patterns."""
    spans = []
    for regex, groups, _ in _NAME_PATTERNS:
        for m in regex.finditer(text):
            spans += [m.span(g) for g in groups if m.group(g)]
    return spans
