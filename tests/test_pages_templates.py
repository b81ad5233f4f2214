"""The compiled templates kept between runs (generator/pages/render.py, `CompiledTemplates`): a file
that cannot be read or written means the template is compiled again, never a failed run."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import jinja2

from generator.pages.render import OPTIONS, TEMPLATES, CompiledTemplates

CONTEXT = {"title": "T", "v": SimpleNamespace(s=lambda key: f"<{key}>"), "target_url": "../x/", "target_label": "X"}


def environment(cache: CompiledTemplates | None) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), bytecode_cache=cache, **OPTIONS)


def test_compiled_templates_are_kept_and_used(tmp_path):
    expected = environment(None).get_template("redirect.md.j2").render(**CONTEXT)
    environment(CompiledTemplates(str(tmp_path))).get_template("redirect.md.j2")
    kept = list(tmp_path.iterdir())
    assert len(kept) == 1 and kept[0].name.endswith(f"-{CompiledTemplates.KEY}.cache")
    assert environment(CompiledTemplates(str(tmp_path))).get_template("redirect.md.j2").render(**CONTEXT) == expected


def test_a_truncated_file_or_a_folder_gone_is_compiled_again(tmp_path):
    expected = environment(None).get_template("redirect.md.j2").render(**CONTEXT)
    environment(CompiledTemplates(str(tmp_path))).get_template("redirect.md.j2")
    kept = next(tmp_path.iterdir())
    kept.write_bytes(kept.read_bytes()[:12])  # Jinja's header and no more
    assert environment(CompiledTemplates(str(tmp_path))).get_template("redirect.md.j2").render(**CONTEXT) == expected
    cache = CompiledTemplates(str(tmp_path))
    shutil.rmtree(tmp_path)
    assert environment(cache).get_template("redirect.md.j2").render(**CONTEXT) == expected
