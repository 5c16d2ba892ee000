"""Near-critical and date-range tests on computed task dates."""

from __future__ import annotations

from app.domain.float_rules import is_near_critical, overlaps
from app.domain.scheduler import TaskDates


def dates(total_float: int, critical: bool, start: int = 100, finish: int = 200) -> TaskDates:
    return TaskDates(
        1, start, finish, start, finish, start, finish, total_float, 0, critical, False
    )


def test_near_critical_is_a_float_threshold_outside_the_critical_path() -> None:
    assert is_near_critical(dates(480, False), 2400)
    assert not is_near_critical(dates(2401, False), 2400)
    assert not is_near_critical(dates(0, True), 2400)


def test_a_task_overlaps_a_range_when_it_runs_inside_it() -> None:
    assert overlaps(dates(0, False), 150, 160)
    assert overlaps(dates(0, False), 200, 300)
    assert not overlaps(dates(0, False), 201, 300)
    assert not overlaps(dates(0, False), 0, 99)
