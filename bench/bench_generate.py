"""Benchmark of `kb generate` and `mkdocs build` on a synthetic knowledge base (a script, not a test).

    .venv/bin/python bench/bench_generate.py [--incidents 10000] [--skip-mkdocs] [--keep DIR] [--cpus 1]

Builds a knowledge base of 10,000 incidents, 3,000 people, 500 organizations,
1,000 places and 12,000 sources (YAML written directly, fast) in a temporary
folder, then measures, each in a fresh process so peak memory is its own:

1. a cold `kb generate` (time, peak RSS; targets <= 30 s and <= 1.5 GB);
2. a second run with nothing changed (<= 5 s, zero files written);
3. editing one person: how many pages are rewritten (that person's pages and
   the pages linking to it);
4. `mkdocs build` and the built site's size, then the bare baseline of the same
   page count in the same run (`bench_bare.py`: trivial pages, hub-only nav,
   static-i18n, search on); targets: at most 1.3 times the bare build's time and size.
5. what a reader downloads before the first search result, per language
   (bench/bench_search.py; target <= 2 MB gzipped).

The targets are for one core: each measured process is pinned to the first
`--cpus` CPUs (default 1), so `kb generate` renders both languages in one process.
Each step prints its wall time and its CPU time (user + system): on a machine
shared with other work the wall time grows, the CPU time much less.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

TYPES = {
    "battles": ["armed_clash"], "explosions_remote_violence": ["air_drone_strike", "shelling_artillery_missile_attack"],
    "violence_against_civilians": ["attack", "abduction_forced_disappearance"], "strategic_developments": ["arrests"],
}
ROLES = ["killed", "injured", "detained", "commander", "mentioned"]
CATEGORIES = ["state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"]
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
ARTICLE_CHARS = 3000  # an archived article of about 3,000 characters (a typical news item)


def word(rng: random.Random, n: int = 5) -> str:
    return "".join(rng.choice(ARABIC) for _ in range(n))


def make_kb(root: Path, incidents: int, people: int, orgs: int, places: int, sources: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    for folder in ("events", "actors/people", "actors/organizations", "places", "sources"):
        (root / folder).mkdir(parents=True, exist_ok=True)

    def dump(path: Path, data: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML

    dump(root / "places/syria.yaml", {"id": "syria", "status": "reviewed", "name": {"en": "Syria", "ar": "سوريا"},
                                       "kind": "country", "coordinates": {"lat": 35.0, "lon": 38.0}})
    for g in range(14):
        dump(root / f"places/gov-{g}.yaml", {"id": f"gov-{g}", "status": "reviewed", "kind": "governorate",
                                             "parent": "syria", "name": {"en": f"Governorate {g}", "ar": word(rng)}})
    place_ids = []
    for i in range(places - 15):
        pid = f"place-{i}"
        place_ids.append(pid)
        dump(root / f"places/{pid}.yaml", {
            "id": pid, "status": "reviewed", "kind": rng.choice(["city", "town", "village"]),
            "parent": f"gov-{i % 14}", "name": {"en": f"Place {i}", "ar": word(rng, 6)},
            "aliases": {"en": [f"Plaice {i}"], "ar": [word(rng)]},
            "coordinates": {"lat": round(32 + rng.random() * 5, 5), "lon": round(35.5 + rng.random() * 6, 5)}})
    org_ids = [f"org-{i}" for i in range(orgs)]
    for i, oid in enumerate(org_ids):
        dump(root / f"actors/organizations/{oid}.yaml", {
            "id": oid, "status": "reviewed", "category": CATEGORIES[i % len(CATEGORIES)],
            "name": {"en": f"Organization {i}", "ar": word(rng, 7)}, "aliases": {"en": [f"O{i}"], "ar": []},
            **({"parent": org_ids[i // 10]} if i >= 10 else {})})
    person_ids = [f"person-{i}" for i in range(people)]
    for i, pid in enumerate(person_ids):
        dump(root / f"actors/people/{pid}.yaml", {
            "id": pid, "status": rng.choice(["draft", "reviewed"]), "name": {"en": f"Person {i}", "ar": word(rng, 8)},
            "aliases": {"en": [f"Persson {i}"], "ar": [word(rng)]},
            "affiliations": [{"org": rng.choice(org_ids), "role": {"en": "member", "ar": "عضو"}}]})
    source_ids = []
    for i in range(sources):
        year = 2012 + i % 12
        sid = f"outlet-{year}-{i:06d}"
        source_ids.append((sid, year))
        text = " ".join(word(rng, rng.randint(3, 7)) for _ in range(ARTICLE_CHARS // 6))
        (root / f"sources/{year}").mkdir(parents=True, exist_ok=True)
        (root / f"sources/{year}/{sid}.txt").write_text(text, encoding="utf-8")
        dump(root / f"sources/{year}/{sid}.yaml", {
            "id": sid, "outlet": {"name": {"ar": "شبكة " + word(rng)}}, "url": f"https://news.example/{i}",
            "title": {"ar": " ".join(word(rng) for _ in range(8))}, "language": "ar",
            "published": f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}", "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "text_file": f"{sid}.txt"})
    for i in range(incidents):
        year = 2012 + i % 12
        date = f"{year}-{1 + (i // 12) % 12:02d}-{1 + i % 28:02d}"
        etype = rng.choice(list(TYPES))
        claims = [{"source": source_ids[(i + k * 7919) % sources][0], "fatalities": rng.randint(0, 9),
                   "quote": " ".join(word(rng) for _ in range(20))} for k in range(rng.choice([1, 1, 2]))]
        dump(root / f"events/{year}/ev-{i:06d}.yaml", {
            "id": f"ev-{i:06d}", "status": rng.choice(["draft", "reviewed"]), "date": date,
            "type": etype, "sub_type": rng.choice(TYPES[etype]), "place": rng.choice(place_ids),
            "actors": [{"id": rng.choice(org_ids), "side": "a"}, {"id": rng.choice(org_ids), "side": "b"}],
            "people": [{"id": rng.choice(person_ids), "role": rng.choice(ROLES)} for _ in range(rng.choice([0, 1, 2, 3]))],
            "fatalities": {"best": 3, "low": 2, "high": 5}, "sources": claims,
            **({"title": {"en": f"Incident {i}"}} if i % 3 else {})})
    for name in ("mkdocs.yml", "site-overrides"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copyfile(source, root / name)
    for language in ("en", "ar"):
        (root / "content" / language).mkdir(parents=True, exist_ok=True)
        for page in ("index.md", "about.md"):
            shutil.copyfile(REPO / "content" / language / page, root / "content" / language / page)
    shutil.copyfile(REPO / "content/.gitignore", root / "content/.gitignore")


GENERATE = """
import json, resource, sys, time
from pathlib import Path
from generator.pages import generate
from generator.settings import load_settings
start, cpu = time.perf_counter(), time.process_time()
result = generate(load_settings(Path(sys.argv[1])))
r = result.report
print(json.dumps({"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu,
                  "pages": result.pages, "cached": result.cached,
                  "rendered_units": None if result.rendered is None else len(result.rendered),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  # the language rendered in a forked child (generator/pages/generate.py): its own peak
                  "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "created": len(r.created), "updated": len(r.updated), "deleted": len(r.deleted),
                  "unchanged": r.unchanged, "problems": len(result.problems),
                  "updated_paths": sorted(str(p.relative_to(Path(sys.argv[1]) / "content")) for p in r.updated)}))
"""


def pinned(cpus: int) -> Callable[[], None]:
    """A preexec_fn keeping a child process (and its children) on the first `cpus` CPUs."""
    chosen = set(sorted(os.sched_getaffinity(0))[:cpus])
    return lambda: os.sched_setaffinity(0, chosen)


def run_generate(root: Path, cpus: int) -> dict:
    out = subprocess.run([sys.executable, "-c", GENERATE, str(root)], capture_output=True, text=True, check=True,
                         cwd=REPO, preexec_fn=pinned(cpus))
    return json.loads(out.stdout.strip().splitlines()[-1])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=3_000)
    parser.add_argument("--organizations", type=int, default=500)
    parser.add_argument("--places", type=int, default=1_000)
    parser.add_argument("--sources", type=int, default=12_000)
    parser.add_argument("--skip-mkdocs", action="store_true")
    parser.add_argument("--keep", type=Path, help="build the knowledge base here and keep it")
    parser.add_argument("--cpus", type=int, default=1, help="CPUs the measured processes may use (default 1)")
    args = parser.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="kb-bench-")) / "kb"
    start = time.perf_counter()
    make_kb(root, args.incidents, args.people, args.organizations, args.places, args.sources)
    print(f"synthetic knowledge base: {time.perf_counter() - start:.1f} s in {root}")

    cold = run_generate(root, args.cpus)
    print(f"cold generate: {cold['seconds']:.1f} s (CPU {cold['cpu_seconds']:.1f} s), peak {cold['peak_mb']:.0f} MB "
          f"(+ {cold['child_peak_mb']:.0f} MB in a second language's process, if any), {cold['pages']} pages, "
          f"{cold['created']} files created, {cold['problems']} problems")
    warm = run_generate(root, args.cpus)
    print(f"no-change generate: {warm['seconds']:.1f} s (CPU {warm['cpu_seconds']:.1f} s), "
          f"{warm['created'] + warm['updated']} files written, "
          f"{warm['deleted']} deleted{' (nothing changed: skipped loading and rendering)' if warm['cached'] else ''}")

    person = root / "actors/people/person-7.yaml"
    data = json.loads(person.read_text(encoding="utf-8"))
    data["name"]["en"] = "Person Seven (renamed)"
    person.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    edit = run_generate(root, args.cpus)
    kinds: dict[str, int] = {}
    for path in edit["updated_paths"]:
        kind = Path(path).parts[1]
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"edit one person: {edit['seconds']:.1f} s (CPU {edit['cpu_seconds']:.1f} s), "
          f"{edit['rendered_units']} units rendered, {edit['updated']} pages rewritten {kinds}")

    if not args.skip_mkdocs:
        import bench_bare  # noqa: PLC0415  (imports this module: load it only when needed)

        ours = bench_bare.build(root, args.cpus)
        if ours["exit"]:
            print(ours["stderr"])
        index = folder_size(root / "site/search") / 1e6
        print(f"mkdocs build: {ours['seconds']:.0f} s (CPU {ours['cpu_seconds']:.1f} s), exit {ours['exit']}, "
              f"site {ours['site_mb']:.0f} MB (search indexes {index:.0f} MB)")
        pages = bench_bare.make_bare(root, root.parent / "bare")
        bare = bench_bare.build(root.parent / "bare", args.cpus)
        print(f"bare build, {pages} trivial pages: {bare['seconds']:.0f} s (CPU {bare['cpu_seconds']:.1f} s), "
              f"exit {bare['exit']}, site {bare['site_mb']:.0f} MB")
        print(f"ratios to bare: build {ours['seconds'] / bare['seconds']:.2f} (CPU "
              f"{ours['cpu_seconds'] / bare['cpu_seconds']:.2f}), site {ours['site_mb'] / bare['site_mb']:.2f}")
        if ours["exit"] == 0:
            from bench_search import report  # what a reader downloads before the first search result
            report(root)
    if not args.keep:
        shutil.rmtree(root.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
