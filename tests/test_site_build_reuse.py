"""What a build reuses instead of doing again makes the same site, file for file (generator/mkdocs_hook.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page

from conftest import copy_knowledge_base
from generator import mkdocs_hook
from generator.pages import generate
from generator.pages.cache import STATE_FILE
from generator.pages.rawhtml import PLAIN_HEADING
from generator.settings import load_settings


def site_files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def build_site(root: Path, site: Path) -> dict[str, bytes]:
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(site)))
    return site_files(site)


def test_a_build_after_kb_generate_takes_the_records_from_its_state_and_makes_the_same_site(tmp_path, monkeypatch):
    """The benchmark's sequence (and CI's): `kb generate`, then `mkdocs build`, whose own `kb generate` finds nothing
    changed. Its downloads, feeds, record JSON and archived texts come from the state that run left, not from
    reading the YAML again; the site is the one a build reading the records makes."""
    root = copy_knowledge_base(tmp_path / "kb")
    first = build_site(root, tmp_path / "first")  # generates: the records the run read make the downloads
    assert generate(load_settings(root)).cached

    def not_again(*args, **kwargs):
        raise AssertionError("the records were read again")

    monkeypatch.setattr(mkdocs_hook.Store, "load", not_again)
    second = build_site(root, tmp_path / "second")
    assert second.keys() == first.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert any(name.startswith("data/records/") for name in second) and "feed.xml" in second


def test_without_a_usable_state_the_records_are_read_again(tmp_path, monkeypatch):
    root = copy_knowledge_base(tmp_path / "kb")
    first = build_site(root, tmp_path / "first")
    (root / STATE_FILE).write_bytes(b"not a state")
    loads = []
    original = mkdocs_hook.Store.load
    monkeypatch.setattr(mkdocs_hook.Store, "load", lambda *args: loads.append(args) or original(*args))
    second = build_site(root, tmp_path / "second")
    assert len(loads) == 1
    assert second == first


@pytest.fixture(autouse=True)
def quiet_material(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")



def test_generated_pages_rendered_with_one_markdown_per_language_make_the_same_site(tmp_path, monkeypatch):
    """mkdocs_render.py renders a generated page with one Markdown per language build instead of MkDocs' new one per
    page: the site is the one MkDocs' own `Page.render` makes, and record pages do not go through `Page.render`."""
    root = copy_knowledge_base(tmp_path / "kb")
    by_mkdocs: list[str] = []
    original = Page.render

    def counted(page, config, files):
        by_mkdocs.append(page.file.src_uri)
        original(page, config, files)

    monkeypatch.setattr(Page, "render", counted)
    fast = build_site(root, tmp_path / "fast")
    # Record pages but those with a heading RawHtmlBlocks leaves to Markdown ("Editors&#39; notes") skip it.
    assert {uri for uri in by_mkdocs if RECORD_PAGE.fullmatch(uri)} == {
        path.relative_to(root / "content").as_posix() for path in (root / "content").rglob("*.md")
        if RECORD_PAGE.fullmatch(path.relative_to(root / "content").as_posix()) and any(
            line.startswith("#") and not PLAIN_HEADING.fullmatch(line)
            for line in path.read_text(encoding="utf-8").splitlines())}
    assert by_mkdocs  # hand-written pages still go to MkDocs

    monkeypatch.setattr(mkdocs_hook, "GeneratedPages", lambda: None)  # every page through MkDocs' Page.render
    by_mkdocs.clear()
    mkdocs_own = build_site(root, tmp_path / "mkdocs")
    assert len([uri for uri in by_mkdocs if RECORD_PAGE.fullmatch(uri)]) > 10
    assert mkdocs_own.keys() == fast.keys()
    assert [name for name in fast if fast[name] != mkdocs_own[name]] == []


RECORD_PAGE = re.compile(r"(?:en|ar)/(?:incidents|people|organizations|places)/(?!index\.md)[^/]+\.md")
