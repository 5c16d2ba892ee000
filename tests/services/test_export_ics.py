"""iCalendar export: the demo's milestones, deadlines and risk reviews as all-day events with
UIDs that stay the same from one export to the next."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import insert, select, update

from app.domain.calendar import from_instant
from app.domain.files import TargetExists
from app.domain.risks import CLOSED_STATUSES
from app.models.entities import Project, Risk, Task, TaskLink
from app.services.charter import set_charter_field
from app.services.export_ics import IcsExport, event_uid, export_ics
from app.services.import_gan import import_gan
from app.services.project_file import open_project
from app.services.schedule import read_schedule
from app.services.tasks import set_task_field
from app.services.transaction import unit_of_work
from tests.io.test_gan_reader import HOUSE

NOW = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)


def export(project: Path, target: Path, **options: object) -> IcsExport:
    store = open_project(project)
    try:
        with store.new_session() as session:
            return export_ics(session, target, now=NOW, **options)  # type: ignore[arg-type]
    finally:
        store.close()


def events_of(path: Path) -> list[icalendar.cal.Component]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def uids(path: Path) -> dict[str, str]:
    """UID → SUMMARY."""
    return {str(e["UID"]): str(e["SUMMARY"]) for e in events_of(path)}


def test_demo_parses_with_icalendar_as_all_day_events(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.ics"
    report = export(demo_file, target)
    assert report.target == target and report.events == 20
    assert (report.milestones, report.deadlines, report.risk_reviews) == (9, 1, 10)
    data = target.read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n")  # CRLF only
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    parsed = icalendar.Calendar.from_ical(data)
    assert str(parsed["VERSION"]) == "2.0" and "Koers" in str(parsed["PRODID"])
    events = list(parsed.walk("VEVENT"))
    assert len(events) == report.events
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)
        assert event["DTSTAMP"].dt == NOW
        assert str(event["TRANSP"]) == "TRANSPARENT"
    assert data.count(b"DTSTART;VALUE=DATE:") == report.events
    days = [e["DTSTART"].dt for e in events]
    assert days == sorted(days)
    kinds = [str(e["CATEGORIES"].cats[0]) for e in events]
    assert kinds.count("Milestone") == 9 and kinds.count("Risk review") == 10


def test_dates_are_the_projects_own(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.ics"
    export(demo_file, target)
    store = open_project(demo_file, read_only=True)
    try:
        with store.new_session() as session:
            computed = read_schedule(session)
            with unit_of_work(session):
                risks = session.execute(
                    select(Risk.ref, Risk.title, Risk.status, Risk.next_review)
                ).all()
    finally:
        store.close()
    assert computed.result is not None
    expected = {}
    for row in computed.rows:
        if row.milestone:
            expected[row.name] = from_instant(computed.result[row.id].start).date()
        if row.deadline is not None:
            expected[f"Deadline: {row.name}"] = row.deadline.date()
    for ref, title, status, review in risks:
        if review is not None and status not in CLOSED_STATUSES:
            expected[f"Risk review: {ref} {title}"] = review
    assert {str(e["SUMMARY"]): e["DTSTART"].dt for e in events_of(target)} == expected
    closed = [r for r in risks if r.status in CLOSED_STATUSES and r.next_review is not None]
    summaries = {str(e["SUMMARY"]) for e in events_of(target)}
    assert all(f"Risk review: {r.ref} {r.title}" not in summaries for r in closed)


def test_deadline_description_tells_the_scheduled_finish(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.ics"
    export(demo_file, target)
    (deadline,) = [e for e in events_of(target) if str(e["SUMMARY"]).startswith("Deadline: ")]
    description = str(deadline["DESCRIPTION"])
    assert description.startswith("Deadline of CRM migration to Salesforce\nTask ")
    assert "Scheduled to finish on 2027-" in description


def test_exporting_twice_gives_the_same_uids(demo_file: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    export(demo_file, first)
    export(demo_file, second)
    assert uids(first) == uids(second)
    assert first.read_bytes() == second.read_bytes()  # same DTSTAMP given: the same file


def test_a_renamed_task_or_risk_keeps_its_uid(demo_file: Path, tmp_path: Path) -> None:
    before = tmp_path / "before.ics"
    export(demo_file, before)
    store = open_project(demo_file)
    try:
        with store.new_session() as session:
            with unit_of_work(session):
                task_id = session.scalar(
                    select(Task.id).where(Task.name == "Go-live", Task.milestone.is_(True))
                )
                session.execute(update(Risk).where(Risk.ref == "R-010").values(title="Prices up"))
            assert task_id is not None
            set_task_field(session, task_id, "name", "Switch-over weekend")
    finally:
        store.close()
    after = tmp_path / "after.ics"
    export(demo_file, after)
    old, new = uids(before), uids(after)
    assert set(old) == set(new)
    changed = {uid: (old[uid], new[uid]) for uid in old if old[uid] != new[uid]}
    assert sorted(changed.values()) == [
        ("Go-live", "Switch-over weekend"),
        (
            "Risk review: R-010 Licence prices rise with the platform's new price list",
            "Risk review: R-010 Prices up",
        ),
    ]
    (uid,) = [uid for uid, (_, now) in changed.items() if now == "Switch-over weekend"]
    assert uid == event_uid("CRM-2027", "task", task_id, "milestone")  # the demo's code


def test_the_project_code_is_its_identity(demo_file: Path, tmp_path: Path) -> None:
    def charter(field: str, value: str) -> None:
        store = open_project(demo_file)
        try:
            with store.new_session() as session:
                set_charter_field(session, field, value)
        finally:
            store.close()

    def exported(name: str) -> set[str]:
        export(demo_file, tmp_path / name)
        return set(uids(tmp_path / name))

    coded = exported("coded.ics")
    charter("name", "Another name")
    assert exported("renamed.ics") == coded  # with a code, renaming the project changes nothing
    charter("code", "")
    by_name = exported("by-name.ics")
    assert not by_name & coded  # without a code, the name is the identity
    charter("name", "CRM migration to Salesforce")
    assert not exported("renamed-again.ics") & by_name
    charter("code", "CRM-2027")
    assert exported("coded-again.ics") == coded


def test_uid_is_a_name_based_uuid_of_project_kind_and_id() -> None:
    uid = event_uid("CRM", "task", 12, "milestone")
    assert uid == event_uid("CRM", "task", 12, "milestone")
    others = {
        event_uid("CRM", "task", 12, "deadline"),
        event_uid("ERP", "task", 12, "milestone"),
        event_uid("CRM", "risk", 12, "review"),
        event_uid("CRM", "task", 13, "milestone"),
    }
    assert uid not in others and len(others) == 4
    assert uid.count("-") == 4 and uid[14] == "5"  # version 5


def test_existing_target_and_missing_folder(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_text("keep")
    with pytest.raises(TargetExists):
        export(demo_file, target)
    assert target.read_text() == "keep"
    assert export(demo_file, target, overwrite=True).events == 20
    with pytest.raises(FileNotFoundError):
        export(demo_file, tmp_path / "missing" / "plan.ics")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.koers", "plan.ics"]


def test_cycle_leaves_milestones_out_and_says_so(demo_file: Path, tmp_path: Path) -> None:
    store = open_project(demo_file)
    try:
        with store.new_session() as session, unit_of_work(session):
            link = session.execute(select(TaskLink.predecessor_id, TaskLink.successor_id)).first()
            assert link is not None
            session.execute(
                insert(TaskLink).values(
                    predecessor_id=link.successor_id,
                    successor_id=link.predecessor_id,
                    type="FS",
                    lag_minutes=0,
                    lag_unit="d",
                )
            )
    finally:
        store.close()
    target = tmp_path / "cycle.ics"
    report = export(demo_file, target)
    assert report.milestones == 0 and report.unscheduled_milestones == 9
    assert report.cycle and "cycle" in report.lines()[1]
    assert report.deadlines == 1 and report.risk_reviews == 10
    assert len(events_of(target)) == 11


@pytest.mark.corpus
def test_house_building_from_ganttproject_to_ics(corpus: Path, tmp_path: Path) -> None:
    project = tmp_path / "house.koers"
    import_gan(corpus / "gan" / HOUSE, project)
    target = tmp_path / "house.ics"
    report = export(project, target)
    assert (report.events, report.milestones) == (4, 4)
    # Koers places a milestone at the end of the work before it: Friday, where GanttProject
    # draws it on the following Monday morning.
    assert {str(e["SUMMARY"]): e["DTSTART"].dt for e in events_of(target)} == {
        "GanttProject 3.3": dt.date(2024, 5, 27),
        "Agreement on architectural plan\xa0": dt.date(2024, 6, 28),
        "Construction completed\xa0": dt.date(2024, 9, 27),
        "Bring your family here": dt.date(2024, 10, 11),
    }
    store = open_project(project, read_only=True)
    try:
        with store.new_session() as session, unit_of_work(session):
            name = session.scalar(select(Project.name))
    finally:
        store.close()
    assert all(str(e["CATEGORIES"].cats[1]) == name for e in events_of(target))
