"""Hostile and broken workbooks are refused quickly, with one clear line and nothing written;
fuzzed workbooks let no error but the importer's own refusal escape."""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import InputRefused
from app.io.sheet_reader import read_sheet
from app.io.xlsx_safety import WorkbookRefused, check_workbook
from app.services.import_sheet import import_sheet, preview_sheet
from tests.io.malformed_xlsx import (
    DATA_ROWS,
    HEADER_ROW,
    SHEET,
    large_files,
    sheet_xml,
    small_files,
    valid_parts,
    zip_parts,
)

MALFORMED = Path(__file__).parent / "malformed"
SMALL = small_files()
EARLY_STAGES = ("file", "archive", "xml")  # refused before openpyxl parses anything
FUZZ_CASES = 1100  # per test; three tests: 3,300 cases a run


def refuse(path: Path, dest: Path) -> str:
    """Import ``path``; the refusal's message. Fails when something else happens."""
    with pytest.raises(InputRefused) as refused:
        import_sheet(path, dest)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    assert not dest.exists()
    return message


def test_every_small_malformed_file_is_committed() -> None:
    assert sorted(path.name for path in MALFORMED.glob("*.xlsx")) == sorted(SMALL)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(SMALL))
def test_malformed_file_is_refused(name: str, tmp_path: Path) -> None:
    began = time.perf_counter()
    message = refuse(MALFORMED / name, tmp_path / "out.koers")
    assert time.perf_counter() - began < 2
    assert message.startswith(name)
    assert SMALL[name][1] in message
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("large")
    made = {}
    for name, (data, _message) in large_files().items():
        made[name] = folder / name
        made[name].write_bytes(data)
    return made


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(large_files()))
def test_large_malformed_file_is_refused(name: str, large: dict[str, Path], tmp_path: Path) -> None:
    message = refuse(large[name], tmp_path / "out.koers")
    assert large_files()[name][1] in message


@pytest.mark.timeout(10)
@pytest.mark.parametrize("dimension", ["A1:XFD1048576", "A1:A1", None])
def test_a_lying_or_missing_dimension_is_never_trusted(
    dimension: str | None, tmp_path: Path
) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(
        zip_parts({**valid_parts(), SHEET: sheet_xml(HEADER_ROW + DATA_ROWS, dimension).encode()})
    )
    table = read_sheet(path)
    assert len(table.rows) == 3
    assert table.width == 6
    assert len(preview_sheet(path).records) == 2


def test_the_directory_is_checked_before_any_part_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(SMALL["zip_bomb_directory.xlsx"][0])
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook(path)
    assert refused.value.stage == "archive"


# ----- fuzzing --------------------------------------------------------------------------------

BASE = valid_parts()
_ELEMENT = re.compile(
    rb"<(c|row|si|sheet|xf|Relationship|Override|Default|font|fill|border|dimension)\b"
    rb"[^>]*?(?:/>|>.*?</\1>)",
    re.DOTALL,
)
_NUMBER = re.compile(rb"\d+(?:\.\d+)?")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
_TEXT = re.compile(rb">([^<]+)<")
NUMBERS = [
    b"0",
    b"-1",
    b"1E+300",
    b"99999999999999999999",
    b"1048577",
    b"16385",
    b"NaN",
    b"",
    b"2.5",
    b"45000",
    b"1" * 400,
    b"250001",
    b"3",
]
VALUES = [
    b"XFD1048576",
    b"A0",
    b"e",
    b"s",
    b"str",
    b"inlineStr",
    b"b",
    b"n",
    b"d",
    b"99",
    b"-5",
    b"",
    b"1904",
    b"true",
    b"../../x.xml",
    b"/xl/worksheets/sheet1.xml",
    b"rId9",
]
CHARACTERS = [
    b"9",
    b"x",
    b"%",
    b"-",
    b".",
    b",",
    b":",
    b"/",
    b"_x0000_",
    "é".encode(),
    "\u2028".encode(),
    b"?",
    b"0",
    b" ",
]
# Mostly edits that keep the XML well formed (so the parser is reached), some that do not.
KINDS = [
    *("duplicate", "drop", "number", "attribute", "character") * 2,
    *("flip", "insert", "delete", "truncate"),
]


def _body(data: bytes) -> int:
    """Where the XML declaration ends: mutations that keep the XML well formed start there."""
    end = data.find(b"?>")
    return end + 2 if end >= 0 else 0


def _mutate(data: bytes, kind: str, choice: random.Random) -> bytes:
    body = _body(data)
    if kind in ("duplicate", "drop"):
        found = list(_ELEMENT.finditer(data, body))
        if not found:
            return data
        match = choice.choice(found)
        kept = match.group() * 2 if kind == "duplicate" else b""
        return data[: match.start()] + kept + data[match.end() :]
    if kind == "number":
        found = list(_NUMBER.finditer(data, body))
        if not found:
            return data
        match = choice.choice(found)
        return data[: match.start()] + choice.choice(NUMBERS) + data[match.end() :]
    if kind == "attribute":
        found = list(_ATTRIBUTE.finditer(data, body))
        if not found:
            return data
        match = choice.choice(found)
        return data[: match.start(2)] + choice.choice(VALUES) + data[match.end(2) :]
    if kind == "character":
        found = [m.start(1) + o for m in _TEXT.finditer(data, body) for o in range(len(m.group(1)))]
        if not found:
            return data
        at = choice.choice(found)
        return data[:at] + choice.choice(CHARACTERS) + data[at + 1 :]
    at = choice.randrange(len(data) + 1)
    if kind == "flip" and at < len(data):
        return data[:at] + bytes([data[at] ^ choice.randrange(1, 256)]) + data[at + 1 :]
    if kind == "insert":
        junk = bytes(choice.randrange(256) for _ in range(choice.randrange(1, 9)))
        return data[:at] + junk + data[at:]
    if kind == "delete":
        return data[:at] + data[at + choice.randrange(1, 17) :]
    return data[:at]


def _fuzz(parts: tuple[str, ...], tmp_path: Path) -> Counter[str]:
    stats: Counter[str] = Counter()
    path = tmp_path / "fuzzed.xlsx"
    dest = tmp_path / "fuzzed.koers"

    @settings(max_examples=FUZZ_CASES)
    @given(
        name=st.sampled_from(parts),
        kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=2),
        seed=st.integers(0, 2**32 - 1),
    )
    def run(name: str, kinds: list[str], seed: int) -> None:
        choice = random.Random(seed)
        mutated = dict(BASE)
        for kind in kinds:
            mutated[name] = _mutate(mutated[name], kind, choice)
        path.write_bytes(zip_parts(mutated))
        stats["cases"] += 1
        try:
            analysis = preview_sheet(path)
            if analysis.ok and stats["cases"] % 8 == 0:
                import_sheet(path, dest, overwrite=True)
                stats["imported"] += 1
        except WorkbookRefused as refused:
            stats["refused " + refused.stage] += 1
            if refused.stage in EARLY_STAGES:
                return
        except InputRefused:
            stats["refused values"] += 1
        stats["reached the parser"] += 1

    run()
    return stats


@pytest.mark.timeout(60)
def test_fuzzed_sheets(tmp_path: Path) -> None:
    stats = _fuzz((SHEET,), tmp_path)
    assert stats["cases"] >= FUZZ_CASES
    assert stats["reached the parser"] >= stats["cases"] / 2, stats


@pytest.mark.timeout(60)
def test_fuzzed_strings_and_styles(tmp_path: Path) -> None:
    stats = _fuzz(("xl/sharedStrings.xml", "xl/styles.xml"), tmp_path)
    assert stats["cases"] >= FUZZ_CASES
    assert stats["reached the parser"] >= stats["cases"] / 2, stats


@pytest.mark.timeout(60)
def test_fuzzed_workbook_and_relationships(tmp_path: Path) -> None:
    parts = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml")
    stats = _fuzz(parts, tmp_path)
    assert stats["cases"] >= FUZZ_CASES
    assert stats["reached the parser"] >= stats["cases"] / 2, stats
