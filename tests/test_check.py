"""`kb check`: every kind of problem a hand editor can make, reported as path:line: field: message (hint)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import copy_records
from generator.cli import cli



@pytest.fixture
def kb(tmp_path: Path) -> Path:
    """A copy of the sample knowledge base that a test may break."""
    copy_records(tmp_path)
    return tmp_path


def run_check(root: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["check", "--root", str(root)])
    return result.exit_code, [line for line in result.stdout.splitlines() if line.strip()]


JASIM = Path("places/jasim.yaml")
EVENT = Path("events/2022/2022-10-17-jasim-armed-clash.yaml")


def edit(kb: Path, relative: Path, old: str, new: str) -> None:
    path = kb / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(kb: Path, relative: Path, needle: str) -> int:
    lines = (kb / relative).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_sample_knowledge_base_is_clean(kb: Path) -> None:
    assert run_check(kb) == (0, [])


def test_yaml_syntax_error_names_the_line(kb: Path) -> None:
    edit(kb, JASIM, "kind: city", "kind: [city")
    code, lines = run_check(kb)
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith(f"{JASIM}:")
    assert "YAML syntax error" in lines[0] and "(check indentation, colons and quotes)" in lines[0]


def test_duplicate_key(kb: Path) -> None:
    edit(kb, JASIM, "kind: city\n", "kind: city\nkind: town\n")
    line = line_of(kb, JASIM, "kind: town")
    code, lines = run_check(kb)
    assert code == 1
    first = line_of(kb, JASIM, "kind: city")
    assert lines == [f"{JASIM}:{line}: (file): duplicate key 'kind' (first on line {first}) (keep one of them)"]


def test_unknown_field(kb: Path) -> None:
    edit(kb, JASIM, "kind: city\n", "kind: city\npopulaton: 30000\n")
    line = line_of(kb, JASIM, "populaton")
    assert run_check(kb) == (1, [
        f"{JASIM}:{line}: populaton: unknown field (check the spelling; the fields are listed in the codebook)"])


def test_wrong_type(kb: Path) -> None:
    edit(kb, EVENT, "injured: null", "injured: several")
    line = line_of(kb, EVENT, "injured: several")
    assert run_check(kb) == (1, [f"{EVENT}:{line}: injured: expected a whole number, got 'several'"])


def test_vocabulary_value_suggests_the_closest(kb: Path) -> None:
    edit(kb, EVENT, "sub_type: armed_clash", "sub_type: armed_clashes")
    line = line_of(kb, EVENT, "sub_type:")
    code, lines = run_check(kb)
    assert code == 1
    assert lines == [f"{EVENT}:{line}: sub_type: 'armed_clashes' is not an allowed value (did you mean armed_clash?)"]


def test_id_must_match_file_name(kb: Path) -> None:
    edit(kb, JASIM, "id: jasim", "id: jassim")
    assert run_check(kb)[1][0] == (
        f"{JASIM}:2: id: id 'jassim' does not match the file name 'jasim.yaml' "
        "(rename the file to jassim.yaml or set id: jasim)")


def test_id_pattern(kb: Path) -> None:
    (kb / JASIM).rename(kb / "places/Jasim_City.yaml")
    edit(kb, Path("places/Jasim_City.yaml"), "id: jasim", "id: Jasim_City")
    code, lines = run_check(kb)
    assert code == 1
    assert any(line.startswith("places/Jasim_City.yaml:2: id: 'Jasim_City' is not a valid id (ids are lowercase ASCII")
               for line in lines)


def test_two_records_with_one_id(kb: Path) -> None:
    copy = kb / "events/2023/2022-10-17-jasim-armed-clash.yaml"
    copy.parent.mkdir()
    shutil.copyfile(kb / EVENT, copy)
    code, lines = run_check(kb)
    assert code == 1
    assert lines == [
        f"{EVENT}:2: id: two event records have the id '2022-10-17-jasim-armed-clash' "
        "(the other is events/2022/2022-10-17-jasim-armed-clash.yaml) (ids are unique: merge the two or rename one)"
    ] or lines == [
        "events/2023/2022-10-17-jasim-armed-clash.yaml:2: id: two event records have the id "
        f"'2022-10-17-jasim-armed-clash' (the other is {EVENT}) (ids are unique: merge the two or rename one)"
    ]


def test_reference_to_a_missing_id_suggests_a_close_one(kb: Path) -> None:
    edit(kb, EVENT, "place: jasim", "place: jassim")
    line = line_of(kb, EVENT, "place: jassim")
    assert run_check(kb) == (1, [f"{EVENT}:{line}: place: no place has the id 'jassim' (did you mean jasim?)"])


def test_reference_inside_a_list(kb: Path) -> None:
    edit(kb, EVENT, "{id: islamic-state, side: b}", "{id: isis, side: b}")
    line = line_of(kb, EVENT, "{id: isis")
    assert run_check(kb) == (1, [
        f"{EVENT}:{line}: actors.1.id: no organization has the id 'isis' (create the organization record or correct the id)"])


def test_merged_into_pointing_nowhere(kb: Path) -> None:
    edit(kb, Path("places/inkhil.yaml"), "status: reviewed", "status: merged\nmerged_into: nowhere")
    code, lines = run_check(kb)
    assert code == 1
    assert lines == ["places/inkhil.yaml:4: merged_into: merged_into names 'nowhere', which does not exist "
                     "(create the place record or correct the id)"]


def test_merged_into_cycle(kb: Path) -> None:
    edit(kb, Path("places/inkhil.yaml"), "status: reviewed", "status: merged\nmerged_into: jasim")
    edit(kb, JASIM, "status: reviewed", "status: merged\nmerged_into: inkhil")
    code, lines = run_check(kb)
    assert code == 1
    assert "merged_into: merge cycle: inkhil -> jasim -> inkhil" in lines[0]
    assert "merged_into: merge cycle: jasim -> inkhil -> jasim" in lines[1]


def test_date_end_before_date(kb: Path) -> None:
    edit(kb, EVENT, "date_precision: day", "date_end: 2022-10-16\ndate_precision: days")
    code, lines = run_check(kb)
    assert code == 1
    assert lines == [f"{EVENT}:2: (file): date_end 2022-10-16 is before date 2022-10-17 (swap them)"] or \
        lines[0].endswith("date_end 2022-10-16 is before date 2022-10-17 (swap them)")


def test_fatalities_out_of_order(kb: Path) -> None:
    edit(kb, EVENT, "fatalities: {best: 3, low: 3, high: 3}", "fatalities: {best: 3, low: 5, high: 17}")
    line = line_of(kb, EVENT, "fatalities: {best")
    assert run_check(kb) == (1, [f"{EVENT}:{line}: fatalities: low (5) is greater than best (3) (low <= best <= high)"])
    edit(kb, EVENT, "low: 5, high: 17", "low: 3, high: 2")
    assert run_check(kb)[1] == [f"{EVENT}:{line}: fatalities: best (3) is greater than high (2) (low <= best <= high)"]


def test_coordinates_out_of_range(kb: Path) -> None:
    edit(kb, JASIM, "lat: 32.99125", "lat: 132.99125")
    line = line_of(kb, JASIM, "coordinates:")
    assert run_check(kb) == (1, [f"{JASIM}:{line}: coordinates.lat: 132.99125 is out of range "
                                 "(input should be less than or equal to 90)"])


def test_file_that_is_not_utf8(kb: Path) -> None:
    (kb / "places/legacy.yaml").write_bytes("id: legacy\nname: {ar: جاسم}\n".encode("cp1256"))
    assert run_check(kb) == (1, ["places/legacy.yaml:2: (file): not UTF-8 text (byte 0xcc at offset 22) (save the file as UTF-8)"])


def test_empty_file(kb: Path) -> None:
    (kb / "places/empty.yaml").write_text("\n  \n", encoding="utf-8")
    assert run_check(kb) == (1, ["places/empty.yaml:1: (file): file is empty (delete it or write the record's fields)"])


def test_50_megabyte_file_is_refused_without_parsing(kb: Path) -> None:
    big = kb / "places/big.yaml"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("id: big\nnotes: '")
        handle.write("x" * 50_000_000)
        handle.write("'\n")
    code, lines = run_check(kb)
    assert code == 1
    assert lines == ["places/big.yaml:1: (file): file is 50.0 MB; a record is at most 1 MB (keep long texts in the source's .txt file)"]


def test_alias_bomb_fails_fast_in_bounded_memory(kb: Path) -> None:
    bomb = ['id: bomb', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        prev = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]")
    (kb / "places/bomb.yaml").write_text("\n".join(bomb) + "\n", encoding="utf-8")
    # In a child process with a 512 MB address-space cap: expanding the bomb would need gigabytes.
    script = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2**29, 2**29));"
        "from generator.cli import main; sys.argv=['kb','check','--root',sys.argv[1]]; main()"
    )
    result = subprocess.run([sys.executable, "-c", script, str(kb)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == ("places/bomb.yaml:2: (file): anchors and aliases (&name, *name) are not allowed "
                                     "in records (write the value out in full)")


def test_all_problems_reported_in_one_run(kb: Path) -> None:
    edit(kb, JASIM, "kind: city", "kind: cty")
    edit(kb, EVENT, "place: jasim", "place: nowhere")
    (kb / "places/empty.yaml").write_text("", encoding="utf-8")
    code, lines = run_check(kb)
    assert code == 1
    assert len(lines) == 3
    # Jasim is broken, so the event's reference to it (if any) is not the point; every file is named.
    assert {line.split(":")[0] for line in lines} == {str(EVENT), str(JASIM), "places/empty.yaml"}


def test_check_outside_a_knowledge_base(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "holds none of the record folders" in result.stderr
    assert "hint: run the command inside a knowledge base" in result.stderr
