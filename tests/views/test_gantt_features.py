"""What the Gantt chart shows beyond plain bars: baselines, status date, deadlines, slack,
labels, the time scale's tiers, zoom to fit and scroll to task, options saved in the project."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.commands.document import ProjectDocument
from app.domain.calendar import day_instant, to_instant
from app.views.gantt_controls import options_from_json, options_to_json, read_chart_options
from app.views.gantt_painter import (
    GanttOptions,
    Tier,
    lower_tier,
    next_unit,
    unit_start,
    upper_tier,
)
from app.views.gantt_style import DEFAULT_STYLE
from app.views.gantt_view import GanttView
from app.views.schedule_tab import ScheduleTab


@pytest.fixture
def tab(gantt_tab: ScheduleTab) -> ScheduleTab:
    return gantt_tab


def ident(tab: ScheduleTab, name: str) -> int:
    return next(t.id for t in tab.model.tasks() if t.name == name)


def chart_image(gantt: GanttView) -> QImage:
    return gantt.viewport().grab().toImage()


def column_has(image: QImage, x: int, color: str, tolerance: int = 30) -> int:
    """How many pixels of column ``x`` are close to ``color``."""
    wanted = QColor(color)
    count = 0
    for y in range(image.height()):
        pixel = QColor(image.pixel(x, y))
        if (
            abs(pixel.red() - wanted.red())
            + abs(pixel.green() - wanted.green())
            + abs(pixel.blue() - wanted.blue())
            <= tolerance
        ):
            count += 1
    return count


def test_baseline_bars_sit_under_the_bars_where_the_baseline_had_them(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    slipped = ident(tab, "Data profiling of accounts and contacts")  # took 8 days, planned 5
    gantt.scroll_to_task(slipped)
    bar, baseline = gantt.bar_rect(slipped), gantt.baseline_rect(slipped)
    assert bar is not None and baseline is not None
    assert baseline.top() >= bar.bottom()  # below the bar, in the same row
    assert baseline.width() < bar.width()  # the plan was shorter than what happened
    gantt.set_options(dataclasses.replace(gantt.options, baseline=False))
    assert gantt.baseline_rect(slipped) is None
    taller = gantt.bar_rect(slipped)
    assert taller is not None and taller.height() > bar.height()  # the bar takes the room back


def test_status_date_and_today_lines_are_drawn(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    status = tab.model.status_date
    assert status is not None
    gantt.scroll_to_task(ident(tab, "Trial migration 1"))
    x = round(gantt.x_of(day_instant(status + dt.timedelta(days=1))))
    assert 0 < x < gantt.viewport().width()
    image = chart_image(gantt)
    tall = gantt.viewport().height() * 0.5  # bars drawn over it hide some of it
    # a line at a fractional x lands on the pixel left or right of it
    assert max(column_has(image, x + dx, DEFAULT_STYLE.status_line, 60) for dx in (-1, 0, 1)) > tall
    today = round(gantt.x_of(to_instant(dt.datetime.now())))
    if 0 < today < gantt.viewport().width() and abs(today - x) > 3:
        dashed = max(
            column_has(image, today + dx, DEFAULT_STYLE.today_line, 60) for dx in (-1, 0, 1)
        )
        assert dashed > tall / 3


def test_a_deadline_gets_a_green_marker(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    task = tab.model.task_by_id(ident(tab, "UAT signed off"))
    assert task is not None and task.deadline is not None
    gantt.scroll_to_task(task.id)
    row = next(r for r in gantt.visible_rows() if r.task.id == task.id)
    x = round(gantt.x_of(to_instant(task.deadline)))
    image = chart_image(gantt)
    green = QColor(DEFAULT_STYLE.deadline)
    hits = sum(
        1
        for y in range(int(row.top), int(row.top + row.height))
        for dx in (-1, 0, 1)
        if QColor(image.pixel(x + dx, y)).rgb() == green.rgb()
    )
    assert hits >= 3


def test_slack_bars_show_float_when_asked(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    floating = ident(tab, "Outlook add-in roll-out package")
    dates = tab.model.dates(floating)
    assert dates is not None and dates.total_float > 5 * 480
    gantt.scroll_to_task(floating)
    bar = gantt.bar_rect(floating)
    assert bar is not None
    between = round((bar.right() + min(gantt.x_of(dates.late_finish), bar.right() + 60)) / 2)
    slack = DEFAULT_STYLE.slack
    row = next(r for r in gantt.visible_rows() if r.task.id == floating)

    def slack_pixels() -> int:
        image = chart_image(gantt)
        return sum(
            1
            for y in range(int(row.top), int(row.top + row.height))
            if QColor(image.pixel(between, y)).rgb() == QColor(slack).rgb()
        )

    assert slack_pixels() == 0
    gantt.set_options(dataclasses.replace(gantt.options, slack=True))
    assert slack_pixels() >= 2


def test_labels_beside_bars_follow_the_option(tab: ScheduleTab) -> None:
    painter = tab.gantt.painter
    task = tab.model.task_by_id(ident(tab, "System test"))
    assert task is not None
    assert painter.label_text(task) == "System test"
    tab.gantt.set_options(dataclasses.replace(tab.gantt.options, label="resources"))
    assert painter.label_text(task) == tab.model.text(task, "resources") != ""
    tab.gantt.set_options(dataclasses.replace(tab.gantt.options, label="dates"))
    assert " – " in painter.label_text(task)
    tab.gantt.set_options(dataclasses.replace(tab.gantt.options, label="none"))
    assert painter.label_text(task) == ""


@pytest.mark.parametrize(
    ("pixels_per_day", "lower", "upper"),
    [
        (300.0, Tier.HOUR, Tier.DAY),
        (40.0, Tier.DAY, Tier.WEEK),
        (20.0, Tier.DAY, Tier.MONTH),
        (6.0, Tier.WEEK, Tier.MONTH),
        (1.5, Tier.MONTH, Tier.QUARTER),
        (0.4, Tier.QUARTER, Tier.YEAR),
    ],
)
def test_the_time_scale_goes_from_hours_to_quarters(
    pixels_per_day: float, lower: Tier, upper: Tier
) -> None:
    assert lower_tier(pixels_per_day) is lower
    assert upper_tier(lower, pixels_per_day) is upper


def test_units_of_the_time_scale() -> None:
    moment = dt.datetime(2027, 2, 17, 13, 45)
    assert unit_start(moment, Tier.HOUR) == dt.datetime(2027, 2, 17, 13)
    assert unit_start(moment, Tier.WEEK) == dt.datetime(2027, 2, 15)  # a Monday
    assert unit_start(moment, Tier.QUARTER) == dt.datetime(2027, 1, 1)
    assert next_unit(dt.datetime(2027, 11, 1), Tier.QUARTER) == dt.datetime(2028, 2, 1)
    assert next_unit(dt.datetime(2027, 12, 1), Tier.MONTH) == dt.datetime(2028, 1, 1)


def test_week_labels_are_iso_week_numbers_or_mondays(tab: ScheduleTab) -> None:
    painter = tab.gantt.painter
    monday = dt.datetime(2027, 1, 4)
    assert "Week 1" in list(painter.labels(monday, Tier.WEEK))
    tab.gantt.set_options(dataclasses.replace(tab.gantt.options, iso_weeks=False))
    assert "4 Jan" in list(painter.labels(monday, Tier.WEEK))


def test_zoom_to_fit_shows_the_whole_project(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    gantt.zoom_to_fit()
    result = tab.model.schedule.result
    assert result is not None
    left, right = gantt.x_of(result.project_start), gantt.x_of(result.project_finish)
    width = gantt.viewport().width()
    assert 0 <= left < 0.1 * width
    assert 0.9 * width < right <= width


def test_scroll_to_task_brings_its_bar_into_view(tab: ScheduleTab) -> None:
    gantt = tab.gantt
    gantt.set_zoom(40)
    last = ident(tab, "Project closed")
    tab.view.scrollToTop()
    gantt.horizontalScrollBar().setValue(0)
    assert gantt.bar_rect(last) is None
    tab.select_tasks([last], last, "name")
    tab.gantt_controls.scroll_action.trigger()
    bar = gantt.bar_rect(last)
    assert bar is not None
    assert 0 <= bar.left() <= gantt.viewport().width()


def test_chart_options_are_saved_in_the_project_and_undoable(
    tab: ScheduleTab, document: ProjectDocument, demo_file: Path
) -> None:
    controls = tab.gantt_controls
    controls.toggles["slack"].setChecked(True)
    controls.label_actions["resources"].trigger()
    assert tab.gantt.options.slack and tab.gantt.options.label == "resources"
    kept = read_chart_options(document)
    assert kept.slack and kept.label == "resources"
    assert kept.critical and kept.baseline
    document.undo_stack.undo()  # the label
    assert tab.gantt.options.label == "name" and tab.gantt.options.slack
    assert controls.label_actions["name"].isChecked()
    document.undo_stack.undo()  # the slack bars
    assert not tab.gantt.options.slack and not controls.toggles["slack"].isChecked()
    assert read_chart_options(document) == GanttOptions()


def test_unreadable_saved_options_fall_back_to_the_defaults() -> None:
    assert options_from_json("{not json") == GanttOptions()
    assert options_from_json('{"slack": "yes", "label": "bogus"}') == GanttOptions()
    assert options_from_json(options_to_json(GanttOptions(slack=True))).slack
