"""`kb init DIR` makes an empty knowledge base that the same tools work on."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli


def test_init_creates_an_empty_knowledge_base_the_tools_accept(tmp_path: Path) -> None:
    target = tmp_path / "kb"
    result = CliRunner().invoke(cli, ["init", str(target)])
    assert result.exit_code == 0, result.output
    for folder in ("events", "actors/people", "actors/organizations", "places", "sources", "schemas",
                   "content/en", "content/ar", "site-overrides"):
        assert (target / folder).is_dir(), folder
    assert (target / "mkdocs.yml").is_file()
    assert (target / "schemas/event.schema.json").is_file()
    assert not list(target.rglob("*.yaml")), "no records in an empty knowledge base"
    check = CliRunner().invoke(cli, ["check", "--root", str(target)])
    assert check.exit_code == 0, check.output


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    result = CliRunner().invoke(cli, ["init", str(tmp_path)])
    assert result.exit_code != 0
    assert (tmp_path / "notes.txt").read_text() == "mine"
