"""When a task counts as critical or near-critical: a matter of float against a threshold."""

from __future__ import annotations

from app.domain.scheduler import TaskDates

NEAR_CRITICAL_DAYS = 5  # a common default in schedule analysis (DCMA uses 5–10 days)


def is_near_critical(dates: TaskDates, threshold_minutes: int) -> bool:
    """Not critical, but with at most ``threshold_minutes`` of total float left."""
    return not dates.critical and dates.total_float <= threshold_minutes


def overlaps(dates: TaskDates, first: int, last: int) -> bool:
    """Whether the task runs at some moment between the instants ``first`` and ``last``."""
    return dates.start <= last and dates.finish >= first
