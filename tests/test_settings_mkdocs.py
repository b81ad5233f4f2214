"""The site's addresses come from mkdocs.yml when kb.yaml gives none (generator/settings.py), so that
`kb generate` writes the pages a `mkdocs build` writes and the build regenerates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import copy_knowledge_base, mkdocs_build
from generator.pages import generate
from generator.settings import BadSettings, load_settings


def settings_of(root: Path, mkdocs_yml: str, kb_yaml: str | None = None):
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
    if kb_yaml is not None:
        (root / "kb.yaml").write_text(kb_yaml, encoding="utf-8")
    return load_settings(root)


def test_env_tags_defaults_and_a_missing_trailing_slash(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("KB_SITE_URL", raising=False)
    settings = settings_of(tmp_path, 'site_url: !ENV [KB_SITE_URL, "https://example.org/kb"]\n'
                                     "repo_url: https://github.com/org/kb\nedit_uri: edit/trunk/content/\n"
                                     "markdown_extensions:\n  - toc:\n      slugify: !!python/name:os.system\n")
    assert (settings.site_url, settings.edit_base_url) == ("https://example.org/kb/", "https://github.com/org/kb/edit/trunk/")
    monkeypatch.setenv("KB_SITE_URL", "https://documenters.example/")
    assert load_settings(tmp_path).site_url == "https://documenters.example/"


def test_mkdocs_default_edit_uri_and_kb_yaml_first(tmp_path: Path) -> None:
    settings = settings_of(tmp_path / "a", "repo_url: https://gitlab.com/org/kb/\n")
    assert (settings.site_url, settings.edit_base_url) == (None, "https://gitlab.com/org/kb/edit/master/")
    settings = settings_of(tmp_path / "b", "site_url: https://a.example/\nrepo_url: https://git.example/kb\n",
                           kb_yaml="site_url: https://b.example/\n")
    assert (settings.site_url, settings.edit_base_url) == ("https://b.example/", "https://git.example/kb/edit/main/")


@pytest.mark.parametrize("text", ["site_url: [unclosed\n", "- a list\n", "\xff"])
def test_an_unreadable_mkdocs_yml_leaves_the_addresses_unset(tmp_path: Path, text: str) -> None:
    assert settings_of(tmp_path, text).site_url is None


def test_a_build_after_kb_generate_rewrites_no_page(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "kb")
    generate(load_settings(root), jobs=1)
    pages = sorted(p for p in (root / "content").rglob("*.md"))
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in pages}
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in pages} == before


@pytest.mark.parametrize("data", ["site_url: 2023-02-30\n".encode(), "site_url: ‘مثال’\n".encode("cp1256")])
def test_a_kb_yaml_yaml_reads_wrong_is_a_named_error(tmp_path: Path, data: bytes) -> None:
    # PyYAML raises ValueError for a date that does not exist, and read_text one for a file not in UTF-8
    (tmp_path / "kb.yaml").write_bytes(data)
    with pytest.raises(BadSettings, match=r"kb.yaml: "):
        load_settings(tmp_path)
