"""Exporting a project to Excel: every sheet, the revision, user text that stays text and reads
back identical (also through CSV), and LibreOffice reading the Tasks sheet as Koers scheduled it."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.charter import TEXT_FIELDS as CHARTER_TEXT_FIELDS
from app.domain.files import TargetExists
from app.domain.scheduler import LinkType
from app.domain.validation import InvalidValue
from app.io.cell_text import FORMULA_STARTS, decode_cell_text
from app.models.entities import ChangeRequest, Commitment, Expense, Resource, TaskLink
from app.services.charter import read_charter, set_charter_field
from app.services.export_csv import export_csv, read_csv_rows
from app.services.export_xlsx import (
    COMPUTED_TASK_HEADERS,
    KOERS_SHEET,
    REVISION_PROPERTY,
    TASK_COLUMNS,
    export_workbook,
    project_revision,
)
from app.services.issues import blank_issue, insert_issue, list_issues
from app.services.project_file import create_project, open_project
from app.services.requirements import RequirementData, insert_requirement, list_requirements
from app.services.risks import blank_risk, insert_risk, list_risks
from app.services.schedule import read_schedule
from app.services.stakeholders import blank_stakeholder, insert_stakeholder, list_stakeholders
from app.services.tasks import insert_tasks, set_predecessors, set_task_field
from app.services.transaction import unit_of_work
from app.services.view_settings import write_view_setting
from tests.conftest import TODAY

SHEETS = [
    "Charter",
    "Requirements",
    "Tasks",
    "Calendar",
    "Resources",
    "Risks",
    "Risk reviews",
    "Issues",
    "Stakeholders",
    "Budget",
    "Budget lines",
    "Expenses",
    "Commitments",
    "Change requests",
    "Gantt",
    "Koers",
]


@dataclass
class Exported:
    project: Path
    workbook: Path
    revision: str


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    from app.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    project = folder / "demo.koers"
    store = build_demo(project, TODAY)
    try:
        with store.new_session() as session:
            summary = export_workbook(session, folder / "demo.xlsx")
    finally:
        store.close()
    return Exported(project, summary.path, summary.revision)


@pytest.fixture
def session(demo_export: Exported, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.koers"
    shutil.copy(demo_export.project, path)
    store = open_project(path)
    with store.new_session() as session:
        yield session
    store.close()


def _records(sheet: Any) -> list[dict[str, Any]]:
    rows = sheet.iter_rows(values_only=True)
    headers = list(next(rows))
    return [dict(zip(headers, row, strict=True)) for row in rows]


def test_every_sheet_in_order_with_the_revision(demo_export: Exported, session: Session) -> None:
    book = load_workbook(demo_export.workbook)
    assert book.sheetnames == SHEETS
    assert [book[name].sheet_state for name in SHEETS] == ["visible"] * 15 + ["hidden"]
    koers = book[KOERS_SHEET]
    assert [koers["A1"].value, koers["B1"].value] == ["koers_format", 1]
    assert [koers["A2"].value, koers["B2"].value] == ["revision", demo_export.revision]
    assert book.custom_doc_props[REVISION_PROPERTY].value == demo_export.revision
    assert project_revision(session) == demo_export.revision
    for name in SHEETS[:-2]:
        sheet = book[name]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref, name
        assert all(cell.font.bold for cell in sheet[1]), name


def test_the_revision_follows_the_content_not_the_view_settings(session: Session) -> None:
    before = project_revision(session)
    write_view_setting(session, "gantt.page_setup", '{"zoom": 2}')
    assert project_revision(session) == before
    set_charter_field(session, "goal", "A new goal")
    assert project_revision(session) != before


def test_the_tasks_sheet_holds_the_inputs_and_the_schedule(
    demo_export: Exported, session: Session
) -> None:
    computed = read_schedule(session)
    assert computed.result is not None
    sheet = load_workbook(demo_export.workbook)["Tasks"]
    assert [cell.value for cell in sheet[1]] == [column.header for column in TASK_COLUMNS]
    assert [c.header for c in TASK_COLUMNS[-len(COMPUTED_TASK_HEADERS) :]] == list(
        COMPUTED_TASK_HEADERS
    )
    records = _records(sheet)
    assert len(records) == len(computed.rows) == 62
    for number, (record, task) in enumerate(zip(records, computed.rows, strict=True), 2):
        dates = computed.result[task.id]
        assert record["Koers ID"] == task.id and record["ID"] == task.row
        assert (record["WBS"], record["Outline level"]) == (task.wbs, task.outline_level)
        assert decode_cell_text(record["Name"]) == task.name
        assert record["Start"] == from_instant(dates.start)
        assert record["Finish"] == from_instant(dates.finish)
        assert record["Critical"] is dates.critical
        assert record["% Complete"] == task.percent_complete / 100
        assert record["Milestone"] is task.milestone
        assert sheet.row_dimensions[number].outline_level == task.outline_level - 1
        assert sheet.cell(number, 5).alignment.indent == task.outline_level - 1
    by_name = {record["Name"]: record for record in records}
    charter = by_name["Write project charter"]
    assert (charter["Duration"], charter["Predecessors"]) == ("3 days", "2")
    assert charter["Resources"] == "Sanne Jansen"
    assert charter["Baseline start"] == charter["Start"]
    assert sheet["S2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["L2"].number_format == "0%"


def test_predecessors_read_as_typed(session: Session, tmp_path: Path) -> None:
    rows = read_schedule(session).rows
    leaf = next(row for row in rows if not row.summary and row.row > 10)
    set_predecessors(session, leaf.id, "2SS-1d;3FF+50%;4+2.5d;5SF")
    export_workbook(session, tmp_path / "p.xlsx")
    records = _records(load_workbook(tmp_path / "p.xlsx")["Tasks"])
    assert records[leaf.row - 1]["Predecessors"] == "2SS-1d;3FF+50%;4FS+2.5d;5SF"


def test_registers_charter_and_money(demo_export: Exported, session: Session) -> None:
    book = load_workbook(demo_export.workbook)
    charter = {row["Koers field"]: row["Value"] for row in _records(book["Charter"])}
    expected = read_charter(session)
    assert charter["name"] == expected.name
    assert charter["start_date"] == dt.datetime.combine(expected.start_date, dt.time())
    assert book["Charter"]["B6"].number_format == "yyyy-mm-dd"
    risks = _records(book["Risks"])
    assert [r["Ref"] for r in risks] == [r.ref for r in list_risks(session)]
    cost = next(
        (number, r) for number, r in enumerate(risks, 2) if r["Cost impact"] not in (None, 0)
    )
    assert book["Risks"].cell(cost[0], 22).number_format == "[$€-413] #,##0.00"
    assert [r["Ref"] for r in _records(book["Issues"])] == [i.ref for i in list_issues(session)]
    assert [r["Ref"] for r in _records(book["Requirements"])] == [
        r.ref for r in list_requirements(session)
    ]
    calendar = _records(book["Calendar"])
    assert [r["Day or name"] for r in calendar[:7]] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert calendar[0]["Working times"] == "08:00-12:00; 13:00-17:00" and calendar[0]["Hours"] == 8
    assert any(r["Kind"] == "public holiday NL" for r in calendar)
    assert len(_records(book["Gantt"])) == 62


def test_contact_details_only_when_asked(session: Session, tmp_path: Path) -> None:
    export_workbook(session, tmp_path / "plain.xlsx")
    export_workbook(session, tmp_path / "contacts.xlsx", include_contacts=True)
    plain = load_workbook(tmp_path / "plain.xlsx")
    contacts = load_workbook(tmp_path / "contacts.xlsx")
    for header in ("Email", "Phone", "Contact notes"):
        assert header not in [c.value for c in plain["Stakeholders"][1]]
        assert header in [c.value for c in contacts["Stakeholders"][1]]
    assert "Email" not in [c.value for c in plain["Resources"][1]]
    assert "Email" in [c.value for c in contacts["Resources"][1]]
    emails = {r["Name"]: r["Email"] for r in _records(contacts["Stakeholders"])}
    assert emails == {s.name: s.email or None for s in list_stakeholders(session)}


def test_an_existing_file_is_kept_unless_overwrite(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"keep me")
    with pytest.raises(TargetExists):
        export_workbook(session, target)
    assert target.read_bytes() == b"keep me"
    export_workbook(session, target, overwrite=True)
    assert zipfile.is_zipfile(target)


def test_a_text_too_long_for_excel_is_refused_and_nothing_written(
    session: Session, tmp_path: Path
) -> None:
    task = read_schedule(session).rows[3]
    set_task_field(session, task.id, "notes", "n" * 40_000)
    target = tmp_path / "out.xlsx"
    with pytest.raises(InvalidValue) as refused:
        export_workbook(session, target)
    assert refused.value.code == "too_long_for_excel"
    assert refused.value.field == f"Tasks!R{task.row + 1} (Notes)"
    assert not target.exists()
    assert not [path for path in tmp_path.iterdir() if "out.xlsx" in path.name]


def test_a_schedule_with_a_cycle_exports_its_inputs_and_says_why_dates_are_empty(
    session: Session, tmp_path: Path
) -> None:
    rows = [row for row in read_schedule(session).rows if not row.summary]
    first, second = rows[5], rows[6]
    with unit_of_work(session):
        pair = [first.id, second.id]
        session.connection().execute(
            delete(TaskLink).where(
                TaskLink.predecessor_id.in_(pair) & TaskLink.successor_id.in_(pair)
            )
        )
        session.connection().execute(
            insert(TaskLink),
            [
                {"predecessor_id": first.id, "successor_id": second.id, "type": LinkType.FS},
                {"predecessor_id": second.id, "successor_id": first.id, "type": LinkType.FS},
            ],
        )
    summary = export_workbook(session, tmp_path / "cycle.xlsx")
    assert summary.warnings[0].startswith("the links form a cycle, so computed dates are left")
    records = _records(load_workbook(tmp_path / "cycle.xlsx")["Tasks"])
    assert all(r["Start"] is None and r["Finish"] is None for r in records)
    assert [r["Name"] for r in records] == [row.name for row in read_schedule(session).rows]


# -- LibreOffice ------------------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_reads_the_tasks_sheet_as_scheduled(
    demo_export: Exported, session: Session, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("KOERS_REQUIRE_LIBREOFFICE"):
            pytest.fail("KOERS_REQUIRE_LIBREOFFICE is set but soffice is not on the PATH")
        pytest.skip("LibreOffice (soffice) is not installed; CI sets KOERS_REQUIRE_LIBREOFFICE")
    sheet = SHEETS.index("Tasks") + 1
    # comma, double quote, UTF-8, from line 1, ..., the sheet to write (LibreOffice 7.2+)
    options = f"44,34,76,1,,0,false,true,false,false,false,{sheet}"
    profile = Path("/tmp") / f"lo-profile-{uuid.uuid4().hex}"
    out = tmp_path / "lo"
    try:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                f"csv:Text - txt - csv (StarCalc):{options}",
                "--outdir",
                str(out),
                str(demo_export.workbook),
            ],
            check=True,
            capture_output=True,
            timeout=100,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = list(out.glob("*.csv"))
    assert len(converted) == 1, converted
    with open(converted[0], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    computed = read_schedule(session)
    assert computed.result is not None
    assert len(rows) == len(computed.rows)
    stamp = "%Y-%m-%d %H:%M:%S"
    for row, task in zip(rows, computed.rows, strict=True):
        dates = computed.result[task.id]
        assert row["Name"] == task.name
        assert row["Start"] == from_instant(dates.start).strftime(stamp)
        assert row["Finish"] == from_instant(dates.finish).strftime(stamp)


# -- injection and fidelity -------------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "@SUM(A1)",
    "+1",
    "-1",
    "\tleading tab",
    "\rleading CR",
    "\r\n",
    "#N/A",
    "a\x00b\x01c\x1fd\x7f",
    "_x0041_",
    "'=already quoted",
    "x\ufffe\uffffy",
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=24),
    st.builds(
        str.__add__,
        st.sampled_from(HOSTILE),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
    ),
)
_NUMBER = re.compile(r"-?\d+([.,]\d+)?%?")


def _required(text: str) -> str:
    """A text a required field accepts (not only white space)."""
    return text if text.strip() else text + "x"


@pytest.fixture(scope="module")
def blank_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("blank") / "blank.koers"
    create_project(path, "Blank", dt.date(2026, 1, 5)).close()
    return path


def _fill(session: Session, texts: list[str]) -> dict[tuple[str, Any, str], str]:
    """Put the texts in every kind of text field; return (sheet, row key, header) → stored."""
    text = iter(texts)
    for field in CHARTER_TEXT_FIELDS:
        set_charter_field(session, field, _required(next(text)) if field == "name" else next(text))
    insert_requirement(
        session,
        0,
        RequirementData(
            0,
            0,
            "",
            _required(next(text)),
            description=next(text),
            source=next(text),
            acceptance_criteria=next(text),
        ),
    )
    _, ids = insert_tasks(
        session,
        0,
        [{"name": next(text), "outline_level": 1}, {"name": next(text), "outline_level": 2}],
    )
    set_task_field(session, ids[1], "notes", next(text))
    insert_risk(session, blank_risk(_required(next(text)), cause=next(text), event=next(text)))
    insert_issue(session, blank_issue(_required(next(text)), description=next(text)))
    person = replace(
        blank_stakeholder(_required(next(text))),
        concerns=next(text),
        email=next(text),
        contact_notes=next(text),
    )
    insert_stakeholder(session, 0, person)
    budget = {
        Resource: {"name": _required(next(text)), "organisation": next(text)},
        Expense: {"date": dt.date(2026, 2, 2), "amount_cents": 100, "supplier": next(text)},
        Commitment: {"amount_cents": 100, "date": dt.date(2026, 2, 2), "reference": next(text)},
        ChangeRequest: {"ref": "CR-001", "title": _required(next(text)), "reason": next(text)},
    }
    budget[Expense] |= {"invoice_number": next(text)[:64], "note": next(text)}
    budget[Commitment] |= {"supplier": next(text), "description": next(text)}
    budget[ChangeRequest] |= {"scope_impact": next(text)}
    with unit_of_work(session):
        keys = {
            entity: session.execute(insert(entity).values(**values)).inserted_primary_key[0]
            for entity, values in budget.items()
        }

    expected: dict[tuple[str, Any, str], str] = {}
    headers = {
        Resource: ("Resources", {"name": "Name", "organisation": "Organisation"}),
        Expense: (
            "Expenses",
            {"supplier": "Supplier", "invoice_number": "Invoice number", "note": "Note"},
        ),
        Commitment: (
            "Commitments",
            {"reference": "Reference", "supplier": "Supplier", "description": "Description"},
        ),
        ChangeRequest: (
            "Change requests",
            {"title": "Title", "reason": "Reason", "scope_impact": "Scope impact"},
        ),
    }
    for entity, (title, columns) in headers.items():
        for field, header in columns.items():
            expected[title, keys[entity], header] = budget[entity][field]
    charter = read_charter(session)
    for field in CHARTER_TEXT_FIELDS:
        expected["Charter", field, "Value"] = getattr(charter, field)
    for r in list_requirements(session):
        expected["Requirements", r.id, "Title"] = r.title
        expected["Requirements", r.id, "Description"] = r.description
        expected["Requirements", r.id, "Source"] = r.source
        expected["Requirements", r.id, "Acceptance criteria"] = r.acceptance_criteria
    for task in read_schedule(session).rows:
        expected["Tasks", task.id, "Name"] = task.name
        expected["Tasks", task.id, "Notes"] = task.notes
    for risk in list_risks(session):
        expected["Risks", risk.id, "Title"] = risk.title
        expected["Risks", risk.id, "Cause"] = risk.cause
        expected["Risks", risk.id, "Event"] = risk.event
    for issue in list_issues(session):
        expected["Issues", issue.id, "Title"] = issue.title
        expected["Issues", issue.id, "Description"] = issue.description
    for s in list_stakeholders(session):
        for field, header in (
            ("name", "Name"),
            ("concerns", "Concerns"),
            ("email", "Email"),
            ("contact_notes", "Contact notes"),
        ):
            expected["Stakeholders", s.id, header] = getattr(s, field)
    return expected


def _check_xlsx(path: Path, expected: dict[tuple[str, Any, str], str]) -> None:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            assert b"<f>" not in data and b"<f " not in data, name
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
    found: dict[tuple[str, Any, str], str] = {}
    for (title, key, header), _ in expected.items():
        records = _records(book[title])
        column = "Koers field" if title == "Charter" else "Koers ID"
        record = next(r for r in records if r[column] == key)
        value = record[header]
        found[title, key, header] = "" if value is None else decode_cell_text(value)
    assert found == expected


def _check_csv(
    path: Path, delimiter: str, expected: dict[tuple[str, Any, str], str], title: str
) -> None:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter=delimiter):
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS) or _NUMBER.fullmatch(cell), cell
    records = {int(r["Koers ID"]): r for r in read_csv_rows(path)}
    for (sheet, key, header), value in expected.items():
        if sheet == title:
            assert records[key][header] == value, (sheet, key, header)


@settings(max_examples=30)
@given(st.lists(TEXT, min_size=36, max_size=36), st.sampled_from([";", ","]))
def test_user_text_never_becomes_a_formula_and_reads_back_identical(
    blank_project: Path,
    tmp_path_factory: pytest.TempPathFactory,
    texts: list[str],
    delimiter: str,
) -> None:
    folder = tmp_path_factory.mktemp("fidelity")
    path = folder / "p.koers"
    shutil.copy(blank_project, path)
    store = open_project(path)
    try:
        with store.new_session() as session:
            expected = _fill(session, texts)
            export_workbook(session, folder / "p.xlsx", include_contacts=True)
            registers = {
                "tasks": "Tasks",
                "requirements": "Requirements",
                "risks": "Risks",
                "issues": "Issues",
                "stakeholders": "Stakeholders",
            }
            for register in registers:
                export_csv(
                    session,
                    folder / f"{register}.csv",
                    register,
                    delimiter=delimiter,
                    include_contacts=True,
                )
    finally:
        store.close()
    _check_xlsx(folder / "p.xlsx", expected)
    for register, title in registers.items():
        _check_csv(folder / f"{register}.csv", delimiter, expected, title)
