"""A generated page's front matter read back as JSON (pages/render.py, `read_front_matter`) gives what MkDocs'
YAML reading gives, or nothing, when YAML would read it otherwise."""

from __future__ import annotations

import pytest
from mkdocs.utils.meta import get_data

from conftest import copy_knowledge_base
from generator.pages import generate
from generator.pages.render import GENERATED_MARK, front_matter, read_front_matter
from generator.settings import load_settings

BODY = "<div class=\"kb-record\">\n<p>text</p>\n</div>\n\n## Sources\n\n---\n\nafter a rule\n"


def test_every_generated_page_reads_as_mkdocs_reads_it(tmp_path):
    root = copy_knowledge_base(tmp_path / "kb")
    generate(load_settings(root))
    pages = sorted((root / "content").rglob("*.md"))
    read = 0
    for path in pages:
        source = path.read_text(encoding="utf-8-sig")
        ours = read_front_matter(source)
        if ours is None:
            assert not get_data(source)[1].get(GENERATED_MARK), path
            continue
        read += 1
        assert ours == get_data(source), path
        assert list(ours[1]) == list(get_data(source)[1]), path
    assert read > 50
    assert read < len(pages)  # the hand-written pages are left to MkDocs


@pytest.mark.parametrize("title, meta", [
    ("Shelling of Jasim", {"kb": {"id": "ev-1", "search_text": "جاسم · Jasim", "record": "events/ev-1.yaml"}}),
    ('He said "no" \\ then left: # not a comment', {"kb": {"tags": ["a", "b"], "n": 3, "ok": True, "none": None}}),
    ("--- a fence in a title ---", {"kb_redirect": "../other/", "kb": {}}),
    ("... and dots", {"kb": {"big": 12345678901234567890, "negative": -4, "nested": [[1], {"x": ""}]}}),
    ("emoji 😀 and an Arabic comma ، and a bidi mark \u200f", {"kb": {"empty": [], "zero": 0}}),
    ("a control character \x01 and a tab \t", {"kb": {"text": "line\nbreak\rreturn"}}),
])
def test_what_front_matter_writes_reads_back_as_yaml_reads_it(title, meta):
    source = front_matter(title, {GENERATED_MARK: True, **meta}) + BODY
    ours = read_front_matter(source)
    assert ours is not None
    assert ours == get_data(source)
    assert ours[0] == BODY


@pytest.mark.parametrize("title, meta", [
    ("a line separator \u2028 YAML folds", {}),
    ("a next line \x85", {}),
    ("a byte order mark \ufeff inside", {}),
    ("a delete character \x7f", {}),
    ("a number YAML 1.1 reads as text", {"kb": {"share": 1e-05}}),
    ("a number with a fraction", {"kb": {"lat": 33.5}}),
    ("not a number", {"kb": {"x": float("nan")}}),
])
def test_values_yaml_reads_otherwise_are_left_to_yaml(title, meta):
    assert read_front_matter(front_matter(title, {GENERATED_MARK: True, **meta}) + BODY) is None


@pytest.mark.parametrize("source", [
    "# A hand-written page\n\ntext\n",
    "---\ntitle: Plain YAML title\n---\n\ntext\n",  # not JSON
    '---\ntitle: "A"\nyes: true\n---\n\ntext\n',  # a key YAML 1.1 reads as a boolean
    '---\ntitle: "A"\nkb: {"a":1}\n---\n\ntext\n',  # not written by front_matter (its spacing)
    '---\ntitle: "A"\n  kb: "indented"\n---\n\ntext\n',
    '---\ntitle: "A"\n',  # no closing fence
    '---\ntitle: "A"\n---',  # a closing fence without its line break
])
def test_other_front_matter_is_left_to_mkdocs(source):
    assert read_front_matter(source) is None


def test_the_closing_fence_is_found_as_mkdocs_finds_it():
    for fence in ("---", "...", "---  ", "...\t"):
        source = f'---\ntitle: "A"\n{fence}\n\n\nbody\n---\n'
        assert read_front_matter(source) == get_data(source) == ("body\n---\n", {"title": "A"})
