"""The stakeholder register: order, checked edits, anonymising, links from risks and issues."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.stakeholders import Attitude, Engagement, Quadrant
from app.domain.validation import InvalidValue
from app.models.entities import Issue, Risk
from app.services.demo import build_demo
from app.services.demo_stakeholders import PEOPLE, add_demo_stakeholders
from app.services.project_file import create_project, dump_project
from app.services.stakeholders import (
    StakeholderData,
    anonymise_stakeholder,
    blank_stakeholder,
    delete_stakeholder,
    get_stakeholder,
    insert_stakeholder,
    list_stakeholders,
    move_stakeholder,
    restore_stakeholder,
    restore_stakeholder_fields,
    set_stakeholder_field,
    stakeholder_names,
    stakeholder_references,
    stakeholder_rows,
)
from app.services.transaction import unit_of_work


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = create_project(tmp_path / "p.koers", "P", dt.date(2026, 1, 5))
    with store.new_session() as session:
        yield session
    store.close()


@pytest.fixture
def register(session: Session) -> tuple[Session, dict[str, int]]:
    """A new project with the demo's stakeholders and no risks or issues yet."""
    with unit_of_work(session):
        ids = add_demo_stakeholders(session.connection())
    return session, ids


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Session, dict[str, int]]]:
    store = build_demo(tmp_path / "demo.koers", dt.date(2026, 11, 26))
    with store.new_session() as session:
        yield session, {name: key for key, name in stakeholder_names(session)}
    store.close()


def _names(session: Session) -> list[str]:
    rows = list_stakeholders(session)
    assert [r.position for r in rows] == list(range(len(rows)))
    return [r.name for r in rows]


def test_insert_delete_and_move_keep_a_gap_free_order(session: Session) -> None:
    for i, name in enumerate("ace"):
        insert_stakeholder(session, i, blank_stakeholder(name))
    change, inserted = insert_stakeholder(session, 1, blank_stakeholder("b"))
    assert change.inserted == {"stakeholder": frozenset({inserted.id})}
    assert _names(session) == ["a", "b", "c", "e"]
    _change, old = move_stakeholder(session, inserted.id, 99)
    assert old == 1
    assert _names(session) == ["a", "c", "e", "b"]
    change, _old = move_stakeholder(session, inserted.id, 3)
    assert change.is_empty()  # already there: no undo step
    _change, removed = delete_stakeholder(session, list_stakeholders(session)[1].id)
    assert removed.stakeholder.name == "c"
    assert _names(session) == ["a", "e", "b"]
    restore_stakeholder(session, removed)
    assert _names(session) == ["a", "c", "e", "b"]


def test_field_edits_are_checked_and_return_the_old_value(session: Session) -> None:
    _change, row = insert_stakeholder(session, 0, blank_stakeholder("Femke"))
    _change, old = set_stakeholder_field(session, row.id, "power", 5)
    assert old == 3
    _change, old = set_stakeholder_field(session, row.id, "attitude", "resistor")
    assert old is Attitude.NEUTRAL
    stored = get_stakeholder(session, row.id)
    assert (stored.power, stored.attitude, stored.quadrant) == (
        5,
        Attitude.RESISTOR,
        Quadrant.MANAGE_CLOSELY,
    )
    for field, value in (
        ("power", 0),
        ("interest", "6"),
        ("attitude", "angry"),
        ("current_engagement", "busy"),
        ("name", ""),
        ("anonymised", True),  # only by anonymising
        ("id", 4),
    ):
        with pytest.raises(InvalidValue):
            set_stakeholder_field(session, row.id, field, value)
    with pytest.raises(LookupError):
        set_stakeholder_field(session, 999, "name", "x")
    assert get_stakeholder(session, row.id) == stored
    change, _old = set_stakeholder_field(session, row.id, "power", 5)
    assert change.is_empty()


def test_the_gap_and_the_quadrant_follow_the_fields(session: Session) -> None:
    values = StakeholderData(
        id=0,
        position=0,
        name="Works council",
        power=4,
        interest=2,
        current_engagement=Engagement.RESISTANT,
        desired_engagement=Engagement.NEUTRAL,
    )
    _change, row = insert_stakeholder(session, 0, values)
    assert row.gap == 1
    assert row.quadrant is Quadrant.KEEP_SATISFIED


def _add_links(session: Session, ids: dict[str, int]) -> None:
    bas, femke = ids["Bas van Dijk"], ids["Femke Mulder"]
    with unit_of_work(session):
        session.execute(
            insert(Risk),
            [
                {"ref": "R-001", "title": "Data leak", "owner_id": bas, "actionee_id": femke},
                {"ref": "R-002", "title": "No DPIA", "owner_id": femke, "actionee_id": bas},
                {"ref": "R-003", "title": "Other", "owner_id": ids["Thomas Hendriks"]},
            ],
        )
        session.execute(
            insert(Issue),
            [
                {"ref": "I-001", "title": "MFA missing", "owner_id": bas},
                {"ref": "I-002", "title": "Old data", "owner_id": femke},
            ],
        )


def test_delete_unlinks_risks_and_issues_and_restore_points_them_back(
    register: tuple[Session, dict[str, int]],
) -> None:
    session, ids = register
    _add_links(session, ids)
    bas = ids["Bas van Dijk"]
    references = stakeholder_references(session, bas)
    assert (len(references.risks), len(references.issues)) == (2, 1)
    before = dump_project(session)
    change, removed = delete_stakeholder(session, bas)
    assert change.deleted == {"stakeholder": frozenset({bas})}
    assert set(change.updated) == {"risk", "issue"}
    with unit_of_work(session):
        owners = session.execute(select(Risk.ref, Risk.owner_id, Risk.actionee_id)).all()
        assert bas not in {owner for _ref, *pair in owners for owner in pair}
        assert session.scalar(select(Issue.owner_id).where(Issue.ref == "I-001")) is None
    assert removed.references == references
    change = restore_stakeholder(session, removed)
    assert set(change.updated) == {"risk", "issue"}
    assert dump_project(session) == before


def test_anonymise_clears_personal_data_and_the_old_values_restore_it(
    register: tuple[Session, dict[str, int]],
) -> None:
    session, ids = register
    bas = ids["Bas van Dijk"]
    before = dump_project(session)
    original = get_stakeholder(session, bas)
    _change, old = anonymise_stakeholder(session, bas, "Anonymous {0}")
    row = get_stakeholder(session, bas)
    assert row.anonymised
    assert row.name == f"Anonymous {bas}"
    assert row.email == row.phone == row.contact_notes == row.concerns == row.strategy == ""
    assert (row.power, row.interest, row.attitude) == (4, 3, Attitude.RESISTOR)
    assert (row.current_engagement, row.desired_engagement) == (
        original.current_engagement,
        original.desired_engagement,
    )
    assert row.role == original.role
    assert old["name"] == "Bas van Dijk"
    assert old["anonymised"] is False
    restore_stakeholder_fields(session, bas, old)
    assert dump_project(session) == before


def test_rows_for_exports_leave_contact_details_out_unless_asked(
    register: tuple[Session, dict[str, int]],
) -> None:
    session, _ids = register
    rows = stakeholder_rows(session)
    assert len(rows) == 12
    for row in rows:
        assert not {"email", "phone", "contact_notes"} & set(row)
    assert rows[0]["name"] == "Marieke de Vries"
    assert rows[0]["quadrant"] == "manage_closely"
    assert rows[0]["attitude"] == "supporter"
    full = stakeholder_rows(session, include_contacts=True)
    assert full[0]["email"] == "marieke.devries@example.nl"
    assert full[0]["phone"].startswith("+31 6 0000 00")
    assert {k for k in full[0] if k not in rows[0]} == {"email", "phone", "contact_notes"}


def test_demo_stakeholders_are_the_twelve_named_ones(
    demo: tuple[Session, dict[str, int]],
) -> None:
    session, ids = demo
    assert list(ids) == [person.name for person in PEOPLE]
    assert stakeholder_names(session) == [(ids[p.name], p.name) for p in PEOPLE]
    rows = {row.name: row for row in list_stakeholders(session)}
    marieke = rows["Marieke de Vries"]
    assert (marieke.power, marieke.interest, marieke.attitude) == (5, 5, Attitude.SUPPORTER)
    assert marieke.gap == 0
    assert (rows["Bas van Dijk"].attitude, rows["Bas van Dijk"].gap) == (Attitude.RESISTOR, 2)
    assert rows["Femke Mulder"].current_engagement is Engagement.UNAWARE
    assert not rows["Ruud Peters"].internal
    assert not rows["ERP Solutions NL"].internal
    assert rows["Thomas Hendriks"].quadrant is Quadrant.KEEP_SATISFIED
    assert rows["Key users sales"].quadrant is Quadrant.KEEP_INFORMED
    assert rows["ERP Solutions NL"].quadrant is Quadrant.MONITOR
    for row in rows.values():
        assert row.email.endswith(("@example.com", "@example.nl"))
        assert row.language in ("nl", "en")
        assert row.channel and row.frequency and row.strategy


def test_listing_300_stakeholders_keeps_their_order(session: Session) -> None:
    """(Their speed is measured by make bench: scripts/bench_registers.py.)"""
    with unit_of_work(session):
        for _ in range(25):
            add_demo_stakeholders(session.connection())
    rows = list_stakeholders(session)
    assert len(rows) == 300
    assert [r.position for r in rows] == list(range(300))
