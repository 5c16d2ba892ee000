"""An edited workbook applies exactly its edits in one undoable step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.commands.document import ProjectDocument
from app.commands.import_workbook import ApplyWorkbookCommand
from app.domain.validation import InvalidValue
from app.models.entities import Task
from app.services.export_xlsx import export_workbook
from app.services.import_xlsx_roundtrip import plan_workbook_changes
from app.services.tasks import set_task_field
from tests.commands.conftest import dump
from tests.workbook_edits import TasksSheet


def _export(document: ProjectDocument, tmp_path: Path) -> Path:
    target = tmp_path / "demo.xlsx"
    document.read(export_workbook, target)
    return target


def _tasks(document: ProjectDocument) -> dict[int, dict[str, Any]]:
    columns = [column.name for column in Task.__table__.columns]
    return {row[0]: dict(zip(columns, row, strict=True)) for row in dump(document)["task"]}


def test_edits_apply_exactly_and_undo_restores_the_project(
    document: ProjectDocument, tmp_path: Path
) -> None:
    path = _export(document, tmp_path)
    sheet = TasksSheet(path)
    last = sheet.sheet.cell(sheet.sheet.max_row, sheet.columns["Koers ID"]).value
    sheet.set(7, "Name", "Inventory of the CRM")
    sheet.set(7, "Duration", "6 days")
    sheet.set(5, "Start", dt.datetime(2026, 10, 19, 8))
    sheet.set(3, "Finish", dt.datetime(2026, 10, 20, 17))
    sheet.insert_after(
        7, {"Name": "Interview users", "Outline level": 2, "Duration": "2d", "Predecessors": "7"}
    )
    sheet.delete(last)
    sheet.swap(4, 5)
    sheet.save()
    before = dump(document)
    tasks_before = _tasks(document)
    changes = document.read(plan_workbook_changes, path)
    command = ApplyWorkbookCommand(document, changes)
    document.push(command)
    assert document.undo_stack.count() == 1
    after = dump(document)
    tasks_after = _tasks(document)
    new_id = max(tasks_after)
    assert set(tasks_after) == set(tasks_before) - {last} | {new_id}
    assert tasks_after[new_id]["name"] == "Interview users"
    assert tasks_after[new_id]["position"] == tasks_after[7]["position"] + 1
    assert tasks_after[5]["position"] < tasks_after[4]["position"]
    assert (tasks_after[7]["name"], tasks_after[7]["duration_minutes"]) == (
        "Inventory of the CRM",
        2880,
    )
    assert (tasks_after[5]["constraint"], tasks_after[5]["constraint_date"]) == (
        "snet",
        "2026-10-19 08:00:00.000000",
    )
    # Everything else is as it was, apart from positions.
    for task_id, row in tasks_after.items():
        if task_id in (7, 5, new_id):
            continue
        assert {**row, "position": 0} == {**tasks_before[task_id], "position": 0}
    links = {(r[1], r[2]) for r in after["task_link"]}
    assert (7, new_id) in links
    assert not any(last in pair for pair in links)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after
    document.undo_stack.undo()
    assert dump(document) == before


def test_an_unchanged_export_leaves_no_undo_step(document: ProjectDocument, tmp_path: Path) -> None:
    path = _export(document, tmp_path)
    changes = document.read(plan_workbook_changes, path)
    assert changes.is_empty
    document.push(ApplyWorkbookCommand(document, changes))
    assert document.undo_stack.count() == 0


def test_a_loop_is_refused_and_nothing_changes(document: ProjectDocument, tmp_path: Path) -> None:
    path = _export(document, tmp_path)
    sheet = TasksSheet(path)
    sheet.set(3, "Predecessors", "4")  # 4 already follows 3
    sheet.save()
    before = dump(document)
    changes = document.read(plan_workbook_changes, path)
    with pytest.raises(InvalidValue, match="cycle"):
        document.push(ApplyWorkbookCommand(document, changes))
    assert document.undo_stack.count() == 0
    assert dump(document) == before


def test_a_plan_made_before_another_edit_is_refused(
    document: ProjectDocument, tmp_path: Path
) -> None:
    path = _export(document, tmp_path)
    sheet = TasksSheet(path)
    sheet.set(7, "Duration", "6 days")
    sheet.save()
    changes = document.read(plan_workbook_changes, path)
    document.execute(set_task_field, 9, "name", "Edited meanwhile")
    with pytest.raises(InvalidValue, match="project_changed"):
        document.push(ApplyWorkbookCommand(document, changes))


# ----- the register sheets ------------------------------------------------------------------


def _rows(document: ProjectDocument, table: str, *columns: str) -> list[dict[str, Any]]:
    from sqlalchemy import text

    selected = ", ".join(f'"{c}"' for c in columns)
    query = text(f'SELECT {selected} FROM "{table}" ORDER BY position')
    found = document.read(lambda session: session.execute(query).all())
    return [dict(zip(columns, row, strict=True)) for row in found]


def test_register_sheets_apply_their_edits_and_undo_restores_them(
    document: ProjectDocument, tmp_path: Path
) -> None:
    path = _export(document, tmp_path)
    risks = TasksSheet(path, "Risks")
    first_risk, second_risk = (risks.sheet.cell(n, 1).value for n in (2, 3))
    risks.set(first_risk, "Title", "Supplier delivers the interfaces late")
    risks.set(first_risk, "Probability", 5)
    risks.set(first_risk, "Cost impact", 12345.67)
    risks.set(first_risk, "Score", 999)  # computed: ignored
    risks.append({"Title": "Key user leaves", "Kind": "threat", "Probability": 2, "Impact": 4})
    risks.delete(second_risk)
    risks.save()
    issues = TasksSheet(path, "Issues")
    issue = issues.sheet.cell(2, 1).value
    issues.set(issue, "Status", "closed")
    issues.save()
    people = TasksSheet(path, "Stakeholders")
    person = people.sheet.cell(2, 1).value
    people.set(person, "Role", "Chief information officer")
    people.save()
    charter = openpyxl.load_workbook(path)
    goal_row = next(r for r in charter["Charter"].iter_rows() if r[2].value == "goal")
    goal_row[1].value = "One CRM for sales and service, live before summer 2027."
    charter.save(path)

    before = dump(document)
    changes = document.read(plan_workbook_changes, path)
    assert any("Risks row 2 (R-001" in line and "Probability" in line for line in changes.lines())
    assert any("new risk 'Key user leaves'" in line for line in changes.lines())
    assert changes.deletion_lines() == [
        next(line for line in changes.deletion_lines() if line.startswith("risk R-002"))
    ]
    assert any("Score is computed by Koers" in line for line in changes.ignored)
    document.push(ApplyWorkbookCommand(document, changes))
    after = dump(document)

    risk_rows = _rows(
        document, "risk", "id", "ref", "title", "inherent_probability", "cost_impact_cents"
    )
    assert risk_rows[0]["title"] == "Supplier delivers the interfaces late"
    assert risk_rows[0]["inherent_probability"] == 5
    assert risk_rows[0]["cost_impact_cents"] == 1234567
    assert second_risk not in [row["id"] for row in risk_rows]
    assert risk_rows[-1]["title"] == "Key user leaves"
    assert risk_rows[-1]["ref"] not in ("R-002",)  # a deleted code is never given out again
    assert _rows(document, "issue", "id", "status")[0]["status"] == "closed"
    assert _rows(document, "stakeholder", "role")[0]["role"] == "Chief information officer"
    assert dump(document)["project"] != before["project"]
    # Everything else is as it was: only the edited tables changed.
    unchanged = {"task", "task_link", "baseline", "assignment", "calendar", "resource"}
    assert all(after[name] == before[name] for name in unchanged)

    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_a_register_value_that_breaks_the_rules_is_refused_before_anything_is_written(
    document: ProjectDocument, tmp_path: Path
) -> None:
    from app.services.import_xlsx_roundtrip import RoundTripRefused

    path = _export(document, tmp_path)
    risks = TasksSheet(path, "Risks")
    first = risks.sheet.cell(2, 1).value
    risks.set(first, "Probability", 9)
    risks.set(first, "Kind", "disaster")
    risks.append({"Kind": "threat"})  # no title
    risks.save()
    before = dump(document)
    with pytest.raises(RoundTripRefused) as refused:
        document.read(plan_workbook_changes, path)
    problems = refused.value.problems
    assert any(p.startswith("Risks row 2, Probability:") for p in problems)
    assert any(p.startswith("Risks row 2, Kind:") for p in problems)
    assert any("a new risk needs a title" in p for p in problems)
    assert dump(document) == before


def test_an_unchanged_export_leaves_the_project_identical(
    document: ProjectDocument, tmp_path: Path
) -> None:
    path = _export(document, tmp_path)
    before = dump(document)
    changes = document.read(plan_workbook_changes, path)
    assert changes.is_empty and changes.ignored == [] and changes.warnings == []
    document.push(ApplyWorkbookCommand(document, changes))
    assert dump(document) == before


def test_register_rows_in_a_new_order_keep_it_and_undo_restores_it(
    document: ProjectDocument, tmp_path: Path
) -> None:
    path = _export(document, tmp_path)
    requirements = TasksSheet(path, "Requirements")
    first, second = (requirements.sheet.cell(n, 1).value for n in (2, 3))
    requirements.swap(first, second)
    requirements.insert_after(first, {"Title": "Audit trail of price changes"})
    requirements.save()
    before = dump(document)
    changes = document.read(plan_workbook_changes, path)
    assert "Requirements: rows in a new order" in changes.lines()
    document.push(ApplyWorkbookCommand(document, changes))
    titles = [row["title"] for row in _rows(document, "requirement", "title")]
    ids = [row["id"] for row in _rows(document, "requirement", "id")]
    assert ids[:2] == [second, first]
    assert titles[2] == "Audit trail of price changes"
    document.undo_stack.undo()
    assert dump(document) == before
    (tmp_path / "again").mkdir()
    unchanged = document.read(plan_workbook_changes, _export(document, tmp_path / "again"))
    assert unchanged.is_empty
