"""The risk register's services: codes, checked edits, delete and restore, reviews, settings,
a response becoming a task and a risk that occurs becoming an issue."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.risks import Band, RiskScales, RiskStatus
from app.domain.validation import InvalidValue
from app.models.entities import Risk
from app.services import issues as issue_service
from app.services import risks as service
from app.services.project_file import dump_project, open_project
from app.services.schedule import read_schedule
from app.services.transaction import unit_of_work
from app.services.view_settings import write_view_setting
from tests.risk_files import TODAY, build_register_demo


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


def _by_ref(session: Session, ref: str) -> service.RiskData:
    return next(r for r in service.list_risks(session) if r.ref == ref)


def test_the_demo_register_reads_with_names_links_reviews_and_issues(session: Session) -> None:
    risks = service.list_risks(session)
    assert len(risks) == 15
    assert [r.position for r in risks] == list(range(15))
    staffing = risks[0]
    assert (staffing.ref, staffing.owner_name, staffing.actionee_name) == (
        "R-001",
        "Sanne Jansen",
        "Ruud Peters",
    )
    assert staffing.review_count == 5 and staffing.last_review == TODAY - dt.timedelta(days=7)
    assert [t.name for t in staffing.tasks] == ["ERP integration (orders, invoices)"]
    erp = _by_ref(session, "R-005")
    assert erp.status is RiskStatus.OCCURRED and erp.issue_refs == ("I-001",)
    assert _by_ref(session, "R-015").actionee_name == "Kees Smit"  # free text, no stakeholder
    cleansing = _by_ref(session, "R-002")
    assert [t.response for t in cleansing.tasks].count(True) == 1


def test_codes_are_never_reused_even_after_deleting_the_last(session: Session) -> None:
    _change, removed = service.delete_risk(session, _by_ref(session, "R-015").id)
    change, risk, counter = service.insert_risk(session, service.blank_risk("Supplier strike"))
    assert risk.ref == "R-016" and risk.position == 14
    assert counter == "15"  # the delete remembered R-015 as issued
    assert change.inserted == {"risk": frozenset({risk.id})}
    service.undo_insert_risk(session, risk.id, counter)
    service.restore_risk(session, removed)
    _change, again, _counter = service.insert_risk(session, service.blank_risk("Again"))
    assert again.ref == "R-016"  # the undone insert never happened


def test_field_edits_are_checked_and_return_what_they_replaced(session: Session) -> None:
    risk = _by_ref(session, "R-001")
    change, old = service.set_risk_fields(
        session, risk.id, {"inherent_probability": 5, "next_review": dt.date(2027, 1, 4)}
    )
    assert old == {"inherent_probability": 4, "next_review": risk.next_review}
    assert change.updated == {"risk": frozenset({risk.id})}
    for field, value in [
        ("inherent_probability", 6),
        ("residual_impact", 0),
        ("strategy", "exploit"),  # an opportunity's strategy on a threat
        ("cost_impact_cents", -1),
        ("response_cost_cents", 1.5),
        ("next_review", dt.date(2150, 1, 1)),
        ("date_raised", dt.date(1983, 12, 31)),
        ("owner_id", 9999),
        ("title", "  "),
        ("status", "forgotten"),
        ("proximity", "soon"),
        ("schedule_impact_days", -2),
        ("ref", "R-099"),
    ]:
        with pytest.raises(InvalidValue):
            service.set_risk_fields(session, risk.id, {field: value})
    with pytest.raises(LookupError):
        service.set_risk_fields(session, 9999, {"title": "x"})
    assert service.set_risk_fields(session, risk.id, {"title": risk.title})[1] == {}


def test_changing_the_kind_clears_a_strategy_that_no_longer_fits(session: Session) -> None:
    risk = _by_ref(session, "R-001")  # a threat, reduced
    _change, old = service.set_risk_fields(session, risk.id, {"kind": "opportunity"})
    assert old == {"kind": "threat", "strategy": "reduce"}
    assert service.get_risk(session, risk.id).strategy == ""
    service.set_risk_fields(session, risk.id, old)  # undo puts both back
    assert service.get_risk(session, risk.id).strategy == "reduce"
    _change, old = service.set_risk_fields(
        session, risk.id, {"kind": "opportunity", "strategy": "share"}
    )
    assert service.get_risk(session, risk.id).strategy == "share"


def test_delete_and_restore_bring_back_links_reviews_and_the_issues_link(
    session: Session,
) -> None:
    before = dump_project(session)
    risk = _by_ref(session, "R-005")
    change, removed = service.delete_risk(session, risk.id)
    assert len(removed.links) == 2 and len(removed.reviews) == 5 and len(removed.issue_ids) == 1
    assert change.updated == {"issue": frozenset(removed.issue_ids)}
    issue = issue_service.get_issue(session, removed.issue_ids[0])
    assert issue.risk_id is None  # SET NULL
    assert [r.position for r in service.list_risks(session)] == list(range(14))
    service.restore_risk(session, removed)
    assert dump_project(session) == before


def test_a_review_records_a_snapshot_and_reassesses_the_risk(session: Session) -> None:
    risk = _by_ref(session, "R-002")
    before = dump_project(session)
    review = service.ReviewData(0, risk.id, TODAY, 2, 3, 4_000_000, RiskStatus.MONITORING, "ok")
    change, stored, old = service.add_review(session, risk.id, review, dt.date(2026, 12, 24))
    assert stored.id and change.inserted == {"risk_review": frozenset({stored.id})}
    now = service.get_risk(session, risk.id)
    assert (now.residual_probability, now.residual_impact, now.cost_impact_cents) == (
        2,
        3,
        4_000_000,
    )
    assert now.next_review == dt.date(2026, 12, 24) and now.review_count == 6
    assert [r.note for r in service.list_reviews(session, risk.id)][-1] == "ok"
    service.undo_add_review(session, stored.id, risk.id, old)
    assert dump_project(session) == before
    with pytest.raises(InvalidValue):
        service.add_review(session, risk.id, review.__class__(0, risk.id, TODAY, 0, 3))
    _change, removed = service.delete_review(session, service.list_reviews(session, risk.id)[0].id)
    service.restore_review(session, removed)
    assert dump_project(session) == before


def test_the_exposure_trend_of_the_demo_falls_month_by_month(session: Session) -> None:
    trend = service.exposure(session)
    assert [p.review_date for p in trend] == [
        TODAY - dt.timedelta(days=d) for d in (119, 91, 63, 35, 7)
    ]
    assert [p.emv_cents for p in trend] == [
        26_100_000,
        23_700_000,
        22_950_000,
        19_750_000,
        14_800_000,
    ]
    assert [p.score for p in trend] == [102, 112, 114, 94, 62]
    assert [p.open_risks for p in trend] == [8, 10, 11, 10, 8]


def test_a_response_becomes_a_task_at_the_end_or_under_a_summary(session: Session) -> None:
    risk = _by_ref(session, "R-015")
    service.set_risk_fields(
        session, risk.id, {"strategy": "reduce", "response_actions": "Rehearse the final run\n"}
    )
    before = dump_project(session)
    change, made = service.response_to_task(session, risk.id)
    rows = read_schedule(session).rows
    assert rows[-1].id == made.task_id and rows[-1].name == "R-015: Rehearse the final run"
    assert rows[-1].outline_level == 1
    assert change.schedule_dirty and change.inserted["risk_task"] == frozenset({made.link_id})
    linked = service.get_risk(session, risk.id).tasks
    assert [(t.task_id, t.response) for t in linked if t.response] == [(made.task_id, True)]
    service.undo_response_to_task(session, risk.id, made)
    assert dump_project(session) == before

    migration = next(r for r in rows if r.name == "Data migration")
    _change, made = service.response_to_task(
        session, risk.id, parent_id=migration.id, name="Dry run"
    )
    rows = read_schedule(session).rows
    placed = next(i for i, r in enumerate(rows) if r.id == made.task_id)
    assert rows[placed - 1].name == "Reconciliation of trial 2"
    assert rows[placed].outline_level == 2 and rows[placed].name == "Dry run"
    leaf = next(r for r in rows if r.name == "Trial migration 1")
    with pytest.raises(InvalidValue):
        service.response_to_task(session, risk.id, parent_id=leaf.id)


def test_a_risk_that_occurs_becomes_an_issue_with_its_tasks(session: Session) -> None:
    risk = _by_ref(session, "R-004")
    before = dump_project(session)
    change, occurrence = service.risk_occurred(session, risk.id, TODAY)
    issue = occurrence.issue
    assert issue.ref == "I-007" and issue.risk_id == risk.id and issue.risk_ref == "R-004"
    assert issue.title == risk.title and issue.date_raised == TODAY
    assert issue.description == f"{risk.cause} → {risk.event} → {risk.effect}"
    assert issue.owner_id == risk.owner_id
    stored = issue_service.get_issue(session, issue.id)
    assert [t.task_id for t in stored.tasks] == [t.task_id for t in risk.tasks]
    assert service.get_risk(session, risk.id).status is RiskStatus.OCCURRED
    assert occurrence.old_status == "response_planned"
    assert change.inserted["issue"] == frozenset({issue.id})
    service.undo_risk_occurred(session, risk.id, occurrence)
    assert dump_project(session) == before


def test_settings_are_stored_and_a_damaged_value_gives_the_defaults(session: Session) -> None:
    assert service.read_risk_scales(session) == RiskScales()
    custom = RiskScales(medium_from=3, high_from=6, critical_from=12)
    _change, old = service.write_risk_scales(session, custom)
    assert old is None and service.read_risk_scales(session) == custom
    assert service.read_risk_scales(session).band(12) is Band.CRITICAL
    write_view_setting(session, service.SCALES_KEY, '{"thresholds": 7}')
    assert service.read_risk_scales(session) == RiskScales()


def test_links_to_tasks(session: Session) -> None:
    risk = _by_ref(session, "R-010")
    task = read_schedule(session).rows[5]
    change, link_id = service.link_risk_task(session, risk.id, task.id)
    assert link_id and change.inserted == {"risk_task": frozenset({link_id})}
    assert service.link_risk_task(session, risk.id, task.id) == (service.ChangeSet(), None)
    _change, link = service.unlink_risk_task(session, risk.id, task.id)
    assert link is not None and link["id"] == link_id
    service.restore_risk_link(session, link)
    assert [t.task_id for t in service.get_risk(session, risk.id).tasks] == [task.id]
    with pytest.raises(LookupError):
        service.link_risk_task(session, risk.id, 99_999)


def test_five_hundred_risks_list_in_order(session: Session) -> None:
    """(Their speed is measured by make bench: scripts/bench_registers.py.)"""
    with unit_of_work(session):
        session.execute(
            insert(Risk),
            [{"ref": f"R-{n:04d}", "title": f"Risk {n}", "position": n} for n in range(100, 585)],
        )
    risks = service.list_risks(session)
    assert len(risks) == 500
    assert [risk.position for risk in risks] == sorted(risk.position for risk in risks)
