"""Every schedule edit does, undoes and redoes exactly, and the dates follow."""

from __future__ import annotations

import datetime as dt

import pytest

from app.commands.document import ProjectDocument
from app.commands.tasks import (
    DeleteTasksCommand,
    IndentTasksCommand,
    InsertTasksCommand,
    LinkTasksCommand,
    MoveTasksCommand,
    SetTaskFieldCommand,
    SetTasksFieldCommand,
    UnlinkTasksCommand,
)
from app.domain.calendar import from_instant
from app.domain.validation import InvalidValue
from tests.commands.conftest import dump


def _row(document: ProjectDocument, name: str):  # type: ignore[no-untyped-def]
    return next(row for row in document.schedule().rows if row.name == name)


def _finish(document: ProjectDocument, name: str) -> dt.datetime:
    result = document.schedule().result
    assert result is not None
    return from_instant(result[_row(document, name).id].finish)


def _round_trip(document: ProjectDocument, command: object) -> None:
    before = dump(document)
    document.push(command)  # type: ignore[arg-type]
    after = dump(document)
    assert after != before
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after


def test_a_longer_duration_moves_the_successors(document: ProjectDocument) -> None:
    before = _finish(document, "Go-live")
    task = _row(document, "User acceptance test")
    _round_trip(document, SetTaskFieldCommand(document, task.id, "duration", "15d"))
    assert _finish(document, "Go-live") > before
    document.undo_stack.undo()
    assert _finish(document, "Go-live") == before


def test_typed_predecessors_replace_the_links(document: ProjectDocument) -> None:
    task = _row(document, "Lessons learned")
    _round_trip(document, SetTaskFieldCommand(document, task.id, "predecessors", "58FS+5d"))
    assert _finish(document, "Lessons learned") > _finish(document, "Hypercare")


def test_dutch_input_is_understood(document: ProjectDocument) -> None:
    task = _row(document, "Lessons learned")
    document.push(SetTaskFieldCommand(document, task.id, "duration", "1,5d", language="nl"))
    assert _row(document, "Lessons learned").duration_minutes == 720


def test_typing_a_start_date_pins_the_task(document: ProjectDocument) -> None:
    task = _row(document, "Lessons learned")
    later = dt.date(2027, 6, 1)
    _round_trip(document, SetTaskFieldCommand(document, task.id, "start", later))
    result = document.schedule().result
    assert result is not None
    assert from_instant(result[task.id].start) == dt.datetime(2027, 6, 1, 8, 0)
    assert _row(document, "Lessons learned").constraint.value == "snet"


def test_insert_delete_indent_move(document: ProjectDocument) -> None:
    rows = document.schedule().rows
    closure = _row(document, "Closure")
    insert = InsertTasksCommand(
        document, closure.row, [{"name": "Archive project files", "outline_level": 2}]
    )
    _round_trip(document, insert)
    added = _row(document, "Archive project files")
    assert added.wbs == "9.1" and len(document.schedule().rows) == len(rows) + 1
    steps = document.undo_stack.count()
    document.push(IndentTasksCommand(document, [added.id], +1))  # nothing above to go under
    assert document.undo_stack.count() == steps
    _round_trip(document, MoveTasksCommand(document, [added.id], +1))
    assert _row(document, "Archive project files").wbs == "9.2"
    lessons = _row(document, "Lessons learned")
    _round_trip(document, IndentTasksCommand(document, [lessons.id], +1))
    assert _row(document, "Lessons learned").wbs == "9.2.1"
    assert _row(document, "Archive project files").summary
    _round_trip(document, DeleteTasksCommand(document, [_row(document, "Hypercare").id]))
    assert all(row.name != "Hypercare" for row in document.schedule().rows)


def test_link_and_unlink(document: ProjectDocument) -> None:
    a = _row(document, "Performance test")
    b = _row(document, "Go-live communication")
    _round_trip(document, LinkTasksCommand(document, [a.id, b.id]))
    _round_trip(document, UnlinkTasksCommand(document, [a.id, b.id]))


def test_fill_down_is_all_or_nothing(document: ProjectDocument) -> None:
    ids = [_row(document, name).id for name in ("Trial migration 1", "Trial migration 2")]
    _round_trip(document, SetTasksFieldCommand(document, ids, "duration", "3d"))
    before = dump(document)
    with pytest.raises(InvalidValue):
        document.push(SetTasksFieldCommand(document, ids, "duration", "lots"))
    assert dump(document) == before


def test_saving_a_baseline_is_undoable(document: ProjectDocument) -> None:
    from app.commands.baselines import SaveBaselineCommand
    from app.services.baselines import baseline_dates

    assert document.read(baseline_dates, 1) == {}
    _round_trip(document, SaveBaselineCommand(document, 1))
    saved = document.read(baseline_dates, 1)
    assert len(saved) == len(document.schedule().rows)
    task = _row(document, "User acceptance test")
    result = document.schedule().result
    assert result is not None
    assert saved[task.id][0] == from_instant(result[task.id].start)
    # Baseline 0 of the demo was saved before "Data profiling" slipped: a variance shows.
    profiling = _row(document, "Data profiling of accounts and contacts")
    planned = document.read(baseline_dates, 0)[profiling.id]
    assert planned[2] < profiling.duration_minutes


def test_update_project_moves_late_work_past_the_status_date(document: ProjectDocument) -> None:
    from app.commands.tasks import UpdateProjectCommand
    from app.services.charter import read_charter

    status = document.read(read_charter).status_date
    assert status is not None
    # Without predecessors the performance test should have started long ago: it is late.
    late = _row(document, "Performance test")
    document.push(SetTaskFieldCommand(document, late.id, "predecessors", ""))
    result = document.schedule().result
    assert result is not None
    cutoff = dt.datetime.combine(status, dt.time(17, 0))
    behind = [
        row
        for row in document.schedule().rows
        if not row.summary
        and row.actual_start is None
        and from_instant(result[row.id].start) < cutoff
    ]
    # Left alone, nothing moves past the status date (as in Microsoft Project).
    assert [row.name for row in behind] == ["Performance test"]
    _round_trip(document, UpdateProjectCommand(document))
    moved = document.schedule().result
    assert moved is not None
    for row in behind:
        assert from_instant(moved[row.id].start) > cutoff


def test_links_that_close_a_loop_are_refused(document: ProjectDocument) -> None:
    design = _row(document, "Solution architecture")
    before = dump(document)
    with pytest.raises(InvalidValue) as refused:
        document.push(SetTaskFieldCommand(document, design.id, "predecessors", "56"))
    assert refused.value.code == "cycle"
    with pytest.raises(InvalidValue):
        summary = _row(document, "Design")
        document.push(LinkTasksCommand(document, [summary.id, design.id]))
    assert dump(document) == before
    assert document.undo_stack.count() == 0


def test_summary_dates_come_from_their_subtasks(document: ProjectDocument) -> None:
    summary = _row(document, "Testing")
    with pytest.raises(InvalidValue) as refused:
        document.push(SetTaskFieldCommand(document, summary.id, "duration", "3d"))
    assert refused.value.code == "summary_task"


def test_an_indent_is_a_change_of_structure(document: ProjectDocument) -> None:
    seen = []
    document.changed.connect(seen.append)
    task = _row(document, "Lessons learned")
    document.push(IndentTasksCommand(document, [task.id], +1))
    assert seen[-1].is_structural("task")


def test_linking_tasks_already_linked_leaves_no_undo_step(document: ProjectDocument) -> None:
    first, second = _row(document, "Trial migration 1"), _row(document, "Reconciliation of trial 1")
    document.push(LinkTasksCommand(document, [first.id, second.id]))
    assert document.undo_stack.count() == 0


def test_a_deadline_date_means_the_end_of_that_day(document: ProjectDocument) -> None:
    task = _row(document, "System test")
    document.push(SetTaskFieldCommand(document, task.id, "deadline", dt.date(2027, 1, 14)))
    assert _row(document, "System test").deadline == dt.datetime(2027, 1, 14, 17, 0)


def test_duration_edits_reschedule_incrementally_and_exactly(document: ProjectDocument) -> None:
    from app.services.schedule import read_schedule

    document.schedule()  # computed once; the edits below should only update it
    names = ("User acceptance test", "Sprint 2: opportunities and quotes", "Hypercare")
    for name, text in zip(names, ("12d", "4d", "30d"), strict=True):
        before = document.schedule()
        document.push(SetTaskFieldCommand(document, _row(document, name).id, "duration", text))
        followed = document.schedule()
        assert followed is before, "the schedule was recomputed instead of followed"
        fresh = document.read(read_schedule)
        assert followed.rows == fresh.rows
        assert followed.result is not None and fresh.result is not None
        assert dict(followed.result) == dict(fresh.result)
    document.undo_stack.undo()
    fresh = document.read(read_schedule)
    assert document.schedule().rows == fresh.rows
    assert dict(document.schedule().result or {}) == dict(fresh.result or {})
