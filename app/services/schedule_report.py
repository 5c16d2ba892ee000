"""The schedule of a .koers project or an MSPDI file, as lines for ``koers schedule``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.domain.calendar import from_instant
from app.domain.cost import TaskCost
from app.domain.errors import InputRefused
from app.domain.scheduler import CycleError, ScheduleResult, schedule
from app.io.mspdi_plan import plan_from_mspdi
from app.io.mspdi_reader import read_mspdi
from app.models.entities import Task
from app.models.schema import SCHEMA_VERSION
from app.models.store import ReadOnlyUpgrade, check_store, classify
from app.services.costs import read_costs
from app.services.schedule import read_schedule
from app.services.transaction import unit_of_work


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    uid: int
    id: int
    wbs: str
    name: str
    start: str
    finish: str
    total_float_minutes: int
    critical: bool
    milestone: bool
    summary: bool
    problems: tuple[str, ...]
    cost: str | None = None  # money as a decimal string, in the project's currency
    actual_cost: str | None = None


@dataclass(frozen=True, slots=True)
class ScheduleReport:
    lines: list[ScheduleLine]
    minutes_per_day: int


class ScheduleCycle(InputRefused):
    """The plan cannot be scheduled: its links form a loop through these tasks."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__("cannot schedule, dependency cycle: " + " → ".join((*names, names[0])))
        self.names = names


def _stamp(instant: int) -> str:
    return from_instant(instant).strftime("%Y-%m-%dT%H:%M:%S")


def _money(cents: int | None) -> str | None:
    return None if cents is None else str(Decimal(cents).scaleb(-2))


def _line(
    result: ScheduleResult,
    key: int,
    uid: int,
    row: int,
    wbs: str,
    name: str,
    milestone: bool,
    cost: TaskCost | None = None,
) -> ScheduleLine:
    dates = result[key]
    return ScheduleLine(
        uid=uid,
        id=row,
        wbs=wbs,
        name=name,
        start=_stamp(dates.start),
        finish=_stamp(dates.finish),
        total_float_minutes=dates.total_float,
        critical=dates.critical,
        milestone=milestone,
        summary=dates.summary,
        problems=dates.problems,
        cost=None if cost is None else _money(cost.cost_cents),
        actual_cost=None if cost is None else _money(cost.actual_cents),
    )


def _from_koers(path: Path) -> ScheduleReport:
    header = classify(path)
    if header.user_version < SCHEMA_VERSION:
        raise ReadOnlyUpgrade(
            path,
            f"{path.name} has file version {header.user_version}; open it in Koers once "
            "to upgrade it",
        )
    store = check_store(path)
    try:
        with store.new_session() as session:
            computed = read_schedule(session)
            costs = read_costs(session).result
    finally:
        store.close()
    if computed.cycle is not None:
        raise ScheduleCycle(computed.cycle.names)
    result = computed.result
    assert result is not None
    lines = [
        _line(
            result,
            row.id,
            row.external_uid or row.id,
            row.row,
            row.wbs,
            row.name,
            row.milestone,
            costs.get(row.id),
        )
        for row in computed.rows
        if row.id in result
    ]
    return ScheduleReport(lines, computed.settings.minutes_per_day)


def _from_mspdi(path: Path) -> ScheduleReport:
    project = read_mspdi(path)
    built = plan_from_mspdi(project)
    costs = _mspdi_costs(path)
    try:
        result = schedule(built.plan)
    except CycleError as cycle:
        raise ScheduleCycle(cycle.names) from cycle
    lines = []
    for position, task in enumerate(project.plan_tasks, start=1):
        if task.uid not in result:
            continue
        wbs = task.wbs or task.outline_number
        lines.append(
            _line(
                result,
                task.uid,
                task.uid,
                task.id if task.id is not None else position,
                wbs,
                task.name,
                task.milestone,
                costs.get(task.uid),
            )
        )
    lines.sort(key=lambda line: line.id)
    return ScheduleReport(lines, project.settings.minutes_per_day)


def _mspdi_costs(path: Path) -> dict[int, TaskCost]:
    """Each task's cost by UID, worked out as Koers does after importing the file (into a
    throwaway project); none when the importer refuses the file."""
    import tempfile

    from app.services.import_mspdi import import_mspdi

    with tempfile.TemporaryDirectory(prefix="koers-costs-") as folder:
        try:
            store = import_mspdi(path, Path(folder) / "costs.koers")
        except InputRefused:
            return {}
        try:
            with store.new_session() as session:
                costs = read_costs(session).result
                with unit_of_work(session):
                    uids = dict(session.execute(select(Task.id, Task.external_uid)).all())
        finally:
            store.close()
    return {uid: costs[key] for key, uid in uids.items() if uid is not None and key in costs}


def schedule_file(path: Path) -> ScheduleReport:
    """Recompute the schedule of a .koers or MSPDI .xml file; stored dates are never echoed."""
    path = Path(path)
    if path.suffix.lower() == ".xml":
        return _from_mspdi(path)
    return _from_koers(path)
