"""Golden plans for the scheduler, each with the dates Microsoft Project gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.calendar import WorkCalendar, from_instant, standard_calendar, to_instant
from app.domain.scheduler import (
    CONSTRAINT_CONFLICT,
    DEADLINE_MISSED,
    Constraint,
    CycleError,
    LinkType,
    Plan,
    ScheduleLink,
    ScheduleResult,
    ScheduleTask,
    schedule,
)

CALENDAR = WorkCalendar(standard_calendar())
DAY = 480
MONDAY = dt.datetime(2026, 1, 5, 8, 0)


def at(text: str) -> int:
    return to_instant(dt.datetime.fromisoformat(text))


def run(tasks: list[ScheduleTask], links: list[ScheduleLink] = (), start: dt.datetime = MONDAY):  # type: ignore[assignment]
    return schedule(Plan(to_instant(start), CALENDAR, tasks, links))


def dates(result: ScheduleResult, key: int) -> tuple[str, str]:
    item = result.tasks[key]
    return (
        from_instant(item.start).isoformat(timespec="minutes"),
        from_instant(item.finish).isoformat(timespec="minutes"),
    )


def test_finish_to_start_chain() -> None:
    result = run(
        [
            ScheduleTask(1, "A", duration=2 * DAY),
            ScheduleTask(2, "B", duration=3 * DAY),
            ScheduleTask(3, "C", duration=DAY),
        ],
        [ScheduleLink(1, 2)],
    )
    assert dates(result, 1) == ("2026-01-05T08:00", "2026-01-06T17:00")
    assert dates(result, 2) == ("2026-01-07T08:00", "2026-01-09T17:00")
    assert result.tasks[1].critical and result.tasks[2].critical
    assert result.tasks[3].total_float == 4 * DAY
    assert result.tasks[3].free_float == 4 * DAY
    assert not result.tasks[3].critical


@pytest.mark.parametrize(
    ("kind", "lag", "expected"),
    [
        (LinkType.SS, DAY, ("2026-01-06T08:00", "2026-01-06T17:00")),
        (LinkType.FF, 0, ("2026-01-06T08:00", "2026-01-06T17:00")),
        (LinkType.FS, -DAY, ("2026-01-06T08:00", "2026-01-06T17:00")),
        (LinkType.FS, DAY, ("2026-01-08T08:00", "2026-01-08T17:00")),
        (LinkType.SF, 3 * DAY, ("2026-01-07T08:00", "2026-01-07T17:00")),
    ],
)
def test_link_types_and_lags(kind: LinkType, lag: int, expected: tuple[str, str]) -> None:
    result = run(
        [ScheduleTask(1, "A", duration=2 * DAY), ScheduleTask(2, "B", duration=DAY)],
        [ScheduleLink(1, 2, kind, lag)],
    )
    assert dates(result, 2) == expected


def test_percentage_lag_is_a_share_of_the_predecessor() -> None:
    result = run(
        [ScheduleTask(1, "A", duration=2 * DAY), ScheduleTask(2, "B", duration=DAY)],
        [ScheduleLink(1, 2, LinkType.FS, lag_percent=50.0)],
    )
    assert dates(result, 2) == ("2026-01-08T08:00", "2026-01-08T17:00")


def test_a_milestone_sits_at_its_predecessors_finish() -> None:
    result = run(
        [ScheduleTask(1, "A", duration=2 * DAY), ScheduleTask(2, "M", milestone=True)],
        [ScheduleLink(1, 2)],
    )
    assert dates(result, 2) == ("2026-01-06T17:00", "2026-01-06T17:00")


def test_links_to_and_from_summaries() -> None:
    tasks = [
        ScheduleTask(1, "Design"),
        ScheduleTask(2, "A", parent=1, duration=DAY),
        ScheduleTask(3, "B", parent=1, duration=2 * DAY),
        ScheduleTask(4, "Build"),
        ScheduleTask(5, "C", parent=4, duration=DAY),
        ScheduleTask(6, "D", parent=4, duration=3 * DAY),
        ScheduleTask(7, "Test", duration=DAY),
    ]
    result = run(tasks, [ScheduleLink(2, 3), ScheduleLink(1, 4), ScheduleLink(4, 7)])
    assert dates(result, 1) == ("2026-01-05T08:00", "2026-01-07T17:00")
    assert dates(result, 5) == ("2026-01-08T08:00", "2026-01-08T17:00")
    assert dates(result, 6) == ("2026-01-08T08:00", "2026-01-12T17:00")
    assert dates(result, 4) == ("2026-01-08T08:00", "2026-01-12T17:00")
    assert dates(result, 7) == ("2026-01-13T08:00", "2026-01-13T17:00")
    assert result.tasks[1].summary and result.tasks[1].critical
    assert result.tasks[5].total_float == 2 * DAY
    assert not result.tasks[5].critical


def test_constraints_move_tasks_and_report_conflicts() -> None:
    tasks = [
        ScheduleTask(1, "A", duration=2 * DAY),
        ScheduleTask(
            2,
            "Late start",
            duration=DAY,
            constraint=Constraint.SNET,
            constraint_date=at("2026-01-12T08:00"),
        ),
        ScheduleTask(
            3,
            "Too late",
            duration=DAY,
            constraint=Constraint.SNLT,
            constraint_date=at("2026-01-05T08:00"),
        ),
        ScheduleTask(
            4,
            "Fixed",
            duration=DAY,
            constraint=Constraint.MSO,
            constraint_date=at("2026-01-08T08:00"),
        ),
        ScheduleTask(5, "Deadline", duration=3 * DAY, deadline=at("2026-01-06T17:00")),
    ]
    result = run(tasks, [ScheduleLink(1, 3)])
    assert dates(result, 2) == ("2026-01-12T08:00", "2026-01-12T17:00")
    assert dates(result, 3) == ("2026-01-05T08:00", "2026-01-05T17:00")
    assert CONSTRAINT_CONFLICT in result.tasks[3].problems
    assert dates(result, 4) == ("2026-01-08T08:00", "2026-01-08T17:00")
    assert DEADLINE_MISSED in result.tasks[5].problems
    assert result.tasks[5].total_float < 0


def test_a_cycle_is_refused_and_named() -> None:
    tasks = [ScheduleTask(k, name, duration=DAY) for k, name in ((1, "A"), (2, "B"), (3, "C"))]
    with pytest.raises(CycleError) as refused:
        run(tasks, [ScheduleLink(1, 2), ScheduleLink(2, 3), ScheduleLink(3, 1)])
    assert sorted(refused.value.keys) == [1, 2, 3]
    assert "A" in str(refused.value) and "C" in str(refused.value)


def test_progress_is_honoured() -> None:
    tasks = [
        ScheduleTask(
            1, "Started", duration=2 * DAY, actual_start=at("2026-01-06T08:00"), remaining=DAY
        ),
        ScheduleTask(2, "Next", duration=DAY),
    ]
    result = run(tasks, [ScheduleLink(1, 2)])
    assert dates(result, 1) == ("2026-01-06T08:00", "2026-01-07T17:00")
    assert dates(result, 2) == ("2026-01-08T08:00", "2026-01-08T17:00")


def test_elapsed_duration_runs_through_the_weekend() -> None:
    friday = dt.datetime(2026, 1, 9, 8, 0)
    result = run(
        [
            ScheduleTask(1, "Cure concrete", duration=3 * 1440, elapsed=True),
            ScheduleTask(2, "Next", duration=DAY),
        ],
        [ScheduleLink(1, 2)],
        start=friday,
    )
    assert dates(result, 1) == ("2026-01-09T08:00", "2026-01-12T08:00")
    assert dates(result, 2) == ("2026-01-12T08:00", "2026-01-12T17:00")


def test_manual_tasks_stay_where_they_were_put() -> None:
    tasks = [
        ScheduleTask(1, "A", duration=2 * DAY),
        ScheduleTask(
            2,
            "Manual",
            duration=DAY,
            manual=True,
            start=at("2026-01-05T08:00"),
            finish=at("2026-01-05T17:00"),
        ),
        ScheduleTask(3, "After", duration=DAY),
    ]
    result = run(tasks, [ScheduleLink(1, 2), ScheduleLink(2, 3)])
    assert dates(result, 2) == ("2026-01-05T08:00", "2026-01-05T17:00")
    assert dates(result, 3) == ("2026-01-06T08:00", "2026-01-06T17:00")
