"""English personal names: the name patterns (a rank, "identified as", an appositive, an age after the name, a
role noun, a speaker), runs of capitalised words that open with an attested given name, brothers sharing one
family name, a relative's given name after "his son", and aliases after a name. The words are in
`ingest/lang/en/people.py`; the Arabic counterpart is `arabic_people.py`."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lang import en
from ..name_index import NameIndex
from .model import Clause, FoundName

if TYPE_CHECKING:
    from .options import LanguagePack

RANKS = "|".join(re.escape(rank) for rank in en.NAME_RANKS)
# How far (characters) before a name the words that make it a place or a group may start ("a local armed group known as").
PLACE_CUE_REACH = 60
# (a particle may stand before an ayn written as an opening quote: "al-‘Umari"; an apostrophe inside a word, as
# in Rifa'i, but not a possessive: "Syria's Raqqa, the SDF chief" is no person; the particles that are English words
# stand in a name only with their hyphen: "identified the brothers as Khaled ..." names no "as Khaled", "the wounded in
# Qamishli as Berivan ..." no "Qamishli as Berivan")
_UPPER = f"[{en.NAME_UPPER}]"
_CAPITALISED = rf"[{en.NAME_UPPER}][{en.NAME_LOWER}'’]+"   # a capitalised word, as the patterns below write it
_EN_WORD = rf"[{en.NAME_UPPER}](?:[{en.NAME_LOWER}]|['’](?!s\b))+"
# (the article assimilated and written with its hyphen only: "as-Saleh", and "a-Sid" as Israeli outlets write it)
_EN_NAME = (r"(\b(?:(?:al|el|abu|Abu|bin|ibn)[- ]|(?:ad|as|ash)-)?" + _EN_WORD + r"(?: [A-Z]\.)?(?:[- ](?:(?:(?:al|el|bin|ibn|abu|Abu"
            r"|Abdul|Abdel|Al)[- ]|(?:ad|as|ash|a)-)[‘ʿ]?)?" + _EN_WORD + r"){1,3})")


# "identified him as X", "named one of the victims as X", "named the officer as First Lieutenant X"; "They are X, Y and
# Z": the names of the people the report already told of (a victim cue).
_IDENTIFIED_AS = en.IDENTIFIED_AS + r"\s+[\"“]?(?:(" + RANKS + r")\s+)?" + _EN_NAME
_THEY_ARE = en.THEY_ARE + r"\s+" + _EN_NAME + r"(?![\w'’-]*['’]s\b)"


def _name_patterns() -> tuple[tuple[re.Pattern[str], tuple[int, ...], int], ...]:
    """English person-name patterns, strongest first: (regex, name groups, rank group or 0)."""
    nouns = en.APPOSITION_NOUNS
    name2 = _EN_NAME.replace("(\\b", "(?:\\b", 1)
    return tuple((re.compile(rx), groups, rank) for rx, groups, rank in (
        (_IDENTIFIED_AS, (2,), 1),    # (before the rank pattern: "named as Colonel X" is identified)
        # rank + name: "Colonel Samer Haddad"
        (r"\b(" + RANKS + r")\s+" + _EN_NAME, (2,), 1),
        (_THEY_ARE, (1,), 0),
        # "known as X", "named X"
        (r"(?:" + "|".join(en.NAME_INTRODUCERS) + r")\s+[\"“]?" + _EN_NAME, (1,), 0),
        # kunya: "Abu Omar al-Halabi", quoted, or after a name (a family name: "Abdullah Shafiq Abu Zeid")
        (r"[\"“]((?:Abu|Umm) " + _UPPER + r"[\w'’-]+(?: (?:al-)?" + _UPPER + r"[\w'’-]+)?)[\"”]", (1,), 0),
        # a list in apposition: "two cousins, X and Y,"
        # (the first with a spelling in brackets: "two women, X (Hamo) and Y,")
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r"(?:\s+\(" + _UPPER + r"[\w'’ -]{0,25}\))?\s+and\s+(" + name2
         + r")[,.]", (1, 2), 0),
        # an appositive: "a civilian, Ahmed Yousef al-Zoubi, was killed"
        (r"\b(?:" + nouns + r"),\s+" + _EN_NAME + r",", (1,), 0),
        # a name between commas before its verb: "..., Qasim al-Ali, was killed"
        (r",\s+" + _EN_NAME + r",\s+(?:was|were|had|has|is|who)\b", (1,), 0),
        # a name with its age: "Nizar Othman (43)", "Nizar Othman, 43, was" (a list of victims, each aged)
        (_EN_NAME + r"(?=" + en.AGE_AFTER.removeprefix("^") + r")", (1,), 0),
        # "X, a former fighter", "X, a 30-year-old teacher"
        (_EN_NAME + r",\s+(?:a|an|the)\s+" + en.APPOSITION_ADJECTIVES + r"(?:" + _UPPER + r"[\w-]+\s+){0,4}?(?:" + nouns
         + r")\b",
         (1,), 0),
        # a role noun right before the name: "the group's commander Abdul Rahman al-Iraqi", "President X"
        (r"\b(?i:" + nouns + r")\s+" + _EN_NAME, (1,), 0),
        # the speaker: "Rojin Hassan told Middle East Eye", "the head of X, Karwan Ali, issued a statement"
        (_EN_NAME + r",?\s+(?:told|said)\b", (1,), 0),
        (r",\s+" + _EN_NAME + r",\s+(?:said|told|added|issued|stated|explained|wrote|noted|announced)\b", (1,), 0),
        # the leader: "the group is led by X"
        (r"\b(?:led|headed|commanded) by\s+" + _EN_NAME, (1,), 0),
        # the victim right after the verb: "gunmen shot dead X", "the killing of X"
        (r"\b(?:" + en.VICTIM_VERBS + r")\s+" + _EN_NAME, (1,), 0),
        # the author of an embedded post: "— Omar Khalil (@handle)"
        (r"[—–]\s*" + _EN_NAME + r"\s*(?:\|[^(\n]*)?\(@\w+\)", (1,), 0),
    ))


_NAME_PATTERNS = _name_patterns()
# The next item of a list after a victim identified by name ("identified as X, Y and Zughayr al-Dubaisi"): a name of two
# words or more, whether or not the index attests its given name, up to the list's next joint or its end; not after
# the perpetrators ("The gunmen were identified as X, Y and Z": the patterns give them their role), nor a place (one
# the gazetteer matched, or one opening with a place's head word: "Jabal al-Arab").
_LISTED_NAME = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)" + _EN_NAME + r"(?=\s*(?:[,.;]|and\b|$))")
_IDENTIFIED = frozenset((_IDENTIFIED_AS, _THEY_ARE))
# Any run of capitalised name words: a person when its first word is an attested given name.
_NAME_RUN = re.compile(_EN_NAME)
_SIBLINGS = re.compile(r"\b(?i:" + en.SIBLING_NOUNS + r"),?\s+((?:" + _EN_NAME.replace("(\\b", "(?:\\b", 1)
                       + r"|" + _CAPITALISED + r")(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                       + r"(?:(?:al|el)-)?" + _CAPITALISED + r"(?:[- ](?:(?:al|el|Abu|bin|ibn)[- ])?" + _CAPITALISED
                       + r"){0,3})+)")


# Two given names before one chain: "Hamoud and Abdullah al-Ali al-Khalaf" (`_brothers_before_chain`).
_BROTHERS_BEFORE_CHAIN = re.compile(r"\b(" + _CAPITALISED + r")\s+and\s+" + _EN_NAME)


# A relative of the person named before, by the given name alone: "X and his son Najdat", "her 10-year-old brother,
# Adam," (not "his son Ahmad al-Ali", a full name the other patterns read).
_RELATIVE_GIVEN = re.compile(r"\b(?:his|her|their)\s+(?:" + en.AGE_ADJECTIVE + r"\s+)?(?:" + en.RELATIVE_NOUNS
                             + r"),?\s+(" + _CAPITALISED + r")\b"
                             r"(?![\s-]+(?:(?:al|el|Abu|bin|ibn)[- ])?" + _UPPER + r")")


# A witness by the first name or the kunya alone, at the start of a sentence, after a quotation or after "according to",
# "said", "told": "Kamal, a resident of a nearby village, said", "\"...,\" Abu Omar, a vegetable seller, told".
_WITNESS_GIVEN = re.compile(r"(?:^|(?<=[.;:,\"“”]\s)|\b(?:[Aa]ccording\s+to|said|told)\s+)((?:(?:Abu|Umm)\s+)?"
                            + _CAPITALISED + r")(?="
                            + en.WITNESS_AFTER + ")")


def find_people(clause: Clause) -> list[FoundName]:
    """Every personal name of the clause: the name patterns, runs of capitalised words that start with an
    attested given name, lists of brothers sharing one family name, and a relative's or a witness's given name alone
    ("and his son X", "X, a resident of the village, said")."""
    text, base = clause.text, clause.start
    out: list[FoundName] = []

    def add(start: int, end: int, name: str, rank: str | None = None, identified: bool = False,
            single: bool = False, witness: bool = False) -> None:
        start, end, name = _trimmed(clause, start, end, name)
        if re.search(r"[’']s$", name):
            end, name = end - 2, name[:-2]   # "Ahmad al-Zoubi's body": the possessive is no part of the name
        if text.startswith(("…", "..."), end) and re.search(re.escape(name) + r"[\w'’-]", clause.a.text):
            return   # "Muhammad Al-Ah…": a name a teaser cut off, told whole elsewhere ("Muhammad Al-Ahmad")
        if re.fullmatch(r"(?:al|el)-\S+", name, re.I):
            return   # "the assassination of Al-Sarhan": a family name alone, for someone named in full before
        if not (_name_ok(name) or single and name and name not in en.NAME_STOP_WORDS) \
                or any(f.start - base < end and start < f.end - base for f in out):
            return
        if len(name.split()) < 3 and not re.search(r"\b(?:al|el)-", name) and not rank and any(
                n.start < base + end and base + start < n.end and n.kind == "place" for n in clause.names):
            return   # "Abu Hamam", "Nasib" are places; "Nassib Adel Hamdan", "Qusay al-Omari", "Col. X Y" are men
        if any(n.start <= base + start and base + end <= n.end for n in clause.names):
            return
        if clause.pack.cue("PLACE_KIND_AFTER_NAME", 0).match(text, end) \
                or clause.pack.cue("PLACE_OF_BEFORE_NAME", 0).search(text, max(0, start - PLACE_CUE_REACH), start) \
                or name in _places_named(clause.pack, clause.a.text):
            return   # "from Bab Amr neighbourhood", "near the village of “Umm X”": a place the gazetteer lacks
        if clause.pack.cue("INSTITUTION_NAME_BEFORE", 0).search(text, max(0, start - 80), start):
            return   # "the Ministry for Emergency and Disaster Management said": an institution's name
        if _credited(clause, base + start, base + end):
            return   # "X Y" alone on its line, "Photo by X/Agency": the writer or the photographer
        cue = clause.pack.cue("VICTIM_NOUN_BEFORE").search(text, max(0, start - 60), start)
        role = next((r for r, words in en.ROLE_WORDS.items() if cue and re.search(rf"\b(?:{words})\b", cue.group(0), re.I)),
                    None)
        if clause.pack.cue("PERPETRATOR_NOUN_BEFORE").search(text, max(0, start - 40), start):
            cue, role = None, "perpetrator"   # "the suspect, X,"
        if witness:
            cue, role = None, "spokesperson"   # "X, a resident of the village": a source, whatever was hit near
        out.append(FoundName(base + start, base + end, name, rank, (f"{rank} {name}",) if rank else (),
                             victim_cue=cue is not None or identified, role=role))

    given = _given_names(clause.pack, clause.a.options.names)
    for m in _SIBLINGS.finditer(text):
        _siblings(m, clause, given, add)
    _brothers_before_chain(text, given, add)
    for m in _RELATIVE_GIVEN.finditer(text):
        add(m.start(1), m.end(1), m.group(1), single=True)
    for m in _WITNESS_GIVEN.finditer(text):
        add(m.start(1), m.end(1), m.group(1), single=True, witness=True)
    for regex, groups, rank_group in _NAME_PATTERNS:
        for m in regex.finditer(text):
            for group in groups:
                if m.group(group):
                    add(m.start(group), m.end(group), m.group(group), m.group(rank_group) if rank_group else None,
                        identified=regex.pattern in _IDENTIFIED)
    for found in sorted(out, key=lambda f: f.start):   # (names are added to `out` as the list is read)
        end = found.end - base
        while found.victim_cue and found.role != "perpetrator" and (item := _LISTED_NAME.match(text, end)) \
                and item.group(1).split()[0] not in en.PLACE_NAME_HEADS \
                and not any(n.kind == "place" and n.start < base + item.end(1) and base + item.start(1) < n.end
                            for n in clause.names):
            add(item.start(1), item.end(1), item.group(1), identified=True)
            end = item.end(1)
    for run in _given_name_runs(text, given):
        start = _quoted_name_start(text, run.start(1), run.end(1)) or _first_name_before(text, run.start(1))
        add(start, run.end(1), text[start:run.end(1)])
    return _with_aliases(clause, _listed_with_victims(clause, sorted(out, key=lambda f: f.start)))


@functools.lru_cache(maxsize=8)
def _places_named(pack: "LanguagePack", article: str) -> frozenset[str]:
    """The capitalised names the article introduces as places the gazetteer may lack ("the town of X", "the X
    checkpoint"): no person wherever else it names them ("gunmen attacked a checkpoint near X")."""
    before, after = pack.cue("PLACE_OF_BEFORE_NAME", 0), pack.cue("PLACE_KIND_AFTER_NAME", 0)
    return frozenset(m.group(1) for m in _NAME_RUN.finditer(article)
                     if before.search(article, max(0, m.start() - PLACE_CUE_REACH), m.start())
                     or after.match(article, m.end()))


def _credited(clause: Clause, start: int, end: int) -> bool:
    """The name is a byline (a line of one or two names, no list's header line before it) or a photo credit."""
    text = clause.a.text
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    previous = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    byline = clause.pack.cue("BYLINE_LINE", 0)
    if byline.fullmatch(line) and not previous.endswith(":") and not byline.fullmatch(previous):
        return True   # (names one a line after a header or after each other are a list)
    return bool(clause.pack.cue("PHOTO_CREDIT_BEFORE", 0).search(text, max(0, start - 20), start))


def _listed_with_victims(clause: Clause, found: list[FoundName]) -> list[FoundName]:
    """Names listed right after one identified as a victim, with at most where each came from between them ("The
    deceased were identified as follows: X from the town of Y, Z from Hama governorate, and W"): victims too."""
    listed, item_end = clause.pack.memo("listed-next", lambda: (re.compile(en.LISTED_NEXT), re.compile(en.LISTED_ITEM_END)))
    out: list[FoundName] = []
    for f in found:
        if out and out[-1].victim_cue and not f.victim_cue and f.role is None \
                and listed.fullmatch(clause.a.text, out[-1].end, f.start) and item_end.match(clause.a.text, f.end):
            f = replace(f, victim_cue=True, role=out[-1].role)
        out.append(f)
    return out


_ALIAS_AFTER = re.compile(r"(?:\s*,\s*" + en.ALIAS_CUES + r"\s+|\s*\(\s*(?:" + en.ALIAS_CUES + r"\s+)?|\s+" + en.ALIAS_CUES
                          + r"\s+|\s+(?=[\"“](?:Abu|Umm|Abou)\s))[\"“]?((?:(?:Abu|Umm|Abou)\s+)?(?:(?:al|el)-)?" + _UPPER
                          + r"[\w'’-]+(?:\s+(?:(?:al|el)-)?" + _UPPER + r"[\w'’-]+){0,2})"
                          + r"[\"”]?(?=\s*[),.;]|\s+(?:was|were|is|had|has|who|in|on|at|and)\b)")


def _with_aliases(clause: Clause, found: list[FoundName]) -> list[FoundName]:
    """A kunya or nickname right after a name ("X, known as Abu Y,", "X (Abu Y)", "X "Abu Y"", "X, nicknamed "The
    Doctor"") is that name's alias, not another person."""
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


def _siblings(m: re.Match[str], clause: Clause, given: frozenset[str], add) -> None:
    """"brothers Farhan Ali, Mohammed, Ismail Hassan": each brother with the family name of the last; a given name
    alone with the last's father's and family names ("Brothers Mohammad and Ahmad Abdul Karim al-Odat"); given names
    alone, each attested, when no item has more and the list is the subject of the event word after it ("his brothers
    Ali, Ahmad and Osama were wounded")."""
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)) if i]
    possessive = next((n for n, item in enumerate(items) if re.search(r"[’']s$", item)), len(items))
    items = items[:possessive]   # "..., and Ismail's son": the list ends before the possessive
    if len(items) < 2:
        return
    last = items[-1].split()
    family = last[-1] if len(last) > 1 else None
    single = family is None and all(_undoubled(_latin_key(item)) in given for item in items) \
        and _subject_of_hit(clause, clause.start + m.end(1))
    offset = m.start(1)
    for item in items:
        start = m.string.index(item, offset)
        offset = start + len(item)
        if family is None or item.endswith(family):
            name = item
        else:   # a given name alone shares the father's and family names: "Mohammad and Ahmad Abdul Karim al-Odat"
            name = f"{item} {' '.join(last[1:]) if len(item.split()) == 1 else family}"
        add(start, offset, name, single=single)


def _subject_of_hit(clause: Clause, end: int) -> bool:
    """An event word of the clause follows `end` (an offset in the article) with only its auxiliary between ("were",
    "have been", `SIBLINGS_SUBJECT_OF`)."""
    subject_of = clause.pack.cue("SIBLINGS_SUBJECT_OF")
    return any(hit.start >= end and subject_of.search(clause.a.text[end:hit.start]) for hit in clause.hits)


def _brothers_before_chain(text: str, given: frozenset[str], add) -> None:
    """"Hamoud and Abdullah al-Ali al-Khalaf were killed": a given name alone joined by "and" to a chain of three or
    more name words, both attested given names, names two brothers sharing the chain's father's and family names
    (a given name before a two-word name is left: nothing says the two share a father)."""
    for m in _BROTHERS_BEFORE_CHAIN.finditer(text):
        chain = m.group(2).split()
        if len(chain) < 3 or not all(_undoubled(_latin_key(w)) in given for w in (m.group(1), chain[0])) \
                or re.search(r"\b(?:" + _CAPITALISED + r"|al|el)[\s-]+$", text[max(0, m.start(1) - 40):m.start(1)]):
            continue   # "Wissam Adel Haddad and Shafiq Nabil Haddad": the first word ends a name of its own
        add(m.start(1), m.end(1), f"{m.group(1)} {' '.join(chain[1:])}")
        add(m.start(2), m.end(2), m.group(2))


def _trimmed(clause: Clause, start: int, end: int, name: str) -> tuple[int, int, str]:
    """The name without the words after it that are a place or an organization of the lexicon."""
    base = clause.start
    for n in clause.names:
        if base + start < n.start < base + end and name[:n.start - base - start].strip():
            cut = n.start - base - start
            words = name[:cut].rstrip(" -")
            if re.search(r"\b(?:Abu|Umm|bin|ibn|Abd|" + "|".join(p.capitalize() for p in en.LATIN_ABD_PREFIXES) + r")$", words):
                continue   # "Abdullah Shafiq Abu Zeid", "Abdul Aziz al-X": a kunya or compound holds a place's name
            if re.search(r"\b(?:al|el)$", words):
                if n.kind == "organization":
                    continue   # "Abdul Qader al-Turki": a family name spelled like a country (Turkey), no actor
                words = words[:-2].rstrip(" -")
            return start, start + len(words), words
    return start, end, name


def _first_name_before(text: str, start: int) -> int:
    """Where a run that starts with a given name really starts: one capitalised word before it that is not a
    sentence's first word nor a title belongs to the name ("killed, Aws Kamel al-Omari" → Aws), and so does the first
    word of a compound (Abdul Qader); a sentence's first word belongs to it when an ayn mark stands inside it ("Sa’da
    Faysal al-X was")."""
    window = max(0, start - 40)
    compound = re.search(r"\b(?:" + "|".join(p.capitalize() for p in (*en.LATIN_ABD_PREFIXES, "abd")) + r")[ -]$",
                         text[window:start])
    if compound:
        return window + compound.start()   # "Abdul Qader Mohammad al-X": the compound's first word, wherever it stands
    m = re.search(r"(?:[,;:(]|\b[a-z]+)\s+(" + _CAPITALISED + r")\s+$", text[window:start]) \
        or re.search(r"(?:^|[.!?\n]\s*)(" + en.AYN_INSIDE_WORD + r")\s+$", text[window:start])
    if not m or m.group(1) in en.NAME_STOP_WORDS or re.fullmatch(en.APPOSITION_NOUNS, m.group(1).lower()) \
            or m.group(1) in en.NAME_RANKS or m.group(1).lower() in ("the", "a", "an", "on", "in", "at", "and", "but"):
        return start
    return window + m.start(1)


def _quoted_name_start(text: str, start: int, end: int) -> int | None:
    """Where a quoted name starts when the quotation marks hold it whole and its first word is no given name:
    "“Shater Dawood al-X”, a member of ..." (the run of capitalised words starts at the given name Dawood)."""
    m = re.search(r"[\"“](" + _CAPITALISED + r")\s+$", text[max(0, start - 30):start])
    if not m or m.group(1) in en.NAME_STOP_WORDS or not re.match(r"[\"”]", text[end:end + 1]):
        return None
    return start - len(m.group(0)) + 1


def _latin_key(word: str) -> str:
    return word.lower().replace("’", "").replace("'", "")


def opens_with_given_name(name: str, pack: "LanguagePack", names: NameIndex) -> bool:
    """Whether a capitalised name opens with an attested given name ("Abdulkarim al-Hamad"): a person's, not a place's
    (the pack's pass for a place list's names)."""
    return _undoubled(re.split(r"[\s-]+", name.strip())[0].lower()) in _given_names(pack, names)


def _undoubled(key: str) -> str:
    """A spelling with doubled letters written once: English outlets double an Arabic consonant or not
    (Nassib / Nasib, Jassim / Jasim), and the index attests one of them."""
    return re.sub(r"(.)\1", r"\1", key)


def _name_ok(name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    return len(words) >= 2 and not any(w in en.NAME_STOP_WORDS for w in words)


def _given_name_runs(text: str, given: frozenset[str]) -> list[re.Match[str]]:
    """The runs of capitalised name words (`_NAME_RUN`) that open with an attested given name."""
    runs = (_NAME_RUN.match(text, word.start()) for word in re.finditer(r"\b" + _CAPITALISED, text)
            if _undoubled(_latin_key(word.group(0))) in given)
    return [run for run in runs if run]


def _given_names(pack: "LanguagePack", names: NameIndex) -> frozenset[str]:
    """The attested given names, keyed as `_undoubled` keys them (one set a pack)."""
    return pack.memo("given", lambda: frozenset(_undoubled(w) for w in names.get("en-given"))
                     - frozenset(_undoubled(w) for w in en.NOT_GIVEN_NAMES))


# Name words in a run that make it a person's name whatever place one of them is named like ("Ahmed Suleiman
# al-Jassem": Jassem is also a town), as the Arabic pack's chains of attested name words.
MIN_RUN_WORDS = 3


def person_spans(text: str, pack: "LanguagePack", names: NameIndex) -> list[tuple[int, int]]:
    """Spans of personal names found by the name patterns, and runs of three or more capitalised name words that
    open with an attested given name (`names`), found before the analysis (places matched inside them are dropped)."""
    spans = []
    for regex, groups, _ in _NAME_PATTERNS:
        for m in regex.finditer(text):
            spans += [m.span(g) for g in groups if m.group(g)]
    spans += [run.span(1) for run in _given_name_runs(text, _given_names(pack, names))
              if len(re.findall(r"\b" + _UPPER, run.group(1))) >= MIN_RUN_WORDS and _name_ok(run.group(1))]
    return spans
