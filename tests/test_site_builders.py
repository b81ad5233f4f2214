"""Longevity: the site builds unchanged with ProperDocs, and the theme overrides stay portable.

ProperDocs (on PyPI, a test dependency) is the maintained fork of MkDocs 1.x;
it installs beside MkDocs and runs the same plugins and theme. Zensical (the
successor of Material for MkDocs) renders templates with MiniJinja, which has
no `.items()`-style dict methods: docs/benchmarks.md says what else stands
between this site and Zensical.
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO, copy_knowledge_base


def files_of(site: Path) -> dict[str, bytes]:
    """Each file's bytes; a gzip file's content, since its header holds the build's date (two builds on
    either side of midnight differ there and nowhere else)."""
    return {p.relative_to(site).as_posix(): gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
            for p in site.rglob("*") if p.is_file()}


def test_properdocs_builds_the_same_site_as_mkdocs(site, tmp_path):
    root = copy_knowledge_base(tmp_path / "kb")
    done = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "--site-dir", str(root / "site")],
                          cwd=root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    theirs, ours = files_of(root / "site"), files_of(site)
    assert theirs.keys() == ours.keys()
    assert [path for path in ours if ours[path] != theirs[path]] == []


def test_theme_overrides_use_no_dict_methods_minijinja_lacks():
    """`for k, v in d.items()` stops Zensical ("map has no method named items"); iterate keys and look up."""
    offending = []
    for path in sorted((REPO / "site-overrides").rglob("*")):
        if path.suffix in (".html", ".xml") and path.is_file():
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"\{[%{].*\.(items|keys|values)\(\)", line):
                    offending.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offending == []
