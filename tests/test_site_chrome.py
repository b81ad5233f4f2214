"""Material's chrome on every page, made smaller by site-overrides/ without changing what the reader sees.

- Icons: site-overrides/.icons/material/<id>.svg replace Material's inline icons with
  `<svg><use href=".../assets/images/icons.svg#<id>"/></svg>`; the sprite holds Material's own paths.
- Scripts dead for this configuration (palette restore, content tabs) are left out, and come back when
  mkdocs.yml configures a palette or pymdownx.tabbed; Material's helpers (__md_scope, __md_get, ...) are one
  shared file, assets/javascripts/md-base.js, unless extra.scope is set.
- __config holds the same JSON as Material's, with Arabic as UTF-8 instead of \\uXXXX escapes.
- sitemap.xml has one <loc> per page (both languages), redirect pages of merged records left out.

The browser tests compare each icon, as drawn, with Material's inline icon in the same place.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import jinja2
import material
import pytest
import yaml
from lxml import etree, html

from conftest import REPO, copy_knowledge_base, mkdocs_build

MATERIAL = Path(material.__file__).parent / "templates"
SPRITE = "assets/images/icons.svg"
SVG = "{http://www.w3.org/2000/svg}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ROOT_URL = "http://site/"
# depth 2 and depth 0, both languages (Arabic pages sit one folder deeper, under ar/)
PAGES = ["people/abd-al-rahman-al-iraqi/", "ar/people/abd-al-rahman-al-iraqi/", "", "ar/"]
# Material's icons on every page: header logo, menu, language, search, the search dialog's magnify, back
# arrow and clear, the drawer's logo, back to top (plus the edit pencil on pages with an edit link).
CHROME_ICONS = ["library", "menu", "translate", "magnify", "magnify", "arrow-left", "close", "library", "arrow-up"]


def read_page(site: Path, url: str) -> tuple[str, html.HtmlElement]:
    text = (site / url / "index.html").read_text(encoding="utf-8")
    return text, html.fromstring(text)


def local_file(site: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The file an href on the page at `page_url` points to, and its #fragment."""
    target = urlsplit(urljoin(ROOT_URL + page_url, href))
    assert target.netloc == "site", href
    return site / unquote(target.path).lstrip("/"), target.fragment


def material_icon_paths(name: str) -> list[str]:
    return [p.get("d") for p in etree.parse(str(MATERIAL / ".icons" / "material" / f"{name}.svg")).iter(SVG + "path")]


def sprite_symbols(site: Path) -> dict[str, etree._Element]:
    tree = etree.parse(str(site / SPRITE))
    return {s.get("id"): s for s in tree.iter(SVG + "symbol")}


def chrome_svgs(doc: html.HtmlElement) -> list[html.HtmlElement]:
    """The icons in Material's chrome: header (with the search dialog), navigation drawer, edit link, back to top."""
    parts = doc.xpath("//header[@data-md-component='header'] | //div[@data-md-type='navigation']"
                      " | //a[contains(@class, 'md-content__button')] | //button[@data-md-component='top']")
    return [svg for part in parts for svg in part.iter("svg")]


# ---- icons --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES)
def test_chrome_icons_are_references_to_the_sprite(site, url):
    text, doc = read_page(site, url)
    symbols = sprite_symbols(site)
    svgs = chrome_svgs(doc)
    names = []
    for svg in svgs:
        assert not svg.xpath(".//path"), html.tostring(svg)
        uses = svg.xpath(".//use")
        assert len(uses) == 1, html.tostring(svg)
        assert svg.get("viewbox") == "0 0 24 24"  # sizes the icon where Material's CSS sets only its height
        file, fragment = local_file(site, url, uses[0].get("href"))
        assert file == site / SPRITE and file.is_file(), uses[0].get("href")
        assert fragment in symbols, fragment
        names.append(fragment)
    names = [n for n in names if n != "file-edit-outline"]
    assert sorted(names) == sorted(CHROME_ICONS)
    # Material's inline icons start with this; none is left anywhere on the page
    assert '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path' not in text


def test_edit_icon_is_a_reference(site):
    for url in ("about/", "ar/about/"):
        _, doc = read_page(site, url)
        [svg] = doc.xpath("//a[contains(@class, 'md-content__button')]//svg")
        assert svg.xpath(".//use")[0].get("href").endswith(SPRITE + "#file-edit-outline")


def test_sprite_holds_materials_icons_without_fill(site):
    symbols = sprite_symbols(site)
    overrides = sorted((REPO / "site-overrides" / ".icons" / "material").glob("*.svg"))
    assert {p.stem for p in overrides} == set(symbols)
    for override in overrides:  # each override points at its own symbol
        assert re.search(r"<use href=\"\{\{ 'assets/images/icons\.svg' \| url \}\}#" + re.escape(override.stem) + '"/>',
                         override.read_text(encoding="utf-8")), override.name
    for name, symbol in symbols.items():
        assert symbol.get("viewBox") == "0 0 24 24"
        assert [p.get("d") for p in symbol.iter(SVG + "path")] == material_icon_paths(name), name
        for element in symbol.iter():  # the page's CSS colours it (fill: currentcolor)
            assert element.get("fill") is None and "fill" not in (element.get("style") or ""), name


# ---- scripts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", PAGES)
def test_dead_inline_scripts_are_left_out(site, url):
    text, doc = read_page(site, url)
    assert "__palette" not in text  # no theme.palette: nothing to restore
    assert "__tabbed_" not in text  # no pymdownx.tabbed: no tabs to open
    assert "__md_scope=" not in text  # moved to md-base.js
    first = doc.xpath("//head/script")[0]
    file, _ = local_file(site, url, first.get("src"))
    assert file == site / "assets/javascripts/md-base.js" and file.is_file()
    scripts = [s.get("src") or "" for s in doc.xpath("//script")]
    assert scripts.index(first.get("src")) < next(i for i, s in enumerate(scripts) if "bundle." in s)


def test_md_base_is_materials_script_with_the_scope_from_its_own_address(site):
    material_script = (MATERIAL / "partials/javascripts/base.html").read_text(encoding="utf-8")
    ours = (site / "assets/javascripts/md-base.js").read_text(encoding="utf-8")
    scope = '<script>__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location),'
    assert scope in material_script
    rest = material_script.split(scope, 1)[1].split("</script>", 1)[0]
    assert '\n__md_scope=new URL("../../",document.currentScript.src),' + rest + ";\n" in ours


# ---- __config ------------------------------------------------------------------------------------------


def material_translation(language: str, key: str) -> str:
    """What Material's lang.t(key) prints (partials/language.html: the language, then English, then the key)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(MATERIAL)))
    for name in (language, "en"):
        value = str(env.get_template(f"partials/languages/{name}.html").module.t(key))
        if value:
            return value
    return key


def mkdocs_features() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/...
    return yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader)["theme"]["features"]


@pytest.mark.parametrize("url", PAGES)
def test_config_holds_materials_keys_and_values(site, url):
    language = "ar" if url.startswith("ar/") else "en"
    _, doc = read_page(site, url)
    [script] = doc.xpath("//script[@id='__config']")
    config = json.loads(script.text)
    base = (MATERIAL / "base.html").read_text(encoding="utf-8")
    keys = re.findall(r'"([a-z.]+)": lang\.t\("\1"\)', base.split("{% block config %}", 1)[1])
    assert len(keys) == 10
    assert config == {
        "base": config["base"], "search": config["search"],  # paths, checked below
        "features": mkdocs_features(),
        "translations": {key: material_translation(language, key) for key in keys},
        "annotate": None, "tags": None, "version": None,
    }
    assert urljoin(ROOT_URL + url, config["base"] + "/") == ROOT_URL  # the site root, for both languages
    worker_path, query = config["search"].split("?")
    worker, _ = local_file(site, url, worker_path)
    assert worker.name == "kb-search-worker.js" and worker.is_file(), config["search"]  # ours, not Material's
    assert query == f"lang={language}"  # it answers from the index of the page's language
    assert "\\u" not in script.text  # Arabic as UTF-8, not six-byte escapes
    if language == "ar":
        assert "البحث" in script.text


# ---- sitemap -------------------------------------------------------------------------------------------


def canonical_pages(site: Path) -> set[str]:
    """The canonical address of every built page except redirect pages (meta refresh) and 404.html."""
    found = set()
    for file in site.rglob("index.html"):
        doc = html.fromstring(file.read_bytes())
        if doc.xpath("//meta[@http-equiv='refresh']"):
            continue
        [canonical] = doc.xpath("//link[@rel='canonical']/@href")
        found.add(canonical)
    return found


def sitemap_locs(site: Path) -> list[str]:
    tree = etree.parse(str(site / "sitemap.xml"))
    root = tree.getroot()
    assert root.tag == SITEMAP + "urlset"
    locs = []
    for url in root:
        assert url.tag == SITEMAP + "url"
        assert [child.tag for child in url] == [SITEMAP + "loc"]
        locs.append(url[0].text)
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()
    return locs


def test_sitemap_lists_every_page_of_both_languages_once(site):
    text = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset ')
    locs = sitemap_locs(site)
    assert len(locs) == len(set(locs))
    assert set(locs) == canonical_pages(site)
    assert any("/ar/people/abd-al-rahman-al-iraqi/" in loc for loc in locs)
    assert not (site / "ar" / "sitemap.xml").exists()


# ---- the overrides follow the configuration --------------------------------------------------------------


MERGED = "2022-10-17-jasim-armed-clash-duplicate"


@pytest.fixture(scope="module")
def variant_site(tmp_path_factory) -> Path:
    """The sample site with a palette toggle, pymdownx.tabbed, extra.scope and a merged incident."""
    root = copy_knowledge_base(tmp_path_factory.mktemp("chrome-variant") / "kb")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for anchor, added in [
        ("\ntheme:\n", "  palette:\n    - scheme: default\n      toggle: {icon: material/brightness-7, name: Dark}\n"
                       "    - scheme: slate\n      toggle: {icon: material/brightness-4, name: Light}\n"),
        ("\nextra:\n", "  scope: /\n"),
        ("\nmarkdown_extensions:\n", "  - pymdownx.tabbed\n"),
    ]:
        assert anchor in config, anchor
        config = config.replace(anchor, anchor + added, 1)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    record = (REPO / "events/2022/2022-10-17-jasim-armed-clash.yaml").read_text(encoding="utf-8")
    record = record.replace("id: 2022-10-17-jasim-armed-clash\nstatus: reviewed\n",
                            f"id: {MERGED}\nstatus: merged\nmerged_into: 2022-10-17-jasim-armed-clash\n", 1)
    assert f"id: {MERGED}" in record
    (root / "events/2022" / f"{MERGED}.yaml").write_text(record, encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    yield root / "site"
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("url", ["people/abd-al-rahman-al-iraqi/", "ar/people/abd-al-rahman-al-iraqi/"])
def test_materials_scripts_return_when_the_configuration_needs_them(variant_site, url):
    text, doc = read_page(variant_site, url)
    assert 'var palette=__md_get("__palette")' in text
    assert 'target.name.startsWith("__tabbed_")' in text
    assert '<script>__md_scope=new URL("/",location),' in text
    assert not [s for s in doc.xpath("//script/@src") if s.endswith("md-base.js")]


def test_sitemap_leaves_out_redirect_pages(variant_site):
    locs = sitemap_locs(variant_site)
    for prefix in ("", "ar/"):
        redirect = variant_site / prefix / "incidents" / MERGED / "index.html"
        assert 'http-equiv="refresh"' in redirect.read_text(encoding="utf-8")
        assert not [loc for loc in locs if loc.endswith(f"/{prefix}incidents/{MERGED}/")]
        assert [loc for loc in locs if loc.endswith(f"/{prefix}incidents/2022-10-17-jasim-armed-clash/")]
    assert set(locs) == canonical_pages(variant_site)


# ---- in Chromium -------------------------------------------------------------------------------------------

# The same served sample site, browser and request/console checks as the other browser tests.
from conftest import CHROMIUM  # noqa: E402
from test_browser_site import page  # noqa: E402,F401


OPEN_SEARCH = "document.getElementById('__search').checked = true"
OPEN_DRAWER = "document.getElementById('__drawer').checked = true"
SLATE = "document.body.setAttribute('data-md-color-scheme', 'slate')"
SHOW_TOP = "document.querySelector('.md-top').hidden = false"
TYPE_QUERY = "document.querySelector('.md-search__input').value = 'x'"

ICON_CASES = [
    # (page, viewport width, setup, the svg, Material's icon drawn there)
    ("people/abd-al-rahman-al-iraqi/", 1280, "", ".md-header__button.md-logo svg", "library"),
    ("people/abd-al-rahman-al-iraqi/", 1280, "", ".md-select > button svg", "translate"),
    ("people/abd-al-rahman-al-iraqi/", 390, "", "label.md-header__button[for=__search] svg", "magnify"),
    ("about/", 1280, "", ".md-content__button svg", "file-edit-outline"),
    ("about/", 1280, SLATE, ".md-content__button svg", "file-edit-outline"),
    ("people/abd-al-rahman-al-iraqi/", 1280, SHOW_TOP, ".md-top svg", "arrow-up"),
    ("people/abd-al-rahman-al-iraqi/", 1280, "", ".md-search__form label.md-search__icon svg:first-child", "magnify"),
    ("people/abd-al-rahman-al-iraqi/", 390, "", "label.md-header__button[for=__drawer] svg", "menu"),
    ("people/abd-al-rahman-al-iraqi/", 390, OPEN_DRAWER, ".md-nav__title .md-logo svg", "library"),
    ("people/abd-al-rahman-al-iraqi/", 390, OPEN_SEARCH, ".md-search__form label.md-search__icon svg:last-child", "arrow-left"),
    ("people/abd-al-rahman-al-iraqi/", 390, OPEN_SEARCH + ";" + TYPE_QUERY, ".md-search__options button[type=reset] svg", "close"),
    ("ar/people/abd-al-rahman-al-iraqi/", 1280, "", ".md-select > button svg", "translate"),
    ("ar/people/abd-al-rahman-al-iraqi/", 390, "", "label.md-header__button[for=__search] svg", "magnify"),
    ("ar/people/abd-al-rahman-al-iraqi/", 1280, "", ".md-search__form label.md-search__icon svg:first-child", "magnify"),
    ("ar/about/", 1280, "", ".md-content__button svg", "file-edit-outline"),
    ("ar/people/abd-al-rahman-al-iraqi/", 390, OPEN_SEARCH, ".md-search__form label.md-search__icon svg:last-child", "arrow-left"),
]


@pytest.mark.parametrize("url, width, setup, selector, icon", ICON_CASES,
                         ids=[f"{c[0].split('/')[0] if c[0].startswith('ar/') else 'en'}-{c[1]}-{c[4]}-{i}"
                              for i, c in enumerate(ICON_CASES)])
@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is missing: `apt-get install chromium`")
def test_icon_is_drawn_like_materials_inline_icon(page, base_url, url, width, setup, selector, icon):
    """The icon from the sprite is visible, sized, coloured and mirrored exactly as Material's inline icon."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + url)
    page.wait_for_load_state("networkidle")  # the sprite
    if setup:
        page.evaluate(setup)
    page.mouse.move(0, 799)
    page.wait_for_timeout(400)  # Material's transitions
    svg = page.locator(selector).first
    box = svg.bounding_box()
    assert box and box["width"] >= 10 and box["height"] >= 10, box
    assert svg.evaluate("svg => svg.querySelector('use') !== null")
    ours = svg.screenshot(animations="disabled")
    [d] = material_icon_paths(icon)
    svg.evaluate("(svg, d) => { svg.innerHTML = '<path d=\"' + d + '\"/>'; }", d)  # Material's inline icon
    assert svg.evaluate("svg => svg.querySelector('use') === null")
    theirs = svg.screenshot(animations="disabled")
    assert ours == theirs


@pytest.mark.parametrize("url", ["people/abd-al-rahman-al-iraqi/", "ar/people/abd-al-rahman-al-iraqi/", "ar/"])
@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is missing: `apt-get install chromium`")
def test_material_helpers_from_the_shared_file_keep_the_site_scope(page, base_url, url):
    page.goto(base_url + url)
    assert page.evaluate("[__md_scope.href, typeof __md_get, typeof __md_set, typeof __md_hash]") == [
        base_url, "function", "function", "function"]
    # settings are saved under the site root's path, as with Material's inline script ("../.." from the page)
    page.evaluate("__md_set('__kb_test', 7)")
    assert page.evaluate("localStorage.getItem('/.__kb_test')") == "7"
    assert page.evaluate("__md_get('__kb_test')") == 7
    assert page.evaluate("document.documentElement.classList.contains('js')")  # Material's bundle ran
