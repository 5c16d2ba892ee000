"""Creating, opening and checking project files: the use cases behind File and ``koers check``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.domain.budget import DEFAULT_CATEGORIES
from app.domain.charter import charter_findings
from app.domain.requirements import MoSCoW
from app.domain.risks import CLOSED_STATUSES
from app.domain.scheduler import CONSTRAINT_CONFLICT, DEADLINE_MISSED
from app.models.dump import Dump, dump_tables
from app.models.entities import CostCategory, Project, Requirement, Risk, Task
from app.models.schema import SCHEMA_VERSION
from app.models.store import ProjectStore, check_store, classify, create_store, open_store
from app.services.calendars import add_standard_calendar
from app.services.charter import new_project_row, read_charter
from app.services.schedule import ProjectSchedule, TaskRow, read_schedule
from app.services.transaction import unit_of_work

FINDING_TEXT = {
    "charter.goal_missing": "the charter has no goal or business case",
    "charter.manager_missing": "the charter names no project manager",
    "charter.status_date_before_start": "the status date lies before the project start",
    "requirements.must_without_criteria": "Must requirement {ref} has no acceptance criteria",
    "schedule.cycle": "the links form a cycle: {tasks}",
    "schedule.constraint_violated": "task {row} {name!r} cannot meet its {constraint} constraint",
    "schedule.deadline_missed": "task {row} {name!r} finishes after its deadline",
    "schedule.dangling_link": "a link ends at task {row} {name!r}, which is inactive and not "
    "scheduled",
    "schedule.no_predecessor": "task {row} {name!r} has no predecessor and starts after the "
    "project start",
    "schedule.no_successor": "task {row} {name!r} has no successor and finishes before the "
    "project finish",
    "risks.review_overdue": "risk {ref} {title!r} was due for review on {date}",
    "risks.no_owner": "open risk {ref} {title!r} has no owner",
    "risks.no_response": "open risk {ref} {title!r} has no response (strategy or actions)",
    "file.open_elsewhere": "the file has a journal beside it: it is open elsewhere or was not "
    "closed cleanly; open it in Koers to recover",
    "file.older_version": "the file has version {version}; Koers upgrades it on open "
    f"(current version {SCHEMA_VERSION})",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """A plan-sanity observation: a code the UI translates, with its parameters."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        return FINDING_TEXT[self.code].format(**dict(self.params))


@dataclass(frozen=True, slots=True)
class CheckResult:
    summary: str
    findings: list[Finding]


def create_project(
    path: Path,
    name: str,
    start: dt.date,
    *,
    overwrite: bool = False,
    fill: Callable[[Session], None] | None = None,
    with_calendar: bool = True,
) -> ProjectStore:
    """A new project file holding a charter (and whatever ``fill`` adds), opened for editing.

    ``with_calendar`` gives it the default calendar (Dutch public holidays); an import
    brings its own calendars instead.
    """
    project = new_project_row(name, start)

    def populate(session: Session) -> None:
        if with_calendar:
            project.calendar_id = add_standard_calendar(session.connection())
        session.add(project)
        session.flush()
        session.execute(
            insert(CostCategory),
            [{"position": i, "name": name} for i, name in enumerate(DEFAULT_CATEGORIES)],
        )
        if fill is not None:
            fill(session)

    return create_store(path, populate, overwrite=overwrite)


def open_project(path: Path, *, read_only: bool = False) -> ProjectStore:
    return open_store(path, read_only=read_only)


def _plan_findings(session: Session) -> list[Finding]:
    findings = [Finding(code) for code in charter_findings(read_charter(session))]
    with unit_of_work(session):
        refs = session.scalars(
            select(Requirement.ref)
            .where(Requirement.priority == MoSCoW.MUST, Requirement.acceptance_criteria == "")
            .order_by(Requirement.position)
        ).all()
    findings += [Finding("requirements.must_without_criteria", (("ref", ref),)) for ref in refs]
    return findings + schedule_findings(read_schedule(session)) + risk_findings(session)


def risk_findings(session: Session, today: dt.date | None = None) -> list[Finding]:
    """Open risks overdue for review (before the status date, or ``today`` without one),
    without an owner, or without a response (no strategy and no response actions)."""
    with unit_of_work(session):
        status_date = session.scalar(select(Project.status_date).limit(1))
        rows = session.execute(
            select(
                Risk.ref,
                Risk.title,
                Risk.status,
                Risk.next_review,
                Risk.owner_id,
                Risk.owner_text,
                Risk.strategy,
                Risk.response_actions,
            ).order_by(Risk.position, Risk.id)
        ).all()
    reference = status_date or today or dt.date.today()
    findings: list[Finding] = []
    for ref, title, status, next_review, owner_id, owner_text, strategy, actions in rows:
        if status in CLOSED_STATUSES:
            continue
        about = (("ref", ref), ("title", title))
        if next_review is not None and next_review < reference:
            findings.append(
                Finding("risks.review_overdue", (*about, ("date", next_review.isoformat())))
            )
        if owner_id is None and not owner_text.strip():
            findings.append(Finding("risks.no_owner", about))
        if not strategy and not actions.strip():
            findings.append(Finding("risks.no_response", about))
    return findings


def schedule_findings(computed: ProjectSchedule) -> list[Finding]:
    """Cycles, constraints that cannot hold, missed deadlines and open ends of the network."""
    if computed.cycle is not None:
        return [Finding("schedule.cycle", (("tasks", " → ".join(computed.cycle.names)),))]
    result = computed.result
    assert result is not None
    # A task is tied in when it or one of its summaries has a predecessor (or successor).
    has_predecessor = {link.successor_id for link in computed.links}
    has_successor = {link.predecessor_id for link in computed.links}
    stack: list[TaskRow] = []
    for row in computed.rows:
        while stack and stack[-1].outline_level >= row.outline_level:
            stack.pop()
        if any(parent.id in has_predecessor for parent in stack):
            has_predecessor.add(row.id)
        if any(parent.id in has_successor for parent in stack):
            has_successor.add(row.id)
        stack.append(row)
    findings: list[Finding] = []
    names = {row.id: row for row in computed.rows}
    for link in computed.links:
        # A link to a task that is not scheduled (inactive) constrains nothing.
        for end in (link.predecessor_id, link.successor_id):
            if end not in result and end in names:
                about = (("row", str(names[end].row)), ("name", names[end].name))
                findings.append(Finding("schedule.dangling_link", about))
    for row in computed.rows:
        if row.id not in result or row.summary:
            continue
        dates = result[row.id]
        about = (("row", str(row.row)), ("name", row.name))
        if CONSTRAINT_CONFLICT in dates.problems:
            kind = (("constraint", row.constraint.value.upper()),)
            findings.append(Finding("schedule.constraint_violated", about + kind))
        if DEADLINE_MISSED in dates.problems:
            findings.append(Finding("schedule.deadline_missed", about))
        calendar = computed.calendar_of(row)
        if row.id not in has_predecessor and calendar.position(dates.start) > calendar.position(
            result.project_start
        ):
            findings.append(Finding("schedule.no_predecessor", about))
        if row.id not in has_successor and calendar.position(dates.finish) < calendar.position(
            result.project_finish
        ):
            findings.append(Finding("schedule.no_successor", about))
    return findings


def check_project(path: Path) -> CheckResult:
    """Integrity and plan sanity, read-only, leaving the file exactly as it was."""
    path = Path(path)
    header = classify(path)
    findings: list[Finding] = []
    if any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal")):
        findings.append(Finding("file.open_elsewhere"))
    store = check_store(path)
    try:
        if header.user_version < SCHEMA_VERSION:
            findings.append(Finding("file.older_version", (("version", str(header.user_version)),)))
            count = tasks = 0
        else:
            with store.new_session() as session:
                findings += _plan_findings(session)
                with unit_of_work(session):
                    count = session.scalar(select(func.count()).select_from(Requirement)) or 0
                    tasks = session.scalar(select(func.count()).select_from(Task)) or 0
    finally:
        store.close()
    summary = (
        f"{path.name}: Koers project, file version {header.user_version}, integrity ok, "
        f"{count} requirements, {tasks} tasks, {len(findings)} findings"
    )
    return CheckResult(summary, findings)


def restore_snapshot(snapshot: Path, target: Path, *, overwrite: bool = False) -> None:
    """Copy a backup snapshot to a new project file; the snapshot itself stays as it is."""
    store = check_store(Path(snapshot))
    try:
        store.copy_to(Path(target), overwrite=overwrite)
    finally:
        store.close()


def dump_project(session: Session) -> Dump:
    """Every table's rows, sorted, ids included: two equal dumps mean equal projects."""
    with unit_of_work(session):
        return dump_tables(session.connection())
