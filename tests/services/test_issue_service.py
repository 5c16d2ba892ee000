"""The issue log's services: codes, checked edits, delete and restore, links to tasks."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain.issues import IssueKind, IssueStatus, Level, issue_is_open
from app.domain.validation import InvalidValue
from app.services import issues as service
from app.services.project_file import dump_project, open_project
from app.services.registers import stakeholder_names
from app.services.risks import list_risks
from app.services.schedule import read_schedule
from tests.risk_files import build_register_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_register_demo(tmp_path_factory.mktemp("template") / "demo.koers")


@pytest.fixture
def session(template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.koers"
    shutil.copy(template, path)
    store = open_project(path)
    with store.new_session() as session:
        yield session
    store.close()


def test_the_demo_log_reads_with_owners_risks_and_tasks(session: Session) -> None:
    issues = service.list_issues(session)
    assert [i.ref for i in issues] == [f"I-{n:03d}" for n in range(1, 7)]
    assert {i.kind for i in issues} == set(IssueKind)
    assert [i.risk_ref for i in issues if i.risk_ref] == ["R-005", "R-012"]
    assert sum(issue_is_open(i.status) for i in issues) == 4
    assert issues[0].owner_name == "ERP Solutions NL" and len(issues[0].tasks) == 2


def test_insert_edit_delete_and_restore(session: Session) -> None:
    before = dump_project(session)
    owner = stakeholder_names(session)[0][0]
    change, issue, counter = service.insert_issue(
        session,
        service.blank_issue("Test server down", kind=IssueKind.PROBLEM, owner_id=owner),
    )
    assert issue.ref == "I-007" and issue.position == 6 and counter is None
    assert change.inserted == {"issue": frozenset({issue.id})}
    _change, old = service.set_issue_fields(
        session,
        issue.id,
        {"status": "in_progress", "priority": "critical", "target_date": dt.date(2026, 12, 1)},
    )
    assert old == {"status": "open", "priority": "medium", "target_date": None}
    stored = service.get_issue(session, issue.id)
    assert stored.status is IssueStatus.IN_PROGRESS and stored.priority is Level.CRITICAL
    for field, value in [
        ("kind", "rumour"),
        ("urgency", "now"),
        ("title", ""),
        ("target_date", dt.date(1900, 1, 1)),
        ("risk_id", 9999),
        ("owner_id", 9999),
        ("ref", "I-100"),
    ]:
        with pytest.raises(InvalidValue):
            service.set_issue_fields(session, issue.id, {field: value})
    service.set_issue_fields(session, issue.id, old)
    task = read_schedule(session).rows[3].id
    _change, link_id = service.link_issue_task(session, issue.id, task)
    _change, removed = service.delete_issue(session, issue.id)
    assert [link["id"] for link in removed.links] == [link_id]
    service.restore_issue(session, removed)
    _change, unlinked = service.unlink_issue_task(session, issue.id, task)
    assert unlinked == link_id
    service.undo_insert_issue(session, issue.id, counter)
    assert dump_project(session) == before


def test_an_issue_can_point_at_the_risk_it_came_from(session: Session) -> None:
    risk = list_risks(session)[3]
    issue = service.list_issues(session)[2]
    service.set_issue_fields(session, issue.id, {"risk_id": risk.id})
    assert service.get_issue(session, issue.id).risk_ref == risk.ref
    assert issue.ref in next(r for r in list_risks(session) if r.id == risk.id).issue_refs
