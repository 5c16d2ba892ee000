"""Exporting the project's key dates as an iCalendar (.ics) file.

Milestones (on their computed date), task deadlines and the next review date of each open
risk become all-day events. Each event's UID is derived from the project's identity (its code,
or its name when it has none), the kind of object and its database id, so exporting again
gives the same UIDs: a calendar that imports the new file moves the events it already has
instead of adding them twice, also when a task or risk was renamed. Renaming a project
without a code gives its events new UIDs.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.domain.calendar import from_instant
from app.domain.files import atomic_target
from app.domain.risks import CLOSED_STATUSES
from app.domain.scheduler import DEADLINE_MISSED
from app.io.ics_writer import IcsCalendar, IcsEvent, ics_bytes
from app.models.entities import Project, Risk, Stakeholder
from app.services.progress import Meter, Progress
from app.services.schedule import ProjectSchedule, TaskRow, read_schedule
from app.services.transaction import unit_of_work

# Fixed for good: every Koers UID is a name-based UUID (version 5) in this namespace.
UID_NAMESPACE = uuid.UUID("5f0f3a52-8e57-4b8c-9d55-6b0a1c1e2c47")
MILESTONE = "Milestone"
DEADLINE = "Deadline"
RISK_REVIEW = "Risk review"
_KIND_ORDER = {MILESTONE: 0, DEADLINE: 1, RISK_REVIEW: 2}


@dataclass(frozen=True, slots=True)
class IcsExport:
    """What an export wrote. ``unscheduled_milestones`` were left out because the schedule
    could not be computed (``cycle`` names the tasks on the loop)."""

    target: Path
    events: int
    milestones: int
    deadlines: int
    risk_reviews: int
    unscheduled_milestones: int = 0
    cycle: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        lines = [
            f"{self.target.name}: {self.events} events ({self.milestones} milestones, "
            f"{self.deadlines} deadlines, {self.risk_reviews} risk reviews)"
        ]
        if self.unscheduled_milestones:
            lines.append(
                f"{self.unscheduled_milestones} milestones left out: the links form a cycle ("
                + " → ".join(self.cycle)
                + ")"
            )
        return lines


def event_uid(identity: str, kind: str, key: int, what: str) -> str:
    """The UID of one event: the same project, object and date kind give the same UID."""
    return str(uuid.uuid5(UID_NAMESPACE, f"koers/{identity}/{kind}/{key}/{what}"))


def _task_line(row: TaskRow) -> str:
    return f"Task {row.row} (WBS {row.wbs}): {row.name}"


def _milestone(identity: str, project: str, row: TaskRow, day: dt.date) -> IcsEvent:
    description = f"Milestone of {project}\n{_task_line(row)}"
    if row.notes.strip():
        description += "\n\n" + row.notes.strip()
    return IcsEvent(
        uid=event_uid(identity, "task", row.id, "milestone"),
        day=day,
        summary=row.name or f"Milestone {row.row}",
        description=description,
        categories=(MILESTONE, project),
    )


def _deadline(
    identity: str, project: str, row: TaskRow, computed: ProjectSchedule
) -> IcsEvent | None:
    if row.deadline is None:
        return None
    description = f"Deadline of {project}\n{_task_line(row)}"
    result = computed.result
    if result is not None and row.id in result:
        dates = result[row.id]
        finish = from_instant(dates.finish)
        description += f"\nScheduled to finish on {finish.date().isoformat()}"
        if DEADLINE_MISSED in dates.problems:
            description += ", after the deadline"
    return IcsEvent(
        uid=event_uid(identity, "task", row.id, "deadline"),
        day=row.deadline.date(),
        summary=f"Deadline: {row.name}",
        description=description,
        categories=(DEADLINE, project),
    )


def _risk_reviews(session: Session, identity: str, project: str) -> list[IcsEvent]:
    owners: dict[int, str] = {
        key: name for key, name in session.execute(select(Stakeholder.id, Stakeholder.name))
    }
    query = select(
        Risk.id,
        Risk.ref,
        Risk.title,
        Risk.status,
        Risk.next_review,
        Risk.owner_id,
        Risk.owner_text,
        Risk.event,
    ).where(Risk.next_review.is_not(None))
    events = []
    for key, ref, title, status, review, owner_id, owner_text, event in session.execute(query):
        if review is None or status in CLOSED_STATUSES:
            continue
        owner = owners.get(owner_id, "") if owner_id is not None else owner_text
        shown = str(status).replace("_", " ")
        description = f"Review of risk {ref} of {project}: {title}\nStatus: {shown}"
        if owner.strip():
            description += f"; owner: {owner.strip()}"
        if event.strip():
            description += "\n\n" + event.strip()
        events.append(
            IcsEvent(
                uid=event_uid(identity, "risk", key, "review"),
                day=review,
                summary=f"Risk review: {ref} {title}",
                description=description,
                categories=(RISK_REVIEW, project),
            )
        )
    return events


def project_events(session: Session) -> tuple[str, list[IcsEvent], IcsExport]:
    """The project's name, its events in date order, and the counts (target left empty)."""
    computed = read_schedule(session)
    with unit_of_work(session):
        name, code = session.execute(select(Project.name, Project.code).limit(1)).one()
        identity = code.strip() or name.strip()
        reviews = _risk_reviews(session, identity, name)
    result = computed.result
    milestones: list[IcsEvent] = []
    deadlines: list[IcsEvent] = []
    unscheduled = 0
    for row in computed.rows:
        if row.milestone:
            if result is None:
                unscheduled += 1
            elif row.id in result:
                day = from_instant(result[row.id].start).date()
                milestones.append(_milestone(identity, name, row, day))
        if result is None or row.id in result:  # inactive tasks have no dates to keep
            deadline = _deadline(identity, name, row, computed)
            if deadline is not None:
                deadlines.append(deadline)
    events = milestones + deadlines + reviews
    events.sort(key=lambda e: (e.day, _KIND_ORDER[e.categories[0]], e.summary, e.uid))
    counts = IcsExport(
        target=Path(),
        events=len(events),
        milestones=len(milestones),
        deadlines=len(deadlines),
        risk_reviews=len(reviews),
        unscheduled_milestones=unscheduled,
        cycle=computed.cycle.names if computed.cycle is not None else (),
    )
    return name, events, counts


def export_ics(
    session: Session,
    target: Path,
    *,
    overwrite: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> IcsExport:
    """Write the project's milestones, deadlines and risk reviews to ``target`` (.ics).

    The file appears complete or not at all; ``TargetExists`` when ``target`` is there and
    not ``overwrite``. ``now`` (UTC) is the DTSTAMP, the moment the file is made.
    ``progress`` hears the stages; a Cancelled it raises leaves no file.
    """
    target = Path(target)
    meter = Meter(progress)
    meter.start()
    name, events, counts = project_events(session)
    meter.advance(0.8)
    calendar = IcsCalendar(
        name=name,
        product=f"-//Koers//Koers {__version__}//EN",
        stamp=now if now is not None else dt.datetime.now(dt.UTC),
        events=tuple(events),
    )
    data = ics_bytes(calendar)
    with atomic_target(target, overwrite=overwrite) as temp:
        temp.write_bytes(data)
        meter.finish()  # the last chance to cancel: before the rename
    return IcsExport(
        target=target,
        events=counts.events,
        milestones=counts.milestones,
        deadlines=counts.deadlines,
        risk_reviews=counts.risk_reviews,
        unscheduled_milestones=counts.unscheduled_milestones,
        cycle=counts.cycle,
    )
