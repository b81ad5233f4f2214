"""Count which Latin spelling of each Arabic name part English-language Syrian news uses.

Reads a file of name mentions copied from English news pages (one name a line,
exactly as the page wrote it, under a `# <url>` line naming its page) and
writes `generator/data/name_spellings_news.tsv`: for each Arabic name part
(the key of arabic-name-romanizer's index, its article dropped), the Latin
spellings the pages used, in the site's convention without the article, with
by how many outlets (sites) each was used, and the list of pages counted. `generator/ingest/romanisation.py` ranks the
romaniser's spellings of a part by it (docs/names.md, "Where the spellings
come from").

A Latin part is read as a spelling of the Arabic part that the romaniser's
index gives it most often (an exact spelling, article and عبد forms folded by
`latin_style.spelling_key`), or, when the index has no such spelling, of the
attested part with the same consonant skeleton (`romanisation.skeleton`); a
part that is neither, or is shared about equally by two Arabic parts (Hassan:
حسن and حسان), is not counted. A name repeated on several pages is read once, on the first;
an outlet counts once for each part and spelling it uses, however many of its
pages and names share them (a father and son both "al-Zo'bi", or twelve North
Press reports all writing "Muhammad", are one outlet's house spelling, not
many reports). An outlet is a page's host name without a generic first label
(`www.`, `english.`, `en.`, `news.` ...: `english.enabbaladi.net` is
`enabbaladi.net`).

Pages are left out when `tests/data/name_pairs.tsv` cites them, when they are
on a site of `tests/realnews` and fall in its test part by URL (`sha1(url)`
first hex digit 0-4: test articles are never opened, so every URL that could
be one is dropped), and when they are dev articles of that corpus named in
`--dev-list` (the session that collected the mentions dropped those pages
from its file, so the table does not depend on the option); names
that are a pair's English name are left out too, so that the table never
holds the answers the romaniser is scored on. The excerpts themselves stay
out of the repository: the mentions file (`scripts/data/news_name_mentions.txt`:
names and page addresses only) and the URL list say where the counts come from.

    .venv/bin/python scripts/count_news_spellings.py MENTIONS [--dev-list FILE]  # rewrites the table if it changed
    .venv/bin/python scripts/count_news_spellings.py MENTIONS --check            # exit 1 when out of date
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.ingest.part_spellings import table_key  # noqa: E402
from generator.ingest.latin_style import site_style, spelling_key, without_articles  # noqa: E402
from generator.ingest.romanisation import skeleton  # noqa: E402

OUT = REPO / "generator" / "data" / "name_spellings_news.tsv"
PAIRS = REPO / "tests" / "data" / "name_pairs.tsv"
REALNEWS = REPO / "tests" / "realnews"
# A Latin spelling belongs to the Arabic part that holds at least this share of its
# attestations in the index; below it the spelling is ambiguous and is not counted.
DOMINANT_SHARE = 0.6
# A part the index does not spell is matched by its consonants only when it has this
# many (علاء and علي are both "l").
MIN_SKELETON = 3

# Words that join the next word into one name part, as the romaniser's index splits
# Arabic names (عبد الرحمن, أبو علي, بن سعيد are one part each) ...
_JOIN_NEXT = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abu", "abo", "abou", "bin", "ibn", "bint"})
# ... and the words that join the part before them (سيف الدين, عبد الله).
_JOIN_PREVIOUS = re.compile(r"(?i)^(?:(?:al|el|ad|ud|ed|uddin|eddin)-?)?(?:din|deen|dine|allah|illah|ullah)$")
_ARTICLE_WORD = re.compile(r"(?i)^(?:al|el)$")
_ABD_GLUED = re.compile(r"(?i)^abd(?:ul|el|al)?[-\s]?$")


def name_parts(name: str) -> list[str]:
    """A Latin name split into the parts the romaniser's index keys: Abd al-Rahman, Abu Horan, Nour al-Din."""
    words = [w for w in re.split(r"\s+", name.replace("’", "'").strip()) if w]
    merged: list[str] = []
    for word in words:   # a lone article joins the word after it: "Al Hafl" is one word
        if merged and _ARTICLE_WORD.match(merged[-1]):
            merged[-1] = f"{merged[-1]}-{word}"
        else:
            merged.append(word)
    parts: list[str] = []
    pending = ""
    for word in merged:
        if pending:
            pending = f"{pending} {word}"
            if word.casefold() in _JOIN_NEXT or _ABD_GLUED.match(word):
                continue
            parts.append(pending)
            pending = ""
        elif word.casefold() in _JOIN_NEXT or _ABD_GLUED.match(word):
            pending = word
        elif parts and _JOIN_PREVIOUS.match(word):
            parts[-1] = f"{parts[-1]} {word}"
        else:
            parts.append(word)
    if pending:
        parts.append(pending)
    return parts


def read_mentions(path: Path) -> dict[str, list[str]]:
    """URL -> the names copied from its page, in the file's order."""
    pages: dict[str, list[str]] = {}
    url = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            url = line.lstrip("#").strip()
            if not url.startswith("http"):
                raise SystemExit(f"{path}:{number}: url: a page line is '# <url>' (hint: the page's address)")
            pages.setdefault(url, [])
        elif not url:
            raise SystemExit(f"{path}:{number}: name: a name before any '# <url>' line (hint: name its page first)")
        else:
            pages[url].append(line)
    return pages


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.").rstrip(".")


# First labels of a host name that say which server or edition, not which outlet.
_GENERIC_LABELS = frozenset({"www", "ww", "m", "amp", "en", "english", "ar", "news", "mail", "ns2", "t",
                             "staging", "manage", "acquiaprod"})


def outlet(url: str) -> str:
    """The outlet a page belongs to: its host without generic first labels (english.enabbaladi.net → enabbaladi.net)."""
    labels = (urlsplit(url).hostname or "").rstrip(".").split(".")
    while len(labels) > 2 and labels[0] in _GENERIC_LABELS:
        labels = labels[1:]
    return ".".join(labels)


def excluded_urls(dev_list: Path | None) -> tuple[set[str], set[str]]:
    """URLs the table may not count (the pairs' sources, and the dev articles of tests/realnews named in
    `dev_list`), and the sites of tests/realnews (from its README's table of outlets)."""
    urls: set[str] = set()
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        for pair in csv.DictReader(handle, delimiter="\t"):
            urls.update((pair["arabic_source"], pair["english_source"]))
    for name in dev_list.read_text(encoding="utf-8").split() if dev_list else []:
        gold = REALNEWS / Path(name).name.replace(".txt", ".gold.yaml")
        match = re.search(r'(?m)^url:\s*"?([^"\n]+)"?', gold.read_text(encoding="utf-8")) if gold.exists() else None
        if match:
            urls.add(match.group(1).strip())
    readme = (REALNEWS / "README.md").read_text(encoding="utf-8")
    sites = {site.strip() for row in re.findall(r"(?m)^\|[^|]+\|\s*\d+\s*\|([^|]+)\|$", readme)
             for site in row.split(",")}
    return {u.rstrip("/") for u in urls}, {s.removeprefix("www.") for s in sites if s}


def may_count(url: str, urls: set[str], sites: set[str]) -> bool:
    if url.rstrip("/") in urls:
        return False
    maybe_test = int(hashlib.sha1(url.encode("utf-8")).hexdigest()[0], 16) <= 4
    return not (maybe_test and _host(url) in sites)


class PartIndex:
    """The romaniser's index read backwards: which Arabic part a Latin spelling spells."""

    def __init__(self) -> None:
        from arabic_name_romanizer import Transliterator
        from arabic_name_romanizer.lookup import MASHRIQ
        rows = Transliterator(auto_load_model=False).index.conn.execute(
            "SELECT arabic_key, latin, country, count FROM units").fetchall()
        self.by_spelling: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_skeleton: dict[str, Counter[str]] = defaultdict(Counter)
        for arabic, latin, country, count in rows:
            if country and country not in MASHRIQ:
                continue
            arabic = table_key(arabic)
            self.by_spelling[spelling_key(latin)][arabic] += count
            self.by_skeleton[skeleton(arabic)][arabic] += count

    def arabic_of(self, latin: str) -> str | None:
        found = self.by_spelling.get(spelling_key(latin))
        if not found and len(skeleton(latin)) >= MIN_SKELETON:
            found = self.by_skeleton.get(skeleton(latin))
        if not found:
            return None
        arabic, count = found.most_common(1)[0]
        return arabic if count >= DOMINANT_SHARE * sum(found.values()) else None


def count(pages: dict[str, list[str]], index: PartIndex,
          dev_list: Path | None = None) -> tuple[dict[str, Counter[str]], list[str], dict[str, int]]:
    """Arabic part -> Counter of Latin spellings (site style) by outlets using each, the pages counted, and what
    was left out."""
    urls, sites = excluded_urls(dev_list)
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        answers = {spelling_key(p["english"]) for p in csv.DictReader(handle, delimiter="\t")}
    votes: dict[str, set[tuple[str, str]]] = defaultdict(set)   # an outlet's house spelling of a part counts once
    seen: set[str] = set()
    counted: list[str] = []
    left = Counter[str]()
    for url, names in pages.items():
        if not may_count(url, urls, sites):
            left["pages"] += 1
            continue
        counted.append(url)
        house = votes[outlet(url)]
        for name in names:
            key = spelling_key(name)
            if key in answers:
                left["names that are a pair's answer"] += 1
                continue
            if key in seen:
                continue
            seen.add(key)
            for part in name_parts(name):
                arabic = index.arabic_of(part)
                if arabic is None:
                    left["parts not read as an Arabic part"] += 1
                    continue
                house.add((arabic, without_articles(site_style(part))))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for spellings in votes.values():
        for arabic, latin in spellings:
            table[arabic][latin] += 1
    left["names counted"] = len(seen)
    return table, counted, dict(left)


def render(table: dict[str, Counter[str]], counted: list[str]) -> str:
    lines = [
        "# Spellings of Arabic name parts in English-language Syrian news: by how many outlets each",
        "# was used. Generated by scripts/count_news_spellings.py (docs/names.md); do not edit by hand.",
        "# The pages counted are listed at the end; their texts belong to their outlets.",
        "arabic\tlatin\tcount",
    ]
    merged: dict[str, Counter[str]] = {}
    for arabic, spellings in table.items():
        by_key: dict[str, Counter[str]] = defaultdict(Counter)
        for latin, n in spellings.items():
            by_key[spelling_key(latin)][latin] += n
        merged[arabic] = Counter({forms.most_common(1)[0][0]: sum(forms.values()) for forms in by_key.values()})
    for arabic in sorted(merged):
        for latin, n in sorted(merged[arabic].items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"{arabic}\t{latin}\t{n}")
    lines.extend(f"# source: {url}" for url in counted)
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mentions", type=Path, help="the name mentions: '# <url>' lines, then one name a line")
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed table is out of date")
    parser.add_argument("--dev-list", type=Path, help="the dev articles of tests/realnews, one file name a line: "
                        "their pages are left out too")
    args = parser.parse_args()
    for path, what, hint in ((args.mentions, "mentions", "the file of '# <url>' lines and names"),
                             (args.dev_list, "dev list", "one file name of tests/realnews a line")):
        if path is not None and not path.is_file():
            raise SystemExit(f"{path}: {what}: no such file (hint: {hint})")
    table, counted, left = count(read_mentions(args.mentions), PartIndex(), args.dev_list)
    text = render(table, counted)
    print(", ".join(f"{what}: {n}" for what, n in sorted(left.items()))
          + f"; pages counted: {len(counted)}, outlets: {len({outlet(url) for url in counted})}")
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    if args.check:
        return 0 if current == text else 1
    if current != text:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
