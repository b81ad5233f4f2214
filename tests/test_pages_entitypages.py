"""The person, organization and place pages, written in Python (generator/pages/entitypages.py): every
value escaped once, and what the templates they replaced gave in each branch (an affiliation with a
role and either end of its time span, birth and death, an identifier in Wikidata or GeoNames or none,
a description in the other language, a parent, a place without coordinates, a banner)."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.pages import generate
from generator.settings import load_settings

PERSON = "actors/people/abd-al-rahman-al-iraqi.yaml"


def edit(path: Path, **fields) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(fields)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def page(root: Path, folder: str, name: str, language: str = "en") -> str:
    return (root / "content" / language / folder / f"{name}.md").read_text(encoding="utf-8")


def test_every_branch_of_a_person_page(sample_kb):
    edit(sample_kb / PERSON, status="retracted", description={"en": "a <b>desc</b> & co"}, born="1970-01-02",
         died="2020-05-06", wikidata="Q42",
         affiliations=[{"org": "8th-brigade", "role": {"en": "<leader> & 'x'"}, "from": "2018-01-01", "to": "2020-01-01"},
                       {"org": "islamic-state", "from": "2015-01-01"}, {"org": "syrian-arab-army", "to": "2019-01-01"},
                       {"org": "free-syrian-army", "role": {"ar": "قائد"}}])
    edit(sample_kb / "actors/people/husam-luqa.yaml", description={"ar": "وصف <b>"}, affiliations=[])
    generate(load_settings(sample_kb), jobs=1)

    text = page(sample_kb, "people", "abd-al-rahman-al-iraqi")
    assert text.split("\n\n")[1].startswith(  # the front matter, then the record's box; the banner on its own line
        '<div class="kb-record kb-person" data-kb-kind="person" data-kb-id="abd-al-rahman-al-iraqi">\n'
        '<h1 id="kb-title">')
    assert '</h1>\n<p class="kb-badge kb-badge--retracted" data-status="retracted">' in text
    assert ('<dt>Affiliations</dt><dd><ul><li><a href="../../organizations/8th-brigade/">8th Brigade</a> — '
            '&lt;leader&gt; &amp; &#39;x&#39; <span class="kb-note">(from 1 January 2018 to 1 January 2020)</span></li>'
            '<li><a href="../../organizations/islamic-state/">Islamic State</a> '
            '<span class="kb-note">(from 1 January 2015)</span></li>'
            '<li><a href="../../organizations/syrian-arab-army/">Syrian government forces</a> '
            '<span class="kb-note">(to 1 January 2019)</span></li>'
            '<li><a href="../../organizations/free-syrian-army/">Free Syrian Army</a> — '
            '<bdi lang="ar" dir="rtl">قائد</bdi></li></ul></dd>'
            '<dt>Born</dt><dd><time datetime="1970-01-02">2 January 1970</time></dd>'
            '<dt>Died</dt><dd><time datetime="2020-05-06">6 May 2020</time></dd><dt>External ids</dt>'
            '<dd>Wikidata: <a href="https://www.wikidata.org/wiki/Q42" rel="nofollow noopener" dir="ltr">Q42</a></dd>\n'
            ) in text
    assert '<div class="kb-description">a &lt;b&gt;desc&lt;/b&gt; &amp; co</div></div>\n\n## Incidents\n' in text
    assert "\n## Related actors\n\n<div class=\"kb-related\">\n<dl>\n<dt>Organizations</dt>" in text
    assert "\n## Incidents per year\n\n" in text
    other = page(sample_kb, "people", "husam-luqa")
    assert '<div class="kb-description"><div lang="ar" dir="rtl">وصف &lt;b&gt;</div></div></div>\n' in other
    assert "<dt>Affiliations</dt>" not in other and "<dt>External ids</dt><dd>none</dd>" in other


def test_every_branch_of_an_organization_page(sample_kb):
    orgs = sample_kb / "actors/organizations"
    edit(orgs / "8th-brigade.yaml", status="draft", wikidata="Q1", description={"en": "x <y> & z"})
    edit(orgs / "islamic-state.yaml", parent="8th-brigade")
    generate(load_settings(sample_kb), jobs=1)

    text = page(sample_kb, "organizations", "8th-brigade")
    assert '</h1>\n<p class="kb-badge kb-badge--draft" data-status="draft">' in text
    assert ('<dt>Category</dt><dd>State forces <span class="kb-note">(ACLED <code dir="ltr">inter</code> code: 1)'
            '</span></dd>\n<dt>Part of</dt><dd><a href="../../organizations/military-security/">') in text
    assert ('<dt>Sub-organizations</dt><dd><ul class="kb-links"><li><a href="../../organizations/islamic-state/">'
            'Islamic State</a></li></ul></dd><dt>External ids</dt><dd>Wikidata: ') in text
    assert '<div class="kb-description">x &lt;y&gt; &amp; z</div></div>\n\n## Incidents\n' in text
    outlet = page(sample_kb, "organizations", "ain-al-furat")
    assert "<p class=\"kb-none\">none</p>\n\n## Articles of this outlet\n\n<ul class=\"kb-links\"><li>" in outlet
    army = page(sample_kb, "organizations", "syrian-arab-army")
    assert "<dt>People affiliated</dt><dd><ul class=\"kb-links\"><li>" in army


def test_every_branch_of_a_place_page(sample_kb):
    edit(sample_kb / "places/jasim.yaml", geonames=123, status="retracted")
    edit(sample_kb / "places/inkhil.yaml", coordinates=None)
    generate(load_settings(sample_kb), jobs=1)

    text = page(sample_kb, "places", "jasim")
    assert '</h1>\n<p class="kb-badge kb-badge--retracted" data-status="retracted">' in text
    assert '<dt>External ids</dt><dd>GeoNames: <a href="https://www.geonames.org/123" rel="nofollow noopener"' in text
    assert '</dd>\n</dl>\n<div class="kb-map" data-kind="place" data-id="jasim" data-lat="' in text
    assert ' data-label="Jasim"></div></div>\n\n## Incidents at this place\n' in text
    chain = text.split('<dd class="kb-admin-chain">')[1].split("</dd>")[0]
    assert chain.count(" ‹ ") == chain.count("<a href=") - 1 > 0
    inkhil = page(sample_kb, "places", "inkhil")
    assert "<dt>Coordinates</dt><dd>unknown</dd>" in inkhil and "kb-map" not in inkhil
    daraa = page(sample_kb, "places", "daraa-governorate")
    assert "\n## Places within\n\n<ul class=\"kb-links\">" in daraa and "\n## Incidents within this area\n" in daraa
