"""Reading sheets: values, headers, suggested mappings, hierarchy, links and the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from app.io.sheet_mapping import (
    RISKS,
    STAKEHOLDERS,
    TASKS,
    Mapping,
    MappingError,
    Options,
    analyse,
    find_column,
    find_header_row,
    header_texts,
    override_mapping,
    suggest_day_first,
    suggest_mapping,
    unit_hint,
)
from app.io.sheet_reader import (
    CellProblem,
    SheetTable,
    from_serial,
    parse_date,
    parse_number,
    read_csv,
    read_sheet,
)


def table(
    *rows: tuple[object, ...], merges: list[tuple[int, int, int, int]] | None = None
) -> SheetTable:
    return SheetTable("test.xlsx", "Sheet1", ("Sheet1",), [tuple(r) for r in rows], merges or [])  # type: ignore[misc]


def save(book: Workbook, path: Path) -> Path:
    book.save(path)
    return path


# ----- values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("2024-03-05", True, dt.datetime(2024, 3, 5)),
        ("2024-03-05T09:30", True, dt.datetime(2024, 3, 5, 9, 30)),
        ("05-03-2024", True, dt.datetime(2024, 3, 5)),
        ("05-03-2024", False, dt.datetime(2024, 5, 3)),
        ("3/5/24", False, dt.datetime(2024, 3, 5)),
        ("5 maart 2024", True, dt.datetime(2024, 3, 5)),
        ("March 5, 2024", True, dt.datetime(2024, 3, 5)),
        ("di 5 mrt 2024", True, dt.datetime(2024, 3, 5)),
        (" Thu 6/08/00", False, dt.datetime(2000, 6, 8)),
        (45356, True, dt.datetime(2024, 3, 5)),
        ("45356", True, dt.datetime(2024, 3, 5)),
        (dt.date(2024, 3, 5), True, dt.datetime(2024, 3, 5)),
        (None, True, None),
    ],
)
def test_dates(value: object, day_first: bool, expected: dt.datetime | None) -> None:
    assert parse_date(value, day_first=day_first) == expected  # type: ignore[arg-type]


def test_1904_serials() -> None:
    assert from_serial(43894, epoch_1904=True) == dt.datetime(2024, 3, 5)
    assert parse_date(43894, epoch_1904=True) == dt.datetime(2024, 3, 5)
    assert from_serial(45356.5) == dt.datetime(2024, 3, 5, 12)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1983-12-31", "outside the dates Koers accepts"),
        ("2150-01-01", "outside the dates Koers accepts"),
        (1, "outside the dates Koers accepts"),
        (1e300, "is not a date"),
        ("Thu 6/08/00", "is a Sunday, not a Thursday (is the sheet in month-day order?)"),
        ("12/25/2024", "not a date in day-month order; is the sheet in month-day order?"),
        ("31-02-2024", "is not a valid date"),
        ("soon", "is not a date"),
        (True, "is not a date"),
    ],
)
def test_dates_refused(value: object, message: str) -> None:
    with pytest.raises(
        CellProblem, match=message.replace("(", r"\(").replace(")", r"\)").replace("?", r"\?")
    ):
        parse_date(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "number"),
    [("1,5", 1.5), ("1.5", 1.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1 234", 1234), (7, 7)],
)
def test_numbers(text: object, number: float) -> None:
    assert parse_number(text) == number  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["abc", "1e400", "1e15", "nan", "--1"])
def test_numbers_refused(text: str) -> None:
    with pytest.raises(CellProblem):
        parse_number(text)


# ----- headers and mappings -------------------------------------------------------------------


def test_dutch_and_english_headers() -> None:
    dutch = suggest_mapping(["Nr", "Taak", "Duur", "Begin", "Einde", "Voorgangers", "Middelen"])
    assert dutch.register == TASKS
    assert dutch.columns == {
        "id": 0,
        "name": 1,
        "duration": 2,
        "start": 3,
        "finish": 4,
        "predecessors": 5,
        "resources": 6,
    }
    risks = suggest_mapping(["Risico", "Kans", "Impact", "Eigenaar", "Strategie"])
    assert risks.register == RISKS
    assert risks.columns == {
        "title": 0,
        "inherent_probability": 1,
        "inherent_impact": 2,
        "owner_text": 3,
        "strategy": 4,
    }
    english = suggest_mapping(["Risk", "Likelihood", "Impact", "Owner"])
    assert english.columns["inherent_probability"] == 1
    people = suggest_mapping(["Name", "Role", "Organisation", "Power", "Interest"])
    assert people.register == STAKEHOLDERS


def test_tie_goes_to_the_column_with_values() -> None:
    rows = [(1, "A", None, "2fs"), (2, "B", None, None)]
    mapping = suggest_mapping(["ID", "Task", "Predecessor", "Predecessors"], rows)
    assert mapping.columns["predecessors"] == 3


def test_unit_hints() -> None:
    assert unit_hint("Duration (weeks)") == "w"
    assert unit_hint("Duur in dagen") == "d"
    assert unit_hint("Duration") is None


def test_header_row_and_merged_headers() -> None:
    sheet = table(
        ("Project plan",),
        (),
        ("No", "Task", None, "Planned", None, "Actual", None),
        (None, "Phase", "Name", "Start", "Finish", "Start", "Finish"),
        (1, "Design", "Sketch", "2024-03-04", "2024-03-08", "2024-03-04", None),
        merges=[(3, 1, 4, 1), (3, 2, 3, 3), (3, 4, 3, 5), (3, 6, 3, 7)],
    )
    assert find_header_row(sheet) == 4
    headers = header_texts(sheet, 4)
    assert headers == [
        "No",
        "Task / Phase",
        "Task / Name",
        "Planned / Start",
        "Planned / Finish",
        "Actual / Start",
        "Actual / Finish",
    ]
    mapping = suggest_mapping(headers)
    assert mapping.columns["start"] == 3
    assert mapping.columns["finish"] == 4
    assert find_column(headers, "Name") == 2
    assert find_column(headers, "G") == 6
    assert find_column(headers, "2") == 1


def test_override_mapping() -> None:
    headers = ["ID", "Task", "Length", "Who"]
    suggested = suggest_mapping(headers)
    assert "duration" not in suggested.columns
    mapping = override_mapping(
        suggested, {"duration": "Length", "resources": "D", "id": ""}, headers
    )
    assert mapping.columns == {"name": 1, "duration": 2, "resources": 3}
    risks = override_mapping(suggested, {"probability": "C"}, headers)
    assert risks.register == RISKS
    with pytest.raises(MappingError, match="no field 'colour'"):
        override_mapping(suggested, {"colour": "A"}, headers)
    with pytest.raises(MappingError, match="no column 'Budget'"):
        override_mapping(suggested, {"duration": "Budget"}, headers)


# ----- tasks ----------------------------------------------------------------------------------


def test_hierarchy_from_leading_spaces_and_links() -> None:
    sheet = table(
        ("ID", "Task", "Duration", "Predecessors"),
        (1, "Build", None, None),
        (2, "   Foundation", 5, None),
        (3, "   Walls", "2 wks", "2fs"),
        (4, "      Paint", "1,5 dagen", "2SS+2d"),
        (5, "Hand over", 0, "3FS+2d;4"),
    )
    analysis = analyse(sheet)
    assert analysis.ok, analysis.report()
    records = analysis.records
    assert [r.level for r in records] == [1, 2, 2, 3, 1]
    assert [r.summary for r in records] == [True, False, True, False, False]
    assert records[1].duration_minutes == 5 * 480
    assert records[2].duration_minutes == 10 * 480
    assert records[3].duration_minutes == 720
    assert records[4].milestone
    assert [(link.predecessor, link.type, link.lag_minutes) for link in records[3].links] == [
        (1, "SS", 960)
    ]
    assert [(link.predecessor, link.type, link.lag_minutes) for link in records[4].links] == [
        (2, "FS", 960),
        (3, "FS", 0),
    ]


def test_hierarchy_from_outline_levels_and_wbs() -> None:
    levels = table(("Name", "Level"), ("A", 1), ("B", 3), ("C", 2))
    analysis = analyse(levels)
    assert [r.level for r in analysis.records] == [1, 2, 2]
    assert [i.text(analysis.headers) for i in analysis.warnings] == [
        "row 3, column B (Level): is at outline level 3 under a task at level 1; placed at level 2"
    ]
    wbs = analyse(table(("WBS", "Task"), ("1", "A"), ("1.1", "B"), ("1.1.1", "C"), ("2", "D")))
    assert [r.level for r in wbs.records] == [1, 2, 3, 1]


def test_unitless_durations_in_the_chosen_unit() -> None:
    sheet = table(("Task", "Duration"), ("A", 2), ("B", "3"), ("C", "1 day"))
    weeks = analyse(sheet, options=Options(duration_unit="w"))
    assert [r.duration_minutes for r in weeks.records] == [2 * 2400, 3 * 2400, 480]
    assert [r.duration_unit for r in weeks.records] == ["w", "w", "d"]


def test_report_names_row_column_and_problem() -> None:
    sheet = table(
        ("ID", "Task", "Duration", "Start", "Predecessors", "% complete"),
        (1, "A", "soon", "1970-01-01", None, "150%"),
        (2, "B", -3, "2024-02-30", "9", 50),
        (3, "C", 1, None, "3", None),
        (4, "D", 10**15, None, "1FS+1000000000000000d", None),
    )
    analysis = analyse(sheet)
    assert not analysis.ok
    assert analysis.report() == [
        "error: row 2, column C (Duration): 'soon' is not a duration (such as 5d, 3 hrs, "
        "2 weeks or 1,5 dagen)",
        "error: row 2, column D (Start): '1970-01-01' is 1970-01-01, outside the dates Koers "
        "accepts (1984-01-01 to 2149-12-31)",
        "error: row 2, column F (% complete): '150%' is not a percentage from 0 to 100",
        "error: row 3, column C (Duration): '-3' is a negative duration",
        "error: row 3, column D (Start): '2024-02-30' is not a valid date",
        "error: row 5, column C (Duration): '1000000000000000' is an absurd number",
        "error: row 3, column E (Predecessors): there is no task with ID 9 (in '9')",
        "error: row 4, column E (Predecessors): '3' names the task itself",
        "error: row 5, column E (Predecessors): the lag in '1FS+1000000000000000d' is absurd "
        "(over 100 years)",
    ]


def test_cycles_are_reported() -> None:
    sheet = table(("Task", "Predecessors"), ("A", "3"), ("B", "1"), ("C", "2"))
    analysis = analyse(sheet)
    assert [i.text(analysis.headers) for i in analysis.errors] == [
        "row 3, column B (Predecessors): the predecessors form a loop through rows 3 → 4 → 2 → 3"
    ]


def test_rows_without_a_name_and_repeated_headers_are_left_out() -> None:
    sheet = table(
        ("Task", "Duration"),
        ("A", 1),
        (None, 2),
        (None, 3),
        ("Task", "Duration"),
        ("B", 1),
    )
    analysis = analyse(sheet)
    assert [r.name for r in analysis.records] == ["A", "B"]
    assert analysis.report() == [
        "warning: rows 3–4: has no name (column A); left out",
        "warning: row 5: repeats the header row; left out",
    ]


def test_no_data_rows() -> None:
    analysis = analyse(table(("Risk", "Probability")))
    assert analysis.report() == ["error: no data rows under the header in row 1"]
    assert not analysis.ok


def test_resources_with_units() -> None:
    sheet = table(("Task", "Resources"), ("A", "Ann, Bob[50%]; ann"))
    assert analyse(sheet).records[0].resources == [("Ann", 1.0), ("Bob", 0.5)]


def test_risk_values() -> None:
    sheet = table(
        ("Risk", "Probability", "Impact", "Strategy", "Status", "Cost impact", "Date raised"),
        ("Late supplier", "High", "5", "Mitigation: second supplier", "open", "€ 1.500,50", 45356),
        ("Rain", "30%", "very low", "accept", "gesloten", None, "2024-03-05"),
        ("Fog", "often", 2, "pray", None, None, None),
    )
    analysis = analyse(sheet)
    assert analysis.register == RISKS
    values = [record.values for record in analysis.records]
    assert values[0] == {
        "title": "Late supplier",
        "inherent_probability": 4,
        "inherent_impact": 5,
        "strategy": "reduce",
        "response_actions": "Mitigation: second supplier",
        "status": "identified",
        "cost_impact_cents": 150050,
        "date_raised": dt.date(2024, 3, 5),
    }
    assert values[1]["inherent_probability"] == 2
    assert values[1]["status"] == "closed"
    assert values[2]["inherent_probability"] == 3
    assert [i.text(analysis.headers) for i in analysis.warnings] == [
        "row 4, column B (Probability): 'often' is not a level (1 to 5, or very low, low, "
        "medium, high, very high); 3 (medium) is used",
        "row 4, column D (Strategy): 'pray' names no response strategy (avoid, reduce, "
        "transfer, share, accept, escalate, fallback, exploit, enhance); kept as response "
        "actions",
    ]


def test_explicit_mapping_object_is_used_as_is() -> None:
    sheet = table(("A", "B"), ("x", "y"))
    analysis = analyse(sheet, Mapping(TASKS, {"name": 1}))
    assert [r.name for r in analysis.records] == ["y"]


# ----- workbooks and CSV ----------------------------------------------------------------------


def test_workbook_values_epoch_formulas_and_percentages(tmp_path: Path) -> None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Task", "Start", "Done", "Duration", "Serial"])
    sheet.append(["A", dt.datetime(2024, 3, 5), 0.8, "=1+1", 43894])
    sheet["C2"].number_format = "0%"
    sheet.append(["B_x000D_", None, None, 2])
    path = save(book, tmp_path / "mac.xlsx")
    read = read_sheet(path)
    assert read.epoch_1904
    assert read.rows[1] == ("A", dt.datetime(2024, 3, 5), "80%", None, 43894)
    assert read.rows[2] == ("B\r", None, None, 2)
    assert read.formula_cells == [(2, 4)]
    analysis = analyse(
        read, Mapping(TASKS, {"name": 0, "start": 1, "percent_complete": 2, "duration": 3})
    )
    assert analysis.records[0].percent_complete == 80
    assert analysis.report()[0] == (
        "warning: row 2, column D (Duration): holds a formula without a saved result (the file "
        "was never recalculated); it reads as empty"
    )
    assert parse_date(read.rows[1][4], epoch_1904=read.epoch_1904) == dt.datetime(2024, 3, 5)


def test_merged_cells_are_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Task", "Dates", None])
    sheet.append([None, "Start", "Finish"])
    sheet.append(["A", "2024-03-04", "2024-03-08"])
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    read = read_sheet(save(book, tmp_path / "merged.xlsx"))
    assert sorted(read.merges) == [(1, 1, 2, 1), (1, 2, 1, 3)]
    assert header_texts(read, find_header_row(read)) == ["Task", "Dates / Start", "Dates / Finish"]


def test_sheet_choice(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "First"
    book.create_sheet("Second").append(["Task"])
    book.create_sheet("Hidden").sheet_state = "hidden"
    path = save(book, tmp_path / "sheets.xlsx")
    assert read_sheet(path, "second").sheet == "Second"
    assert read_sheet(path).sheets == ("First", "Second", "Hidden")
    with pytest.raises(Exception, match="has no sheet 'Third'"):
        read_sheet(path, "Third")


def test_csv_files(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes("\ufeffTaak;Duur;Begin\r\nOntwerp;1,5;05-03-2024\r\n'=gevaar;2;\r\n".encode())
    read = read_csv(path)
    assert read.rows == [
        ("Taak", "Duur", "Begin"),
        ("Ontwerp", "1,5", "05-03-2024"),
        ("=gevaar", "2"),
    ]
    analysis = analyse(read)
    assert analysis.ok
    assert [r.name for r in analysis.records] == ["Ontwerp", "=gevaar"]
    assert analysis.records[0].duration_minutes == 720
    assert analysis.records[0].start == dt.datetime(2024, 3, 5, 8)
    comma = tmp_path / "plan2.csv"
    comma.write_text('Task,Duration\n"Design, draw",3\n', encoding="cp1252")
    assert read_csv(comma).rows[1] == ("Design, draw", "3")


def test_date_order_suggested_from_the_dates() -> None:
    american = table(("Task", "Start"), ("A", "Thu 6/08/00"), ("B", "7/16/00"))
    assert not suggest_day_first(american, suggest_mapping(["Task", "Start"]), 1)
    dutch = table(("Taak", "Begin"), ("A", "16-07-2024"), ("B", "01-02-2024"))
    assert suggest_day_first(dutch, suggest_mapping(["Taak", "Begin"]), 1)
