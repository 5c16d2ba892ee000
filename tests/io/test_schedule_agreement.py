"""Koers schedules Microsoft Project's own files to the dates Project saved in them.

Computed fields are blanked before scheduling (start, finish, early and late
dates, slack, critical) for every task that is automatic and has no actuals, so
nothing can be echoed. Two instants agree when the task's calendar has no
working minute between them (Friday 17:00 = Monday 08:00).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.domain.calendar import to_instant
from app.domain.scheduler import schedule
from app.io.mspdi_data import MspdiProject, MspdiTask
from app.io.mspdi_plan import plan_from_mspdi
from app.io.mspdi_reader import read_mspdi

ORACLES = [
    "mpxj__legacy__sample.xml",
    "mpxj__task-links-project2019-mspdi.xml",
    "mpxj__mspdirelations.xml",
    "mpxj__mspdiduration.xml",
    "mpxjconv__Homemoveplan.xml",
    "mpxjconv__Residential_Construction.xml",
    "mpxjconv__TrainingRollout.xml",
    "mpxjconv__Software_Development.xml",
    "mpxjconv__CalculateWorkHours_holiday.xml",
]
BLANKED = dict(
    start=None,
    finish=None,
    early_start=None,
    early_finish=None,
    late_start=None,
    late_finish=None,
    total_slack_minutes=None,
    free_slack_minutes=None,
    critical=False,
)


def _blank(project: MspdiProject, *, clear_manual: bool) -> MspdiProject:
    tasks = []
    for original in project.tasks:
        task = dataclasses.replace(original, manual=False) if clear_manual else original
        if not task.manual and task.actual_start is None and task.actual_finish is None:
            task = dataclasses.replace(task, **BLANKED)  # type: ignore[arg-type]
        tasks.append(task)
    return dataclasses.replace(project, tasks=tuple(tasks))


def _agreement(path: Path) -> tuple[int, int, int, list[str]]:
    original = read_mspdi(path)
    clear_manual = "task-links" in path.name
    blanked = _blank(original, clear_manual=clear_manual)
    built = plan_from_mspdi(blanked)
    result = schedule(built.plan)
    count = dates = critical = 0
    misses: list[str] = []
    truth: dict[int, MspdiTask] = {t.uid: t for t in original.plan_tasks}
    for task in blanked.plan_tasks:
        if not task.active:
            continue
        stored = truth[task.uid]
        assert stored.start is not None and stored.finish is not None
        computed = result.tasks[task.uid]
        calendar = built.task_calendar[task.uid]
        same_start = calendar.position(computed.start) == calendar.position(
            to_instant(stored.start)
        )
        same_finish = calendar.position(computed.finish) == calendar.position(
            to_instant(stored.finish)
        )
        count += 1
        dates += same_start and same_finish
        critical += computed.critical == stored.critical
        if not (same_start and same_finish and computed.critical == stored.critical):
            misses.append(f"UID {task.uid} {task.name!r}")
    return count, dates, critical, misses


@pytest.mark.corpus
def test_start_finish_and_critical_agree_with_microsoft_project(corpus: Path) -> None:
    pooled = [0, 0, 0]
    for name in ORACLES:
        count, dates, critical, misses = _agreement(corpus / "mspdi" / name)
        print(f"{name}: {count} tasks, dates {dates}/{count}, critical {critical}/{count}", misses)
        assert dates >= 0.95 * count, (name, misses)
        pooled[0] += count
        pooled[1] += dates
        pooled[2] += critical
    print(f"pooled: {pooled[0]} tasks, dates {pooled[1]}, critical {pooled[2]}")
    assert pooled[0] >= 501
    assert pooled[1] >= 0.99 * pooled[0]
    assert pooled[2] >= 0.99 * pooled[0]


@pytest.mark.corpus
def test_every_other_task_file_imports_and_schedules(corpus: Path) -> None:
    for path in sorted((corpus / "mspdi").glob("*.xml")):
        if path.name in ORACLES:
            continue
        project = read_mspdi(path)
        result = schedule(plan_from_mspdi(project).plan)
        assert len(result.tasks) == len([t for t in project.plan_tasks if t.active])
        count, dates, critical, _misses = _agreement(path) if project.plan_tasks else (0, 0, 0, [])
        print(f"{path.name}: {count} tasks, dates {dates}/{count}, critical {critical}/{count}")
