"""Resource and assignment edits as commands: each undoes and redoes the file exactly, and
the schedule the document holds follows every step."""

from __future__ import annotations

import datetime as dt

import pytest

from app.commands.assignments import (
    AddAssignmentCommand,
    RemoveAssignmentCommand,
    SetAssignmentFieldCommand,
    SetTaskResourcesCommand,
    SetTaskSchedulingCommand,
)
from app.commands.document import ProjectDocument
from app.commands.resources import (
    DeleteResourceCommand,
    InsertResourceCommand,
    MoveResourceCommand,
    SetResourceFieldCommand,
)
from app.commands.tasks import SetTaskFieldCommand, SetTasksFieldCommand
from app.domain.calendar import from_instant
from app.domain.validation import InvalidValue
from app.services.assignments import resource_names, task_assignments
from app.services.changes import ChangeSet
from app.services.resources import blank_resource, cost_categories, list_resources
from app.services.schedule import read_schedule
from tests.commands.conftest import dump

DAY = 480


def _task(document: ProjectDocument, name: str) -> int:
    return next(row.id for row in document.schedule().rows if row.name == name)


def _resource(document: ProjectDocument, name: str) -> int:
    return next(item.id for item in document.read(list_resources) if item.name == name)


def _finish(document: ProjectDocument, task_id: int) -> dt.datetime:
    result = document.schedule().result
    assert result is not None
    return from_instant(result[task_id].finish)


def _round_trip(document: ProjectDocument, command: object) -> None:
    """Push, undo to the dump before, redo to the dump after."""
    before = dump(document)
    document.push(command)  # type: ignore[arg-type]
    after = dump(document)
    assert after != before
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_resource_sheet_edits_undo_and_redo_exactly(document: ProjectDocument) -> None:
    _round_trip(document, InsertResourceCommand(document, 2, blank_resource("Jan")))
    jan = _resource(document, "Jan")
    _round_trip(document, MoveResourceCommand(document, jan, 0))
    category = document.read(cost_categories)[0][0]
    for field, value in (
        ("standard_rate_cents", "€ 95,00"),
        ("rate_unit", "d"),
        ("max_units", "50%"),
        ("internal", False),
        ("organisation", "CloudPartners BV"),
        ("category_id", category),
        ("accrual", "end"),
        ("name", "Jan de Vries"),
    ):
        _round_trip(document, SetResourceFieldCommand(document, jan, field, value, "nl"))
    assert document.read(list_resources)[0].standard_rate_cents == 9500


def test_deleting_a_resource_on_tasks_restores_them_and_the_schedule(
    document: ProjectDocument,
) -> None:
    sanne = _resource(document, "Sanne Jansen")
    hypercare = _task(document, "Hypercare")
    shown = document.read(resource_names)[hypercare]
    finish = _finish(document, hypercare)
    _round_trip(document, DeleteResourceCommand(document, sanne))
    document.undo_stack.undo()
    assert document.read(resource_names)[hypercare] == shown
    assert _finish(document, hypercare) == finish


def test_an_assignment_on_an_effort_driven_task_shortens_it_and_undo_restores_it(
    document: ProjectDocument,
) -> None:
    """Training material: 8 days of Eva Mulder; made fixed units and effort-driven, a second
    person at 100 % halves it, and the finish moves earlier in the schedule shown."""
    task = _task(document, "Training material")
    document.push(SetTaskSchedulingCommand(document, task, "task_type", 0))
    document.push(SetTaskSchedulingCommand(document, task, "effort_driven", True))
    old_finish = _finish(document, task)
    work_before = sum(a.work_minutes for a in document.read(task_assignments, task))
    before = dump(document)
    seen: list[ChangeSet] = []
    document.changed.connect(seen.append)
    document.push(AddAssignmentCommand(document, task, _resource(document, "Fatima Bakker")))
    assert seen[-1].schedule_dirty
    rows = document.read(task_assignments, task)
    assert sum(a.work_minutes for a in rows) == work_before
    assert _finish(document, task) < old_finish
    fresh = document.read(read_schedule).result
    assert fresh is not None and from_instant(fresh[task].finish) == _finish(document, task)
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    assert _finish(document, task) == old_finish
    document.undo_stack.redo()
    assert dump(document) == after


def test_typed_resource_names_undo_and_redo_with_the_same_ids(document: ProjectDocument) -> None:
    task = _task(document, "Project closed")  # a milestone: no work resources
    document.push(InsertResourceCommand(document, 100, blank_resource("Licences", "cost")))
    with pytest.raises(InvalidValue) as refused:
        document.push(SetTaskResourcesCommand(document, task, "Kees Smit"))
    assert refused.value.code == "milestone_work"
    hypercare = _task(document, "Hypercare")
    _round_trip(
        document, SetTaskResourcesCommand(document, hypercare, "Sanne Jansen;licences;Kees Smit")
    )
    assert document.read(resource_names)[hypercare] == "Sanne Jansen;Kees Smit;Licences"


def test_assignment_field_edits_undo_and_redo_exactly(document: ProjectDocument) -> None:
    task = _task(document, "Hypercare")
    first, second = document.read(task_assignments, task)
    _round_trip(document, SetAssignmentFieldCommand(document, first.id, "units", "100%"))
    _round_trip(document, SetAssignmentFieldCommand(document, second.id, "work", "16h"))
    _round_trip(document, RemoveAssignmentCommand(document, first.id))
    document.push(InsertResourceCommand(document, 0, blank_resource("Travel", "cost")))
    _round_trip(document, AddAssignmentCommand(document, task, _resource(document, "Travel")))
    travel = next(a for a in document.read(task_assignments, task) if a.resource_name == "Travel")
    _round_trip(document, SetAssignmentFieldCommand(document, travel.id, "amount", "€1,250.00"))
    assert (
        next(a.cost_cents for a in document.read(task_assignments, task) if a.id == travel.id)
        == 125000
    )


def test_a_duration_edit_carries_the_work_and_undo_brings_it_back(
    document: ProjectDocument,
) -> None:
    task = _task(document, "Hypercare")  # fixed duration: the work follows the duration
    _round_trip(document, SetTaskFieldCommand(document, task, "duration", "30d"))
    assert [a.work_minutes for a in document.read(task_assignments, task)] == [
        15 * DAY,
        15 * DAY,
    ]


def test_a_refused_edit_leaves_no_undo_step(document: ProjectDocument) -> None:
    before = dump(document)
    jan = _resource(document, "Kees Smit")
    for command in (
        SetResourceFieldCommand(document, jan, "max_units", "20000%"),
        SetResourceFieldCommand(document, jan, "type", "material"),
        SetTaskResourcesCommand(document, _task(document, "Hypercare"), "Nobody[50%]"),
        AddAssignmentCommand(document, _task(document, "Closure"), jan),
    ):
        with pytest.raises(InvalidValue):
            document.push(command)
    assert document.undo_stack.count() == 0
    assert dump(document) == before


def test_filling_resource_names_down_undoes_exactly(document: ProjectDocument) -> None:
    """Fill down (Ctrl+D) of the Resource Names column: the same names on several tasks."""
    rows = ("Trial migration 1", "Trial migration 2", "Final data migration")
    ids = [_task(document, name) for name in rows]
    _round_trip(document, SetTasksFieldCommand(document, ids, "resources", "Kees Smit;Key users"))
    names = document.read(resource_names)
    assert [names[task] for task in ids] == ["Kees Smit;Key users"] * 3
