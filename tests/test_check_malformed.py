"""Malformed knowledge bases, one class of problem per case: what `kb check` says, and that nothing crashes.

Each case copies the sample records into a temporary folder and makes one
change (an edit, a new file, a link, a pipe). `kb check` and `kb generate`
then run in a child process, through the `kb` command's entry point: check
prints exactly the expected lines and exits 1 on errors, 0 on warnings alone;
neither prints a traceback or dies by a signal, and generate names the same
problems and still writes the pages of the valid records. The site build runs over many of the cases at once
(`test_site_build_over_many_malformed_records`).

An expected line may give its line number as `#text#`: the line of the file
(named at the start of the expected line) that holds `text` after the change.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import copy_knowledge_base, copy_records, mkdocs_build

EVENT = "events/2022/2022-10-17-jasim-armed-clash.yaml"
WITHDRAWAL = "events/2022/2022-10-15-jasim-8th-brigade-withdrawal.yaml"
IRAQI = "actors/people/abd-al-rahman-al-iraqi.yaml"
JASIM = "places/jasim.yaml"
IZRA = "places/izra-district.yaml"
BRIGADE = "actors/organizations/8th-brigade.yaml"
SECURITY = "actors/organizations/military-security.yaml"
SOURCE = "sources/2022/ain-al-furat-2022-10-17-c4df66b4.yaml"
TEXT = "sources/2022/ain-al-furat-2022-10-17-c4df66b4.txt"
ARCHIVED = (Path(__file__).resolve().parent.parent / TEXT).read_bytes()
EDITED = ARCHIVED + b"\nedited by hand\n"

Change = Callable[[Path], None]


# ---- changes ---------------------------------------------------------------------

def replace(relative: str, old: str, new: str) -> Change:
    def change(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return change


def write(relative: str, text: str) -> Change:
    def change(root: Path) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return change


def link(relative: str, target: str) -> Change:
    """A symbolic link at `relative`; `{root}` and `{outside}` in the target name the knowledge base and its parent."""
    def change(root: Path) -> None:
        (root / relative).symlink_to(target.format(root=root, outside=root.parent))
    return change


def pipe(relative: str) -> Change:
    def change(root: Path) -> None:
        os.mkfifo(root / relative.format(outside=".."))
    return change


def move(relative: str, to: str) -> Change:
    def change(root: Path) -> None:
        (root / to).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).rename(root / to)
    return change


def delete(relative: str) -> Change:
    return lambda root: (root / relative).unlink()


def both(*changes: Change) -> Change:
    def change(root: Path) -> None:
        for one in changes:
            one(root)
    return change


def place(record_id: str, extra: str) -> Change:
    """A new place record, `extra` from its fifth line on."""
    return write(f"places/{record_id}.yaml",
                 f"id: {record_id}\nname: {{en: X}}\nkind: village\nparent: jasim\n{extra}\n")


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine, written out here independently of the code under test."""
    (lat1, lon1), (lat2, lon2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ---- the cases --------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    name: str
    change: Change
    expected: tuple[str, ...]
    code: int = 1
    # False for a change that must not go into the knowledge base the site build test makes of many cases
    # (it clashes with another case's change of the same file).
    combine: bool = True


URL_HINT = "(write the article's web address, starting http:// or https://, or null)"
DIRECTION_HINT = "(delete it: it can make a text display as another, and pages set the direction themselves)"
DEEP = "nested more than 32 levels deep (a record is a few levels deep at most: check the brackets and the indentation)"
QAMISHLI = (37.05215, 41.22701)

CASES = [
    # -- dates
    Case("impossible date, unquoted", replace(EVENT, "date: 2022-10-17", "date: 2022-02-30"),
         (f"{EVENT}:#date: 2022-02-30#: date: '2022-02-30' is not a real date (2022-02 has 28 days)",)),
    Case("impossible date, quoted", replace(EVENT, "date: 2022-10-17", "date: '2022-02-31'"), (
        f"{EVENT}:#date: '2022-02-31'#: date: '2022-02-31' is not a real date (2022-02 has 28 days)",), combine=False),
    Case("impossible month, unquoted", replace(IRAQI, "died: 2022-10-17", "died: 2022-13-01"),
         (f"{IRAQI}:#died:#: died: '2022-13-01' is not a real date (months are 01 to 12, not 13)",), combine=False),
    Case("year 0", replace(WITHDRAWAL, "date: 2022-10-15", "date: 0000-01-01"),
         (f"{WITHDRAWAL}:#date: 0000#: date: '0000-01-01' is not a real date (there is no year 0)",), combine=False),
    Case("impossible time, unquoted", replace(SOURCE, "retrieved: 2026-11-25T11:00:00Z", "retrieved: 2026-02-30T11:00:00Z"),
         (f"{SOURCE}:#retrieved:#: retrieved: '2026-02-30T11:00:00Z' is not a real date (2026-02 has 28 days)",), combine=False),
    Case("impossible date in a union field", replace(SOURCE, "published: 2022-10-17", "published: 2022-02-29"),
         (f"{SOURCE}:#published:#: published: '2022-02-29' is not a real date (2022-02 has 28 days)",), combine=False),
    Case("future date", replace(WITHDRAWAL, "date: 2022-10-15", "date: 2999-01-01"), (
        f"{WITHDRAWAL}:#date: 2999#: date: 2999-01-01 is in the future (check the year: records tell what has happened)",
        f"{WITHDRAWAL}:#date: 2999#: date: warning: 2999-01-01 is after its sources were published (the latest on "
        "2022-10-17) (check the date: an article reports what happened before it)",
        f"{WITHDRAWAL}:#date: 2999#: date: warning: filed under events/2022/ but date is 2999-01-01 "
        "(move the file to events/2999/)"), combine=False),
    Case("year 1", replace(WITHDRAWAL, "date: 2022-10-15", "date: 0001-06-01"), (
        f"{WITHDRAWAL}:#date: 0001#: date: 0001-06-01 is before 1900 "
        "(check the year: dates before 1900 are taken for typing errors)",
        f"{WITHDRAWAL}:#date: 0001#: date: warning: filed under events/2022/ but date is 0001-06-01 "
        "(move the file to events/1/)"), combine=False),
    Case("incident before 2000 (a warning)", replace(WITHDRAWAL, "date: 2022-10-15", "date: 1982-02-02"), (
        f"{WITHDRAWAL}:#date: 1982#: date: warning: 1982-02-02 is before 2000 "
        "(check the year: the knowledge base records incidents since 2000)",
        f"{WITHDRAWAL}:#date: 1982#: date: warning: filed under events/2022/ but date is 1982-02-02 "
        "(move the file to events/1982/)"), code=0, combine=False),
    Case("date_end before date", replace(WITHDRAWAL, "date_precision: day", "date_end: 2022-10-14\ndate_precision: days"),
         (f"{WITHDRAWAL}:#date_end#: date_end: date_end 2022-10-14 is before date 2022-10-15 (swap them)",), combine=False),
    Case("born after died", replace(IRAQI, "died: 2022-10-17", "born: 2023-01-01\ndied: 2022-10-17"), (
        f"{IRAQI}:#born:#: born: born 2023-01-01, after died 2022-10-17 (swap them or correct one)",
        f"{IRAQI}:#born:#: born: born 2023-01-01, after incident 2022-10-17-jasim-armed-clash of 2022-10-17 where their "
        "role is killed (correct born, or the incident's date)"), combine=False),
    Case("died before the incident that kills them", replace(IRAQI, "died: 2022-10-17", "died: 2022-10-10"), (
        f"{IRAQI}:#died:#: died: died 2022-10-10, before incident 2022-10-17-jasim-armed-clash of 2022-10-17 where "
        "their role is killed (correct died, or the incident's date or the person's role)",), combine=False),
    Case("died within the month of an incident dated to the month: no problem",
         both(replace(EVENT, "date_precision: day", "date_precision: month"),
              replace(IRAQI, "died: 2022-10-17", "died: 2022-10-02")), (), code=0, combine=False),
    Case("affiliation that ends before it starts", replace(IRAQI, "  to: 2022-10-17", "  from: 2023-01-01\n  to: 2022-10-17"),
         (f"{IRAQI}:#from:#: affiliations.0.from: from 2023-01-01 is after to 2022-10-17 (swap them or correct one)",),
         combine=False),
    Case("published after retrieved", replace(SOURCE, "published: 2022-10-17", "published: 2026-11-30"), (
        f"{SOURCE}:#published:#: published: warning: published 2026-11-30, after retrieved 2026-11-25 "
        "(check the publication date: an article is published before anyone retrieves it)",
        f"{SOURCE}:#published:#: published: warning: filed under sources/2022/ but published is 2026-11-30 "
        "(move the file to sources/2026/)"), code=0, combine=False),
    Case("incident after every source was published", replace(WITHDRAWAL, "date: 2022-10-15", "date: 2022-10-20"), (
        f"{WITHDRAWAL}:#date: 2022#: date: warning: 2022-10-20 is after its sources were published (the latest on "
        "2022-10-17) (check the date: an article reports what happened before it)",), code=0, combine=False),
    Case("incident under another year's folder", move(WITHDRAWAL, "events/2021/2022-10-15-jasim-8th-brigade-withdrawal.yaml"),
         ("events/2021/2022-10-15-jasim-8th-brigade-withdrawal.yaml:#date: 2022#: date: warning: filed under events/2021/ "
          "but date is 2022-10-15 (move the file to events/2022/)",), code=0, combine=False),
    Case("undated incident under a year's folder",
         replace(WITHDRAWAL, "date: 2022-10-15\ndate_precision: day", "date: null\ndate_precision: unknown"),
         (f"{WITHDRAWAL}:#date: null#: date: warning: filed under events/2022/ but date is empty "
          "(move the file to events/undated/)",), code=0, combine=False),
    # -- nesting, tags and files the loader refuses
    Case("300 levels of nesting", place("deep", "aliases: {en: " + "[" * 300 + "]" * 300 + "}"),
         (f"places/deep.yaml:5: (file): {DEEP}",), combine=False),
    Case("30,000 levels of nesting in a 60 KB file", place("deeper", "aliases: {en: " + "[" * 30_000 + "]" * 30_000 + "}"),
         (f"places/deeper.yaml:5: (file): {DEEP}",)),
    Case("999,000 levels of nesting in a 1 MB file", place("deepest-flow", "aliases: {en: " + "[" * 999_000 + "]}"),
         (f"places/deepest-flow.yaml:5: (file): {DEEP}",), combine=False),
    Case("30,000 levels of block nesting", place("deepest", "aliases:\n  en:\n" + "  - " + "- " * 30_000 + "x"),
         (f"places/deepest.yaml:7: (file): {DEEP}",)),
    Case("a value its tag cannot read", replace(EVENT, "injured: null", "injured: !!int many"),
         (f"{EVENT}:#injured:#: (file): 'many' cannot be read as !!int (remove !!int or correct the value)",),
         combine=False),
    # -- links, and files in record folders that are not records
    Case("symbolic link to a folder outside the knowledge base", link("events/2022/elsewhere", "{outside}"),
         ("events/2022/elsewhere:1: (file): symbolic link to {outside}: links in record folders are not followed "
          "(put the file or folder itself here instead of a link)",)),
    Case("symbolic link loop", link("events/2022/loop", ".."),
         ("events/2022/loop:1: (file): symbolic link to ..: links in record folders are not followed "
          "(put the file or folder itself here instead of a link)",)),
    Case("symbolic link to a record inside the knowledge base", link("places/jasim-again.yaml", "jasim.yaml"),
         ("places/jasim-again.yaml:1: (file): symbolic link to jasim.yaml: links in record folders are not followed "
          "(put the file or folder itself here instead of a link)",)),
    Case("broken symbolic link", link("places/gone.yaml", "nowhere.yaml"),
         ("places/gone.yaml:1: (file): broken symbolic link to nowhere.yaml (delete it, or put the file itself here)",)),
    Case("named pipe in a record folder", pipe("places/pipe.yaml"),
         ("places/pipe.yaml:1: (file): not a regular file (a pipe, socket or device): not read "
          "(remove it from the record folder)",)),
    Case(".yml record", write("places/nawa.yml", "id: nawa\nname: {en: Nawa}\nkind: city\n"),
         ("places/nawa.yml:1: (file): record files end in .yaml: this file is not read (rename it to nawa.yaml)",)),
    Case(".YAML record", write("places/tafas.YAML", "id: tafas\nname: {en: Tafas}\nkind: city\n"),
         ("places/tafas.YAML:1: (file): record files end in .yaml: this file is not read (rename it to tafas.yaml)",)),
    Case("unknown file in a record folder", write("places/notes.md", "# my notes\n"),
         ("places/notes.md:1: (file): warning: not a record file: places/ holds .yaml records; this file is not read "
          "(move it out of places/)",), code=0),
    Case("temporary file of an interrupted write", write("places/.jasim.yaml.k3j4h5g6.tmp", "id: jasim\n"),
         ("places/.jasim.yaml.k3j4h5g6.tmp:1: (file): warning: temporary file left by an interrupted write of "
          "jasim.yaml (delete it, or let the next kb ingest or kb merge do so: jasim.yaml is whole without it)",), code=0),
    # -- parents
    Case("place that is its own parent", replace(JASIM, "parent: izra-district", "parent: jasim"),
         (f"{JASIM}:#parent:#: parent: jasim is its own parent (name the place it belongs to, or null)",), combine=False),
    Case("parent cycle of places", replace(IZRA, "parent: daraa-governorate", "parent: jasim"), (
        f"{IZRA}:#parent:#: parent: parent cycle: izra-district -> jasim -> izra-district "
        "(one of these places must have a parent outside the cycle, or none)",
        f"{JASIM}:#parent:#: parent: parent cycle: jasim -> izra-district -> jasim "
        "(one of these places must have a parent outside the cycle, or none)")),
    Case("organization that is its own parent", replace(BRIGADE, "parent: military-security", "parent: 8th-brigade"),
         (f"{BRIGADE}:#parent:#: parent: 8th-brigade is its own parent (name the organization it belongs to, or null)",),
         combine=False),
    Case("parent cycle of organizations", replace(SECURITY, "parent: syrian-arab-army", "parent: 8th-brigade"), (
        f"{BRIGADE}:#parent:#: parent: parent cycle: 8th-brigade -> military-security -> 8th-brigade "
        "(one of these organizations must have a parent outside the cycle, or none)",
        f"{SECURITY}:#parent:#: parent: parent cycle: military-security -> 8th-brigade -> military-security "
        "(one of these organizations must have a parent outside the cycle, or none)")),
    # -- coordinates
    Case("coordinates outside Syria", replace(JASIM, "{lat: 32.99125, lon: 36.06093}", "{lat: 48.85, lon: 2.35}"),
         (f"{JASIM}:#coordinates:#: coordinates: warning: lat 48.85, lon 2.35 is outside Syria "
          "(check the coordinates: Syria spans lat 32.3 to 37.3 and lon 35.7 to 42.4)",), code=0, combine=False),
    Case("swapped coordinates", replace(JASIM, "{lat: 32.99125, lon: 36.06093}", "{lat: 36.06093, lon: 32.99125}"),
         (f"{JASIM}:#coordinates:#: coordinates: warning: lat 36.06093, lon 32.99125 look swapped: the other way round "
          "they are in Syria (swap lat and lon)",), code=0),
    Case("coordinates far from the governorate",
         replace("places/daraa.yaml", "coordinates: {lat: 32.61889, lon: 36.10213}",
                 f"coordinates: {{lat: {QAMISHLI[0]}, lon: {QAMISHLI[1]}}}"),
         (f"places/daraa.yaml:#coordinates:#: coordinates: warning: {distance_km(QAMISHLI, (32.75, 36.25)):.0f} km from "
          "daraa-governorate, the governorate it lies in (check the coordinates and the parent)",), code=0),
    # -- archived texts
    Case("sha256 that does not match the archived text", lambda root: (root / TEXT).write_bytes(EDITED), (
        f"{SOURCE}:#sha256:#: sha256: does not match the archived text {TEXT} (the text changed after ingest: restore it "
        f"from git, or set sha256: {hashlib.sha256(EDITED).hexdigest()} if the change is meant)",)),
    Case("missing archived text", delete(TEXT),
         (f"{SOURCE}:#text_file:#: text_file: the archived text {TEXT} is missing "
          "(restore it from git, or ingest the article again)",), combine=False),
    Case("text_file outside the knowledge base (a pipe: reading it would hang)",
         both(pipe("{outside}/outside.fifo"),
              replace(SOURCE, "text_file: ain-al-furat-2022-10-17-c4df66b4.txt", "text_file: ../../../outside.fifo")), (
        f"{SOURCE}:#text_file:#: text_file: '../../../outside.fifo' is outside the knowledge base: not read (keep the "
        "archived text beside its source record: text_file: ain-al-furat-2022-10-17-c4df66b4.txt)",
        f"{TEXT}:1: (file): warning: archived text that no source record names "
        "(delete it, or ingest its article again to make its source record)"), combine=False),
    Case("text_file with an absolute path",
         replace(SOURCE, "text_file: ain-al-furat-2022-10-17-c4df66b4.txt", "text_file: /etc/passwd"), (
        f"{SOURCE}:#text_file:#: text_file: '/etc/passwd' is outside the knowledge base: not read (keep the "
        "archived text beside its source record: text_file: ain-al-furat-2022-10-17-c4df66b4.txt)",
        f"{TEXT}:1: (file): warning: archived text that no source record names "
        "(delete it, or ingest its article again to make its source record)"), combine=False),
    Case("archived text that no source names", write("sources/2022/stray.txt", "text\n"),
         ("sources/2022/stray.txt:1: (file): warning: archived text that no source record names "
          "(delete it, or ingest its article again to make its source record)",), code=0),
    # -- addresses
    Case("javascript: url", replace(SOURCE, "url: null", "url: 'javascript:alert(1)'"),
         (f"{SOURCE}:#url:#: url: 'javascript:alert(1)' is not an http or https address {URL_HINT}",)),
    Case("data: url", replace(SOURCE, "url: null", "url: 'data:text/html,<script>alert(1)</script>'"),
         (f"{SOURCE}:#url:#: url: 'data:text/html,<script>alert(1)</script>' is not an http or https address {URL_HINT}",),
         combine=False),
    Case("url without a host", replace(SOURCE, "url: null", "url: 'https:///etc/passwd'"),
         (f"{SOURCE}:#url:#: url: 'https:///etc/passwd' names no host {URL_HINT}",), combine=False),
    Case("url with a space", replace(SOURCE, "url: null", "url: 'https://example.org/a b'"),
         (f"{SOURCE}:#url:#: url: 'https://example.org/a b' holds spaces or invisible characters {URL_HINT}",),
         combine=False),
    # -- texts
    Case("bidi override in a name", replace(IRAQI, "en: Abd al-Rahman al-Iraqi,", 'en: "Abd al-Rahman \\u202EiqarI-la",'),
         (f"{IRAQI}:#name:#: name.en: holds the invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE) "
          f"{DIRECTION_HINT}",)),
    Case("bidi isolate in a title", replace(EVENT, "en: 'Clashes in Jasim:", "en: '\u2066Clashes in Jasim:"),
         (f"{EVENT}:#Clashes in Jasim#: title.en: holds the invisible direction control U+2066 (LEFT-TO-RIGHT ISOLATE) "
          f"{DIRECTION_HINT}",), combine=False),
    Case("bidi override in a quote", replace(EVENT, "  quote: تجددت", "  quote: \u202eتجددت"),
         (f"{EVENT}:#quote: \u202e#: sources.0.quote: holds the invisible direction control U+202E "
          f"(RIGHT-TO-LEFT OVERRIDE) {DIRECTION_HINT}",), combine=False),
    Case("direction mark in a name (a warning)", replace(JASIM, "ar: جاسم}", "ar: \u200fجاسم}"),
         (f"{JASIM}:#name:#: name.ar: warning: holds the invisible direction mark U+200F (RIGHT-TO-LEFT MARK) "
          "(delete it: pages set the direction of every name themselves)",), code=0, combine=False),
    Case("direction mark in a quote: no problem", replace(WITHDRAWAL, "  quote: وأضاف", "  quote: \u200fوأضاف"), (),
         code=0),
    Case("line break in a name", replace(JASIM, "name: {en: Jasim,", 'name: {en: "Jasim\\nCity",'),
         (f"{JASIM}:#name:#: name.en: holds a line break (a name is one line: join the lines)",)),
    Case("control character in a title",
         replace(SOURCE, "  en: 'Clashes resume in Jasim: 3 \"ISIS\" members killed, among them an Iraqi commander'",
                 '  en: "\\aClashes resume in Jasim"'),
         (f"{SOURCE}:#Clashes resume#: title.en: holds the control character U+0007 (delete it)",), combine=False),
    Case("1,000-character name", replace(IZRA, "en: Izra District,", "en: " + "x" * 1000 + ","),
         (f"{IZRA}:#name:#: name.en: is 1,000 characters long, more than 200 "
          "(shorten it: long texts belong in summary, description or notes)",), combine=False),
    Case("400-character title",
         replace(WITHDRAWAL, "  en: 8th Brigade and Central Committees groups withdraw from Jasim", "  en: " + "x" * 400),
         (f"{WITHDRAWAL}:#en: xxx#: title.en: is 400 characters long, more than 300 "
          "(shorten it: long texts belong in summary, description or notes)",)),
    # -- tolls
    Case("a toll of 10^12", replace(EVENT, "{best: 3, low: 3, high: 3}", "{best: 3, low: 3, high: 1000000000000}"),
         (f"{EVENT}:#fatalities:#: fatalities.high: 1,000,000,000,000 is not a believable toll "
          "(check for extra digits: more than 1,000,000 is more than the whole war's dead)",), combine=False),
    Case("a toll of 20,000 (a warning)", replace(EVENT, "  fatalities: 3\n", "  fatalities: 20000\n"),
         (f"{EVENT}:#fatalities: 20000#: sources.0.fatalities: warning: 20,000 is larger than any single incident's toll "
          "(check the figure: kb check warns above 10,000)",), code=0, combine=False),
    Case("injured 5 million", replace(WITHDRAWAL, "injured: null", "injured: 5000000"),
         (f"{WITHDRAWAL}:#injured:#: injured: 5,000,000 is not a believable toll "
          "(check for extra digits: more than 1,000,000 is more than the whole war's dead)",), combine=False),
]


def run_kb(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args, "--root", str(root)],
                          capture_output=True, text=True, timeout=120)


# `kb check`, then `kb generate`, in one child process (one interpreter start instead of two, for sixty
# cases), each through the `kb` command's own entry point; a marker line on both streams ends each.
CHECK_THEN_GENERATE = """
import sys
from generator.cli import main
root = sys.argv[1]
for command in ("check", "generate"):
    sys.argv = ["kb", command, "--root", root]
    try:
        main()
        code = 0
    except SystemExit as exit:
        code = exit.code or 0
    for stream in (sys.stdout, sys.stderr):
        print(f"=== kb {command} exit {code} ===", file=stream, flush=True)
"""


@dataclass
class Run:
    """One command's part of the child process: its exit code and what it printed."""

    code: int
    stdout: str
    stderr: str


def check_then_generate(root: Path) -> tuple[subprocess.CompletedProcess, dict[str, Run]]:
    result = subprocess.run([sys.executable, "-c", CHECK_THEN_GENERATE, str(root)],
                            capture_output=True, text=True, timeout=240)
    marker = re.compile(r"^=== kb (\w+) exit (\d+) ===\n", re.MULTILINE)
    # [printed before the first marker, command, code, printed before the second marker, command, code, rest]
    outs, errs = marker.split(result.stdout), marker.split(result.stderr)
    runs = {outs[i + 1]: Run(int(outs[i + 2]), outs[i], errs[i]) for i in range(0, len(outs) - 1, 3)}
    return result, runs


def expected_lines(root: Path, case: Case) -> list[str]:
    lines = []
    for line in case.expected:
        line = line.format(outside=root.parent)
        match = re.match(r"^([^:]+):#(.+?)#:", line)
        if match:
            text = (root / match[1]).read_text(encoding="utf-8").splitlines()
            number = next(i for i, content in enumerate(text, 1) if match[2] in content)
            line = f"{match[1]}:{number}:" + line[match.end():]
        lines.append(line)
    return sorted(lines)


def assert_no_crash(result: subprocess.CompletedProcess) -> None:
    assert result.returncode >= 0, f"died by signal {-result.returncode}"
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def test_there_are_at_least_40_classes() -> None:
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_check_reports_it_and_nothing_crashes(case: Case, tmp_path: Path) -> None:
    root = copy_records(tmp_path / "kb")
    case.change(root)
    result, runs = check_then_generate(root)
    assert_no_crash(result)
    assert result.returncode == 0 and list(runs) == ["check", "generate"], result.stderr
    check, generate = runs["check"], runs["generate"]
    assert sorted(check.stdout.splitlines()) == expected_lines(root, case)
    assert check.code == case.code, check.stderr
    assert generate.code == 0, generate.stderr
    assert re.match(r"\d+ pages: ", generate.stdout), generate.stdout
    assert set(check.stdout.splitlines()) <= set(generate.stderr.splitlines())  # generate names the same problems
    assert (root / "content/en/places/daraa.md").is_file()  # the valid records still have their pages


def test_the_summary_counts_errors_and_warnings(tmp_path: Path) -> None:
    root = copy_records(tmp_path / "kb")
    both(replace(JASIM, "{lat: 32.99125, lon: 36.06093}", "{lat: 36.06093, lon: 32.99125}"),
         write("places/notes.md", "notes\n"), replace(SOURCE, "url: null", "url: 'javascript:alert(1)'"))(root)
    check = run_kb(root, "check")
    assert check.returncode == 1
    assert check.stderr.strip() == "1 error(s), 2 warning(s) in 3 file(s); 27 records loaded"
    replace(SOURCE, "url: 'javascript:alert(1)'", "url: null")(root)
    check = run_kb(root, "check")
    assert check.returncode == 0
    assert check.stderr.strip() == "0 error(s), 2 warning(s) in 2 file(s); 27 records loaded"


def test_site_build_over_many_malformed_records(tmp_path: Path) -> None:
    """Every combinable case at once: a strict build fails naming each error's file and line, as `kb check` does;
    a build that is not strict makes the pages of every valid record."""
    root = copy_knowledge_base(tmp_path / "kb")
    for case in CASES:
        if case.combine:
            case.change(root)
    check = run_kb(root, "check")
    assert_no_crash(check)
    errors = [line for line in check.stdout.splitlines() if not re.match(r"^[^:]+:\d+: [^:]+: warning: ", line)]
    assert len(errors) >= 15

    strict = mkdocs_build(root)
    assert_no_crash(strict)
    assert strict.returncode == 1
    logged = [line.removeprefix("WARNING -  kb: ") for line in strict.stderr.splitlines()
              if line.startswith("WARNING -  kb: ")]
    assert logged == errors
    assert f"Aborted with {len(errors)} warnings in strict mode!" in strict.stdout + strict.stderr

    loose = mkdocs_build(root, strict=False)
    assert_no_crash(loose)
    assert loose.returncode == 0, loose.stderr
    site = root / "site"
    # Records with errors in values they could be read with keep their pages (a cycle, a long title, a bad address) ...
    for page in ("places/daraa", "ar/places/daraa", "places/izra-district", "ar/places/jasim",
                 "incidents/2022-10-15-jasim-8th-brigade-withdrawal"):
        assert (site / page / "index.html").is_file(), page
    # ... a record that cannot be read (its date is no date) has none, and the build said so.
    assert not (site / "incidents/2022-10-17-jasim-armed-clash").exists()
