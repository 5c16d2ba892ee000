"""The Gantt chart beside the task tree: bars where the dates are, rows where the tree has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.views.gantt_view import MAX_ZOOM, MIN_ZOOM, GanttView
from app.views.schedule_tab import ScheduleTab

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "build" / "screenshots" / "gantt-first.png"


def make_tab(qtbot: QtBot, document: ProjectDocument, width: int, height: int) -> ScheduleTab:
    tab = ScheduleTab(document)
    qtbot.addWidget(tab)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.model.loaded
    return tab


def make_gantt(qtbot: QtBot, tab: ScheduleTab, width: int = 900) -> GanttView:
    gantt = GanttView(tab.view, tab.model)
    qtbot.addWidget(gantt)
    # as tall as the tree's viewport plus the time scale, as it would sit beside the tree
    gantt.resize(width, tab.view.viewport().height() + gantt.header_height + 40)
    gantt.show()
    qtbot.waitExposed(gantt)
    return gantt


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> ScheduleTab:
    return make_tab(qtbot, document, 1000, 700)


@pytest.fixture
def gantt(qtbot: QtBot, tab: ScheduleTab) -> GanttView:
    return make_gantt(qtbot, tab)


def task_id(tab: ScheduleTab, name: str, *, summary: bool | None = None) -> int:
    for task in tab.model.tasks():
        if task.name == name and (summary is None or task.summary == summary):
            return task.id
    raise AssertionError(f"no task named {name!r}")


def view_index(tab: ScheduleTab, ident: int) -> QModelIndex:
    return tab.proxy.mapFromSource(tab.model.index_of(ident))


def shown_bar(tab: ScheduleTab, gantt: GanttView, ident: int):
    """Scroll the tree to the task's row and return its bar."""
    tab.view.scrollTo(view_index(tab, ident))
    rect = gantt.bar_rect(ident)
    assert rect is not None
    return rect


def test_later_tasks_lie_further_right_and_longer_tasks_are_wider(
    tab: ScheduleTab, gantt: GanttView
) -> None:
    design = shown_bar(tab, gantt, task_id(tab, "Design approved"))
    go_live = shown_bar(tab, gantt, task_id(tab, "Go-live", summary=False))
    assert go_live.left() > design.right()
    sprint = shown_bar(tab, gantt, task_id(tab, "Sprint 2: opportunities and quotes"))  # 10 days
    trial = shown_bar(tab, gantt, task_id(tab, "Trial migration 1"))  # 2 days
    assert sprint.width() > 3 * trial.width()
    # 10 working days span 14 calendar days at 24 px/day (less the evening and the morning)
    assert 13 * 24 <= sprint.width() <= 14 * 24


def test_milestones_are_diamonds_and_summaries_brackets(tab: ScheduleTab, gantt: GanttView) -> None:
    milestone = shown_bar(tab, gantt, task_id(tab, "Design approved"))
    assert milestone.width() == pytest.approx(milestone.height())
    assert milestone.width() < tab.view.sizeHintForRow(0)
    review = shown_bar(tab, gantt, task_id(tab, "Design review"))
    design = shown_bar(tab, gantt, task_id(tab, "Design", summary=True))
    assert design.height() < review.height()  # the bracket's bar is thinner
    assert design.width() > review.width()  # and spans its subtasks
    assert design.left() <= review.left() and design.right() >= review.right()


def test_chart_rows_line_up_with_tree_rows(tab: ScheduleTab, gantt: GanttView) -> None:
    checked = 0
    for task in tab.model.tasks():
        rect = gantt.bar_rect(task.id)
        if rect is None:
            continue
        row = tab.view.visualRect(view_index(tab, task.id))
        assert row.top() <= rect.center().y() <= row.bottom(), task.name
        checked += 1
    assert checked >= 10
    tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().maximum())
    uat = task_id(tab, "User acceptance test")
    rect = gantt.bar_rect(uat)
    assert rect is not None
    row = tab.view.visualRect(view_index(tab, uat))
    assert row.top() <= rect.center().y() <= row.bottom()


def test_only_visible_rows_are_painted(qtbot: QtBot, document: ProjectDocument) -> None:
    tab = make_tab(qtbot, document, 600, 300)
    gantt = make_gantt(qtbot, tab, 600)
    gantt.resize(600, 300)
    gantt.grab()  # paints the viewport now
    row_height = tab.view.sizeHintForRow(0)
    fits = gantt.viewport().height() // row_height
    assert 0 < gantt.painted_rows <= fits + 1
    assert gantt.painted_rows < len(tab.model.tasks())
    before = list(gantt.painted_ids)
    tab.view.verticalScrollBar().setValue(tab.view.verticalScrollBar().value() + 20)
    gantt.grab()  # paints the viewport now
    assert 0 < gantt.painted_rows <= fits + 1
    assert not set(gantt.painted_ids) & set(before)


def test_zoom_scales_the_bars(tab: ScheduleTab, gantt: GanttView) -> None:
    ident = task_id(tab, "Sprint 2: opportunities and quotes")
    narrow = shown_bar(tab, gantt, ident).width()
    gantt.set_zoom(48)
    assert gantt.zoom == 48
    assert shown_bar(tab, gantt, ident).width() == pytest.approx(2 * narrow, rel=0.02)
    gantt.set_zoom(10_000)
    assert gantt.zoom == MAX_ZOOM
    gantt.set_zoom(0)
    assert gantt.zoom == MIN_ZOOM


def test_ctrl_wheel_zooms(qtbot: QtBot, tab: ScheduleTab, gantt: GanttView) -> None:
    center = QPointF(gantt.viewport().rect().center())
    event = QWheelEvent(
        center,
        QPointF(gantt.viewport().mapToGlobal(center.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(gantt.viewport(), event)
    assert gantt.zoom > 24


def test_collapsing_a_summary_hides_its_subtasks(tab: ScheduleTab, gantt: GanttView) -> None:
    analysis = task_id(tab, "Analysis", summary=True)
    workshop = task_id(tab, "Process workshop: sales")
    tab.view.scrollToTop()
    assert gantt.bar_rect(workshop) is not None
    tab.view.collapse(view_index(tab, analysis))
    assert gantt.bar_rect(workshop) is None
    assert gantt.bar_rect(analysis) is not None
    tab.view.expand(view_index(tab, analysis))
    assert gantt.bar_rect(workshop) is not None


def test_tooltip_names_the_task_and_its_dates(tab: ScheduleTab, gantt: GanttView) -> None:
    text = gantt.tooltip_text(task_id(tab, "Design review"))
    assert text.splitlines()[0] == "Design review"
    assert "Start: 12/11/2026 08:00" in text
    assert "Finish: 12/11/2026 17:00" in text
    assert "Duration: 1 day" in text and "Total float: " in text


def dark_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    count = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(max(0, left), min(image.width(), right), 2):
            if QColor(image.pixel(x, y)).lightness() < 90:
                count += 1
    return count


def test_header_and_task_names_render(tab: ScheduleTab, gantt: GanttView) -> None:
    tab.view.scrollToTop()
    image = gantt.grab().toImage()
    frame = gantt.viewport().geometry()
    header_top = frame.top() - gantt.header_height
    assert dark_pixels(image, frame.left(), header_top, frame.right(), frame.top()) > 20
    ident = task_id(tab, "Write project charter")
    bar = gantt.bar_rect(ident)
    assert bar is not None
    # the name starts right of the bar: dark text pixels there, on a white background
    left = frame.left() + int(bar.right()) + 4
    top = frame.top() + int(bar.top())
    assert dark_pixels(image, left, top, left + 120, top + int(bar.height())) > 20


def test_screenshot_side_by_side(qtbot: QtBot, document: ProjectDocument) -> None:
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    tab = ScheduleTab(document)
    splitter.addWidget(tab)
    splitter.resize(1600, 700)
    splitter.show()
    qtbot.waitExposed(splitter)
    gantt = GanttView(tab.view, tab.model)
    splitter.addWidget(gantt)
    splitter.setSizes([800, 800])
    qtbot.wait(10)
    # the time scale as tall as the toolbar and the column headers, so rows line up
    rows_top = tab.view.viewport().mapTo(tab, QPoint(0, 0)).y()
    gantt.set_header_height(rows_top - gantt.frameWidth())
    tab.view.scrollToTop()
    qtbot.wait(10)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert splitter.grab().save(str(SCREENSHOT))
    ident = task_id(tab, "Write project charter")
    bar = gantt.bar_rect(ident)
    row = tab.view.visualRect(view_index(tab, ident))
    assert bar is not None
    tree_y = tab.view.viewport().mapTo(splitter, row.center()).y()
    gantt_y = gantt.viewport().mapTo(splitter, bar.center().toPoint()).y()
    assert abs(tree_y - gantt_y) <= 2
