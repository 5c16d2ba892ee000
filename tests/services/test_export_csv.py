"""Exporting a register to CSV: the workbook's columns, Excel's conventions, read back exactly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.files import TargetExists
from app.domain.validation import InvalidValue
from app.services.export_csv import REGISTERS, export_csv, read_csv_rows
from app.services.export_xlsx import export_workbook, project_revision
from app.services.project_file import open_project
from app.services.schedule import read_schedule
from app.services.stakeholders import list_stakeholders
from app.services.tasks import set_task_field
from tests.conftest import TODAY

SHEET_OF = {
    "tasks": "Tasks",
    "requirements": "Requirements",
    "risks": "Risks",
    "issues": "Issues",
    "stakeholders": "Stakeholders",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.koers"
    build_demo(path, TODAY).close()
    return path


@pytest.fixture
def session(template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.koers"
    shutil.copy(template, path)
    store = open_project(path)
    with store.new_session() as session:
        yield session
    store.close()


def test_registers() -> None:
    assert REGISTERS == ("tasks", "requirements", "risks", "issues", "stakeholders")


def test_every_register_has_the_columns_of_its_sheet(session: Session, tmp_path: Path) -> None:
    export_workbook(session, tmp_path / "all.xlsx")
    book = load_workbook(tmp_path / "all.xlsx")
    for register, title in SHEET_OF.items():
        summary = export_csv(session, tmp_path / f"{register}.csv", register)
        rows = read_csv_rows(summary.path)
        headers = [cell.value for cell in book[title][1]]
        assert summary.rows == {register: book[title].max_row - 1}
        assert summary.revision == project_revision(session)
        assert list(rows[0]) == headers, register
        sheet_ids = [row[0].value for row in book[title].iter_rows(min_row=2)]
        assert [int(row["Koers ID"]) for row in rows] == sheet_ids


def test_the_tasks_file_as_excel_opens_it(session: Session, tmp_path: Path) -> None:
    summary = export_csv(session, tmp_path / "tasks.csv")
    data = summary.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfKoers ID;ID;WBS;Outline level;Name;Duration;")
    computed = read_schedule(session)
    assert computed.result is not None
    rows = read_csv_rows(summary.path)
    for row, task in zip(rows, computed.rows, strict=True):
        dates = computed.result[task.id]
        assert row["Name"] == task.name
        assert row["Start"] == from_instant(dates.start).strftime("%Y-%m-%d %H:%M")
        assert row["Finish"] == from_instant(dates.finish).strftime("%Y-%m-%d %H:%M")
        assert row["% Complete"] == f"{task.percent_complete}%"
        assert row["Milestone"] == ("Yes" if task.milestone else "No")
    comma = export_csv(session, tmp_path / "comma.csv", delimiter=",")
    assert comma.path.read_bytes().startswith(b"\xef\xbb\xbfKoers ID,ID,WBS,")
    assert read_csv_rows(comma.path) == rows


def test_money_with_a_decimal_comma_for_semicolons(session: Session, tmp_path: Path) -> None:
    semicolon = read_csv_rows(export_csv(session, tmp_path / "r1.csv", "risks").path)
    comma = read_csv_rows(export_csv(session, tmp_path / "r2.csv", "risks", delimiter=",").path)
    costs = [(a["Cost impact"], b["Cost impact"]) for a, b in zip(semicolon, comma, strict=True)]
    assert all(a == b.replace(".", ",") and b.count(".") == 1 for a, b in costs)


def test_contact_details_only_when_asked(session: Session, tmp_path: Path) -> None:
    plain = read_csv_rows(export_csv(session, tmp_path / "s.csv", "stakeholders").path)
    assert "Email" not in plain[0] and "Phone" not in plain[0]
    full = export_csv(session, tmp_path / "c.csv", "stakeholders", include_contacts=True)
    rows = read_csv_rows(full.path)
    assert [row["Email"] for row in rows] == [s.email for s in list_stakeholders(session)]


def test_refusals(session: Session, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="unknown_register"):
        export_csv(session, tmp_path / "x.csv", "budget")
    with pytest.raises(InvalidValue, match="unknown_delimiter"):
        export_csv(session, tmp_path / "x.csv", delimiter="\t")
    target = tmp_path / "kept.csv"
    target.write_text("mine")
    with pytest.raises(TargetExists):
        export_csv(session, target)
    assert target.read_text() == "mine"
    export_csv(session, target, overwrite=True)
    assert target.read_text(encoding="utf-8-sig").startswith("Koers ID;")


def test_a_cell_excel_would_cut_is_written_whole_with_a_warning(
    session: Session, tmp_path: Path
) -> None:
    task = read_schedule(session).rows[4]
    notes = "=" + "n" * 40_000
    set_task_field(session, task.id, "notes", notes)
    summary = export_csv(session, tmp_path / "t.csv")
    assert summary.warnings == (
        f"line {task.row + 1}, Notes: more than 32,767 characters; Excel cuts such a cell "
        "when it opens the file (Koers reads it whole)",
    )
    assert read_csv_rows(summary.path)[task.row - 1]["Notes"] == notes
