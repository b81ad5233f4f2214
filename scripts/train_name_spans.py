"""Train where an Arabic name ends on the dev golds' `persons` lists, and measure it held out (issue 11).

One command, from the repository root, after `pip install -e '.[test]'` (scikit-learn and wordfreq are
development extras, never imported by the generator):

    .venv/bin/python scripts/train_name_spans.py

The decision: the chain reader (`arabic_names.NameReader.read`) takes a name's parts by rules; `decided_chain`
then asks a `NameEnds` model of each part the rules took after the first, and of one part after the rules'
name (when the rules read two parts or more), whether it belongs; the name ends before the first part
refused. The script puts it behind the reader with `reading_with` (a patch of `NameReader.read`): measured
leave-one-collection-out it did not hold out (docs/extraction.md, "Session 11: learned name spans"), so
the extractor has no such step, and this script is the measure, to be run again when the chain reader, the
name index or the corpus change.

Labels: every dev article is extracted with a `Recorder` behind the reader, which lets the rules decide
and records each decision `decided_chain` asks about. The gold labels it: when the name so far is
the start of one of the article's gold persons' names (folded as the scorer folds, `name_keys`, aliases
included), the part belongs if the name with it still is; a chain that starts no gold name is not
labelled.

Model: a logistic regression on standardised features (`FEATURES`; language-neutral: the name index, the
article, a particle, punctuation, lexicon words, the word's frequency in Arabic text, the rules' own
decision; never a word of an article or person), L2, C = `REGULARISATION`, threshold 0.5; its weights turned
back to the raw features. The first 22 features were fixed before any figure was seen; after the first
measure (docs/extraction.md, "Session 11: learned name spans", which gives each round's figures) the word
after the rules' name was asked only of names of two parts or more, and `and_word`, `relative` (round 2),
`zipf` and `common_word` (round 3, wordfreq's Arabic frequencies) were added, and a word of under two
letters is never a candidate.

Measure: leave-one-collection-out over the dev collections (`dev_folds.COLLECTIONS`): train on all but
one, extract the held-out one's dev articles with the model, and score persons in the article and named
victims with `kb eval`'s scorer, against the rules alone.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wordfreq import zipf_frequency  # noqa: E402

from generator.ingest.evaluation.gold import GoldArticle, fold_name, name_keys  # noqa: E402
from generator.ingest.evaluation.run import CorpusItem, prediction  # noqa: E402
from generator.ingest.extract import default_options, extract  # noqa: E402
from generator.ingest.extract.arabic_names import (  # noqa: E402
    JOIN_NEXT,
    KUNYA_HEADS,
    MAX_KUNYA_PARTS,
    MAX_NAME_PARTS,
    MAX_QUOTED_NAME_PARTS,
    NameReader,
    Token,
    is_relative,
)
from scripts.dev_folds import (  # noqa: E402
    COLLECTIONS,
    collection_of,
    corpus_argument,
    dev_items,
    logistic_fit,
    persons_held_out,
    weights_line,
)

REGULARISATION = 1.0
CURLY_MARKS = frozenset("‘’“”«»")

FEATURES = (
    "rule_took",        # the rules took this part (0: the word after the rules' name)
    "parts_before",     # parts of the name before this one
    "given",            # the word is an attested given name (any)
    "given_common",     # ... a common one, which opens a name on its own
    "family",           # an attested family-name word
    "article",          # it starts with ال
    "nisba",            # ال ... ي
    "particle",         # a compound part: بن، أبو، عبد and its word
    "previous_pause",   # a comma after the previous word
    "previous_stop",    # sentence punctuation or a colon after the previous word
    "previous_closes",  # a quotation mark or bracket closes after the previous word
    "opens",            # a quotation mark or bracket opens before the word
    "curly_mark",       # a curly quotation mark between the previous word and this one's end
    "lexicon_word",     # an event word, date, count or organization of the lexicon covers the word
    "place_word",       # a place or an adjective of the lexicon covers it
    "stop_word",        # a title, rank, place noun or other word that ends names
    "not_letters",      # a number or Latin word
    "short",            # fewer than three letters
    "conjunction",      # و before an attested name word: the next name
    "and_word",         # any word starting with و
    "relative",         # a relation word with a pronoun (شقيقه), or و before a word that ends names (والشابة)
    "verb_like",        # a plural past verb's ending and no name attests it
    "ends_phrase",      # punctuation or a closing mark after it
    "age_after",        # an age follows it
    "quoted",           # the name is read inside quotation marks
    "zipf",             # the word's frequency in Arabic text (wordfreq's Zipf scale, 0-8)
    "common_word",      # Zipf 3 or more and in no kind of the name index: everyday vocabulary
    "no_introducer",    # no word before the name introduces a person
)


@dataclass(frozen=True)
class NameEnds:
    """A fitted logistic regression: one weight per feature of `FEATURES` (raw, unscaled), the intercept.
    Asked by `decided_chain` of each part after a name's first, and of the word after the rules' name."""

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def takes(self, row: Sequence[float], rule_took: bool, words: Sequence[str]) -> bool:
        """Whether the part belongs to the name. `rule_took` and `words` (the name so far and the part, as
        written) are for the `Recorder`, which labels each decision by the gold."""
        return self.probability(row) >= self.threshold



def decided_chain(decision: NameEnds, reader: NameReader, tokens: list[Token], i: int,
                  parts: list[list[Token]], quoted: bool, weak: bool) -> tuple[int, list[list[Token]]]:
    """The parts of the name at tokens[i] the model keeps of the rules' `parts`, and one more part after
    them if it takes it (when the rules read two parts or more); with the index after the last part kept."""
    limit = MAX_KUNYA_PARTS if parts[0][0].key in KUNYA_HEADS else MAX_QUOTED_NAME_PARTS if quoted \
        else MAX_NAME_PARTS
    after = i + sum(len(p) for p in parts)
    candidates = [(p, True) for p in parts[1:]]
    extra = _part_at(tokens, after)
    if extra and 1 < len(parts) < limit:   # never makes a name of a word the rules read alone ("كامل أرجاء")
        candidates.append((extra, False))
    kept = parts[:1]
    for part, took in candidates:
        row = features(reader, tokens, i + sum(len(p) for p in kept), kept, part, took, quoted, weak)
        if not decision.takes(row, took, [t.word for p in kept + [part] for t in p]):
            break
        kept.append(part)
    return i + sum(len(p) for p in kept), kept


def _part_at(tokens: list[Token], k: int) -> list[Token] | None:
    """The part the rules did not take: a word, or a particle and its word."""
    if k >= len(tokens) or len(tokens[k].key) < 2:
        return None   # a number, a Latin word or a letter ("م"): never a part
    if tokens[k].key in JOIN_NEXT and k + 1 < len(tokens) and tokens[k + 1].key and not tokens[k].pause:
        return tokens[k:k + 2]
    return tokens[k:k + 1]


def features(reader: NameReader, tokens: list[Token], k: int, kept: list[list[Token]], part: list[Token],
             took: bool, quoted: bool, weak: bool) -> tuple[float, ...]:
    """The values of `FEATURES` for the part starting at tokens[k], after the parts `kept`."""
    word, previous, last = part[0], kept[-1][-1], part[-1]
    key = word.key
    nxt = k + len(part)
    values = {
        "rule_took": took, "parts_before": len(kept),
        "given": key in reader.any_given, "given_common": key in reader.given, "family": key in reader.family,
        "article": key.startswith("ال"), "nisba": key.startswith("ال") and word.word.endswith("ي"),
        "particle": len(part) > 1 or key in JOIN_NEXT,
        "previous_pause": previous.pause, "previous_stop": previous.stop, "previous_closes": previous.closes,
        "opens": word.opens,
        "curly_mark": not CURLY_MARKS.isdisjoint(reader.clause.text[previous.end:word.end]),
        "lexicon_word": reader.is_blocked(word, False),
        "place_word": any(s < word.end and word.start < e for s, e in reader.places),
        "stop_word": reader.is_stop(word), "not_letters": not key, "short": len(key) < 3,
        "conjunction": key.startswith("و") and (key[1:] in reader.any_given or key[1:] in reader.family),
        "and_word": key.startswith("و"),
        "relative": is_relative(key) or key.startswith("و") and (is_relative(key[1:]) or key[1:] in reader.stop),
        "verb_like": reader.verb_like(word),
        "ends_phrase": last.pause or last.stop or last.closes or nxt >= len(tokens) or tokens[nxt].opens,
        "age_after": reader.aged_at(last), "quoted": quoted,
        "zipf": zipf_frequency(word.word, "ar"),
        "common_word": zipf_frequency(word.word, "ar") >= 3 and key not in reader.any_given and key not in reader.family, "no_introducer": weak,
    }
    return tuple(float(values[name]) for name in FEATURES)



@contextmanager
def reading_with(decision: NameEnds) -> Iterator[None]:
    """The chain reader with `decision` deciding where its names end (a name the model cuts below what the
    reader's own check accepts as a name is none)."""
    rules_read = NameReader.read

    def read(self: NameReader, tokens: list[Token], i: int, weak: bool, quoted: bool = False,
             single: bool = False, one: bool = False) -> tuple[int, list[list[Token]]]:
        end, parts = rules_read(self, tokens, i, weak, quoted, single, one)
        if not parts:
            return end, parts
        end, kept = decided_chain(decision, self, tokens, i, parts, quoted, weak)
        if len(kept) < len(parts) and not self._is_name(kept, quoted, weak) and not (
                single and len(kept) == 1 and (kept[0][0].key in self.any_given or quoted)):
            return i, []
        return end, kept

    with mock.patch.object(NameReader, "read", read):
        yield


@dataclass(frozen=True, eq=False)
class Recorder(NameEnds):
    """Decides as the rules did, and records each decision with its gold label (None: unlabelled)."""

    gold_keys: set[str] = field(default_factory=set)
    rows: list[tuple[tuple[float, ...], bool]] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)

    def takes(self, row: Sequence[float], rule_took: bool, words: Sequence[str]) -> bool:
        label = self.label(words)
        key = (tuple(words), row)
        if label is not None and key not in self.seen:
            self.seen.add(key)
            self.rows.append((tuple(row), label))
        return rule_took

    def label(self, words: Sequence[str]) -> bool | None:
        before, with_part = fold_name(" ".join(words[:-1])), fold_name(" ".join(words))
        if not self._starts_gold(before):
            return None
        return self._starts_gold(with_part)

    def _starts_gold(self, prefix: str) -> bool:
        return any(key == prefix or key.startswith(prefix + " ") for key in self.gold_keys)


@dataclass
class Sample:
    item: CorpusItem
    collection: int
    rows: list[tuple[tuple[float, ...], bool]]     # each decision's features and label
    predicted: list[dict]                          # the rules alone

    @property
    def labels(self) -> list[bool]:
        return [label for _, label in self.rows]


def gold_keys(gold: GoldArticle) -> set[str]:
    return {key for person in gold.persons or () for key in name_keys(person.get("name"), person.get("aliases") or ())}


def predicted(item: CorpusItem) -> list[dict]:
    return [prediction(e) for article, _ in item.articles for e in extract(article, default_options())]


def collect(folder: Path) -> tuple[list[Sample], list[str]]:
    """Every dev article, its decisions labelled, its rules-alone predictions; and the Arabic gold names
    that cannot be found in their article's folded text."""
    recorder = Recorder((0.0,) * len(FEATURES), 0.0)
    samples, unlocated = [], []
    for item in dev_items(folder):
        recorder.gold_keys.clear()
        recorder.gold_keys.update(gold_keys(item.gold))
        recorder.seen.clear()
        start = len(recorder.rows)
        with reading_with(recorder):
            preds = predicted(item)
        collection = collection_of(item.gold)
        assert collection is not None
        samples.append(Sample(item, collection, recorder.rows[start:], preds))
        if item.gold.language == "ar" and item.articles:
            text = fold_name(item.articles[0][0].text)
            for person in item.gold.persons or ():
                name = person.get("name")
                ar_name = name.get("ar") if isinstance(name, dict) else name
                if ar_name and fold_name(str(ar_name)) not in text:
                    unlocated.append(f"{item.gold.article}: {ar_name}")
    return samples, unlocated


def fit(samples: Sequence[Sample]) -> NameEnds:
    weights, bias = logistic_fit([r for s in samples for r, _ in s.rows], [label for s in samples for label in s.labels],
                                 REGULARISATION)
    return NameEnds(weights, bias)


def with_model(sample: Sample, model: NameEnds) -> list[dict]:
    with reading_with(model):
        return predicted(sample.item)


def out_of_fold_agreement(samples: Sequence[Sample]) -> str:
    """On the labelled decisions: how often the rules agree with the gold, and the model held out."""
    rules = model = 0
    for held in range(len(COLLECTIONS)):
        fitted = fit([s for s in samples if s.collection != held])
        for row, label in (pair for s in samples if s.collection == held for pair in s.rows):
            rules += bool(row[0]) == label
            model += (fitted.probability(row) >= fitted.threshold) == label
    total = sum(len(s.rows) for s in samples)
    return f"labelled decisions {total}: the rules agree with the gold on {rules}, the model held out on {model}"


def main(argv: Sequence[str] | None = None) -> int:
    samples, unlocated = collect(corpus_argument(__doc__.split("\n", 1)[0], argv))
    print(f"Arabic gold names not found in their article's folded text: {len(unlocated)}")
    print("\n".join(f"  {u}" for u in unlocated))
    print("\n".join(persons_held_out(samples, fit, with_model, "decisions (belongs) | rules alone: persons "
                                     "P / R, F1; named victims | rules + model")))
    print(out_of_fold_agreement(samples))
    model = fit(samples)
    print(weights_line(FEATURES, model.weights, model.bias))
    return 0


if __name__ == "__main__":
    sys.exit(main())
