"""Arabic personal names: where they are in a clause, and their aliases. How far a name goes is the
reader's (`arabic_names.py`).

Names are found in these places, strongest first:

- inside quotation marks or brackets, after a word that introduces a person
  (الشاب "X"، المدعو "X"، كل من "X، Y وZ") or when every quoted word reads as
  a name and one is an attested given name; several names in one pair of
  quotes are split at `،` and `و`; a name goes on after the closing mark;
- after an introducer (`arabic_cues.py`): a relation, role or title (الشاب، الطفلة، القيادي،
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

from ..lang import ar
from ..lang import common as C
from ..normalise import fold, split_clitics
from .arabic_aliases import SO_CALLED, after_alias_cue, one_word_name, with_aliases
from .arabic_cues import COPULAS, Cue, accused_role, introducer_cues
from .arabic_kin import brothers_before_chain, children_of_parent, named_by_kin, relatives_named
from .arabic_lists import QUOTED, SINGLES_KINDS, after_list_colon, given_names_share, people_line, unpaired_quote
from .arabic_named_after import (GROUP_NOUNS, NAMED_AFTER, PLACE_WORDS, after_place_word, named_after,
                                 outlet_of_correspondent, so_called)
from .arabic_name_words import INTRODUCERS, JOIN_NEXT, KUNYA_HEADS, is_relative, strip_and
from .arabic_name_reader import reader_for
from .arabic_names import MAX_NAME_PARTS, NameReader
from .arabic_tokens import Token, tokens_of
from .model import Clause, FoundName

# Words that may stand between an introducer and the quotation mark of its name (القيادي في اللواء "X").
MAX_WORDS_BEFORE_QUOTE = 3
# Characters before a quotation mark searched for what introduces it.
INTRODUCER_REACH = 40
# A number and a dot or dash followed by a digit is a date or a decimal (16.11.2025 سبوتنيك عربي), no line number.
_NUMBERED = re.compile(rf"^\s*(?:(?:\d+|[٠-٩]+)\s*[{re.escape(C.LIST_NUMBER_ENDS)}](?![\d٠-٩])"
                       rf"|[{re.escape(C.LIST_BULLETS)}])\s*")
# A numbered line split from its number by the sentence splitter ("1." then "علي الحمد").
_NUMBER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:(?:\d+|[٠-٩]+)[ \t]*[{re.escape(C.LIST_NUMBER_ENDS)}](?![\d٠-٩])"
                            rf"|[{re.escape(C.LIST_BULLETS)}])[ \t]*$")
_TWEET_HANDLE = re.compile(r"\(@\w+\)")
_AGE_IN_QUOTES = re.compile(ar.AGE_IN_QUOTES)


_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "لدى", "ضمن", "داخل", "لـ", "ل", "عن"))
_VICTIM_ROLES = frozenset(role for role in ar.ROLE_NOUNS if role != "perpetrator")
_ONE_WORD_NAME_NOUNS = frozenset(fold(w) for w in ar.ONE_WORD_NAME_NOUNS)
_VICTIM_NOUNS = frozenset(fold(w) for w in ar.VICTIM_INTRODUCERS)
_LIST_GLUE = re.compile(r"[،,]|(?<=[”\")»])\s+(?=[وف])")
_QUOTED_PIECE = re.compile(r"[\"“«(][^\"“”«»()]{1,40}[\"”»)]")
_NOT_FAMILY = frozenset(fold(w) for w in ar.NOT_FAMILY_NAMES)


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
            # closes: "عبد حسن (40 عاماً) ومروى خليل" are two people
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

    cues = introducer_cues(clause, tokens)
    listed = people_line(clause.a.text[:clause.start], text, tokens)
    if listed:   # "عُرف منهم:" and a line of names: "X، Y، ووضاح نوري الشعفر" (the last one's "و" is no part of it)
        line_names = []
        for n, item in enumerate(listed):
            opening = item[0][0]
            opening = strip_and(opening) if n and _glued_and(reader, opening) else opening
            # only an item that opens with a given name or a kunya and holds no preposition: a title, a description
            # ("سيدة وطفلاها"، "شاب من أبناء البلدة") or an event ("إصابة عنصر في داعل") is left to the other readers
            if (opening.key in reader.any_given or opening.key in KUNYA_HEADS) and opening.key not in INTRODUCERS \
                    and not any(part[0].key in _PREPOSITIONS or is_relative(part[0].key.removeprefix("و"))
                                for part in item):
                line_names.append([[opening]] + item[1:])
        add(line_names, victim_cue=True)
    _quoted_names(reader, text, tokens, cues, add)
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
    accused = clause.pack.cue("ACCUSED_AFTER_NAME")   # "المدعو X، المتهم بإطلاق النار"
    found = [(start, end, parts, rank, victim_cue, accused_role(clause, clause.start + start)
              if role is None and accused.match(text[end:end + 20]) else role)
             for start, end, parts, rank, victim_cue, role in found]
    found, written = named_by_kin(text, found)
    return with_aliases(clause, text, tokens, found, written)


def _glued_and(reader: NameReader, token: Token) -> bool:
    """"ووضاح": a given name with "و" glued before it, not a given name that opens with و (وليد)."""
    return token.key.startswith("و") and token.key not in reader.any_given and token.key[1:] in reader.any_given


def _quoted_names(reader: NameReader, text: str, tokens: list[Token], cues: list[Cue], add) -> None:
    """Names inside quotation marks or brackets: after an introducer, after another quoted name of the
    list, or when the quoted words start with a given name."""
    previous_end, previous_cue = -1, None
    for m in QUOTED.finditer(text):
        follows_name = previous_end >= 0 and re.fullmatch(ar.QUOTED_LIST_JOINER, text[previous_end:m.start()]) is not None
        # a name of a list goes on with the cue of the list's first: "وعُرف من المعتقلين “X” من أهالي Y، “Z”"
        cue = _cue_before(text, cues, m.start()) or (previous_cue if follows_name else None)
        age = _AGE_IN_QUOTES.search(m.group(1))    # "حيدر الرجوان 13 عاما": the name, then the age
        name_end = m.start(1) + age.start() if age else m.end(1)
        content = tokens_of(text, m.start(1), name_end)
        if not content:
            continue
        introduced = cue is not None and cue.kind != "speaker" or follows_name or after_alias_cue(text, m.start()) \
            or _after_casualty_word(reader, m.start()) and (content[0].key[:1] not in "وفبلك"
                                                           or content[0].key in reader.any_given)   # not قتل "بدم بارد"
        kind = cue.kind if cue else "one"
        if _is_organization(reader, m.start(1), name_end) or content[0].key in NAMED_AFTER or so_called(text, m.start()) \
                or named_after(text, m.start(), NAMED_AFTER if not introduced else GROUP_NOUNS) \
                or outlet_of_correspondent(tokens, _index_at(tokens, m.start(1))) \
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
        if len(names[-1]) == 1 and len(names[-1][0]) == 1 and kind not in SINGLES_KINDS \
                and not (len(content) == 1 and content[0].key in reader.any_given
                         and _after_one_word_noun(reader, text, m.start()) and not _opens_longer_name(reader, m.group(1))):
            continue   # one word is a name in a list, or alone after a word for a victim or a relative ("والطفل “علي”")
        names = [parts for parts in names if len(parts) > 1 or len(parts[0]) > 1
                 or not parts[0][0].key.startswith("ال") and not _adjective_of_act(reader, m.start(), parts[0][0].key)]
        if not names:
            # المتهمين بتهريب "النفط": a given name alone may follow a plural noun, a word with ال may not, nor an
            # adjective (المواطنين باعتداء "إرهابي")
            continue
        add(names, rank=cue.rank if cue else None,
            victim_cue=kind in ("listed", "victim") or cue is not None and cue.role in _VICTIM_ROLES,   # المختطفَين "X وY"
            siblings=kind in SINGLES_KINDS,
            role=cue.role if cue else None)
        previous_end, previous_cue = m.end(), cue


def _adjective_of_act(reader: NameReader, quote_start: int, key: str) -> bool:
    """A quoted word of the shape of an adjective (a nisba: إرهابي، انتحاري) that the index of names does not attest
    as a given name, right after a noun of an act (باعتداء “إرهابي”، تفجير "انتحاري"): the act's adjective; not a
    nickname or a given name the index lacks in a list (“ربحي” و“فادي”)."""
    words = reader.clause.text[:quote_start].split()
    after_act = bool(words) and any(stem in _INCIDENT_NOUNS for stem in split_clitics(words[-1]))
    return after_act and key.endswith(("ي", "يه")) and key not in reader.any_given


_INCIDENT_NOUNS = frozenset(fold(noun) for noun in ar.INCIDENT_NOUNS)


def _after_one_word_noun(reader: NameReader, text: str, quote_start: int) -> bool:
    """The word right before the quotation mark is one for a victim ("والطفل “علي”"), or one for a relative right
    after the casualty word that governs it or in a list of such after it ("توفي الأب “رمزي”، والأم “ميس” البالغة من
    العمر 33 عاماً"; not the husband who fled: "قُتلت امرأة ...، وفرّ الزوج “خالد”", "وقالت مصادر إن الزوج “خالد”")."""
    before = text[:quote_start].split()
    if not before:
        return False
    word = fold(before[-1])
    word = word[1:] if word[:1] in "وف" and word not in _ONE_WORD_NAME_NOUNS else word
    if word in _VICTIM_NOUNS:
        return True
    if word not in _ONE_WORD_NAME_NOUNS:
        return False
    clause = reader.clause
    ends = [h.end for h in clause.hits if h.klass in (C.KILL, C.INJURE)]
    ends += [e for name in ("DEATH_WORDS", "INJURY_WORDS") for _, e in clause.spans(name)]   # (توفي is no event word)
    ends = [e - clause.start for e in ends if e - clause.start <= quote_start]
    if not ends:
        return False
    # each piece between the casualty word and the relative's noun holds a quoted name: a list of them
    pieces = _LIST_GLUE.split(text[max(ends):quote_start])
    return len(pieces[-1].split()) == 1 and all(_QUOTED_PIECE.search(piece) for piece in pieces[:-1])


def _opens_longer_name(reader: NameReader, word: str) -> bool:
    """The article opens a name with the word and more name words after it somewhere ("الشاب “فارس طالب صالح”" ...
    "المغدور (فارس)"): the one word is that person told again, a short form, not another person (not a name it
    stands inside: "والده حسن علي الزعبي" names no longer "علي")."""
    for m in re.finditer(rf"(?<!\w){re.escape(word.strip())}[\"”»)]?\s+[\"“«(]?(\w+)", reader.clause.a.text):
        previous = re.findall(r"\w+", reader.clause.a.text[max(0, m.start() - 30):m.start()])
        if previous and fold(previous[-1]) in reader.any_given:
            continue
        following = fold(m.group(1))
        if following in reader.any_given or following in reader.family and following not in _NOT_FAMILY:
            return True
    return False


def _after_casualty_word(reader: NameReader, quote_start: int) -> bool:
    """A casualty word stands right before the quotation mark ("بينما أصيب "X Y""): the quoted words name the one it hit."""
    before = reader.clause.text[:quote_start].rstrip()
    return any(h.klass in (C.KILL, C.INJURE) and h.end - reader.clause.start == len(before) for h in reader.clause.hits)


def _cue_before(text: str, cues: list[Cue], quote_start: int) -> Cue | None:
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
        return parts   # "منير زياد الحسن" ابن رئيس المجلس: the quoted name ends with its family name
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


def _introduced_names(reader: NameReader, tokens: list[Token], cues: list[Cue], add) -> None:
    """Unquoted names right after an introducer, a rank or a list opener."""
    for cue in cues:
        i = _index_at(tokens, cue.end)
        if cue.kind != "listed" and i < len(tokens) and not tokens[i].opens and tokens[i].key in COPULAS:
            i += 1   # "الشابان هما X وY"
        if i >= len(tokens) or tokens[i].opens and not (cue.kind in SINGLES_KINDS and unpaired_quote(reader.clause.text, tokens[i])):
            continue
        if cue.kind in ("list", "siblings", "listed"):
            if cue.kind == "listed" and not reader.starts_name(tokens, i):
                i = after_list_colon(reader.clause.text, tokens, i)
            attested = reader.starts_name(tokens, i) or reader.is_stop(tokens[i]) and reader.starts_name(tokens, i + 1)
            shaped = cue.kind == "listed" and not attested and _chain_shaped(reader, tokens, i)
            if cue.kind == "listed" and not attested and not shaped:
                continue   # "بينهم أربع سيدات": not a list of names
            if cue.strict and not shaped and not (reader.opens_name(tokens, i, weak=True) or reader.is_stop(tokens[i])
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
            if cue.strict and cue.kind == "victim" and not reader.starts_name(tokens, i):
                continue   # "قُتل الشاب، وأصيب آخر": no name after the comma
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


def _chain_shaped(reader: NameReader, tokens: list[Token], i: int) -> bool:
    """A list's first item shaped as a name chain though the index lacks its given name ("وهم: ميزر العيسى الحماد،
    ودهام ..."): two to four words up to a comma, the later ones attested given names or words with ال, the last an
    attested family name, and the next item opening with an attested given name (not "وهم: سكان الحي الشرقي، وأطفال
    ...": the family index holds adjectives too)."""
    item = []
    for token in tokens[i:i + 4]:
        item.append(token)
        if token.pause or token.stop or token.closes:
            break
    first, rest = item[0], item[1:]
    if not rest or not (item[-1].pause or item[-1].stop or item[-1].closes) or len(first.key) < 3 \
            or reader.led_by_article(first) or reader.is_stop(first) or is_relative(first.key) \
            or reader.is_blocked(first, True):
        return False
    nxt = tokens[i + len(item)] if i + len(item) < len(tokens) else None
    next_given = nxt is not None and (nxt.key in reader.any_given or nxt.key[:1] == "و" and nxt.key[1:] in reader.any_given)
    return next_given and all(t.key in reader.any_given or t.key.startswith("ال") for t in rest) \
        and item[-1].key.startswith("ال") and item[-1].key in reader.family


def _index_at(tokens: list[Token], offset: int) -> int:
    """The first token that starts at or after `offset`."""
    return next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _tweet_signatures(reader: NameReader, text: str, add) -> None:
    """"— عمر خليل (@handle)": the author of an embedded post."""
    for m in _TWEET_HANDLE.finditer(text):
        line_start = max(text.rfind("—", 0, m.start()), text.rfind("|", 0, m.start()), text.rfind("\n", 0, m.start()))
        tokens = tokens_of(text, line_start + 1, m.start())
        if tokens and reader.opens_name(tokens, 0, weak=False):
            _end, parts = reader.read(tokens, 0, weak=False, quoted=True)
            if parts and parts[-1][-1].end == tokens[-1].end:
                add([parts])

