"""The workbook writer: user text always text, real dates and amounts, outline, Gantt bars."""

from __future__ import annotations

import datetime as dt
import itertools
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.domain.validation import InvalidValue
from app.io.cell_text import decode_cell_text
from app.io.tables import Column, Kind, Table
from app.io.xlsx_export import (
    BAR_FILL,
    CRITICAL_FILL,
    DATE_FORMAT,
    DATETIME_FORMAT,
    EXCEL_MAX_CELL_TEXT,
    MILESTONE,
    SUMMARY_FILL,
    BarKind,
    GanttBar,
    GanttChart,
    currency_format,
    timescale,
    write_workbook,
)

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "@SUM(A1)",
    "+1",
    "-1",
    "\tleading tab",
    "\rleading CR",
    "#N/A",
    "#DIV/0!",
    "a\x00b\x1fc\x7f",
    "_x0041_",
    "line\r\nbreak",
    "  ",
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE), st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
)


def _xml_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name.endswith(".xml")}


def _texts_table(texts: list[str]) -> Table:
    return Table("Texts", (Column("Number", Kind.INTEGER), Column("Text")), list(enumerate(texts)))


def test_hostile_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_workbook(path, [_texts_table(HOSTILE)])
    for name, data in _xml_parts(path).items():
        assert b"<f>" not in data and b"<f " not in data, name
        assert b't="e"' not in data and b't="str"' not in data, name
    sheet = load_workbook(path)["Texts"]
    for number, text in enumerate(HOSTILE, 2):
        cell = sheet.cell(number, 2)
        if text.strip() or text == "  ":
            assert cell.data_type == "s"
            assert decode_cell_text(cell.value) == text
        # the quote prefix keeps formula-like text as text when edited in Excel
        assert cell.quotePrefix == text.startswith(("=", "+", "-", "@", "\t", "\r"))


@settings(max_examples=30)
@given(st.lists(TEXT, min_size=1, max_size=8))
def test_any_text_reads_back_identical(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    path = tmp_path_factory.mktemp("any") / "t.xlsx"
    write_workbook(path, [_texts_table(texts)])
    sheet = load_workbook(path)["Texts"]
    back = [sheet.cell(row, 2).value for row in range(2, len(texts) + 2)]
    assert [decode_cell_text(value) if value is not None else "" for value in back] == texts


def test_numbers_dates_and_formats(tmp_path: Path) -> None:
    table = Table(
        "Values",
        (
            Column("Integer", Kind.INTEGER),
            Column("Number", Kind.NUMBER),
            Column("Percent", Kind.PERCENT),
            Column("Money", Kind.MONEY),
            Column("Date", Kind.DATE),
            Column("Moment", Kind.DATETIME),
            Column("Flag", Kind.BOOLEAN),
        ),
        [
            [
                7,
                2.25,
                0.5,
                Decimal("1234.56"),
                dt.date(2026, 3, 2),
                dt.datetime(2026, 3, 2, 8, 30),
                True,
            ],
            [None, -1.5, 1, Decimal("-0.01"), None, None, False],
        ],
    )
    path = tmp_path / "v.xlsx"
    write_workbook(path, [table], currency="EUR")
    sheet = load_workbook(path)["Values"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0] == [
        7,
        2.25,
        0.5,
        1234.56,
        dt.datetime(2026, 3, 2),
        dt.datetime(2026, 3, 2, 8, 30),
        True,
    ]
    assert values[1] == [None, -1.5, 1, -0.01, None, None, False]
    formats = [cell.number_format for cell in sheet[2]]
    assert formats == [
        "0",
        "0.00",
        "0%",
        "[$€-413] #,##0.00",
        DATE_FORMAT,
        DATETIME_FORMAT,
        "General",
    ]
    assert sheet["E2"].is_date and sheet["F2"].is_date


def test_currency_formats() -> None:
    assert currency_format("EUR") == "[$€-413] #,##0.00"
    assert currency_format("USD") == "[$$-409] #,##0.00"
    assert currency_format("JPY") == "[$¥-411] #,##0"
    assert currency_format("XYZ") == "[$XYZ] #,##0.00"


def test_header_frozen_filtered_and_sized(tmp_path: Path) -> None:
    table = Table(
        "Tasks",
        (Column("Name"), Column("Start", Kind.DATETIME), Column("Done", Kind.PERCENT, 5.0)),
        [["A rather long task name here", dt.datetime(2026, 1, 5, 8), 0.0]] * 3,
    )
    path = tmp_path / "h.xlsx"
    write_workbook(path, [table])
    sheet = load_workbook(path)["Tasks"]
    assert [cell.value for cell in sheet[1]] == ["Name", "Start", "Done"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C4"
    assert sheet.column_dimensions["A"].width == len("A rather long task name here") + 2
    assert sheet.column_dimensions["B"].width == 17
    assert sheet.column_dimensions["C"].width == 5


def test_outline_groups_rows_and_indents_names(tmp_path: Path) -> None:
    levels = [1, 2, 3, 2, 1, 9]
    table = Table(
        "Tasks",
        (Column("ID", Kind.INTEGER), Column("Name")),
        [[number, f"=task {number}"] for number in range(1, 7)],
        levels=levels,
        indent=1,
    )
    path = tmp_path / "o.xlsx"
    report = write_workbook(path, [table])
    assert report.warnings == [
        "Tasks: rows below outline level 8 (down to 9) are grouped at Excel's deepest "
        "grouping level, 7"
    ]
    sheet = load_workbook(path)["Tasks"]
    assert [sheet.row_dimensions[row].outline_level for row in range(2, 8)] == [0, 1, 2, 1, 0, 7]
    assert [sheet.cell(row, 2).alignment.indent for row in range(2, 8)] == [0, 1, 2, 1, 0, 8]
    assert all(sheet.cell(row, 2).quotePrefix for row in range(2, 8))
    assert sheet.sheet_properties.outlinePr.summaryBelow is False
    assert sheet.sheet_format.outlineLevelRow == 7


def test_a_text_too_long_for_a_cell_is_refused_not_cut(tmp_path: Path) -> None:
    fits = "x" * EXCEL_MAX_CELL_TEXT
    path = tmp_path / "fits.xlsx"
    write_workbook(path, [_texts_table([fits])])
    assert load_workbook(path)["Texts"]["B2"].value == fits
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    temporary = list(ALL_TEMP_FILES)
    with pytest.raises(InvalidValue) as refused:
        long = replace(_texts_table(["short", fits + "y"]), title="Long")
        write_workbook(tmp_path / "long.xlsx", [_texts_table(["fine"]), long])
    assert temporary == ALL_TEMP_FILES  # the refused workbook's sheets leave nothing behind
    assert not (tmp_path / "long.xlsx").exists()
    assert refused.value.field == "Long!B3 (Text)"
    assert refused.value.code == "too_long_for_excel"
    # escapes count: 5,000 CRs are 35,000 characters in the cell
    with pytest.raises(InvalidValue):
        write_workbook(tmp_path / "crs.xlsx", [_texts_table(["\r" * 5000])])


def test_hidden_sheet_without_header_and_properties(tmp_path: Path) -> None:
    table = Table(
        "Koers",
        (Column("key"), Column("value")),
        [["koers_format", 1], ["revision", "abc"]],
        hidden=True,
        header=False,
    )
    visible = _texts_table(["x"])
    path = tmp_path / "k.xlsx"
    write_workbook(path, [visible, table], properties={"koers_revision": "abc"})
    book = load_workbook(path)
    sheet = book["Koers"]
    assert sheet.sheet_state == "hidden"
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["koers_format", 1],
        ["revision", "abc"],
    ]
    assert book.custom_doc_props["koers_revision"].value == "abc"


def test_timescale_days_for_short_projects_weeks_for_long() -> None:
    short = timescale(dt.date(2026, 1, 7), dt.date(2026, 2, 20), 4)
    assert (short.first, short.days, short.count) == (dt.date(2026, 1, 7), 1, 45)
    long = timescale(dt.date(2026, 1, 7), dt.date(2027, 1, 7), 4)
    assert (long.first, long.days) == (dt.date(2026, 1, 5), 7)
    assert long.column(dt.datetime(2027, 1, 7, 17)) == long.count - 1
    widest = timescale(dt.date(1984, 1, 2), dt.date(2149, 12, 31), 4)
    assert widest.count <= 16_384 - 4


def _fill(cell: object) -> str | None:
    fill = cell.fill  # type: ignore[attr-defined]
    return fill.fgColor.rgb[-6:] if fill.fill_type == "solid" else None


def test_gantt_bars_as_fills(tmp_path: Path) -> None:
    monday = dt.datetime(2026, 1, 5, 8)
    bars = [
        GanttBar(1, "Phase", 1, monday, monday + dt.timedelta(days=11, hours=9), BarKind.SUMMARY),
        GanttBar(2, "Build", 2, monday, monday + dt.timedelta(days=2, hours=9), BarKind.CRITICAL),
        GanttBar(
            3, "Test", 2, monday + dt.timedelta(days=3), monday + dt.timedelta(days=4, hours=9)
        ),
        GanttBar(
            4,
            "=Done",
            2,
            monday + dt.timedelta(days=11, hours=9),
            monday + dt.timedelta(days=11, hours=9),
            BarKind.CRITICAL,
            True,
        ),
        GanttBar(5, "Not scheduled", 2, None, None),
    ]
    path = tmp_path / "g.xlsx"
    write_workbook(path, [GanttChart("Gantt", bars)])
    sheet = load_workbook(path)["Gantt"]
    assert [c.value for c in sheet[1]][:4] == ["ID", "Name", "Start", "Finish"]
    days = [c.value for c in sheet[1]][4:]
    assert days[0] == dt.datetime(2026, 1, 5) and len(days) == 12  # a column a day
    assert sheet.freeze_panes == "E2"

    def row_fills(row: int) -> list[str | None]:
        return [_fill(sheet.cell(row, 5 + day)) for day in range(12)]

    assert row_fills(2) == [SUMMARY_FILL] * 12
    assert row_fills(3) == [CRITICAL_FILL] * 3 + [None] * 9
    assert row_fills(4) == [None] * 3 + [BAR_FILL] * 2 + [None] * 7
    assert sheet.cell(5, 16).value == MILESTONE
    assert sheet.cell(5, 16).font.color.rgb[-6:] == CRITICAL_FILL
    assert decode_cell_text(sheet.cell(5, 2).value) == "=Done" and sheet.cell(5, 2).data_type == "s"
    assert row_fills(6) == [None] * 12
    assert [sheet.row_dimensions[r].outline_level for r in range(2, 7)] == [0, 1, 1, 1, 1]


def test_gantt_of_a_long_project_has_a_column_per_week(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 7, 8)
    bars = [GanttBar(1, "Long", 1, start, start + dt.timedelta(days=200), BarKind.TASK)]
    path = tmp_path / "w.xlsx"
    write_workbook(path, [GanttChart("Gantt", bars)])
    sheet = load_workbook(path)["Gantt"]
    weeks = [c.value for c in sheet[1]][4:]
    assert weeks[0] == dt.datetime(2026, 1, 5)
    assert all((b - a).days == 7 for a, b in itertools.pairwise(weeks))
    assert [_fill(sheet.cell(2, 5 + week)) for week in range(len(weeks))] == [BAR_FILL] * len(weeks)
