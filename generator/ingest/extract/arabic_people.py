"""Arabic personal names: where they are in a clause, and their aliases. How far a name goes is the
reader's (`arabic_names.py`).

Names are found in these places, strongest first:

- inside quotation marks or brackets, after a word that introduces a person
  (الشاب "X"، المدعو "X"، كل من "X، Y وZ") or when every quoted word reads as
  a name and one is an attested given name; several names in one pair of
  quotes are split at `،` and `و`; a name goes on after the closing mark;
- after an introducer: a relation, role or title (الشاب، الطفلة، القيادي،
  المدعو), a rank (العقيد), an office and the body it is held in (وزير
  الداخلية X، محافظ درعا X), a speech verb (قال X, for an attested name), a
  plural or dual introducer (الشابين X وY) or a list opener (عرف منهم، وهم كل
  من، بينهم:), and on a numbered or bulleted line;
- as a kunya (أبو X), unless a place word stands before it (بلدة أبو حمام);
- anywhere, when it starts with an attested given name (the shipped name
  index, `generator/data/person_names.tsv`) and each later part is attested,
  a nisba, or ends the phrase;
- as the author of an embedded post ("— X (@handle)").

A kunya or a nickname right after a full name ("X المعروف بـ"أبو علي"",
"X (أبو علي)") is that name's alias, not another person (`arabic_aliases.py`). Brothers listed
after الشقيقان share the family name of the last of them; given names listed before أبناء and a name take
the parent's chain (`arabic_kin.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import ar
from ..lang import common as C
from ..normalise import fold
from .arabic_affiliation import affiliation_end
from .arabic_aliases import NAMING_VERBS, SO_CALLED, after_alias_cue, one_word_name, with_aliases
from .arabic_kin import brothers_before_chain, children_of_parent, relatives_named
from .arabic_lists import QUOTED, SINGLES_KINDS, after_list_colon, given_names_share, unpaired_quote
from .arabic_named_after import (GROUP_NOUNS, NAMED_AFTER, PLACE_WORDS, after_kin_word, after_place_word, named_after,
                                 so_called)
from .arabic_name_words import JOIN_NEXT, KUNYA_HEADS, strip_and
from .arabic_names import MAX_NAME_PARTS, NameReader, reader_for
from .arabic_tokens import Token, tokens_of
from .model import Clause, FoundName

# Words that may stand between an introducer and the quotation mark of its name (القيادي في اللواء "X").
MAX_WORDS_BEFORE_QUOTE = 3
# Characters before a quotation mark searched for what introduces it.
INTRODUCER_REACH = 40
# A number and a dot or dash followed by a digit is a date or a decimal (16.11.2025 سبوتنيك عربي), no line number.
_NUMBERED = re.compile(rf"^\s*(?:(?:\d+|[٠-٩]+)\s*[{re.escape(C.LIST_NUMBER_ENDS)}](?![\d٠-٩])"
                       rf"|[{re.escape(C.LIST_BULLETS)}])\s*")
# A numbered line split from its number by the sentence splitter ("1." then "علي الحنيص").
_NUMBER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:(?:\d+|[٠-٩]+)[ \t]*[{re.escape(C.LIST_NUMBER_ENDS)}](?![\d٠-٩])"
                            rf"|[{re.escape(C.LIST_BULLETS)}])[ \t]*$")
_TWEET_HANDLE = re.compile(r"\(@\w+\)")


# Words that introduce a name, by kind: one person, a list, a list of victims, a speaker, a rank.
_CUE_LISTS = (("NAME_INTRODUCERS", "one"), ("PLURAL_INTRODUCERS", "list"), ("NAME_LIST_OPENERS", "listed"), ("AMONG_LIST_OPENERS", "listed"),
              ("IDENTIFIED_AS", "one"), ("SPEECH_VERBS", "speaker"), ("MILITARY_RANKS", "rank"),
              ("OFFICE_TITLES", "office"))
# Words of the genitive chain after an office at most (وزير الداخلية والمغتربين، قائد شرطة محافظة درعا).
MAX_OFFICE_CHAIN = 4


def _cue_table() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First folded word of every cue → (its folded words, its kind, the entry as written), longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for name, kind in _CUE_LISTS:
        for entry in getattr(ar, name):
            words = tuple(fold(w) for w in entry.split())
            table.setdefault(words[0], []).append((words, kind, entry))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


_CUES = _cue_table()
# Folded noun → the role it gives the people it introduces (ar.ROLE_NOUNS).
_ROLE_OF_NOUN = {fold(noun): role for role, nouns in ar.ROLE_NOUNS.items() for noun in nouns}
_COPULAS = frozenset(fold(w) for w in ar.COPULAS)
_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "لدى", "ضمن", "داخل", "لـ", "ل", "عن"))
_STOPS = frozenset(fold(w) for w in ar.NAME_STOPWORDS)
_VICTIM_ROLES = frozenset(role for role in ar.ROLE_NOUNS if role != "perpetrator")
# A noun for the perpetrator in apposition after a name: "المدعو X، المتهم بإطلاق النار".
_PERPETRATOR_AFTER = re.compile(r"[\"”»']?\s*[،,]\s*(?:" + "|".join(ar.ROLE_NOUNS["perpetrator"]) + r")(?!\w)")


def find_people(clause: Clause) -> list[FoundName]:
    """Every personal name of the clause, with its rank and aliases (see the module docstring)."""
    reader = reader_for(clause)
    text = clause.text
    tokens = tokens_of(text)
    found: list[tuple[int, int, list[list[Token]], str | None, bool, str | None]] = []   # ... rank, victim cue, role

    taken: list[tuple[int, int]] = []   # spans that name no one of their own (a parent in "X وY أبناء Z")
    age = clause.pack.cue("AGE_AFTER")

    def add(names: list[list[list[Token]]], rank: str | None = None, victim_cue: bool = False,
            siblings: bool = False, role: str | None = None, written: list[list[list[Token]]] | None = None,
            covers: tuple[int, int] | None = None) -> None:
        own_parts = written or names   # the words each name is written with in the text
        if siblings and len(names) > 1 and len(names[-1]) > 1:
            # a given name alone takes the father's and family names of the next full name: "الشابان محمد وأحمد العلي
            # وخالد الحسن", "الشقيقان محمد وأحمد عبد الكريم العودات" (brothers share a father); not one its age
            # closes: "عبد خلف (40 عاماً) ومروى حمدو" are two people
            names = [parts + next(later[1:] for later in names[n + 1:] if len(later) > 1)
                     if len(parts) == 1 and not age.match(text[parts[-1][-1].end:parts[-1][-1].end + 40])
                     else parts for n, parts in enumerate(names)]
        for own, parts in zip(own_parts, names):
            start, end = own[0][0].start, own[-1][-1].end
            if any(s < end and start < e for s, e, *_ in found) or any(s < end and start < e for s, e in taken):
                continue
            found.append((start, end, parts, rank, victim_cue, role))
        if covers:
            taken.append(covers)

    cues = _introducer_cues(clause, tokens)
    _quoted_names(reader, text, cues, add)
    _introduced_names(reader, tokens, cues, add)
    # the line the clause starts on (the one before when the clause opens a line: `$` matches before a last \n)
    line = max(clause.a.text.rfind("\n", 0, max(clause.start - 1, 0)), 0)
    numbered = _NUMBERED.match(text) or _NUMBER_BEFORE.search(clause.a.text, line, clause.start)
    if numbered:
        first = _index_at(tokens, numbered.end() if numbered.re is _NUMBERED else 0)
        add(reader.list_of(tokens, first, weak=False, tolerant=True)[1], victim_cue=True)
    _tweet_signatures(reader, text, add)
    relatives_named(reader, tokens, add)
    for i in range(len(tokens)):
        here = tokens
        if tokens[i].key[:1] == "و" and tokens[i].key not in reader.any_given and tokens[i].key[1:] in reader.given:
            if i == 0:
                continue   # "وأظهر شريط فيديو": a sentence that opens with "و" opens with its verb, not a name
            here = tokens[:i] + [strip_and(tokens[i])] + tokens[i + 1:]   # "ومعاذ سمير الناصر"
        if reader.opens_name(here, i, weak=True) and not after_place_word(here, i):
            names = reader.list_of(here, i, weak=True)[1]
            add(names or brothers_before_chain(reader, here, i), siblings=not names)
    found.sort(key=lambda f: f[0])
    arrest = any(hit.sub_type == "arrests" for hit in clause.hits)
    if not arrest:   # "ألقت القبض على X، المتهم بـ": the accused arrested is the one detained
        found = [(start, end, parts, rank, victim_cue, "perpetrator" if role is None and _PERPETRATOR_AFTER.match(text, end)
                  else role) for start, end, parts, rank, victim_cue, role in found]
    return with_aliases(clause, text, tokens, found)


# ------------------------------------------------------------------ where names are introduced

@dataclass(frozen=True)
class _Cue:
    end: int            # where the name may start (offset in the clause text)
    kind: str           # "one", "list", "siblings", "rank", "listed"
    rank: str | None = None
    role: str | None = None     # the role its noun gives (والمصاب هو X، القتيل X)
    strict: bool = False        # a copula with no noun of a role before it: an attested given name must follow
    single: bool = False        # a singular copula (هو، وهي): one person, the words after a comma describe them
    naming: bool = False        # a verb or noun of naming (يدعى، المدعو): one word may be the whole name
    apposition: bool = False    # an office and its body before a comma: the name stands between commas


def _introducer_cues(clause: Clause, tokens: list[Token]) -> list[_Cue]:
    """Words that introduce a name (entries of `_CUE_LISTS`), read token by token with their proclitics
    (للشاب، والعقيد), except where no name can follow them: a comma right after, a place or building word
    before (جبل الشيخ), or a place name that holds them (السيدة زينب)."""
    cues = []
    for i, token in enumerate(tokens):
        for form in _bare_forms(token.key):
            entry = next((e for e in _CUES.get(form, ()) if _follows(tokens, i, e[0])), None)
            if entry is None:
                continue
            words, kind, written = entry
            last = tokens[i + len(words) - 1]
            start = clause.start + token.start
            # A list opener's semicolon stands for its colon ("اعتقلت كلاً من؛ X، وY"): its list must still read as names.
            stops = "،,." if kind == "listed" else "،,.؛"
            if re.match(rf"[\"”»']?[{stops}]", clause.text[last.end:last.end + 2]) or (i and tokens[i - 1].key in NAMED_AFTER) \
                    or any(n.start <= start < n.end for n in clause.names):
                break   # "جبل الشيخ، جنوب دمشق", "السيدة زينب": a place, not a person
            if kind == "rank" and written == "اللواء" and _is_unit_name(clause, start):
                break
            if i and tokens[i - 1].key in SO_CALLED and form in NAMING_VERBS:
                break   # "ما يعرف باسم "ولاية X"": what is called so is a group or a thing, not a person
            if kind == "office":
                body_end = _office_chain_end(clause, tokens, i + len(words) - 1)
                if body_end is None and written in ar.HEADMAN_OFFICES and i + len(words) < len(tokens):
                    body_end = tokens[i + len(words)]   # "مختار بلدة X": a village the gazetteer lacks
                if body_end is None:
                    break
                last = body_end
            elif kind in ("one", "rank"):
                last = affiliation_end(clause, tokens, i + len(words) - 1) or last
            if kind == "list" and written in ar.SIBLING_INTRODUCERS:
                kind = "siblings"
            elif kind == "one" and written in ar.VICTIM_INTRODUCERS:
                if after_kin_word(clause, clause.start + token.start):
                    break   # "وقالت والدة القتيل ... “X”": the name is the relative's, not the victim's
                kind = "victim"
            role = _noun_role(tokens, i, kind) or (_noun_role(tokens, i + len(words) - 1, "one") if kind == "listed" else None) \
                or (_noun_role(tokens, i - 1, "one") if i and written in ar.NAMED_BY_ONE_WORD else None)   # "المتهم، ويدعى X"
            if role and kind != "listed" and i and _casualty_word(clause, clause.start + tokens[i - 1].start):
                role = None   # "قُتل المعتقل X": the casualty word governs the noun and its name
            cues.append(_Cue(last.end, kind, written if kind == "rank" else None, role,
                             strict=token.key in _COPULAS and role is None, single=written in ar.SINGULAR_COPULAS,
                             naming=written in ar.NAMED_BY_ONE_WORD, apposition=kind == "office" and last.pause))
            break
    return cues


def _office_chain_end(clause: Clause, tokens: list[Token], j: int) -> Token | None:
    """The last word of the body an office is held in (وزير [الداخلية]، محافظ [درعا]، قائد [شرطة المدينة]), read
    from tokens[j], the office's last word: ال words, places and organizations, and a noun in construct before
    one of them; None when no such chain follows or a comma ends it."""
    last = None
    for k in range(j + 1, min(len(tokens), j + 1 + MAX_OFFICE_CHAIN)):
        token = tokens[k]
        named = any(n.start <= clause.start + token.start < n.end for n in clause.names)
        construct = k == j + 1 and k + 1 < len(tokens) and tokens[k + 1].key.startswith("ال") \
            and not token.key.startswith("ال")   # قائد [شرطة] المدينة: the first word of the chain only
        if not (token.key.startswith("ال") or named or construct) or token.key in _STOPS or token.key in _CUES:
            break
        last = token
        if token.pause and k + 1 < len(tokens) and not tokens[k + 1].opens:
            return token   # "وزير الخارجية التركي، X Y،": the name in apposition, between commas
        if token.pause or token.stop or token.closes:
            return None
    return last


def _noun_role(tokens: list[Token], i: int, kind: str) -> str | None:
    """The role a cue's noun gives its names: the cue itself (القتيل X) or, for a copula, the noun before it
    (والمصابان هما X وY، أما المصاب فهو X)."""
    nouns = [tokens[i].key] + ([tokens[i - 1].key] if kind == "listed" and i else [])
    return next((_ROLE_OF_NOUN[form] for key in nouns for form in _bare_forms(key) if form in _ROLE_OF_NOUN), None)


def _casualty_word(clause: Clause, start: int) -> bool:
    """A casualty or death word of the clause starts at `start`."""
    return any(h.start == start for h in clause.hits) or any(s == start for s, _ in clause.spans("DEATH_WORDS"))


@lru_cache(maxsize=16384)   # asked of every word of a clause
def _bare_forms(key: str) -> tuple[str, ...]:
    """A word without the proclitics it may carry: وللشاب → للشاب، لشاب، الشاب."""
    forms = [key]
    if key[:1] in "وف" and len(key) > 3:
        forms.append(key[1:])
    for form in list(forms):
        if form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif form[:1] in "بلك" and len(form) > 3:
            forms.append(form[1:])
    return tuple(forms)


def _follows(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """The words after the first of a cue entry stand right after tokens[i]."""
    return i + len(words) <= len(tokens) and all(tokens[i + n].key == w for n, w in enumerate(words[1:], start=1))


def _is_unit_name(clause: Clause, start: int) -> bool:
    """اللواء الثامن / اللواء 15: a brigade, not a major general."""
    after = clause.a.text[start:start + 30]
    if re.match(r"[وب]?اللواء\s+(?:\d|[٠-٩]|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))", after):
        return True
    return any(n.kind == "organization" and n.start <= start < n.end + 2 for n in clause.names)


def _quoted_names(reader: NameReader, text: str, cues: list[_Cue], add) -> None:
    """Names inside quotation marks or brackets: after an introducer, after another quoted name of the
    list, or when the quoted words start with a given name."""
    previous_end = -1
    for m in QUOTED.finditer(text):
        cue = _cue_before(text, cues, m.start())
        follows_name = previous_end >= 0 and re.fullmatch(ar.QUOTED_LIST_JOINER, text[previous_end:m.start()]) is not None
        content = tokens_of(text, m.start(1), m.end(1))
        if not content:
            continue
        introduced = cue is not None and cue.kind != "speaker" or follows_name or after_alias_cue(text, m.start()) \
            or _after_casualty_word(reader, m.start()) and (content[0].key[:1] not in "وفبلك"
                                                           or content[0].key in reader.any_given)   # not قتل "بدم بارد"
        kind = cue.kind if cue else "one"
        if _is_organization(reader, m.start(1), m.end(1)) or content[0].key in NAMED_AFTER or so_called(text, m.start()) \
                or named_after(text, m.start(), NAMED_AFTER if not introduced else GROUP_NOUNS) \
                or content[0].key in KUNYA_HEADS and named_after(text, m.start(), PLACE_WORDS):
            continue   # "طريق الدباغة"، "مشفى الرازي"، منطقة "أبو X": the quoted words name a road, a building or a place
        end, names = reader.list_of(content, 0, weak=False, quoted=True, single=kind in SINGLES_KINDS)
        if kind == "listed":
            names = given_names_share(names)
        if not names and len(content) == 1 and content[0].key in reader.any_given:
            names = [[[content[0]]]]   # "محمد" الحوراني: the name goes on after the quotation mark
        if not names or not introduced and not (
                end == len(content) and any(parts[0][0].key in reader.given or parts[0][0].key in KUNYA_HEADS
                                            for parts in names)):
            continue   # not introduced: every quoted word must be part of a name, one of them a given name
        names[-1] = _continued_after_quote(reader, text, m.end(), names[-1])
        if len(names[-1]) == 1 and len(names[-1][0]) == 1 and kind not in SINGLES_KINDS:
            continue
        names = [parts for parts in names if len(parts) > 1 or not parts[0][0].key.startswith("ال")]
        if not names:
            continue   # المتهمين بتهريب "النفط": a given name alone may follow a plural noun, a word with ال may not
        add(names, rank=cue.rank if cue else None,
            victim_cue=kind in ("listed", "victim") or cue is not None and cue.role in _VICTIM_ROLES,   # المختطفَين "X وY"
            siblings=kind in SINGLES_KINDS,
            role=cue.role if cue else None)
        previous_end = m.end()


def _after_casualty_word(reader: NameReader, quote_start: int) -> bool:
    """A casualty word stands right before the quotation mark ("بينما أصيب "X Y""): the quoted words name the one it hit."""
    before = reader.clause.text[:quote_start].rstrip()
    return any(h.klass in (C.KILL, C.INJURE) and h.end - reader.clause.start == len(before) for h in reader.clause.hits)


def _cue_before(text: str, cues: list[_Cue], quote_start: int) -> _Cue | None:
    for cue in reversed(cues):
        if cue.end <= quote_start and quote_start - cue.end <= INTRODUCER_REACH:
            between = text[cue.end:quote_start]
            words = [fold(w) for w in between.split()]
            if any(w in SO_CALLED for w in words):
                return None   # الإعلامي لما يعرف باسم "ولاية X": "so-called" names a group, not the person of the cue
            if len(words) <= MAX_WORDS_BEFORE_QUOTE and not re.search(r"[.؛:\n]", between.strip(" :")) \
                    and (not words or (words[0] in _PREPOSITIONS or words[0][:1] in "بل") and cue.kind != "office"
                         or all(w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4 for w in words)):
                return cue   # الناشط "X"، القيادي في اللواء "X"، المهندس الكردي "X" (not إلى); not السيدة زينب (صورة ...)
    return None


def _is_organization(reader: NameReader, start: int, end: int) -> bool:
    return any(s <= start < e or start <= s < end for s, e in reader.blocked)


def _continued_after_quote(reader: NameReader, text: str, after: int, parts: list[list[Token]]) -> list[list[Token]]:
    """A name that goes on after the closing mark: "محمد" الحريري، "محمد" خالد الحريري (attested words, up to the
    family name)."""
    if parts[-1][-1].key.startswith("ال"):
        return parts   # "منير زياد المصحي" ابن رئيس المجلس: the quoted name ends with its family name
    following = tokens_of(text, after, min(len(text), after + 40))
    for token in following:
        if len(parts) >= MAX_NAME_PARTS or token.opens or reader.is_stop(token) or reader.is_blocked(token, True):
            break
        family = token.key.startswith("ال") and token.key in reader.family
        if not (family or token.key in reader.any_given and token.key not in JOIN_NEXT):
            break
        parts = parts + [[token]]
        if family or token.pause or token.stop or token.closes:
            break
    return parts


def _introduced_names(reader: NameReader, tokens: list[Token], cues: list[_Cue], add) -> None:
    """Unquoted names right after an introducer, a rank or a list opener."""
    for cue in cues:
        i = _index_at(tokens, cue.end)
        if cue.kind != "listed" and i < len(tokens) and not tokens[i].opens and tokens[i].key in _COPULAS:
            i += 1   # "الشابان هما X وY"
        if i >= len(tokens) or tokens[i].opens and not (cue.kind in SINGLES_KINDS and unpaired_quote(reader.clause.text, tokens[i])):
            continue
        if cue.kind in ("list", "siblings", "listed"):
            if cue.kind == "listed" and not reader.starts_name(tokens, i):
                i = after_list_colon(reader.clause.text, tokens, i)
            attested = reader.starts_name(tokens, i) or reader.is_stop(tokens[i]) and reader.starts_name(tokens, i + 1)
            if cue.kind == "listed" and not attested:
                continue   # "بينهم أربع سيدات": not a list of names
            if cue.strict and not (reader.opens_name(tokens, i, weak=True) or reader.is_stop(tokens[i])
                                   and i + 1 < len(tokens) and reader.opens_name(tokens, i + 1, weak=True)):
                continue   # "وهو أكبر سجن"، "من هو صاحب المولدة": not a name
            _end, names = reader.list_of(tokens, i, weak=False, tolerant=cue.kind == "listed",
                                         single=cue.kind in SINGLES_KINDS)
            children = children_of_parent(reader, tokens, names)
            if children:
                add(children[0], victim_cue=cue.kind in ("listed", "victim"), role=cue.role, written=names,
                    covers=children[1])
                continue
            if cue.single:
                names = names[:1]   # "هو X، طالب جامعي": the words after the comma describe X
            if cue.kind == "listed":
                names = given_names_share(names)
            elif cue.kind == "list" and not attested and len(names) < 2 \
                    and not (names and reader.aged_at(names[0][-1][-1])):
                continue   # a plural noun names several people: "راقب الشبان مدخل القرية" names nobody, "X (11 عاماً)" one
            # a plural noun of victims that says their role identifies them too ("فإن المعتقلين هم: X، Y")
            add(names, victim_cue=cue.kind in ("listed", "victim") or cue.role in _VICTIM_ROLES,
                siblings=cue.kind in SINGLES_KINDS,
                role=cue.role)
        else:   # after an office, the words after a name are often its complement: later parts must be attested
            _end, parts = reader.read(tokens, i, weak=cue.kind == "office", one=cue.kind in ("one", "victim", "rank"))
            if not parts and cue.naming:
                parts = one_word_name(reader, tokens, i)
            if cue.apposition and not (len(parts) > 1 and parts[-1][-1].pause):
                continue   # "وزير الخارجية التركي، X Y، قال": the comma after the office closes the name too
            if parts and (cue.kind != "speaker" or reader.is_attested(parts)):
                add([parts], rank=cue.rank, victim_cue=cue.kind == "victim", role=cue.role)
            elif cue.kind == "speaker" and tokens[i].key in reader.any_given and tokens[i].pause \
                    and reader.clause.pack.cue("WITNESS_AFTER").match(reader.clause.text[tokens[i].end:]):
                add([[[tokens[i]]]], role="spokesperson")   # "قال X، أحد سكان القرية": a witness's first name


def _index_at(tokens: list[Token], offset: int) -> int:
    """The first token that starts at or after `offset`."""
    return next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _tweet_signatures(reader: NameReader, text: str, add) -> None:
    """"— زيد حسن (@handle)": the author of an embedded post."""
    for m in _TWEET_HANDLE.finditer(text):
        line_start = max(text.rfind("—", 0, m.start()), text.rfind("|", 0, m.start()), text.rfind("\n", 0, m.start()))
        tokens = tokens_of(text, line_start + 1, m.start())
        if tokens and reader.opens_name(tokens, 0, weak=False):
            _end, parts = reader.read(tokens, 0, weak=False, quoted=True)
            if parts and parts[-1][-1].end == tokens[-1].end:
                add([parts])

