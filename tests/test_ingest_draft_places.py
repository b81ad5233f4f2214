"""A place the gazetteer lacks becomes a draft place record with its parent (the admin chain the site
shows), through the real `kb ingest` on files in a temporary knowledge base. The villages and the
neighbourhood are made up, so that the gazetteer does not know them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import cli
from generator.pages import generate
from generator.settings import load_settings


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    assert run("init", str(root)).exit_code == 0
    return root


def ingest(kb: Path, tmp_path: Path, text: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = run("ingest", str(article), "--published", "2023-03-14", "--root", str(kb))
    assert result.exit_code == 0, result.output


def place(kb: Path, place_id: str) -> dict:
    return yaml.safe_load((kb / "places" / f"{place_id}.yaml").read_text(encoding="utf-8"))


def parent_reviews(record: dict) -> list[str]:
    return [r["reason"] for r in record.get("review", []) if r["field"] == "parent"]


def test_a_village_named_in_an_area_takes_that_area_as_its_parent(kb: Path, tmp_path: Path) -> None:
    ingest(kb, tmp_path, "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في قرية تل الورد بريف حماة الشمالي.\n")
    village = place(kb, "tal-al-ward")
    assert (village["status"], village["kind"], village["parent"]) == ("draft", "village", "hama-governorate")
    assert parent_reviews(village) == []          # the article names the area for it: no guess
    assert place(kb, "hama-governorate")["status"] == "reviewed"   # copied from the gazetteer, with its chain
    assert run("check", "--root", str(kb)).exit_code == 0


def test_a_village_named_near_a_town_lies_in_the_towns_area_as_a_guess(kb: Path, tmp_path: Path) -> None:
    ingest(kb, tmp_path, "أصيب طفلان بقصف مدفعي استهدف قرية أم الزيتون شرقي مدينة القامشلي، أمس الاثنين.\n")
    village = place(kb, "umm-al-zaytoun")
    assert village["parent"] == "quamishli-subdistrict"
    assert parent_reviews(village) == ["quamishli-subdistrict is a guess: the article names أم الزيتون near al-qamishli"]
    assert place(kb, "quamishli-subdistrict")["parent"] == "al-qamishli-district"
    # the site's page of the village shows the chain up to the country
    generate(load_settings(kb))
    page = (kb / "content/en/places/umm-al-zaytoun.md").read_text(encoding="utf-8")
    chain = page.split('class="kb-admin-chain">', 1)[1].split("</dd>", 1)[0]
    assert [part.split(">")[-1] for part in chain.split("</a>")[:-1]] == [
        "Quamishli Subdistrict", "Al-Qamishli District", "Al-Hasakah Governorate", "Syria"]


def test_a_village_named_in_no_area_takes_the_governorate_of_the_articles_places(kb: Path, tmp_path: Path) -> None:
    ingest(kb, tmp_path, "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في قرية عين الصفصاف.\n"
                         "وكانت بلدة الحراك بريف درعا الشرقي قد شهدت حادثة مماثلة الأسبوع الماضي.\n")
    village = place(kb, "ain-al-safasaf")
    assert village["parent"] == "daraa-governorate"
    assert parent_reviews(village) == ["daraa-governorate is a guess: the article names عين الصفصاف in no area, "
                                       "and every other place it names is in daraa-governorate"]


def test_a_neighbourhood_in_one_town_is_the_towns_detail_and_in_several_the_governorates(
        kb: Path, tmp_path: Path) -> None:
    ingest(kb, tmp_path, "تشهد مدينة حمص توتراً أمنياً منذ أسابيع.\n"
                         "وقُتل شاب برصاص مسلحين مجهولين في حي الورود، مساء أمس الاثنين.\n")
    [event] = (kb / "events").rglob("*.yaml")
    assert (yaml.safe_load(event.read_text(encoding="utf-8"))["place"], (kb / "places/al-waroud.yaml").exists()) \
        == ("homs", False)
    ingest(kb, tmp_path, "تشهد مدينتا حمص وتلبيسة توتراً أمنياً منذ أسابيع.\n"
                         "وقُتل شاب برصاص مسلحين مجهولين في حي الورود، مساء أمس الاثنين.\n")
    neighbourhood = place(kb, "al-waroud")
    assert (neighbourhood["kind"], neighbourhood["parent"]) == ("neighbourhood", "homs-governorate")
    assert parent_reviews(neighbourhood) == ["homs-governorate is a guess: the article names الورود in no area, "
                                             "and every other place it names is in homs-governorate"]


def test_places_in_two_governorates_give_no_parent(kb: Path, tmp_path: Path) -> None:
    ingest(kb, tmp_path, "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في قرية عين الصفصاف.\n"
                         "وكانت مدينة حمص ومدينة درعا قد شهدتا حوادث مماثلة الأسبوع الماضي.\n")
    village = place(kb, "ain-al-safasaf")
    assert "parent" not in village and parent_reviews(village) == []


def test_a_gazetteer_town_is_not_taken_for_its_same_named_district(kb: Path, tmp_path: Path) -> None:
    # the first article drafts Afis with its chain, Idlib district among it
    ingest(kb, tmp_path, "قُتل شاب بقصف مدفعي على بلدة آفس، أمس الاثنين.\n")
    assert place(kb, "idlib-district")["status"] == "reviewed"
    ingest(kb, tmp_path, "An air strike killed two men in the city of Idlib on Monday.\n")
    events = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((kb / "events").rglob("*.yaml"))]
    assert sorted(event["place"] for event in events) == ["afis", "idlib"]
    assert place(kb, "idlib")["parent"] == "idleb-subdistrict"
