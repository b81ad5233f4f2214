"""Arabic-aware search folding, shared by the index (Python) and the query (JavaScript).

Search would otherwise treat `البصرة`, `بصره` and `والبصرة` as three different
words, and `عبدالرحمن` and `عبد الرحمن` as unrelated. Both sides fold text
the same way:

1. characters: diacritics and tatweel removed; أ إ آ ٱ → ا; ة → ه; ى → ي;
   ؤ → و; ئ → ي; Arabic-Indic digits → Western digits; Latin lowercased and
   accents and apostrophes removed;
2. clitics: every Arabic word also yields the forms without the attached
   conjunction (و ف), preposition (ب ل ك) and article (ال, and ل+ال written لل),
   as long as at least `MIN_STEM` letters remain;
3. compounds: a name written fused (عبدالرحمن) also yields its two words, and
   two words written apart (عبد الرحمن) also yield the fused one
   (`textfold.COMPOUND_HEADS`).

The index (`index_text`) holds every form of every word. A query word becomes
one term (`query_terms`), its shortest form, which every form of the word in
the index shares; the search requires every term and matches it as a prefix.
The tables live in `generator/textfold.py`; `javascript()` emits the same
algorithm with the same tables for the browser, and the tests run both on the
same words.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata

from generator import textfold

# One character table for both languages of the site (Python and JavaScript): the Arabic
# letters and digits of `generator/textfold.py`, and the Latin ayn, hamza and apostrophe signs.
CHAR_MAP: dict[str, str] = {
    **textfold.LETTER_MAP,
    "ʿ": "", "ʾ": "", "'": "", "’": "", "‘": "", "`": "",
    **textfold.DIGITS,
}
# Removed everywhere: Arabic diacritics, Quranic marks and tatweel.
REMOVE = "[" + textfold.DIACRITIC_RANGES + textfold.TATWEEL + "]"
CONJUNCTIONS = textfold.CONJUNCTIONS
PREPOSITIONS = textfold.PREPOSITIONS
ARTICLES = (textfold.ARTICLE,)
COMPOUND_HEADS = textfold.COMPOUND_HEADS
MIN_STEM = 3
WORD = r"[0-9a-z\u0621-\u064a\u0660-\u0669\u06f0-\u06f9\u0671-\u06d3]+"

_remove = re.compile(REMOVE)
_word = re.compile(WORD)
_arabic_letter = re.compile(r"[\u0621-\u064a]")
_table = str.maketrans(CHAR_MAP)


def fold(text: str) -> str:
    """Character folding: the same string for every spelling variant of a word."""
    text = _remove.sub("", text)
    text = text.translate(_table).lower()
    # Latin accents (é → e); Arabic letters are unaffected since hamza forms were mapped above.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def forms(word: str) -> list[str]:
    """A folded word and its forms without attached clitics, longest first."""
    return list(_forms(word))


@functools.lru_cache(maxsize=1 << 16)  # names and places recur on thousands of pages: fold each word once
def _forms(word: str) -> tuple[str, ...]:
    out = [word]
    if not _arabic_letter.match(word):
        return (word,)
    for conj in ("", *CONJUNCTIONS):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        candidates = [rest]
        if rest.startswith("لل") and len(rest) - 2 >= MIN_STEM:
            candidates.append(rest[2:])  # لل = ل + ال
        for prep in PREPOSITIONS:
            if rest.startswith(prep):
                candidates.append(rest[len(prep):])
        for candidate in list(candidates):
            for article in ARTICLES:
                if candidate.startswith(article):
                    candidates.append(candidate[len(article):])
        for candidate in candidates:
            if len(candidate) >= MIN_STEM and candidate not in out:
                out.append(candidate)
    return tuple(out)


def words(text: str) -> list[str]:
    return _word.findall(fold(text))


def compounds(tokens: list[str]) -> list[str]:
    """The other spellings of the compound names among folded words: fused ones split, split ones fused."""
    out = []
    for i, word in enumerate(tokens):
        for form in _forms(word):
            for head in COMPOUND_HEADS:
                rest = form[len(head):]
                if form.startswith(head) and rest.startswith(textfold.ARTICLE) and len(rest) > len(textfold.ARTICLE) + 1:
                    out += [head, rest]
        if word in COMPOUND_HEADS and i + 1 < len(tokens) and tokens[i + 1].startswith(textfold.ARTICLE):
            out.append(word + tokens[i + 1])
    return out


def index_text(text: str) -> str:
    """What the index holds for a text: every form of every word and of its compounds, each once."""
    tokens = words(text)
    seen: dict[str, None] = {}
    for word in tokens + compounds(tokens):
        for form in _forms(word):
            seen.setdefault(form, None)
    return " ".join(seen)


def query_terms(query: str) -> list[str]:
    """The terms a query searches for: the shortest form of each word, each once."""
    return list(dict.fromkeys(min(forms(word), key=len) for word in words(query)))


def javascript() -> str:
    """The browser side (`assets/javascripts/kb-fold.js`): the same tables and algorithm as `kbFold`.

    The search worker (site-overrides/assets/javascripts/kb-search-worker.js) loads it to turn a
    query into `queryTerms` and to mark the words of a result that a term matched.
    """
    data = {
        "charMap": CHAR_MAP, "remove": REMOVE, "word": WORD, "conjunctions": CONJUNCTIONS,
        "prepositions": PREPOSITIONS, "articles": ARTICLES, "minStem": MIN_STEM,
    }
    return "/* Generated by generator/pages/searchnorm.py: do not edit. */\n" + _JS.replace(
        "__DATA__", json.dumps(data, ensure_ascii=False))


_JS = r"""(function (scope) {
  "use strict";
  var T = __DATA__;
  var remove = new RegExp(T.remove, "g");
  var word = new RegExp(T.word, "g");
  function fold(text) {
    text = text.replace(remove, "");
    var out = "";
    for (var ch of text) { out += Object.prototype.hasOwnProperty.call(T.charMap, ch) ? T.charMap[ch] : ch; }
    return out.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "");
  }
  function forms(w) {
    var out = [w];
    if (!/^[\u0621-\u064a]/.test(w)) return out;
    var conjs = [""].concat(T.conjunctions);
    for (var c of conjs) {
      if (c && !w.startsWith(c)) continue;
      var rest = w.slice(c.length);
      var cands = [rest];
      if (rest.startsWith("\u0644\u0644") && rest.length - 2 >= T.minStem) cands.push(rest.slice(2));
      for (var p of T.prepositions) { if (rest.startsWith(p)) cands.push(rest.slice(p.length)); }
      var base = cands.slice();
      for (var b of base) { for (var a of T.articles) { if (b.startsWith(a)) cands.push(b.slice(a.length)); } }
      for (var x of cands) { if (x.length >= T.minStem && out.indexOf(x) < 0) out.push(x); }
    }
    return out;
  }
  function words(text) { return fold(text).match(word) || []; }
  function queryTerms(query) {
    var out = [];
    for (var w of words(query)) {
      var shortest = forms(w).reduce(function (a, b) { return b.length < a.length ? b : a; });
      if (out.indexOf(shortest) < 0) out.push(shortest);
    }
    return out;
  }
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function matches(text, terms) {
    return words(text).some(function (w) {
      return forms(w).some(function (f) { return terms.some(function (t) { return f.startsWith(t); }); });
    });
  }
  // The text as HTML, each word that a term matches (as the search does: a prefix of one of its forms)
  // in <mark>; two words that a term matches written together (عبد الرحمن for عبدالرحمن) both.
  function mark(text, terms) {
    var parts = text.split(/(\s+)/);
    var hit = parts.map(function (part) { return matches(part, terms); });
    for (var i = 0; i + 2 < parts.length; i += 2) {
      if (!hit[i] && !hit[i + 2] && matches(parts[i] + parts[i + 2], terms)) { hit[i] = hit[i + 2] = true; }
    }
    return parts.map(function (part, j) { return hit[j] ? "<mark>" + escape(part) + "</mark>" : escape(part); }).join("");
  }
  scope.kbFold = { fold: fold, forms: forms, words: words, queryTerms: queryTerms, mark: mark };
})(self);
"""
