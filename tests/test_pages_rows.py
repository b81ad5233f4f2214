"""Hub rows kept from one `kb generate` run to the next (generator/pages/rows.py).

A kept row is taken only while none of the keys it read is dirty: each edit
below changes what some people hub rows show without touching those people's
files (an organization they are affiliated with renamed or merged, an incident
naming them added), or changes a person; the edit run must make those rows
again, take the others, and leave the content folder as a full run does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_pages_incremental import (check_edit, edit, event_file, full_run, generated, read,  # noqa: F401
                                    synthetic_kb, write)

from generator.pages import generate, statefile
from generator.pages.view import View
from generator.settings import load_settings


def person_with_affiliation(root: Path) -> tuple[str, str]:
    """A person of the synthetic knowledge base and the organization of their first affiliation."""
    for path in sorted((root / "actors/people").glob("person-*.yaml")):
        data = read(path)
        if data.get("affiliations"):
            return data["id"], data["affiliations"][0]["org"]
    raise AssertionError("no affiliated person")


def made_rows(monkeypatch) -> list[str]:
    """The ids of the people whose hub row is made (not taken) from now on, once per language."""
    made: list[str] = []
    make = View._person_row

    def counted(self, p, count):
        made.append(p.id)
        return make(self, p, count)

    monkeypatch.setattr(View, "_person_row", counted)
    return made


def edit_run(root: Path, scratch: Path, made: list[str]) -> list[str]:
    """The people whose rows an edit run made; its pages checked against a full run's."""
    result = generate(load_settings(root), jobs=1)
    assert result.rendered is not None and ("hub", "people") in result.rendered
    mine = list(made)
    assert generated(root) == full_run(root, scratch)
    return mine


def people_hub(root: Path, language: str) -> str:
    folder = root / "content" / language / "people"
    return (folder / "index.md").read_text(encoding="utf-8")


def test_a_full_run_keeps_a_row_for_each_person_in_each_language(synthetic_kb):
    state = statefile.read(synthetic_kb)
    assert state is not None
    people = {key[4] for key in state.rows if key[0] == ("hub", "people")}
    assert people == {p.stem for p in (synthetic_kb / "actors/people").glob("*.yaml")}
    assert {key[1] for key in state.rows} == {"en", "ar"}


def test_renaming_a_person_makes_their_row_again_and_takes_the_others(synthetic_kb, tmp_path, monkeypatch):
    made = made_rows(monkeypatch)
    edit(synthetic_kb / "actors/people/person-3.yaml", lambda d: d["name"].update(en="Person Three (renamed)"))
    assert edit_run(synthetic_kb, tmp_path / "full", made) == ["person-3", "person-3"]  # one per language
    assert "Person Three (renamed)" in people_hub(synthetic_kb, "en")


def test_renaming_an_organization_makes_the_rows_naming_it_again(synthetic_kb, tmp_path, monkeypatch):
    person, org = person_with_affiliation(synthetic_kb)
    made = made_rows(monkeypatch)
    edit(synthetic_kb / f"actors/organizations/{org}.yaml", lambda d: d["name"].update(en="Renamed Org"))
    made = edit_run(synthetic_kb, tmp_path / "full", made)
    assert person in made and "person-3" not in made or read(
        synthetic_kb / "actors/people/person-3.yaml")["affiliations"][0]["org"] == org
    assert "Renamed Org" in people_hub(synthetic_kb, "en")


@pytest.mark.parametrize("change", ["merge the organization", "an incident names the person"])
def test_rows_whose_links_or_counts_moved_are_made_again(synthetic_kb, tmp_path, change):
    person, org = person_with_affiliation(synthetic_kb)
    if change == "merge the organization":
        other = "org-0" if org != "org-0" else "org-1"
        edit(synthetic_kb / f"actors/organizations/{org}.yaml",
             lambda d: d.update(status="merged", merged_into=other))
    else:
        edit(event_file(synthetic_kb, 3), lambda d: d.setdefault("people", []).append({"id": person, "role": "killed"}))
    check_edit(synthetic_kb, tmp_path / "full", edit=change)


def test_rows_kept_through_runs_that_do_not_render_the_hub(synthetic_kb, tmp_path):
    """A run that does not render the people hub carries its rows over; the next one that does takes them
    only if they are still valid (here: an organization renamed in between, then a person renamed)."""
    person, org = person_with_affiliation(synthetic_kb)
    edit(event_file(synthetic_kb, 5), lambda d: d.update(date="2011-01-09"))
    check_edit(synthetic_kb, tmp_path / "full")
    before = {key: row for key, row in statefile.read(synthetic_kb).rows.items() if key[4] == person}
    edit(synthetic_kb / f"actors/organizations/{org}.yaml", lambda d: d["name"].update(en="Org Renamed Twice"))
    check_edit(synthetic_kb, tmp_path / "full")
    edit(synthetic_kb / "actors/people/person-3.yaml", lambda d: d["name"].update(en="Person Three (again)"))
    check_edit(synthetic_kb, tmp_path / "full")
    after = {key: row for key, row in statefile.read(synthetic_kb).rows.items() if key[4] == person}
    assert before and after and all("Org Renamed Twice" in row for key, (row, _) in after.items() if key[1] == "en")


def test_a_person_removed_leaves_no_row(synthetic_kb, tmp_path):
    (synthetic_kb / "actors/people/person-19.yaml").unlink()
    for path in synthetic_kb.glob("events/*/*.yaml"):  # no incident names them any more
        data = read(path)
        if any(ref["id"] == "person-19" for ref in data.get("people") or []):
            data["people"] = [ref for ref in data["people"] if ref["id"] != "person-19"]
            write(path, data)
    generate(load_settings(synthetic_kb), jobs=1)
    assert not [key for key in statefile.read(synthetic_kb).rows if key[4] == "person-19"]
