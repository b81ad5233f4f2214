"""The state file written whole after a full run and as a journal of deltas after edit runs (pages/statefile.py).

What the next run reads back (the file with the journal's deltas applied) must
be the state the run kept in memory, entry for entry; a journal that does not
follow on from the state file is ignored, and one that cannot be read means a
full run, never a wrong one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_pages_incremental import (SYNTHETIC_EDITS, check_edit, edit, event_file, full_run, generated,  # noqa: F401
                                    synthetic_kb, write)

from generator.pages import generate, statefile
from generator.records.entries import Entry
from generator.settings import load_settings


def plain(value: Any, store) -> Any:
    """A state's value with each store entry as its kind and id (checked to be the store's own entry)."""
    if isinstance(value, Entry):
        record_id = Path(value.file).stem
        assert store.by_kind[value.kind.name][record_id] is value
        return ("entry", value.kind.name, record_id)
    if isinstance(value, dict):
        return {key: plain(item, store) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item, store) for item in value]
    return value


def summary(state: statefile.State) -> dict:
    store = state.store
    memo = {name: plain(value, store) for name, value in vars(state.check_memo).items()}
    return {"entries": {kind: [(record_id, entry.file, entry.record) for record_id, entry in entries.items()]
                        for kind, entries in store.by_kind.items()},
            "rest": (store.problems, store.unreadable, [str(p) for p in store.texts]),
            "derived": state.derived, "units": state.units, "keys": state.keys.keys, "token": state.token,
            "memo": memo, "rows": state.rows}


def stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


EDITS = ["rename a person", "move an incident", "merge a person", "re-parent a place",
         "refer to a missing person", "create the missing person (the reference's problem goes)",
         "a person named in an incident dies before it (a problem of the person)"]


def test_edit_runs_add_deltas_and_the_state_read_back_is_the_one_kept(synthetic_kb, tmp_path, monkeypatch):
    """Edits of links, names, merges, parents, problems: each adds a delta and leaves the state file as it
    was, unless it added a record (a full load: the state file is written whole and the journal goes)."""
    monkeypatch.setattr(statefile, "JOURNAL_SHARE", 0)  # a delta however large (this knowledge base is small)
    root = synthetic_kb / statefile.STATE_FILE.parent
    for name in EDITS:
        base = stamp(synthetic_kb / statefile.STATE_FILE)
        journal = (synthetic_kb / statefile.JOURNAL_FILE)
        size = journal.stat().st_size if journal.exists() else 0
        SYNTHETIC_EDITS[name](synthetic_kb)
        result = generate(load_settings(synthetic_kb), jobs=1)
        assert result.rendered is not None and result.state is not None, name
        added = name.startswith("create")
        assert (stamp(synthetic_kb / statefile.STATE_FILE) != base) == added, name
        assert journal.exists() != added and (added or journal.stat().st_size > size), name
        read = statefile.read(synthetic_kb)
        assert read is not None and summary(read) == summary(result.state), name
    assert sorted(p.name for p in root.iterdir()) == ["generate.marshal", "state-journal.pickle", "state.pickle"]
    SYNTHETIC_EDITS["redate an incident"](synthetic_kb)
    check_edit(synthetic_kb, tmp_path / "full", edit="an edit run from the state read back")


def test_an_invalid_record_and_a_removed_one(synthetic_kb, tmp_path, monkeypatch):
    monkeypatch.setattr(statefile, "JOURNAL_SHARE", 0)
    person = synthetic_kb / "actors/people/person-8.yaml"
    good = person.read_text(encoding="utf-8")
    for make in (lambda: person.write_text("id: person-8\nname: [unclosed\n", encoding="utf-8"),
                 lambda: person.write_text(good, encoding="utf-8"),
                 lambda: event_file(synthetic_kb, 2).unlink()):
        make()
        result = generate(load_settings(synthetic_kb), jobs=1)
        assert result.rendered is not None and result.state is not None
        read = statefile.read(synthetic_kb)
        assert read is not None and summary(read) == summary(result.state)
        assert generated(synthetic_kb) == full_run(synthetic_kb, tmp_path / "full")


def test_a_journal_past_its_share_is_folded_into_the_state_file(synthetic_kb, tmp_path, monkeypatch):
    monkeypatch.setattr(statefile, "JOURNAL_SHARE", 10**9)  # no delta is small enough
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    result = generate(load_settings(synthetic_kb), jobs=1)
    assert result.rendered is not None and not (synthetic_kb / statefile.JOURNAL_FILE).exists()
    assert summary(statefile.read(synthetic_kb)) == summary(result.state)
    SYNTHETIC_EDITS["move an incident"](synthetic_kb)
    check_edit(synthetic_kb, tmp_path / "full")


def test_a_journal_of_another_state_is_ignored_and_a_broken_one_means_a_full_run(synthetic_kb, tmp_path, monkeypatch):
    monkeypatch.setattr(statefile, "JOURNAL_SHARE", 0)
    settings = load_settings(synthetic_kb)
    journal = synthetic_kb / statefile.JOURNAL_FILE
    SYNTHETIC_EDITS["rename a person"](synthetic_kb)
    check_edit(synthetic_kb, tmp_path / "full")
    old = journal.read_bytes()
    (synthetic_kb / ".cache/kb/generate.marshal").unlink()  # the next run is a full one: the state file written whole
    SYNTHETIC_EDITS["move an incident"](synthetic_kb)
    assert generate(settings, jobs=1).rendered is None and not journal.exists()
    journal.write_bytes(old)  # deltas of the state before: they do not follow on from this one
    SYNTHETIC_EDITS["redate an incident"](synthetic_kb)
    check_edit(synthetic_kb, tmp_path / "full", edit="with a journal of an older state")
    assert not journal.read_bytes().startswith(old)  # replaced, not added to
    journal.write_bytes(journal.read_bytes()[:-10])  # cut short
    write(synthetic_kb / "actors/people/person-3.yaml", {"id": "person-3", "status": "draft", "name": {"en": "P3"}})
    assert generate(settings, jobs=1).rendered is None
    edit(synthetic_kb / "actors/people/person-3.yaml", lambda d: d["name"].update(en="P 3"))
    check_edit(synthetic_kb, tmp_path / "full", edit="after a full run")
