"""The incident page and the pieces record pages share, written in Python (generator/pages/incidentpage.py,
pieces.py): every value escaped once, and what the templates gave in each branch (a retracted or draft
record, a claim whose source is missing, a range with one end, a source without title, link or
archived text, aliases, an undated incident)."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.pages import generate
from generator.settings import load_settings

EVENT = "events/2022/2022-10-15-jasim-8th-brigade-withdrawal.yaml"
OTHER = "events/2022/2022-10-17-jasim-armed-clash.yaml"
SOURCE = "sources/2022/ain-al-furat-2022-10-17-c4df66b4"


def edit(path: Path, **fields) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(fields)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def page(root: Path, language: str, path: str) -> str:
    return (root / "content" / language / "incidents" / f"{Path(path).stem}.md").read_text(encoding="utf-8")


def test_every_branch_of_an_incident_page(sample_kb):
    event = sample_kb / EVENT
    sources = yaml.safe_load(event.read_text(encoding="utf-8"))["sources"]
    edit(event, status="retracted", place_detail={"en": "north <side> & more"}, notes='a <b>note</b> & "quote"',
         fatalities={"best": None, "low": 2, "high": None}, date_precision="month",
         sources=[*sources, {"source": "no-such-source", "fatalities": 1, "injured": 2}])
    edit(sample_kb / OTHER, status="draft", place=None, geo_precision=None, injured=4, civilian_targeting=True,
         fatalities={"best": 3, "low": 1, "high": 7})
    edit(sample_kb / f"{SOURCE}.yaml", url="https://example.org/a?b=1&c=2", published=None, title=None,
         outlet={"name": {"en": "Outlet & Co"}})
    (sample_kb / f"{SOURCE}.txt").unlink()
    generate(load_settings(sample_kb), jobs=1)

    en, ar = page(sample_kb, "en", EVENT), page(sample_kb, "ar", EVENT)
    assert '<p class="kb-badge kb-badge--retracted" data-status="retracted"><strong>' in en
    assert " — north &lt;side&gt; &amp; more</dd>" in en
    assert '<div class="kb-notes"><p dir="auto">a &lt;b&gt;note&lt;/b&gt; &amp; &#34;quote&#34;</p></div>' in en
    assert "<tr><td><code>no-such-source</code></td><td></td><td></td><td>1</td><td>2</td></tr>" in en
    assert "not reported; range: at least 2</dd>" in en
    assert '<bdi dir="ltr">2</bdi>' in ar.split('class="kb-fatalities">')[1].split("</dd>")[0]  # Markup, not text
    other = page(sample_kb, "en", OTHER)
    assert '<p class="kb-badge kb-badge--draft" data-status="draft">' in other
    assert "<dt>Place</dt><dd>unknown</dd>" in other and "kb-admin-chain" not in other
    assert '3 <span class="kb-note">(best estimate)</span>; range: 1 – 7</dd>' in other
    assert "<dd>Outlet &amp; Co</dd>" in other and "<dt>Published</dt><dd>unknown</dd>" in other
    assert '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener" dir="ltr">' in other
    assert '<p class="kb-note">' in other and "kb-archive" not in other


def test_the_pieces_record_pages_share(sample_kb):
    """pages/pieces.py, which the templates of the other record pages call through _macros.j2: aliases
    escaped, an undated incident in a person's yearly counts."""
    person = sample_kb / "actors/people/abd-al-rahman-al-iraqi.yaml"
    edit(person, aliases={"en": ["<i>x</i> & y"], "ar": []})
    event = sample_kb / OTHER
    data = yaml.safe_load(event.read_text(encoding="utf-8"))
    data.update(date=None, date_precision="unknown")
    event.unlink()
    undated = sample_kb / "events/undated" / event.name
    undated.parent.mkdir()
    undated.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    generate(load_settings(sample_kb), jobs=1)
    text = (sample_kb / "content/en/people/abd-al-rahman-al-iraqi.md").read_text(encoding="utf-8")
    assert '<dd><ul class="kb-aliases"><li>&lt;i&gt;x&lt;/i&gt; &amp; y</li></ul></dd>' in text
    assert "<tr><td>Undated</td><td>1</td><td>3</td></tr>" in text
    assert '<div class="kb-table kb-backlinks">\n<table>\n<thead><tr><th>Date</th>' in text
