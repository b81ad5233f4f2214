"""Arabic personal names: where a name starts and where it ends.

A name is a chain of parts: a given name, the father's and grandfather's
names, a family name (often with ال, or a nisba such as الأردني), where
compound parts count as one (عبد الرحمن، نور الدين، أبو علي، بن علي). It is
found in these places, strongest first:

- inside quotation marks or brackets, after a word that introduces a person
  (الشاب "X"، المدعو "X"، كل من "X، Y وZ") or when the quoted words start with
  a given name; several names in one pair of quotes are split at `،` and `و`;
- after an introducer: a relation, role or title (الشاب، الطفلة، القيادي،
  المدعو), a rank (العقيد), a plural or dual introducer (الشابين X وY) or a
  list opener (عرف منهم، وهم كل من، بينهم:), and on a numbered line;
- as a kunya (أبو X), unless a place word stands before it (بلدة أبو حمام);
- anywhere, when it starts with an attested given name (the shipped name
  index, `generator/data/person_names.tsv`) and the next part is attested or
  ends the phrase.

A name stops at a stop word, a trigger word, an organization or date the
analysis found, a comma or closing mark, or after four parts. A kunya or a
nickname right after a full name ("X المعروف بـ"أبو علي"", "X (أبو علي)") is
that name's alias, not another person. Brothers listed after الشقيقان share
the family name of the last of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lang import ar
from ..normalise import fold
from .model import Clause, FoundName

if TYPE_CHECKING:
    from .options import LanguagePack

# Parts of a name at most: given name, father, grandfather, family (a compound part counts once).
MAX_NAME_PARTS = 4
# A kunya takes one more part at most, its nisba or family name (أبو محمد الحلبي).
MAX_KUNYA_PARTS = 2
# Words that may stand between an introducer and the quotation mark of its name (القيادي في اللواء "X").
MAX_WORDS_BEFORE_QUOTE = 3
# Characters before a quotation mark searched for what introduces it.
INTRODUCER_REACH = 40
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_MARKS = "\u064b-\u065f\u0670\u0640"
_TOKEN = re.compile(r"\S+")
_PARTS = re.compile(rf"^(?:(و)(?=[\"“”«'‘(]))?([\"“”«»'‘’(\[]*)([{_LETTERS}{_MARKS}]*)(.*)$", re.S)
_OPENING = "\"“«'‘([«"
_CLOSING = "\"”»'’)]»"
_QUOTED = re.compile(r"[\"“«'‘(]([^\"“”«»'‘’()\n]{2,80})[\"”»'’)]")
_NUMBERED = re.compile(r"^\s*(?:(?:\d+|[٠-٩]+)\s*[-.)–]|[-–•*▪●])\s*")
# A numbered line split from its number by the sentence splitter ("1." then "علي الحنيص").
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d+|[٠-٩]+)[ \t]*[-.)–]|[-–•*▪●])[ \t]*$")
_TWEET_HANDLE = re.compile(r"\(@\w+\)")
_ARTICLE_CLITIC = ("بال", "لل", "وال", "فال", "كال", "وبال", "ولل")


@dataclass(frozen=True)
class _Token:
    start: int          # the word's offsets in the text read
    end: int
    word: str
    key: str            # folded
    opens: bool         # a quotation mark or bracket right before the word
    closes: bool        # ... right after it
    pause: bool         # a comma after it
    stop: bool          # sentence punctuation, a colon or a line break after it


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    out = []
    end = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, end):
        parts = _PARTS.match(m.group(0))
        conj, before, word, after = parts.groups() if parts else ("", "", "", m.group(0))
        word_start = m.start() + len(conj or "") + len(before)
        nxt = text[m.end():m.end() + 2]
        out.append(_Token(word_start, word_start + len(word), word, fold(word), bool(before),
                          any(c in _CLOSING for c in after), any(c in "،," for c in after),
                          any(c in ".:؛;!?؟\n" for c in after) or "\n" in nxt or m.end() >= end))
    return out


@dataclass
class _Reader:
    """Reads names in one clause: the words it checks against, and the spans a name may not cross."""

    clause: Clause
    given: frozenset[str]           # attested given names less everyday words: they open a name
    any_given: frozenset[str]
    family: frozenset[str]
    stop: frozenset[str]
    blocked: list[tuple[int, int]] = field(default_factory=list)    # trigger words, organizations, dates
    places: list[tuple[int, int]] = field(default_factory=list)

    def is_blocked(self, token: _Token, weak: bool) -> bool:
        spans = self.blocked + self.places if weak else self.blocked
        return any(s < token.end and token.start < e for s, e in spans)

    def is_stop(self, token: _Token) -> bool:
        if token.key not in self.stop:
            return False
        return not (token.word.endswith("ي") and token.key in _ALEF_MAQSURA_STOPS)   # علي, not على

    def opens_name(self, tokens: list[_Token], i: int, weak: bool) -> bool:
        key = tokens[i].key
        if key.startswith("ال") or self.is_stop(tokens[i]) or len(key) < 2:
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if key in _OPENING_HEADS:
            return nxt is not None and not nxt.opens and not self.is_stop(nxt)
        if nxt is not None and nxt.key in _JOIN_PREVIOUS:
            return True
        return key in (self.given if weak else self.any_given) and (len(key) > 2 or not weak)

    def starts_name(self, tokens: list[_Token], i: int) -> bool:
        """After a list opener: a given name (or a kunya, عبد ...)."""
        return i < len(tokens) and self.opens_name(tokens, i, weak=False)

    def read(self, tokens: list[_Token], i: int, weak: bool, quoted: bool = False,
             single: bool = False) -> tuple[int, list[list[_Token]]]:
        """The parts of the name starting at tokens[i] and the index after it ([] when none). A `single`
        given name is a name too (a brother in "الشقيقان أحمد ومحمد الحسن")."""
        parts: list[list[_Token]] = []
        j = i
        while j < len(tokens) and len(parts) < (MAX_KUNYA_PARTS if parts and parts[0][0].key in _KUNYA_HEADS
                                                else MAX_NAME_PARTS):
            token = tokens[j]
            key = token.key
            if len(key) < 2 or self.is_stop(token) or key.startswith(_ARTICLE_CLITIC):
                break
            if key[:2] in ("لا", "با") and key not in self.any_given and key not in self.family:
                break   # "لإطلاق": a preposition on a noun, not a family name
            if parts and (token.opens or self.is_blocked(token, weak)) or not parts and self.is_blocked(token, True):
                break
            if parts and key.startswith("و") and (key[1:] in self.any_given or key[1:] in _JOIN_NEXT
                                                  or key not in self.any_given | self.family):
                break   # "ومعتصم": the next name; "وشقيقه": not a name
            if not parts and not quoted and (key.startswith("ال") or key[0] in "وفبل" and key not in self.any_given):
                break   # "وأضرموا", "لتلقي": not the first word of a name
            if weak and parts and not self._continues(tokens, j) or len(parts) >= 2 and self._verb_like(token):
                break
            part = [token]
            while part[-1].key in _JOIN_NEXT and not (part[-1].pause or part[-1].closes) \
                    and j + len(part) < len(tokens):
                nxt = tokens[j + len(part)]
                if nxt.opens or self.is_stop(nxt) or len(nxt.key) < 2 or self.is_blocked(nxt, False):
                    break
                part.append(nxt)
            if part[-1].key in _JOIN_NEXT:
                break
            while j + len(part) < len(tokens) and tokens[j + len(part)].key in _JOIN_PREVIOUS \
                    and not part[-1].pause and not part[-1].closes:
                part.append(tokens[j + len(part)])
            parts.append(part)
            j += len(part)
            last = part[-1]
            if last.pause or last.stop or last.closes:
                break
        if not self._is_name(parts, quoted, weak) and not (single and len(parts) == 1 and parts[0][0].key in self.any_given):
            return i, []
        return j, parts

    def is_attested(self, parts: list[list[_Token]]) -> bool:
        """A name whose given name or family name the index knows ("قال يمان العبود"), not "قال شهود عيان"."""
        first, last = parts[0][0].key, parts[-1][-1].key
        return first in self.any_given or len(parts[0]) > 1 or last.startswith("ال") and last in self.family

    def _verb_like(self, token: _Token) -> bool:
        """A past verb of two or more people after a name ("X وY تعرضا", "قاموا"), not a family name."""
        key = token.key
        return key not in self.any_given and key not in self.family and (
            key.endswith("وا") and len(key) > 3 or key.endswith("ا") and len(key) > 4)

    def _continues(self, tokens: list[_Token], j: int) -> bool:
        """Without a word that introduces a name, a later part must be attested, or end the phrase."""
        token = tokens[j]
        key = token.key
        if key in self.any_given or key in self.family or key in _JOIN_NEXT:
            return True
        if key.startswith("ال") and token.word.endswith("ي") and len(key) > 4:
            return True   # a nisba: الخراساني، الأردني
        return token.pause or token.stop or token.closes or j + 1 == len(tokens) or tokens[j + 1].opens

    def _is_name(self, parts: list[list[_Token]], quoted: bool, weak: bool) -> bool:
        if not parts:
            return False
        first = parts[0][0].key
        if len(parts) == 1:
            return first in _KUNYA_HEADS and len(parts[0]) == 2
        if quoted or weak:
            return True
        second = parts[1][0].key
        return first in self.any_given or first in _JOIN_NEXT or len(parts[0]) > 1 \
            or second in self.any_given or second in self.family

    def list_of(self, tokens: list[_Token], i: int, weak: bool, quoted: bool = False,
                tolerant: bool = False, single: bool = False) -> tuple[int, list[list[list[_Token]]]]:
        """Names separated by `،` or `و` starting at tokens[i]. A tolerant list lets each item carry an
        introducer before the name and a description after it ("الطفل X من قرية Y، Z")."""
        names = []
        while i < len(tokens):
            if tolerant and tokens[i].key in _INTRODUCERS and not tokens[i].pause and i + 1 < len(tokens):
                i += 1   # "الطفل X": the introducer of one item
            token = tokens[i]
            if names and token.key.startswith("و") and len(token.key) > 2 and not token.key.startswith("ال") \
                    and (token.key not in self.any_given or token.key[1:] in self.any_given):
                tokens = tokens[:i] + [_strip_and(token)] + tokens[i + 1:]
            end, parts = self.read(tokens, i, weak, quoted, single)
            if not parts:
                break
            names.append(parts)
            i = end
            last = parts[-1][-1]
            if tolerant and not (last.pause or last.stop) and not (i < len(tokens) and tokens[i].key.startswith("و")):
                skipped = next((k for k in range(i, min(len(tokens), i + 6)) if tokens[k].pause or tokens[k].stop),
                               None)
                if skipped is None or tokens[skipped].stop:
                    break
                i, last = skipped + 1, tokens[skipped]
                continue
            if last.stop or (last.closes and not quoted):
                break
            if not last.pause and not (i < len(tokens) and tokens[i].key.startswith("و")):
                break
        return i, names


def _strip_and(token: _Token) -> _Token:
    return _Token(token.start + 1, token.end, token.word[1:], token.key[1:], token.opens, token.closes,
                  token.pause, token.stop)


_ALEF_MAQSURA_STOPS = frozenset(fold(w) for w in ar.NAME_STOPWORDS if w.endswith("ى"))
_JOIN_NEXT = frozenset(fold(w) for w in ar.NAME_JOIN_NEXT)
_JOIN_PREVIOUS = frozenset(fold(w) for w in ar.NAME_JOIN_PREVIOUS)
_KUNYA_HEADS = frozenset(fold(w) for w in ar.KUNYA_HEADS)
# Joining words that may open a name (عبد الرحمن، أبو علي); بن and ابن only stand inside one.
_OPENING_HEADS = _KUNYA_HEADS | frozenset(fold(w) for w in ar.COMPOUND_NAME_HEADS)
_SIBLINGS = frozenset(fold(w) for w in ar.SIBLING_INTRODUCERS)
_ALIAS_CUES = frozenset(fold(w) for w in ar.ALIAS_CUES)
_PLACE_WORDS = frozenset(fold(w) for w in list(ar.PLACE_KINDS) + list(ar.PLACE_NOUNS))
_NAMED_AFTER = frozenset(fold(w) for w in ar.NAMED_AFTER)
_INTRODUCERS = frozenset(fold(w) for w in ar.NAME_INTRODUCERS)
_VICTIM_WORDS = tuple(fold(w) for w in ar.VICTIM_INTRODUCERS)
_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "لدى", "ضمن", "داخل", "لـ", "ل", "عن"))


def _reader(clause: Clause) -> _Reader:
    pack = clause.pack
    index = clause.a.options.names
    given, any_given, family, stop = pack.memo("name-words", lambda: (
        index.without("ar-given", (fold(w) for w in ar.NOT_GIVEN_NAMES)),
        index.get("ar-given") | index.get("ar-given-rare"),
        index.get("ar-family"),
        frozenset(fold(w) for w in ar.NAME_STOPWORDS | ar.NAME_END_WORDS | set(ar.NAME_INTRODUCERS)
                  | set(ar.PLURAL_INTRODUCERS) | set(ar.ALIAS_CUES) | set(ar.MILITARY_RANKS) | set(ar.PLACE_KINDS)
                  | set(ar.PLACE_NOUNS) | set(ar.NAMED_AFTER) | set(ar.SPEECH_VERBS)),
    ))
    base = clause.start
    blocked = [(h.start - base, h.end - base) for h in clause.hits]
    blocked += [(d.match.start - base, d.match.end - base) for d in clause.dates]
    blocked += [(n.start - base, n.end - base) for n in clause.names if n.kind != "place"]
    places = [(n.start - base, n.end - base) for n in clause.names if n.kind == "place"]
    return _Reader(clause, given, any_given, family, stop, blocked, places)


def find_people(clause: Clause) -> list[FoundName]:
    """Every personal name of the clause, with its rank and aliases (see the module docstring)."""
    reader = _reader(clause)
    text = clause.text
    tokens = _tokens(text)
    found: list[tuple[int, int, list[list[_Token]], str | None, bool]] = []   # start, end, parts, rank, victim cue

    def add(names: list[list[list[_Token]]], rank: str | None = None, victim_cue: bool = False,
            siblings: bool = False) -> None:
        own_parts = names
        if siblings and len(names) > 1 and len(names[-1]) > 1:
            family = names[-1][-1]
            names = [parts + [family] if len(parts) == 1 else parts for parts in names]
        for own, parts in zip(own_parts, names):
            start, end = own[0][0].start, own[-1][-1].end
            if any(s < end and start < e for s, e, *_ in found):
                continue
            found.append((start, end, parts, rank, victim_cue))

    cues = _introducer_cues(clause, text)
    _quoted_names(reader, text, cues, add)
    _introduced_names(reader, tokens, cues, add)
    numbered = _NUMBERED.match(text) or _NUMBER_BEFORE.search(clause.a.text, 0, clause.start)
    if numbered:
        first = _index_at(tokens, numbered.end() if numbered.re is _NUMBERED else 0)
        add(reader.list_of(tokens, first, weak=False, tolerant=True)[1], victim_cue=True)
    _tweet_signatures(reader, text, add)
    for i in range(len(tokens)):
        if reader.opens_name(tokens, i, weak=True) and not _after_place_word(tokens, i):
            add(reader.list_of(tokens, i, weak=True)[1])
    found.sort(key=lambda f: f[0])
    return _with_aliases(clause, text, tokens, found)


# ------------------------------------------------------------------ where names are introduced

@dataclass(frozen=True)
class _Cue:
    end: int            # where the name may start (offset in the clause text)
    kind: str           # "one", "list", "siblings", "rank", "listed"
    rank: str | None = None


def _introducer_cues(clause: Clause, text: str) -> list[_Cue]:
    base = clause.start
    cues = []
    for name, kind in (("NAME_INTRODUCERS", "one"), ("PLURAL_INTRODUCERS", "list"), ("NAME_LIST_OPENERS", "listed"),
                       ("IDENTIFIED_AS", "one"), ("SPEECH_VERBS", "speaker")):
        for start, end in clause.spans(name):
            word = fold(text[start - base:end - base])
            if _named_after(text, start - base) or re.match(r"\s*[،,.؛]", text[end - base:]) \
                    or any(n.start <= start < n.end for n in clause.names):
                continue   # "جبل الشيخ، جنوب دمشق", "السيدة زينب": a place, not a person
            if kind == "list" and any(fold(s) in word for s in _SIBLINGS):
                kind_ = "siblings"
            elif kind == "one" and any(word.endswith(v) for v in _VICTIM_WORDS):
                kind_ = "victim"
            else:
                kind_ = kind
            cues.append(_Cue(end - base, kind_))
    for start, end in clause.spans("MILITARY_RANKS"):
        rank = text[start - base:end - base]
        if fold(rank).lstrip("وب").startswith(fold("اللواء")) and _is_unit_name(clause, start):
            continue
        cues.append(_Cue(end - base, "rank", _rank_of(rank)))
    return sorted(cues, key=lambda c: c.end)


def _rank_of(matched: str) -> str:
    """The rank as the table writes it, without the proclitics of the text (والعقيد، للعقيد → العقيد)."""
    key = fold(matched)
    return next((rank for rank in sorted(ar.MILITARY_RANKS, key=len, reverse=True)
                 if key.endswith(fold(rank)[2:])), matched)


def _is_unit_name(clause: Clause, start: int) -> bool:
    """اللواء الثامن / اللواء 15: a brigade, not a major general."""
    after = clause.a.text[start:start + 30]
    if re.match(r"[وب]?اللواء\s+(?:\d|[٠-٩]|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر))", after):
        return True
    return any(n.kind == "organization" and n.start <= start < n.end + 2 for n in clause.names)


def _quoted_names(reader: _Reader, text: str, cues: list[_Cue], add) -> None:
    """Names inside quotation marks or brackets: after an introducer, after another quoted name of the
    list, or when the quoted words start with a given name."""
    previous_end = -1
    for m in _QUOTED.finditer(text):
        cue = _cue_before(text, cues, m.start())
        follows_name = previous_end >= 0 and re.fullmatch(r"[\s،,]*و?\s*", text[previous_end:m.start()]) is not None
        content = _tokens(text, m.start(1), m.end(1))
        if not content:
            continue
        introduced = cue is not None and cue.kind != "speaker" or follows_name or _after_alias_cue(text, m.start())
        kind = cue.kind if cue else "one"
        if _is_organization(reader, m.start(1), m.end(1)) or not introduced and _named_after(text, m.start()):
            continue
        end, names = reader.list_of(content, 0, weak=False, quoted=True, single=kind == "siblings")
        if not names and len(content) == 1 and content[0].key in reader.any_given:
            names = [[[content[0]]]]   # "محمد" الحوراني: the name goes on after the quotation mark
        if not names or not introduced and not (
                end == len(content) and any(parts[0][0].key in reader.given or parts[0][0].key in _KUNYA_HEADS
                                            for parts in names)):
            continue   # not introduced: every quoted word must be part of a name, one of them a given name
        names[-1] = _continued_after_quote(reader, text, m.end(), names[-1])
        if len(names[-1]) == 1 and len(names[-1][0]) == 1 and kind != "siblings":
            continue
        add(names, rank=cue.rank if cue else None, victim_cue=kind in ("listed", "victim"), siblings=kind == "siblings")
        previous_end = m.end()


def _cue_before(text: str, cues: list[_Cue], quote_start: int) -> _Cue | None:
    for cue in reversed(cues):
        if cue.end <= quote_start and quote_start - cue.end <= INTRODUCER_REACH:
            between = text[cue.end:quote_start]
            words = [fold(w) for w in between.split()]
            if len(words) <= MAX_WORDS_BEFORE_QUOTE and not re.search(r"[.؛:\n]", between.strip(" :")) \
                    and (not words or words[0] in _PREPOSITIONS or words[0][:1] in "بل"):
                return cue   # الناشط "X"، القيادي في اللواء "X"; not السيدة زينب (صورة ...)
    return None


def _after_alias_cue(text: str, start: int) -> bool:
    words = [fold(w).lstrip("و") for w in re.findall(rf"[{_LETTERS}{_MARKS}]+", text[max(0, start - 20):start])[-2:]]
    return any(w in _ALIAS_CUES or w in ("ب", "بـ", "باسم") and len(words) > 1 and words[0] in _ALIAS_CUES
               for w in words)


def _is_organization(reader: _Reader, start: int, end: int) -> bool:
    return any(s <= start < e or start <= s < end for s, e in reader.blocked)


def _continued_after_quote(reader: _Reader, text: str, after: int, parts: list[list[_Token]]) -> list[list[_Token]]:
    """A name that goes on after the closing mark: "محمد" الحريري."""
    following = _tokens(text, after, min(len(text), after + 40))
    for token in following:
        if len(parts) >= MAX_NAME_PARTS or token.opens or reader.is_stop(token) or reader.is_blocked(token, True):
            break
        if not (token.key.startswith("ال") and token.key in reader.family):
            break
        parts = parts + [[token]]
        if token.pause or token.stop or token.closes:
            break
    return parts


def _introduced_names(reader: _Reader, tokens: list[_Token], cues: list[_Cue], add) -> None:
    """Unquoted names right after an introducer, a rank or a list opener."""
    for cue in cues:
        i = _index_at(tokens, cue.end)
        if i >= len(tokens) or tokens[i].opens:
            continue
        if cue.kind in ("list", "siblings", "listed"):
            if cue.kind == "listed" and not (reader.starts_name(tokens, i)
                                             or reader.is_stop(tokens[i]) and reader.starts_name(tokens, i + 1)):
                continue   # "بينهم أربع سيدات": not a list of names
            _end, names = reader.list_of(tokens, i, weak=False, tolerant=cue.kind == "listed",
                                         single=cue.kind == "siblings")
            add(names, victim_cue=cue.kind in ("listed", "victim"), siblings=cue.kind == "siblings")
        else:
            _end, parts = reader.read(tokens, i, weak=False)
            if parts and (cue.kind != "speaker" or reader.is_attested(parts)):
                add([parts], rank=cue.rank, victim_cue=cue.kind == "victim")


def _index_at(tokens: list[_Token], offset: int) -> int:
    """The first token that starts at or after `offset`."""
    return next((i for i, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _after_place_word(tokens: list[_Token], i: int) -> bool:
    """بلدة أبو حمام، في أبو كمال، مدرسة عمر بن الخطاب: a place or building named like a person."""
    if i == 0:
        return False
    before = tokens[i - 1].key
    if before in _NAMED_AFTER or before[1:] in _NAMED_AFTER and before[0] in "وبل":
        return True
    return tokens[i].key in _KUNYA_HEADS and (before in _PLACE_WORDS or before.lstrip("وب") in _PLACE_WORDS)


def _named_after(text: str, start: int) -> bool:
    """The word before `start` names a place or building (جبل الشيخ، مدرسة الشهيد)."""
    words = re.findall(rf"[{_LETTERS}{_MARKS}]+", text[max(0, start - 20):start])
    key = fold(words[-1]) if words else ""
    return key in _NAMED_AFTER or key[1:] in _NAMED_AFTER and key[:1] in "وبل"


def _tweet_signatures(reader: _Reader, text: str, add) -> None:
    """"— زيد حسن (@handle)": the author of an embedded post."""
    for m in _TWEET_HANDLE.finditer(text):
        line_start = max(text.rfind("—", 0, m.start()), text.rfind("|", 0, m.start()), text.rfind("\n", 0, m.start()))
        tokens = _tokens(text, line_start + 1, m.start())
        if tokens:
            _end, parts = reader.read(tokens, 0, weak=False, quoted=True)
            if parts and parts[-1][-1].end == tokens[-1].end:
                add([parts])


# ------------------------------------------------------------------ aliases

def _with_aliases(clause: Clause, text: str, tokens: list[_Token], found) -> list[FoundName]:
    """Names with the kunya or nickname that follows them ("X المعروف بـ"أبو علي"", "X (أبو علي)") as an alias."""
    out: list[FoundName] = []
    dropped: set[int] = set()
    for n, (start, end, parts, rank, victim_cue) in enumerate(found):
        if n in dropped:
            continue
        aliases = [f"{rank} {_surface(text, parts)}"] if rank else []
        for m, (a_start, a_end, a_parts, _r, _l) in enumerate(found[n + 1:], start=n + 1):
            between = text[end:a_start]
            if len(between) > 25 or not _is_alias_link(between):
                break
            aliases.append(_surface(text, a_parts))
            dropped.add(m)
            break
        out.append(FoundName(clause.start + start, clause.start + end, _surface(text, parts), rank, tuple(aliases),
                             victim_cue))
    return out


def _is_alias_link(between: str) -> bool:
    """The words between a name and its alias: a cue (المعروف بـ، الملقب) or an opening bracket."""
    stripped = re.sub(r"[\s\"“”«»'‘’،,]", " ", between).strip()
    if stripped in ("(", ""):
        return "(" in between
    words = [fold(w).lstrip("و") for w in stripped.replace("ـ", " ").split()]
    return bool(words) and words[0] in _ALIAS_CUES and all(w in _ALIAS_CUES or w in ("ب", "باسم") for w in words)


def _surface(text: str, parts: list[list[_Token]]) -> str:
    """The name as written, one space between words, without quotation marks."""
    return " ".join(token.word for part in parts for token in part)


def person_spans(text: str, pack: "LanguagePack") -> list[tuple[int, int]]:
    """Spans of personal names after a kunya or an introducer (أبو، يدعى، المدعو), found before the analysis
    (places matched inside them are dropped)."""
    spans = []
    for m in re.finditer(r"(?<!\w)(?:أبو|ابو|يدعى|المدعو|المدعوة|الملقب)\s+", text):
        start = m.start() if m.group(0).startswith(("أبو", "ابو")) else m.end()
        words = re.match(rf"(?:[{_LETTERS}]+\s*){{1,3}}", text[start:])
        if words and len(words.group(0).split()) >= 2:
            spans.append((start, start + len(words.group(0).rstrip())))
    return spans
