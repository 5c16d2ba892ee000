"""Planning the read-back of an edited Koers workbook: exactly the edits, nothing else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from app.domain.errors import InputRefused
from app.domain.scheduler import Constraint, LinkType
from app.models.entities import Issue, Project, Requirement, Risk, Stakeholder, Task, TaskLink
from app.models.store import ProjectStore
from app.services.export_xlsx import export_workbook
from app.services.import_xlsx_roundtrip import RoundTripRefused, plan_workbook_changes
from app.services.project_file import create_project, open_project
from app.services.tasks import set_task_field
from tests.workbook_edits import TasksSheet


@pytest.fixture
def store(demo_file: Path) -> Iterator[ProjectStore]:
    opened = open_project(demo_file)
    yield opened
    opened.close()


@pytest.fixture
def session(store: ProjectStore) -> Iterator[Session]:
    with store.new_session() as opened:
        yield opened


@pytest.fixture
def exported(session: Session, tmp_path: Path) -> Path:
    target = tmp_path / "demo.xlsx"
    export_workbook(session, target)
    return target


def test_an_unchanged_export_is_no_change(session: Session, exported: Path) -> None:
    changes = plan_workbook_changes(session, exported)
    assert changes.is_empty
    assert changes.lines() == []
    assert changes.ignored == []
    assert changes.warnings == []


def test_a_workbook_saved_again_by_openpyxl_is_no_change(session: Session, exported: Path) -> None:
    TasksSheet(exported).save()
    assert plan_workbook_changes(session, exported).is_empty


def test_input_edits_and_computed_columns(session: Session, exported: Path) -> None:
    sheet = TasksSheet(exported)
    sheet.set(7, "Name", "Inventory of the CRM")
    sheet.set(7, "Duration", "6 days")
    sheet.set(7, "% Complete", 0.5)
    sheet.set(5, "Start", dt.datetime(2026, 10, 19))
    sheet.set(3, "Finish", dt.datetime(2026, 10, 20, 17))
    sheet.set(4, "Total float (days)", 3)
    sheet.set(4, "Resources", "Kees Smit")
    sheet.save()
    changes = plan_workbook_changes(session, exported)
    edits = {edit.task_id: edit.columns for edit in changes.edits}
    assert edits == {
        7: {"name": "Inventory of the CRM", "duration_minutes": 2880, "percent_complete": 50},
        5: {"constraint": Constraint.SNET, "constraint_date": dt.datetime(2026, 10, 19, 8)},
    }
    assert changes.ignored == [
        "Tasks row 4 (Write project charter): Finish edited, but it is computed; ignored",
        "Tasks row 5 (Charter approved by steering committee): Total float (days) edited, but "
        "it is computed; ignored",
        "Tasks row 5 (Charter approved by steering committee): Resources edited, but assignments "
        "are edited in Koers; ignored",
    ]
    assert changes.lines()[:2] == [
        "Tasks row 6 (Kick-off with business and supplier): Constraint 'asap' → 'snet'",
        "Tasks row 6 (Kick-off with business and supplier): Constraint date (empty) → "
        "2026-10-19 08:00",
    ]
    assert not changes.new_tasks and not changes.deleted and not changes.reordered


def test_new_deleted_and_moved_rows(session: Session, exported: Path) -> None:
    sheet = TasksSheet(exported)
    last = sheet.sheet.cell(sheet.sheet.max_row, sheet.columns["Koers ID"]).value
    name = sheet.get(last, "Name")
    sheet.insert_after(
        7, {"Name": "Interview users", "Outline level": 2, "Duration": "2d", "Predecessors": "7"}
    )
    sheet.delete(last)
    sheet.swap(4, 5)
    sheet.save()
    changes = plan_workbook_changes(session, exported)
    assert [
        (task.values["name"], task.values["duration_minutes"]) for task in changes.new_tasks
    ] == [("Interview users", 960)]
    new_key = changes.new_tasks[0].key
    assert changes.links[new_key] == [(7, "FS", 0, "d", None)]
    assert changes.deleted == [(last, name)]
    assert changes.reordered
    order = [key for key in changes.order if isinstance(key, int)]
    assert order.index(5) < order.index(4)
    assert changes.order[changes.order.index(7) + 1] == new_key


def test_predecessor_edits_by_the_id_column(session: Session, exported: Path) -> None:
    sheet = TasksSheet(exported)
    sheet.set(7, "Predecessors", "3FS+2d;4SS")
    sheet.save()
    changes = plan_workbook_changes(session, exported)
    assert changes.links == {7: [(3, "FS", 960, "d", None), (4, "SS", 0, "d", None)]}
    assert changes.edits == []


def test_the_project_changed_since_the_export(session: Session, exported: Path) -> None:
    set_task_field(session, 7, "name", "Renamed in Koers")
    changes = plan_workbook_changes(session, exported)
    assert changes.revision_changed
    assert changes.warnings == [
        "the project changed since this workbook was exported; the workbook's edits are "
        "applied to the project as it is now"
    ]
    # The workbook still holds the old name: reading it back would undo the rename.
    assert [edit.columns for edit in changes.edits] == [{"name": "Inventory of the current CRM"}]


def test_problems_are_refused_with_every_one_listed(session: Session, exported: Path) -> None:
    sheet = TasksSheet(exported)
    sheet.set(7, "Duration", "a while")
    sheet.set(3, "Predecessors", "999")
    sheet.set(5, "Koers ID", 99999)
    sheet.set(4, "Constraint", "SOON")
    sheet.save()
    with pytest.raises(RoundTripRefused) as refused:
        plan_workbook_changes(session, exported)
    assert str(refused.value).startswith(
        "demo.xlsx: Tasks row 6, Koers ID: 99999 is not a task of this"
    )
    assert str(refused.value).endswith("(and 3 more problems)")
    assert len(refused.value.problems) == 4


def test_a_foreign_workbook_is_refused(session: Session, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Tasks"
    book.active.append(["Koers ID", "Name"])
    book.save(tmp_path / "foreign.xlsx")
    with pytest.raises(InputRefused, match="was not exported by Koers"):
        plan_workbook_changes(session, tmp_path / "foreign.xlsx")


# ----- generated projects ---------------------------------------------------------------------

HOSTILE = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-1", "\tx", "a\rb", "_x0041_", "#N/A"]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=16),
)
UNITS = ["m", "h", "d", "w", "mo", "ed", "ew"]
DAY = dt.datetime(2026, 3, 2, 8)
MOMENTS = st.one_of(
    st.none(), st.integers(0, 400).map(lambda days: DAY + dt.timedelta(days=days, hours=days % 9))
)


@st.composite
def projects(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Tasks (every input a workbook carries) and links between leaves, forward only."""
    count = draw(st.integers(1, 7))
    tasks: list[dict[str, Any]] = []
    level = 0
    for index in range(count):
        level = draw(st.integers(1, level + 1))
        minutes = draw(st.one_of(st.just(0), st.integers(1, 60 * 480)))
        manual = draw(st.booleans())
        constraint = draw(st.sampled_from(list(Constraint)))
        dated = constraint not in (Constraint.ASAP, Constraint.ALAP)
        tasks.append(
            {
                "id": index + 1,
                "position": index,
                "outline_level": level,
                "name": draw(TEXT).strip()[:255],
                "duration_minutes": minutes,
                "duration_unit": draw(st.sampled_from(UNITS)),
                "estimated": draw(st.booleans()),
                "milestone": minutes == 0,
                "manual": manual,
                "manual_start": DAY if manual else None,
                "manual_finish": DAY + dt.timedelta(hours=9) if manual else None,
                "constraint": constraint.value,
                "constraint_date": draw(MOMENTS.filter(lambda m: m is not None)) if dated else None,
                "deadline": draw(MOMENTS),
                "calendar_id": None,
                "percent_complete": draw(st.integers(0, 100)),
                "actual_start": draw(MOMENTS),
                "actual_finish": None,
                "remaining_minutes": None,
                "task_type": 0,
                "effort_driven": False,
                "active": True,
                "fixed_cost_cents": 0,
                "notes": draw(TEXT),
                "external_uid": None,
            }
        )
    levels = [task["outline_level"] for task in tasks]
    leaves = [i for i in range(count) if i == count - 1 or levels[i + 1] <= levels[i]]
    links: list[dict[str, Any]] = []
    for later in leaves:
        for earlier in leaves:
            if earlier < later and draw(st.booleans()):
                percent = draw(st.one_of(st.none(), st.sampled_from([25.0, -50.0, 150.5])))
                links.append(
                    {
                        "predecessor_id": earlier + 1,
                        "successor_id": later + 1,
                        "type": draw(st.sampled_from(list(LinkType))).value,
                        "lag_minutes": 0 if percent else draw(st.integers(-2400, 2400)),
                        "lag_unit": draw(st.sampled_from(UNITS)),
                        "lag_percent": percent,
                    }
                )
    return tasks, links


@st.composite
def registers(draw: st.DrawFn) -> dict[str, dict[str, Any]]:
    """One row of each register and a charter goal, every text field drawn."""
    return {
        "project": {"goal": draw(TEXT), "scope_in": draw(TEXT)},
        "requirement": {
            "position": 0,
            "ref": "REQ-001",
            "title": draw(TEXT).strip()[:255] or "x",
            "description": draw(TEXT),
            "source": draw(TEXT).strip()[:255],
            "acceptance_criteria": draw(TEXT),
        },
        "stakeholder": {
            "id": 1,
            "position": 0,
            "name": draw(TEXT).strip()[:255] or "x",
            "role": draw(TEXT).strip()[:255],
            "concerns": draw(TEXT),
            "power": draw(st.integers(1, 5)),
        },
        "risk": {
            "id": 1,
            "position": 0,
            "ref": "R-001",
            "title": draw(TEXT).strip()[:255] or "x",
            "cause": draw(TEXT),
            "owner_id": draw(st.sampled_from([None, 1])),
            "owner_text": "",
            "cost_impact_cents": draw(st.integers(0, 10**9)),
            "date_raised": draw(MOMENTS.map(lambda m: m and m.date())),
        },
        "issue": {
            "position": 0,
            "ref": "I-001",
            "title": draw(TEXT).strip()[:255] or "x",
            "resolution": draw(TEXT),
            "risk_id": draw(st.sampled_from([None, 1])),
        },
    }


@given(project=projects(), rows=registers())
def test_an_export_of_any_project_reads_back_as_no_change(
    project: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    rows: dict[str, dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tasks, links = project
    folder = tmp_path_factory.mktemp("generated")

    def fill(session: Session) -> None:
        connection = session.connection()
        connection.execute(insert(Task), tasks)
        if links:
            connection.execute(insert(TaskLink), links)
        connection.execute(update(Project).values(**rows["project"]))
        for entity in (Requirement, Stakeholder, Risk, Issue):
            connection.execute(insert(entity).values(**rows[entity.__tablename__]))

    store = create_project(folder / "p.koers", "Generated", dt.date(2026, 3, 2), fill=fill)
    try:
        with store.new_session() as session:
            export_workbook(session, folder / "p.xlsx")
            changes = plan_workbook_changes(session, folder / "p.xlsx")
            assert changes.is_empty, changes.lines()
            assert changes.ignored == []
    finally:
        store.close()


def test_edits_in_sheets_that_are_not_read_back_are_listed(
    session: Session, exported: Path
) -> None:
    resources = TasksSheet(exported, "Resources")
    resources.set(2, "Standard rate", 99.5)
    resources.save()
    expenses = TasksSheet(exported, "Expenses")
    first = expenses.sheet.cell(2, 1).value
    expenses.set(first, "Note", "paid late")
    expenses.save()
    changes = plan_workbook_changes(session, exported)
    assert changes.is_empty
    assert changes.ignored == [
        "Resources: row 3 differs from the project; this sheet is not read back, so make "
        "those changes in Koers",
        "Expenses: row 2 differs from the project; this sheet is not read back, so make "
        "those changes in Koers",
    ]
