"""Editing in the Gantt chart with the mouse: move, resize, progress, link — each undoable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.calendar import day_instant, from_instant, to_instant
from app.domain.scheduler import Constraint, LinkType
from app.views.gantt_view import GanttView
from app.views.schedule_tab import ScheduleTab

DAY_PX = 24  # the chart's default zoom: pixels per calendar day


@pytest.fixture
def tab(gantt_tab: ScheduleTab) -> ScheduleTab:
    assert gantt_tab.gantt.zoom == DAY_PX
    return gantt_tab


def ident(tab: ScheduleTab, name: str) -> int:
    return next(t.id for t in tab.model.tasks() if t.name == name)


def start_of(tab: ScheduleTab, task_id: int) -> dt.datetime:
    dates = tab.model.dates(task_id)
    assert dates is not None
    return from_instant(dates.start)


def finish_of(tab: ScheduleTab, task_id: int) -> dt.datetime:
    dates = tab.model.dates(task_id)
    assert dates is not None
    return from_instant(dates.finish)


def bar_of(tab: ScheduleTab, task_id: int):
    gantt = tab.gantt
    gantt.scroll_to_task(task_id)
    rect = gantt.bar_rect(task_id)
    assert rect is not None
    assert rect.left() >= 0 and rect.right() < gantt.viewport().width()
    return rect


def drag(gantt: GanttView, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move in steps as a hand would, release: real mouse events on the viewport."""
    viewport = gantt.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start.toPoint()
    )
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        QTest.mouseMove(viewport, point.toPoint())
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint()
    )


def test_dragging_a_bar_sets_a_start_no_earlier_than_and_undo_puts_it_back(
    tab: ScheduleTab, document: ProjectDocument
) -> None:
    task = ident(tab, "Performance test")
    before = start_of(tab, task)
    bar = bar_of(tab, task)
    drag(tab.gantt, bar.center(), bar.center() + QPointF(5 * DAY_PX, 0))
    moved = tab.model.task_by_id(task)
    assert moved is not None
    # snapped onto working time: the start of the first working hour on or after that day
    calendar = tab.model.schedule.project_calendar
    expected = from_instant(calendar.next_working(day_instant(before.date() + dt.timedelta(5))))
    assert expected.time() == dt.time(8, 0)
    assert moved.constraint is Constraint.SNET
    assert moved.constraint_date == expected
    assert start_of(tab, task) == expected
    document.undo_stack.undo()
    restored = tab.model.task_by_id(task)
    assert restored is not None and restored.constraint is Constraint.ASAP
    assert start_of(tab, task) == before


def test_dragging_the_right_end_changes_the_duration(
    tab: ScheduleTab, document: ProjectDocument
) -> None:
    task = ident(tab, "System test")  # 8 days, not started
    start, finish = start_of(tab, task), finish_of(tab, task)
    bar = bar_of(tab, task)
    grip = QPointF(bar.right() - 1, bar.center().y())
    drag(tab.gantt, grip, grip + QPointF(7 * DAY_PX, 0))  # a calendar week later
    # the finish snaps to the end of the working day the mouse let go on
    calendar = tab.model.schedule.project_calendar
    released_on = finish.date() + dt.timedelta(days=7)
    expected = calendar.previous_working_end(day_instant(released_on + dt.timedelta(days=1)))
    row = tab.model.task_by_id(task)
    assert row is not None
    assert row.duration_minutes == calendar.work_between(to_instant(start), expected)
    assert row.duration_minutes >= 8 * 480 + 3 * 480  # a week holds at most two holidays
    assert tab.model.text(row, "duration") == f"{row.duration_minutes // 480} days"
    assert start_of(tab, task) == start
    assert finish_of(tab, task) == from_instant(expected)
    document.undo_stack.undo()
    row = tab.model.task_by_id(task)
    assert row is not None and row.duration_minutes == 8 * 480
    assert finish_of(tab, task) == finish


def test_dragging_the_progress_edge_sets_percent_complete(
    tab: ScheduleTab, document: ProjectDocument
) -> None:
    task = ident(tab, "Trial migration 1")
    row = tab.model.task_by_id(task)
    assert row is not None and tab.model.percent_complete(row) == 0
    bar = bar_of(tab, task)
    grip = QPointF(bar.left() + 1, bar.center().y())
    release = QPointF(bar.left() + bar.width() / 2 + 1, bar.center().y())
    drag(tab.gantt, grip, release)
    # the progress edge moved as far as the mouse did: half the bar
    moved = release.toPoint().x() - grip.toPoint().x()
    row = tab.model.task_by_id(task)
    assert row is not None
    assert row.percent_complete == round(moved / bar.width() * 100)
    assert 45 <= row.percent_complete <= 55
    document.undo_stack.undo()
    row = tab.model.task_by_id(task)
    assert row is not None and row.percent_complete == 0


def test_dragging_one_bar_onto_another_links_them_finish_to_start(
    tab: ScheduleTab, document: ProjectDocument
) -> None:
    source = ident(tab, "Performance test")
    target = ident(tab, "Go-live communication")
    tab.gantt.scroll_to_task(source)
    bar = bar_of(tab, source)
    target_row = next(r for r in tab.gantt.visible_rows() if r.task.id == target)
    links = len(tab.model.schedule.links)
    drag(tab.gantt, bar.center(), QPointF(bar.center().x() + 30, target_row.middle))
    new = [
        link
        for link in tab.model.schedule.links
        if link.predecessor_id == source and link.successor_id == target
    ]
    assert len(new) == 1 and new[0].type is LinkType.FS
    assert len(tab.model.schedule.links) == links + 1
    assert start_of(tab, target) >= finish_of(tab, source)
    document.undo_stack.undo()
    assert len(tab.model.schedule.links) == links
    assert not [
        link
        for link in tab.model.schedule.links
        if link.predecessor_id == source and link.successor_id == target
    ]


def test_a_click_without_moving_changes_nothing_but_selects_the_task(
    tab: ScheduleTab, document: ProjectDocument
) -> None:
    task = ident(tab, "Performance test")
    bar = bar_of(tab, task)
    drag(tab.gantt, bar.center(), bar.center() + QPointF(1, 0), steps=1)
    assert document.undo_stack.count() == 0
    assert tab.current_task() is not None and tab.current_task().id == task


def test_double_click_opens_the_task_details(tab: ScheduleTab, qtbot: QtBot) -> None:
    task = ident(tab, "Design review")
    bar = bar_of(tab, task)
    QTest.mouseDClick(
        tab.gantt.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        bar.center().toPoint(),
    )
    assert tab.details_dialog is not None
    assert tab.details_dialog.isVisible()
    assert "Design review" in tab.details_dialog.windowTitle()
    tab.details_dialog.close()


def test_a_read_only_document_cannot_be_dragged(
    qtbot: QtBot, demo_file: Path, qapp: object
) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)
    try:
        tab = ScheduleTab(document)
        qtbot.addWidget(tab)
        tab.resize(1600, 800)
        tab.show()
        qtbot.waitExposed(tab)
        task = ident(tab, "Performance test")
        before = start_of(tab, task)
        bar = bar_of(tab, task)
        drag(tab.gantt, bar.center(), bar.center() + QPointF(5 * DAY_PX, 0))
        assert start_of(tab, task) == before
        assert document.undo_stack.count() == 0
    finally:
        document.close()


def test_context_menu_offers_link_unlink_milestone_and_details(tab: ScheduleTab) -> None:
    texts = [action.text() for action in tab.gantt.context_actions if not action.isSeparator()]
    for wanted in ("Link", "Unlink", "Milestone", "Task details…"):
        assert wanted in texts
