"""Re-rendering only what an edit touches (generator/pages/deps.py) gives exactly the pages of a full run.

Each edit below is made to a knowledge base generated before; the run after it
must take the incremental path (read again only the touched files, render only
some units) and leave the content folder byte for byte as a full run on a
fresh copy of the same records does.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from generator.pages import cache, generate
from generator.pages.generate import load_generate_state
from generator.pages.graph import build_graph
from generator.records.store import Store
from generator.records.validate import check
from generator.settings import load_settings

spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "bench_generate.py")
bench_generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_generate)


def read(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def edit(path: Path, change: Callable[[dict], None]) -> None:
    data = read(path)
    change(data)
    write(path, data)


def generated(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "content").rglob("*") if p.is_file()}


def full_run(root: Path, scratch: Path) -> dict[str, bytes]:
    """The content folder a full run makes from `root`'s records, in a copy without any cache."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(root, scratch, ignore=shutil.ignore_patterns(".cache", "site"))
    for language in ("en", "ar"):  # only the hand-written pages: the run writes the rest
        folder = scratch / "content" / language
        for child in folder.iterdir():
            if child.name not in ("index.md", "about.md"):
                shutil.rmtree(child) if child.is_dir() else child.unlink()
    result = generate(load_settings(scratch), jobs=1)
    assert result.rendered is None  # no cache there: a full run
    return generated(scratch)


def check_edit(root: Path, scratch: Path, expect_rendered_at_most: int | None = None, edit: str = "") -> list:
    result = generate(load_settings(root), jobs=1)
    assert result.rendered is not None, f"{edit}: the run should render only what the edit touched"
    if expect_rendered_at_most is not None:
        assert len(result.rendered) <= expect_rendered_at_most, result.rendered
    mine, full = generated(root), full_run(root, scratch)
    assert mine.keys() == full.keys(), edit
    assert [path for path in mine if mine[path] != full[path]] == [], edit
    assert result.problems == check(Store.load(root)), edit
    return result.rendered


@pytest.fixture
def synthetic_kb(tmp_path) -> Path:
    """A small knowledge base of the benchmark's shape: 50 incidents, people, organizations, places, sources."""
    root = tmp_path / "kb"
    bench_generate.make_kb(root, incidents=50, people=20, orgs=12, places=30, sources=40)
    generate(load_settings(root), jobs=1)
    return root


def event_file(root: Path, number: int) -> Path:
    return next(root.glob(f"events/*/ev-{number:06d}.yaml"))


SYNTHETIC_EDITS: dict[str, Callable[[Path], None]] = {
    "rename a person": lambda r: edit(r / "actors/people/person-3.yaml",
                                      lambda d: d["name"].update(en="Person Three (renamed)")),
    # The people hub is rendered in Python, not Jinja (pages/hubs.py `people_body`): its rows escape as before.
    "a person's name with markup and an affiliation added": lambda r: edit(
        r / "actors/people/person-3.yaml", lambda d: (d["name"].update(en="<b>Person</b> & \"Three\""),
                                                      d.update(affiliations=[{"org": "org-2"}]))),
    "move an incident": lambda r: edit(event_file(r, 5), lambda d: d.update(place="place-0")),
    "redate an incident": lambda r: edit(event_file(r, 7), lambda d: d.update(date="2011-01-09")),
    "add a person to an incident": lambda r: edit(event_file(r, 9), lambda d: d.setdefault("people", []).append(
        {"id": "person-4", "role": "killed"})),
    "merge a person": lambda r: edit(r / "actors/people/person-5.yaml",
                                     lambda d: d.update(status="merged", merged_into="person-6")),
    "merge a place into a merged one (a chain)": lambda r: (
        edit(r / "places/place-1.yaml", lambda d: d.update(status="merged", merged_into="place-2")),
        edit(r / "places/place-2.yaml", lambda d: d.update(status="merged", merged_into="place-3"))),
    "re-parent a place": lambda r: edit(r / "places/place-4.yaml", lambda d: d.update(parent="gov-3")),
    "re-parent an organization": lambda r: edit(r / "actors/organizations/org-11.yaml",
                                                lambda d: d.update(parent="org-2")),
    "change an outlet and a publication date": lambda r: edit(
        next(r.glob("sources/*/outlet-*-000003.yaml")),
        lambda d: d.update(published="2011-02-03", outlet={"name": {"en": "Outlet"}, "org": "org-1"})),
    "retract an incident": lambda r: edit(event_file(r, 11), lambda d: d.update(status="retracted")),
    "refer to a missing person": lambda r: edit(event_file(r, 13), lambda d: d.update(
        people=[{"id": "nobody-yet", "role": "killed"}])),
    "create the missing person (the reference's problem goes)": lambda r: write(
        r / "actors/people/nobody-yet.yaml", {"id": "nobody-yet", "status": "draft", "name": {"en": "Nobody Yet"}}),
    "refer to a missing organization": lambda r: edit(
        event_file(r, 15), lambda d: d.update(actors=[{"id": "no-such-org", "side": "a"}])),
    # The cross-record checks keep each record's findings while the records they were made from are the
    # same (records/consistency.py `Reused`): an edit of the other record must make them again.
    "a person named in an incident dies before it (a problem of the person)": lambda r: edit(
        r / "actors/people/person-4.yaml", lambda d: d.update(died="2000-01-01")),
    "the incident moves to a year the person was alive in": lambda r: edit(
        event_file(r, 9), lambda d: d.update(date="1999-06-01")),
    "the person's death is taken back": lambda r: edit(
        r / "actors/people/person-4.yaml", lambda d: d.pop("died")),
    "a source dated before the incident citing it (a problem of the incident, whose file did not move)":
        lambda r: edit(next(r.glob("sources/*/outlet-2012-000000.yaml")), lambda d: d.update(published="2011-06-01")),
    "the source dated back": lambda r: edit(next(r.glob("sources/*/outlet-2012-000000.yaml")),
                                            lambda d: d.update(published="2012-01-01")),
    # The check and the graph read each source's facts kept in the state, not its record (pages/cache.py
    # `KeptEntry`): the facts of a source read again must be its new ones.
    "a source's hash no longer its text's (a problem of the source)": lambda r: edit(
        next(r.glob("sources/*/outlet-2013-000001.yaml")), lambda d: d.update(sha256="0" * 64)),
    "a source given an outlet organization": lambda r: edit(
        next(r.glob("sources/*/outlet-2013-000001.yaml")), lambda d: d["outlet"].update(org="org-2")),
    "the source's hash mended": lambda r: edit(
        next(r.glob("sources/*/outlet-2013-000001.yaml")), lambda d: d.update(
            sha256=__import__("hashlib").sha256(next(r.glob("sources/*/outlet-2013-000001.txt")).read_bytes()).hexdigest())),
}


def test_each_edit_in_turn_renders_what_a_full_run_renders(synthetic_kb, tmp_path):
    """Each run starts from the state the last incremental run left."""
    for name, make in SYNTHETIC_EDITS.items():
        make(synthetic_kb)
        check_edit(synthetic_kb, tmp_path / "full", edit=name)


def test_renaming_a_person_renders_few_units(synthetic_kb, tmp_path):
    """The person, the incidents naming them, co-appearing people, organizations listing them, the people hub."""
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    rendered = check_edit(synthetic_kb, tmp_path / "full", expect_rendered_at_most=30)
    assert ("person", "person-3") in rendered and ("hub", "people") in rendered
    assert ("hub", "timeline") not in rendered and ("place", "place-7") not in rendered


def test_adding_and_deleting_records(synthetic_kb, tmp_path):
    write(synthetic_kb / "actors/people/person-new.yaml",
          {"id": "person-new", "status": "draft", "name": {"en": "New Person"}})
    edit(event_file(synthetic_kb, 2), lambda d: d.update(people=[{"id": "person-new", "role": "injured"}]))
    check_edit(synthetic_kb, tmp_path / "full")
    event_file(synthetic_kb, 2).unlink()
    (synthetic_kb / "places/place-9.yaml").unlink()
    check_edit(synthetic_kb, tmp_path / "full")


def test_a_record_added_by_one_edit_and_changed_by_the_next(synthetic_kb, tmp_path):
    """The state numbers the graph keys (pages/deps.py `KeyTable`); keys first read in an edit run get
    new numbers, and the next edit of what they name must still find the units reading them."""
    write(synthetic_kb / "actors/people/person-new.yaml",
          {"id": "person-new", "status": "draft", "name": {"en": "New Person"}})
    edit(event_file(synthetic_kb, 2), lambda d: d.update(people=[{"id": "person-new", "role": "injured"}]))
    check_edit(synthetic_kb, tmp_path / "full", edit="add a person and name them in an incident")
    edit(synthetic_kb / "actors/people/person-new.yaml", lambda d: d["name"].update(en="New Person (renamed)"))
    rendered = check_edit(synthetic_kb, tmp_path / "full", edit="rename the new person")
    assert ("person", "person-new") in rendered and ("event", "ev-000002") in rendered
    (synthetic_kb / "actors/people/person-new.yaml").unlink()
    check_edit(synthetic_kb, tmp_path / "full", edit="remove the new person, still named in an incident")


def test_a_link_changed_to_another_record(synthetic_kb, tmp_path):
    """An incident's actor changed from one organization to another: both organizations' pages (the
    backlink that goes away and the one that appears), the incident and the hubs."""
    path = event_file(synthetic_kb, 4)
    before = read(path)["actors"][0]["id"]
    after = next(f"org-{i}" for i in range(12) if f"org-{i}" != before)
    edit(path, lambda d: d["actors"][0].update(id=after))
    rendered = check_edit(synthetic_kb, tmp_path / "full", edit="change an actor")
    assert {("organization", before), ("organization", after), ("event", "ev-000004")} <= set(rendered)
    edit(path, lambda d: d["actors"][0].update(id=before))
    check_edit(synthetic_kb, tmp_path / "full", edit="change it back")


def test_a_broken_record_then_mended(synthetic_kb, tmp_path):
    person = synthetic_kb / "actors/people/person-8.yaml"
    good = person.read_text(encoding="utf-8")
    person.write_text("id: person-8\nname: [unclosed\n", encoding="utf-8")
    check_edit(synthetic_kb, tmp_path / "full")
    assert any("person-8" in str(p.path) for p in generate(load_settings(synthetic_kb)).problems)
    person.write_text(good, encoding="utf-8")
    check_edit(synthetic_kb, tmp_path / "full")


def test_an_archived_text_edit(synthetic_kb, tmp_path):
    text = next(synthetic_kb.glob("sources/*/*.txt"))
    text.unlink()  # the incident pages citing it lose the archived copy
    check_edit(synthetic_kb, tmp_path / "full")


def test_an_archived_text_replaced_by_a_link(synthetic_kb, tmp_path):
    """A text beside its source is found with one `lstat` (records/consistency.py `_beside`); a link in its
    place, to a file outside the knowledge base, is the general case's problem, as in a full check."""
    text = next(synthetic_kb.glob("sources/*/*.txt"))
    outside = tmp_path / "outside.txt"
    outside.write_bytes(text.read_bytes())
    text.unlink()
    text.symlink_to(outside)
    result = generate(load_settings(synthetic_kb), jobs=1)
    assert result.rendered is not None
    assert result.problems == check(Store.load(synthetic_kb))
    assert any(p.field == "text_file" and "outside the knowledge base" in p.message for p in result.problems)
    text.unlink()  # the link replaced by the file itself: the folder scan's problem goes
    text.write_bytes(outside.read_bytes())
    check_edit(synthetic_kb, tmp_path / "full", edit="the text itself again")
    person = synthetic_kb / "actors/people/person-3.yaml"  # a record replaced by a link: not followed
    (tmp_path / "person-3.yaml").write_bytes(person.read_bytes())
    person.unlink()
    person.symlink_to(tmp_path / "person-3.yaml")
    result = generate(load_settings(synthetic_kb), jobs=1)  # (a full run's copy would copy the file, not the link)
    assert result.problems == check(Store.load(synthetic_kb))
    assert "person-3" not in result.store.by_kind["person"]


def test_an_archived_text_changed_in_place_is_hashed_again(synthetic_kb):
    """The run keeps each text's sha256 by its file's stamp (records/consistency.py): a text rewritten
    in place, with the same size, is read again, and the problem reported is a full check's."""
    text = next(synthetic_kb.glob("sources/*/*.txt"))
    original = text.read_bytes()
    text.write_bytes(b"a" * len(original))
    settings = load_settings(synthetic_kb)
    result = generate(settings, jobs=1)
    source = text.with_suffix(".yaml").relative_to(synthetic_kb)
    assert result.rendered is not None
    assert [(p.path, p.field) for p in result.problems if p.field == "sha256"] == [(source, "sha256")]
    assert result.problems == check(Store.load(synthetic_kb))
    text.write_bytes(original)
    result = generate(settings, jobs=1)
    assert result.rendered is not None and [p for p in result.problems if p.field == "sha256"] == []


def test_an_archived_text_problem_is_kept_through_other_edits(synthetic_kb, tmp_path):
    """A text beside its source keeps its findings while neither file moves (records/consistency.py
    `archive_findings`, the text not stamped): its problem stays through edits elsewhere, goes when mended."""
    text = next(synthetic_kb.glob("sources/*/*.txt"))
    source, original = text.with_suffix(".yaml").relative_to(synthetic_kb), text.read_bytes()
    text.write_bytes(original + b" (changed after ingest)")
    for name in ("", "rename a person", "move an incident"):
        if name:
            SYNTHETIC_EDITS[name](synthetic_kb)
        check_edit(synthetic_kb, tmp_path / "full", edit=name)  # each edit run's problems are a full check's
        assert [(p.path, p.field) for p in check(Store.load(synthetic_kb)) if p.field == "sha256"] == [
            (source, "sha256")], name
    text.write_bytes(original)
    check_edit(synthetic_kb, tmp_path / "full", edit="the text mended")
    assert [p for p in check(Store.load(synthetic_kb)) if p.field == "sha256"] == []


def test_the_graph_notes_what_resolving_a_merged_record_reads(synthetic_kb):
    """`build_graph` resolves without noting each lookup (`Graph.resolution`); an entry is still derived from
    all resolving read: the merged record, its survivor entry, the record it lands on."""
    edit(event_file(synthetic_kb, 9), lambda d: d.update(people=[{"id": "person-5", "role": "killed"}]))
    SYNTHETIC_EDITS["merge a person"](synthetic_kb)
    graph = build_graph(Store.load(synthetic_kb))
    assert [role for event, role in graph.person_events["person-6"] if event.id == "ev-000009"] == ["killed"]
    assert {("survivor", ("person", "person-5")), ("person", "person-5"), ("person", "person-6"),
            ("event", "ev-000009")} <= graph.derived_from[("person_events", "person-6")]


def test_a_problem_whose_line_moved(synthetic_kb):
    """The run keeps the lines of problems by their files' stamps (records/validate.py): a record
    edited so that its problem moves down a line is read again, and reported on the new line."""
    settings = load_settings(synthetic_kb)
    path = next(synthetic_kb.glob("events/*/*.yaml"))
    edit(path, lambda d: d.update(place="no-such-place"))
    problem = next(p for p in generate(settings, jobs=1).problems if p.field == "place")
    assert problem.path == path.relative_to(synthetic_kb) and problem.line > 1
    path.write_text("# an editor's note\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = generate(settings, jobs=1)
    assert result.rendered is not None
    assert [p.line for p in result.problems if (p.path, p.field) == (problem.path, problem.field)] == [problem.line + 1]
    assert result.problems == check(Store.load(synthetic_kb))
    other = next(p for p in synthetic_kb.glob("events/*/*.yaml") if p != path)  # now implausible: a future date
    edit(other, lambda d: d.update(date="2999-01-01"))
    result = generate(settings, jobs=1)
    assert result.rendered is not None and ("date", other.relative_to(synthetic_kb)) in {
        (p.field, p.path) for p in result.problems if p.severity == "error"}
    assert result.problems == check(Store.load(synthetic_kb))


SAMPLE_EDITS: dict[str, Callable[[Path], None]] = {
    "rename a person": lambda r: edit(r / "actors/people/husam-luqa.yaml",
                                      lambda d: d["name"].update(ar="حسام لوقا (معدل)")),
    "change an incident's toll and title": lambda r: edit(
        r / "events/2022/2022-10-17-jasim-armed-clash.yaml",
        lambda d: (d["fatalities"].update(best=4, high=4), d["title"].update(en="Clashes in Jasim"))),
    "rename a place": lambda r: edit(r / "places/jasim.yaml", lambda d: d["name"].update(en="Jassim")),
    "re-parent a place": lambda r: edit(r / "places/jasim.yaml", lambda d: d.update(parent="daraa-district")),
}


def test_edits_of_the_sample_render_what_a_full_run_renders(sample_kb, tmp_path):
    generate(load_settings(sample_kb), jobs=1)
    for make in SAMPLE_EDITS.values():
        make(sample_kb)
        check_edit(sample_kb, tmp_path / "full")


def test_a_hand_edited_page_or_changed_code_key_means_a_full_run(synthetic_kb):
    page = next((synthetic_kb / "content/en/people").glob("*.md"))
    page.write_text("hand edit\n", encoding="utf-8")
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    result = generate(load_settings(synthetic_kb), jobs=1)
    assert result.rendered is None and page in result.report.updated
    (synthetic_kb / cache.STATE_FILE).write_bytes(b"not a pickle")
    edit(synthetic_kb / "actors/people/person-3.yaml", lambda d: d["name"].update(en="Person Three"))
    assert generate(load_settings(synthetic_kb), jobs=1).rendered is None


def test_a_record_saved_unchanged_on_another_day(synthetic_kb, tmp_path):
    """Outside git a record page dates the record by its file (records/history.py): the same record
    saved on another day is an edit of its page, and of the pages showing the dataset's newest change."""
    person = synthetic_kb / "actors/people/person-3.yaml"
    os.utime(person, (946_684_800, 946_684_800))  # 1 January 2000
    rendered = check_edit(synthetic_kb, tmp_path / "full")
    assert ("person", "person-3") in rendered


def test_the_state_keeps_each_record_pickled_on_its_own(synthetic_kb):
    """The state file holds each record as its own pickle (pages/statefile.py `KeptEntry`): an edit run
    writes again the bytes of the records it read again and reuses the others', and the check's memo
    refers to the store's entries (it knows a record it saw by its entry being the same object)."""
    settings = load_settings(synthetic_kb)
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    first = generate(settings, jobs=1)
    assert first.rendered is not None
    before = load_generate_state(settings)
    edit(synthetic_kb / "actors/people/person-4.yaml", lambda d: d["name"].update(en="Person Four (renamed)"))
    assert generate(settings, jobs=1).rendered is not None
    after = load_generate_state(settings)
    assert before is not None and after is not None
    people_before, people_after = before.store.by_kind["person"], after.store.by_kind["person"]
    assert people_after["person-3"].blob == people_before["person-3"].blob
    assert people_after["person-4"].blob != people_before["person-4"].blob
    assert people_after["person-4"].record.name.en == "Person Four (renamed)"
    for key, (entry, _) in after.check_memo.references.items():
        assert entry is after.store.by_kind[key[0]][key[1]]
    assert not after.store.by_kind["source"]["outlet-2012-000000"].loaded  # read back, not yet unpickled
    for key, (entry, _, _) in after.check_memo.plausible.items():
        assert entry is after.store.by_kind[key[0]][key[1]]


def test_an_edit_run_unpickles_no_source_it_does_not_show(synthetic_kb, tmp_path):
    """The state's records are unpickled when first read (pages/statefile.py `KeptEntry`): after renaming a
    person, the only sources read are those cited by the incidents rendered again, and the pages are a
    full run's."""
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    rendered = check_edit(synthetic_kb, tmp_path / "full")
    edit(synthetic_kb / "actors/people/person-3.yaml", lambda d: d["name"].update(en="Person Three"))
    result = generate(load_settings(synthetic_kb), jobs=1)
    assert result.rendered is not None and result.store is not None
    shown = {claim.source for unit in result.rendered if unit[0] == "event"
             for claim in result.store.get("event", unit[1]).sources}
    read = {source_id for source_id, entry in result.store.by_kind["source"].items() if getattr(entry, "loaded", True)}
    assert read <= shown and len(read) < len(result.store.by_kind["source"])
    assert rendered == result.rendered


def test_edit_runs_told_which_files_moved_render_what_a_full_run_renders(synthetic_kb, tmp_path):
    """`mkdocs serve`'s runs: the state kept in memory, and only the files its watcher saw change stamped
    again (`moved`, here each edit's files found by comparing stamps); the manifest's stamps stay the walk's."""
    settings = load_settings(synthetic_kb)
    state = load_generate_state(settings)
    for name, make in SYNTHETIC_EDITS.items():
        before = cache.input_stamps(settings)
        make(synthetic_kb)
        after = cache.input_stamps(settings)
        moved = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
        result = generate(settings, jobs=1, last_state=state, defer_state=True, defer_collect=True, moved=moved)
        assert result.rendered is not None, name
        state = result.state
        mine, full = generated(synthetic_kb), full_run(synthetic_kb, tmp_path / "full")
        assert mine.keys() == full.keys() and [path for path in mine if mine[path] != full[path]] == [], name
        assert cache.load(settings)["inputs"] == after, name


def test_an_edit_run_trusts_the_files_it_is_told_moved(synthetic_kb, tmp_path):
    """A change the watcher did not report is not seen; a folder among the moved files means every file is stamped."""
    settings = load_settings(synthetic_kb)
    state = load_generate_state(settings)
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    assert generate(settings, jobs=1, last_state=state, moved=set()).cached
    result = generate(settings, jobs=1, last_state=state, moved={str(synthetic_kb / "actors/people")})
    assert result.rendered is not None and ("person", "person-3") in result.rendered
    assert generated(synthetic_kb) == full_run(synthetic_kb, tmp_path / "full")
