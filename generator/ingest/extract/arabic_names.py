"""An Arabic personal name as a chain of parts: the words of a clause and the reader that decides where
a name starts and ends (`arabic_people.py` decides where names are).

A name has up to four parts: a given name, the father's and grandfather's names, a family name (often
with ال, or a nisba such as الأردني); compound parts count once (عبد الرحمن، نور الدين، أبو علي، بن علي)
and a kunya takes one more part at most. A part is checked against the shipped index of attested
name words (`generator/data/person_names.tsv`) where no word before the name introduces one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import ar
from ..normalise import fold
from .arabic_lists import described
from .arabic_name_words import (ALEF_MAQSURA_STOPS, FAMILY_OF, GivenNames, INTRODUCERS, JOIN_NEXT, JOIN_PREVIOUS,
                                 KUNYA_HEADS, LIST_ALSO, MOTHER_HEADS, NAMES_NOUN, NOT_GIVEN, OPENING_HEADS,
                                 PEOPLE_PLURALS, SHORT_FAMILY_ENDINGS, SHORT_NAMES, TITLE_FAMILY, ends_phrase,
                                 hamza_lam, heads_compound, is_dual_relative, is_family, is_relative, on_behalf,
                                 strip_and, unnamed_relatives)
from .arabic_tokens import Token, adverb_after
from .model import Clause

# Parts of a name at most: given name, father, grandfather, family (a compound part counts once).
MAX_NAME_PARTS = 4
# Inside quotation marks, which delimit the name, one more: the great-grandfather or a second family name
# ("الطفل "X Y Z W العمر"").
MAX_QUOTED_NAME_PARTS = 5
# A kunya takes one more part at most, its nisba or family name (أبو محمد الحلبي).
MAX_KUNYA_PARTS = 2
_ARTICLE_CLITIC = ("بال", "لل", "وال", "فال", "كال", "وبال", "ولل")
_AFTER_NAME = frozenset(fold(w) for w in ar.AFTER_NAME_WORDS)
_NOT_FAMILY = frozenset(fold(w) for w in ar.NOT_FAMILY_NAMES)
FATHER_OF = frozenset(fold(w) for w in ar.FATHER_OF)
# The day between an event word and the name it governs ("اغتالوا اليوم X").
_DAY_WORDS = frozenset(fold(w) for w in ar.TODAY + ar.YESTERDAY if " " not in w)


@dataclass
class NameReader:
    """Reads names in one clause: the words it checks against, and the spans a name may not cross."""

    clause: Clause
    given: GivenNames               # attested given names less everyday words: they open a name
    any_given: GivenNames
    family: frozenset[str]
    stop: frozenset[str]
    blocked: list[tuple[int, int]] = field(default_factory=list)    # trigger words, organizations, dates
    places: list[tuple[int, int]] = field(default_factory=list)

    def is_blocked(self, token: Token, weak: bool) -> bool:
        spans = self.blocked + self.places if weak else self.blocked
        return any(s < token.end and token.start < e for s, e in spans)

    def _hit_spans(self) -> list[tuple[int, int]]:
        """The spans of the clause's event words (قتل، أصيب), in the clause's text."""
        base = self.clause.start
        return [(h.start - base, h.end - base) for h in self.clause.hits]

    def _after_act(self, tokens: list[Token], i: int) -> bool:
        """An event word stands before tokens[i] in its phrase, no comma or full stop between."""
        last = max((e for _s, e in self._hit_spans() if e <= tokens[i].start), default=None)
        return last is not None and not any(t.pause or t.stop for t in tokens[:i] if t.start >= last)

    def is_stop(self, token: Token) -> bool:
        if token.key not in self.stop:
            return False
        return not (token.word.endswith("ي") and token.key in ALEF_MAQSURA_STOPS)   # علي, not على

    def led_by_article(self, token: Token) -> bool:
        """A word that opens on the article (الحسن، آل): a family name, never a name's first word; not a given name
        written with a hamza that folds to look so (إلياس → الياس)."""
        return token.key.startswith("ال") and not (hamza_lam(token) and token.key in self.any_given)

    def opens_name(self, tokens: list[Token], i: int, weak: bool) -> bool:
        key = tokens[i].key
        if self.led_by_article(tokens[i]) or self.is_stop(tokens[i]) or len(key) < 2 or is_relative(key) \
                or on_behalf(tokens, i):
            return False   # (آل folds to ال: a family name's head, never a name's first word; صديقه is "his friend")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if key == NAMES_NOUN and nxt is not None and nxt.key in PEOPLE_PLURALS:
            return False   # "أسماء العناصر القتلى": the names of the members
        if key in OPENING_HEADS:
            return nxt is not None and not nxt.opens and not self.is_stop(nxt)
        if nxt is not None and nxt.key in JOIN_PREVIOUS:
            return True
        if weak and key in self.any_given and (self._chain_follows(tokens, i, everyday=key in NOT_GIVEN) or nxt is not None
                                               and not tokens[i].pause and self._aged_family(nxt)):
            return True   # (or a family name and an age follow it: "أن عايش الخلف البالغ من العمر 50 عاماً")
        return key in (self.given if weak else self.any_given) and (len(key) > 2 or key in SHORT_NAMES or not weak)

    def _chain_follows(self, tokens: list[Token], i: int, everyday: bool) -> bool:
        """"كما قُتل في الانفجار جمعة حسين الخضر": a given name that is also an everyday word (جمعة Friday, عيد a
        feast) opens a name with no word before it to introduce one when a father's name (an attested given name
        that is no everyday word, or any before a family name with ال: "اغتالوا اليوم جهاد سلطان العبد") and a family or
        grandfather's name follow it, with no punctuation between, and it follows an event word and its day (a rare
        given name too: "قُتل سلطان عبيد الحمادي") or, for an everyday word, a comma (a list of names): "قوات نظام بشار
        الأسد" names no نظام, "، فإن عدي سالم" no فإن."""
        if i == 0 or i + 2 >= len(tokens) or any(t.pause or t.stop or t.closes for t in tokens[i:i + 2]):
            return False
        # right after an event word (and its day: "اغتالوا اليوم X"), or a comma of a list for an everyday word
        before = tokens[i - 2] if i > 1 and tokens[i - 1].key in _DAY_WORDS else tokens[i - 1]   # (not قوات نظام)
        if not (everyday and before.pause or any(s <= before.start and before.end <= e for s, e in self._hit_spans())):
            return False
        if self.clause.pack.cue("ERA_BEFORE").search(self.clause.text, 0, tokens[i + 1].start):
            return False   # "جراء قصف نظام بشار الأسد": the regime of X, no نظام
        father, last = tokens[i + 1], tokens[i + 2]
        return (father.key in self.given and (last.key in self.family or last.key in self.given)
                or father.key in self.any_given and last.key.startswith("ال") and last.key in self.family) \
            and not self.is_stop(father) and not self.is_stop(last)

    def starts_name(self, tokens: list[Token], i: int) -> bool:
        """After a list opener: a given name (or a kunya, عبد ...)."""
        return i < len(tokens) and self.opens_name(tokens, i, weak=False)

    def read(self, tokens: list[Token], i: int, weak: bool, quoted: bool = False,
             single: bool = False, one: bool = False) -> tuple[int, list[list[Token]]]:
        """The parts of the name starting at tokens[i] and the index after it ([] when none). A `single`
        given name is a name too (a brother in "الشقيقان أحمد ومحمد الحسن"). After a word that introduces `one`
        person, an attested given name that opens with و is the father's, not "and" and the next name ("اليافع X
        وسام Y")."""
        parts: list[list[Token]] = []
        j = i
        while j < len(tokens) and len(parts) < (MAX_KUNYA_PARTS if parts and parts[0][0].key in KUNYA_HEADS
                                                else MAX_QUOTED_NAME_PARTS if quoted else MAX_NAME_PARTS):
            token = tokens[j]
            key = token.key
            if len(key) < 3 and key not in JOIN_NEXT and key not in SHORT_NAMES \
                    and not (parts and key in SHORT_FAMILY_ENDINGS) and not heads_compound(tokens, j) \
                    or key.startswith(_ARTICLE_CLITIC) \
                    or token.word.endswith("\u0640"):
                break   # "أمـ.ـنياً": a word cut by a dot between tatweels (written so to pass filters) is no name part
            if parts and self.any_given.glued_kunya(key):
                parts.append([token])   # "سامر الأمين أبوزيد": a kunya family name written as one word ends the name
                j += 1
                break
            if parts and is_family(parts[-1], len(parts)) and key not in JOIN_NEXT and (adverb_after(tokens, j) or not (
                    key.startswith("ال") and (key in self.family or token.word.endswith("ي")
                                              or not weak and len(parts) > 1 and (ends_phrase(tokens, j)
                                                                                  or self._family_ends_after(tokens, j))
                                              or len(parts) > 1 and self.aged_at(token)))):
                break   # a family name ends a name: "العقيد ضرار الدندل فتح تحقيقاً"، "وزير الدفاع X أبو Y الهجوم";
                # a word before an adverb after it is the name's participle: "X Y الجاسم العائد حديثاً من"
                # after an introducer, a second family name that ends the phrase is the name's: "الشاب X Y العواد الزغير،"
            if len(parts) > 1 and self.is_stop(token) and key in self.family and not token.pause \
                    and j + 1 < len(tokens) and tokens[j + 1].key in self.any_given and not self.is_stop(tokens[j + 1]) \
                    and not self.is_blocked(tokens[j + 1], False) \
                    and (ends_phrase(tokens, j + 1) or key in TITLE_FAMILY and not self._name_word(tokens, j + 2)):
                parts.append([token, tokens[j + 1]])   # "عمر محمد الحاج حسين،": a family name a title heads
                j += 2
                break
            if self.is_stop(token) and not (parts and key in self.family and (
                    ends_phrase(tokens, j) or len(parts) > 1 and key in TITLE_FAMILY and not self._name_word(tokens, j + 1))):
                break   # a title that is also a family name ends a name: "أحمد الحاج (@..."
            if parts and key[:1] in "وفبل" and key[1:] in self.stop:
                break   # "بريف": a preposition on a place word
            if parts and is_relative(key) and key not in self.any_given and key not in self.family:
                break   # "قتل X Y طليقته": a relation word with a pronoun is the person's relative, no name part
            if key[:2] in ("لا", "با") and key not in self.any_given and key not in self.family \
                    and not (parts and not weak and (ends_phrase(tokens, j) or self._father_after(tokens, j + 1))):
                break   # "لإطلاق": a preposition on a noun, not a family name; "العقيد X باكير،": a family name
            if parts and key[:1] == "ل" and key not in self.any_given and key not in self.family \
                    and (weak or not quoted and key.startswith(("لت", "ليت")) and len(key) >= 4):
                # "سيارة عائدة لقوات": without an introducer, "ل" on a word the index lacks is "for", no name part;
                # after one, "ل" on an imperfect verb is "to" ("الشاب رامي لتفحص آثار القصف"، "ليتم إسعافه"; not
                # the Kurdish names ليفين، ليزان)
                break
            if parts and (token.opens or self.is_blocked(token, weak)) or not parts and self.is_blocked(token, True):
                break
            if parts and key.startswith("و") and (key[1:] in self.any_given or key[1:] in JOIN_NEXT
                                                  or key not in self.any_given | self.family) \
                    and not (one and key in self.any_given and key[1:] not in JOIN_NEXT):
                break   # "ومعتصم": the next name; "وشقيقه": not a name
            if not parts and not quoted and (self.led_by_article(token) or key[0] in "وفبل" and key not in self.any_given
                                             or is_relative(key) or on_behalf(tokens, j)):
                break   # "وأضرموا", "لتلقي", "ابنها", "المتحدث باسمه": not the first word of a name
            if weak and parts and not self._continues(tokens, j, len(parts)) or len(parts) >= 2 and self.verb_like(token):
                break
            part = [token]
            while part[-1].key in JOIN_NEXT and not (part[-1].pause or part[-1].closes) \
                    and j + len(part) < len(tokens):
                nxt = tokens[j + len(part)]
                if nxt.opens or self.is_stop(nxt) or len(nxt.key) < 2 or self.is_blocked(nxt, False) \
                        or is_relative(nxt.key[1:] if nxt.key[:1] == "و" else nxt.key):
                    break   # "هما أم وابنها": a mother and her son, no kunya
                part.append(nxt)
            if part[-1].key in JOIN_NEXT:
                break
            while j + len(part) < len(tokens) and tokens[j + len(part)].key in JOIN_PREVIOUS \
                    and not part[-1].pause and not part[-1].closes:
                part.append(tokens[j + len(part)])
            parts.append(part)
            j += len(part)
            last = part[-1]
            if last.pause or last.stop or last.closes or last.key in SHORT_FAMILY_ENDINGS:
                break   # ... or "بك", which ends the family name it closes
        if not self._is_name(parts, quoted, weak) and not (single and len(parts) == 1 and (
                parts[0][0].key in self.any_given or quoted or self.aged_at(parts[0][-1]))) and not self._aged(parts):
            return i, []   # ('كاسر وياسر وهالة الخطيب': the marks delimit names; "الطفلتين X (11 عاماً)": an age too)
        return j, parts

    def _family_ends_after(self, tokens: list[Token], j: int) -> bool:
        """An attested family name with ال that ends the phrase right after tokens[j], itself a word with ال the index
        lacks: the clan between two family names ("أحمد الإبراهيم السطام الفياض")."""
        return j + 1 < len(tokens) and not tokens[j].pause and not tokens[j].stop \
            and tokens[j + 1].key.startswith("ال") and tokens[j + 1].key in self.family and ends_phrase(tokens, j + 1) \
            and not tokens[j + 1].word.endswith("ي")   # "محمد الخطيب المهجر الحمصي": a description and a nisba

    def _aged(self, parts: list[list[Token]]) -> bool:
        """Two or more parts followed by an age ("ومنيرة جدوع (33 عاماً)"): a person, whatever the index knows."""
        return len(parts) > 1 and self.aged_at(parts[-1][-1])

    def _aged_family(self, token: Token) -> bool:
        """An attested family name with its article, an age right after it ("الخلف البالغ من العمر 50 عاماً")."""
        return token.key.startswith("ال") and bool({token.key, token.key[2:]} & self.family) and self.aged_at(token)

    def aged_at(self, token: Token) -> bool:
        """An age right after the word ("الزوين (29 عاماً)"): the word ends a person's name. (The cue is anchored with
        ^, which `match(text, pos)` would only find at the text's start: it is matched on the text after the word.)"""
        return bool(self.clause.pack.cue("AGE_AFTER").match(self.clause.text[token.end:token.end + 40]))

    def kunya_at(self, token: Token) -> bool:
        """A quoted kunya right after the word ("الشحادات "أبو الليث""): the word ends a person's name."""
        return bool(self.clause.pack.cue("KUNYA_AFTER").match(self.clause.text[token.end:token.end + 20]))

    def _before_their_verb(self, tokens: list[Token], i: int) -> tuple[int, list[list[Token]]]:
        """The last item of a list of names, two words the index lacks before the verb of two or more people the list
        is the subject of ("X وروجين بكر فقدا حياتهما"، "X وكاوا حسو قُتلا"): a name."""
        if i + 2 >= len(tokens) or tokens[i].pause or tokens[i].stop or tokens[i].opens or tokens[i + 1].opens:
            return i, []
        first, second, verb = tokens[i:i + 3]
        if any(len(t.key) < 3 or self.is_stop(t) or t.key.startswith("ال") or self.is_blocked(t, True)
               for t in (first, second)) or second.pause or second.stop or not self._plural_verb(verb):
            return i, []
        return i + 2, [[first], [second]]

    def _between_names(self, tokens: list[Token], i: int, weak: bool) -> tuple[int, list[list[Token]]]:
        """An item of a list of names, two words the index lacks between "و" and the next name of the list ("X وY Z وسامر
        الحلبي", Y and Z unknown to it): a name, as the items around it are."""
        if i + 2 >= len(tokens) or not tokens[i + 2].key.startswith("و"):
            return i, []
        first, second = tokens[i:i + 2]
        if any(len(t.key) < 3 or self.is_stop(t) or t.key.startswith("ال") or self.is_blocked(t, True) or t.opens
               or t.closes for t in (first, second)) or first.pause or first.stop or second.pause or second.stop:
            return i, []
        rest = tokens[:i + 2] + [strip_and(tokens[i + 2])] + tokens[i + 3:]
        if not self.starts_name(rest, i + 2) or not self.read(rest, i + 2, weak)[1]:
            return i, []
        return i + 2, [[first], [second]]

    def _plural_verb(self, token: Token) -> bool:
        """A past verb of two or more people (قتلا، فقدا، أصيبوا), not a name part."""
        key = token.key.lstrip("و")
        return key not in self.any_given and key not in self.family and len(key) >= 4 and key.endswith(("ا", "وا")) \
            and not key.startswith("ال")

    def is_attested(self, parts: list[list[Token]]) -> bool:
        """A name whose given name or family name the index knows ("قال يمان الحسين"), not "قال شهود عيان" nor
        a word that is rarely a name ("قالت قوى الأمن الداخلي")."""
        first, last = parts[0][0].key, parts[-1][-1].key
        return first in self.any_given and first not in NOT_GIVEN or len(parts[0]) > 1 \
            or last.startswith("ال") and last in self.family

    def _name_word(self, tokens: list[Token], j: int) -> bool:
        """tokens[j] may go on with a name: no stop word (أمام), and an attested given or family name or a word no
        index knows that opens on no clitic (برصاص، وجاسم)."""
        if j >= len(tokens) or self.is_stop(tokens[j]) or tokens[j].opens:
            return False
        key = tokens[j].key
        return key in self.any_given or key in self.family or key[:1] not in "وفبل" and key[1:] not in self.stop

    def verb_like(self, token: Token) -> bool:
        """A past verb of two or more people after a name ("X وY تعرضا", "قاموا"), not a family name."""
        key = token.key
        return key not in self.any_given and key not in self.family and (
            key.endswith("وا") and len(key) > 3 or key.endswith("ا") and len(key) > 4)

    def _continues(self, tokens: list[Token], j: int, read: int) -> bool:
        """Without a word that introduces a name, a later part must be attested, or end the phrase; a family name
        with ال may also stand after two parts before a word that ends a name or a conjunction ("وزير الداخلية محمد
        خالد الرحمون مدينة ...") or a comma ("العنصر X Y Z، في بلدة"); after one, right after the act before a comma
        ("اغتالت مجموعة مسلحة X Y، وابنه") or before what follows a name: where the act happened to the person or
        what they said ("اغتال مسلحون X Y في"، "أكد X Y أن"); never a time, an adjective or a direction (الليلة،
        الجديد، الشمالية)."""
        token = tokens[j]
        key = token.key
        if key in self.any_given or key in self.family or key in JOIN_NEXT:
            return True
        if key.startswith("ال") and token.word.endswith("ي") and len(key) > 4:
            return True   # a nisba: الخراساني، الأردني
        if key.startswith("ال"):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if read >= 2 and (self.aged_at(token) or self.kunya_at(token)) or self._aged_family(token):
                return True   # "محمود حسين العلي الخلف (29 عاماً)", "X Y الشحادات "أبو الليث"": an age or a kunya
                # ends the name it follows
            if token.pause and not token.stop and len(key) > 4 and key not in _NOT_FAMILY \
                    and (read >= 2 or self._after_act(tokens, j - 1)):
                return True
            if nxt is None or len(key) <= 4 or ends_phrase(tokens, j):
                return False
            if read == 1 and any(s <= nxt.start < e for s, e in self._hit_spans()):
                return True   # "بأن عبدالمحسن الراشد قتل": the name is the subject of the casualty verb after it
            if read == 1 and nxt.key in _AFTER_NAME and key not in _NOT_FAMILY:
                return True   # "اغتال مسلحون X Y في بلدة Z"، "أكد رئيس المجلس X Y أن": what follows the name
            if read == 1 and nxt.key[:1] == "و" and is_relative(nxt.key[1:]) and key not in _NOT_FAMILY \
                    and self._after_act(tokens, j - 1):
                return True   # "أسفر عن مقتل X Y وشقيقه Z": the person a relative's word follows, right after the act
            return read >= 2 and (self.is_stop(nxt) or self.is_blocked(nxt, True) or nxt.key.startswith("و"))
        return ends_phrase(tokens, j)

    def _father_after(self, tokens: list[Token], j: int) -> bool:
        """"بن"/"ابن"/"بنت" and a given name at tokens[j] ("أحمد غالب بايقال ابن محمد"): the chain goes on with the
        father, so the word before is a name part."""
        return j + 1 < len(tokens) and tokens[j].key in FATHER_OF and tokens[j + 1].key in self.any_given

    def _is_name(self, parts: list[list[Token]], quoted: bool, weak: bool) -> bool:
        if not parts:
            return False
        first = parts[0][0].key
        if len(parts) == 1:
            return first in KUNYA_HEADS and len(parts[0]) == 2 \
                and (first not in MOTHER_HEADS or quoted or parts[0][1].key in self.any_given)
        if quoted or weak:
            return True
        second, last = parts[1][0].key, parts[-1][-1]
        return first in self.any_given or first in JOIN_NEXT or len(parts[0]) > 1 \
            or second in self.any_given or second in self.family \
            or len(parts) in (2, 3) and all(part[0].key.startswith("ال") for part in parts[1:]) \
            and (last.pause or last.stop)   # "بالمطران X الحناة،"، "الشيخ X الشتات اللافي،": family names and nisbas

    def list_of(self, tokens: list[Token], i: int, weak: bool, quoted: bool = False,
                tolerant: bool = False, single: bool = False) -> tuple[int, list[list[list[Token]]]]:
        """Names separated by `،` or `و` starting at tokens[i]. A tolerant list lets each item carry an
        introducer before the name and a description after it ("الطفل X من قرية Y، Z")."""
        names: list[list[list[Token]]] = []
        paired = False   # the item right after a dual relation word's first name: وأحمد of "X ونجلاه محمد وأحمد"
        while i < len(tokens):
            if tolerant and tokens[i].key in INTRODUCERS and not tokens[i].pause and i + 1 < len(tokens):
                i += 1   # "الطفل X": the introducer of one item
            token = tokens[i]
            if names and token.key.startswith("و") and len(token.key) > 2 and not token.key.startswith("ال") \
                    and (token.key not in self.any_given or token.key[1:] in self.any_given):
                tokens = tokens[:i] + [strip_and(token)] + tokens[i + 1:]
            if names and unnamed_relatives(tokens[i].key) and tokens[i].pause and i + 1 < len(tokens):
                i += 1   # "X وأولاده، وY": the relatives of the last name are unnamed, the list goes on
                continue
            also = next((len(words) for words in LIST_ALSO if names and names[-1][-1][-1].pause
                         and tuple(t.key for t in tokens[i:i + len(words)]) == words), 0)
            if also and i + also < len(tokens) and not tokens[i + also - 1].pause:
                i += also   # "X، بالإضافة إلى Y": the list goes on with Y
            if names and tokens[i].key in FAMILY_OF and i + 1 < len(tokens) and not tokens[i].pause:
                i += 1   # "X، وعائلة Y": Y, the head of the family, is the one named
            relative = bool(names) and is_relative(tokens[i].key) and i + 1 < len(tokens) and not tokens[i].pause
            if relative:
                i += 1   # "X وطفلها أحمد": the name after the relation word, a given name alone or more
            end, parts = self.read(tokens, i, weak, quoted, single or relative or paired)
            paired = relative and is_dual_relative(tokens[i - 1].key)
            if weak and parts and names and names[-1][-1][-1].pause and not (token.key.startswith("و") or also) \
                    and not relative and not parts[-1][-1].key.startswith("ال") and not self.opens_name(tokens, i, True):
                break   # "X، علّق عبر": without an introducer, an item after a comma alone opens with an attested name
                # or ends with a word with ال
            if weak and names and names[-1][-1][-1].pause and described(self, tokens, i, parts):
                break   # "X، ناشط إعلامي، من": the words after a name and a comma describe it
            if not parts and names and not relative:
                end, parts = self._before_their_verb(tokens, i)
            if not parts and names and tolerant and not relative:
                end, parts = self._between_names(tokens, i, weak)
            if not parts:
                break
            names.append(parts)
            i = end
            last = parts[-1][-1]
            if tolerant and not (last.pause or last.stop) and not (i < len(tokens) and tokens[i].key.startswith("و")):
                skipped = next((k for k in range(i, min(len(tokens), i + 6)) if tokens[k].pause or tokens[k].stop
                                or k > i and tokens[k - 1].closes and tokens[k].key.startswith("و")), None)
                if skipped is None or tokens[skipped].stop and not tokens[skipped].key.startswith("و"):
                    break
                if not tokens[skipped].pause and not tokens[skipped].stop:
                    i = skipped   # "X (38 عاماً) وY": the next item after the description in brackets
                    continue
                i, last = skipped + 1, tokens[skipped]
                continue
            if last.stop or (last.closes and not quoted):
                break
            if not last.pause and not (i < len(tokens) and tokens[i].key.startswith("و")):
                break
        return i, names

