"""The reserves: contingency from the open threats' residual EMV (or a set amount), the
management reserve, drawdowns with undo, and an overdrawn reserve flagged."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.budget import Reserve
from app.domain.risks import RiskScales, residual_levels
from app.domain.validation import InvalidValue
from app.models.entities import Risk
from app.services import reserves as service
from app.services.demo import build_demo
from app.services.project_file import dump_project, open_project
from app.services.risks import list_risks, set_risk_fields, write_risk_scales
from app.services.transaction import unit_of_work
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.koers"
    build_demo(path, TODAY).close()
    return path


@pytest.fixture
def session(template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.koers"
    shutil.copy(template, path)
    store = open_project(path)
    with store.new_session() as opened:
        yield opened
    store.close()


def _status(session: Session) -> dict[Reserve, service.ReserveStatus]:
    return {found.reserve: found for found in service.reserve_status(session)}


def _expected_emv(session: Session, percent: tuple[int, ...] = (10, 30, 50, 70, 90)) -> int:
    """The register's open threats, by hand: residual probability's % × cost impact."""
    total = 0
    for risk in list_risks(session):
        if risk.kind != "threat" or risk.status in ("closed", "occurred"):
            continue
        probability, _ = residual_levels(
            risk.inherent_probability,
            risk.inherent_impact,
            risk.residual_probability,
            risk.residual_impact,
        )
        total += (percent[probability - 1] * risk.cost_impact_cents + 50) // 100
    return total


def test_the_demo_contingency_is_the_residual_emv_of_the_open_threats(session: Session) -> None:
    status = _status(session)
    contingency = status[Reserve.CONTINGENCY]
    assert contingency.from_risks
    assert contingency.amount_cents == _expected_emv(session) == 17_300_000
    assert contingency.drawn_cents == 400_000
    assert contingency.remaining_cents == 16_900_000 and not contingency.overdrawn
    management = status[Reserve.MANAGEMENT]
    assert (management.amount_cents, management.drawn_cents) == (2_500_000, 0)
    assert not management.from_risks


def test_closed_risks_and_opportunities_do_not_add(session: Session) -> None:
    before = _status(session)[Reserve.CONTINGENCY].amount_cents
    risks = list_risks(session)
    threat = next(r for r in risks if r.kind == "threat" and r.status == "monitoring")
    opportunity = next(r for r in risks if r.kind == "opportunity")
    set_risk_fields(session, opportunity.id, {"cost_impact_cents": 10**9})
    assert _status(session)[Reserve.CONTINGENCY].amount_cents == before
    probability, _ = residual_levels(
        threat.inherent_probability,
        threat.inherent_impact,
        threat.residual_probability,
        threat.residual_impact,
    )
    emv = ((10, 30, 50, 70, 90)[probability - 1] * threat.cost_impact_cents + 50) // 100
    set_risk_fields(session, threat.id, {"status": "closed"})
    assert _status(session)[Reserve.CONTINGENCY].amount_cents == before - emv


def test_the_project_emv_percentages_are_used(session: Session) -> None:
    percent = (5, 20, 40, 60, 80)
    write_risk_scales(session, RiskScales(emv_percent=percent))
    assert _status(session)[Reserve.CONTINGENCY].amount_cents == _expected_emv(session, percent)


def test_a_level_out_of_range_counts_as_the_nearest(session: Session) -> None:
    with unit_of_work(session):
        key = session.execute(select(Risk.id).where(Risk.ref == "R-001")).scalar_one()
        session.execute(update(Risk).where(Risk.id == key).values(residual_probability=9))
    assert _status(session)[Reserve.CONTINGENCY].amount_cents > 0  # no error


def test_a_set_contingency_replaces_the_risks_and_undo_restores_it(session: Session) -> None:
    start = dump_project(session)
    change, old = service.set_reserve_settings(
        session, {"contingency_from_risks": False, "contingency_cents": 300_000}
    )
    assert change.project_fields == {"contingency_from_risks", "contingency_cents"}
    assert old == {"contingency_from_risks": True, "contingency_cents": 0}
    contingency = _status(session)[Reserve.CONTINGENCY]
    assert contingency.amount_cents == 300_000 and not contingency.from_risks
    assert contingency.remaining_cents == -100_000 and contingency.overdrawn
    service.set_reserve_settings(session, old)
    assert dump_project(session) == start
    change, old = service.set_reserve_settings(session, {"management_reserve_cents": 2_500_000})
    assert change.is_empty() and old == {}


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"contingency_from_risks": 1}, "contingency_from_risks", "not_a_boolean"),
        ({"contingency_cents": -1}, "contingency_cents", "out_of_range"),
        ({"management_reserve_cents": "5"}, "management_reserve_cents", "not_a_number"),
        ({"currency": "USD"}, "currency", "unknown_field"),
    ],
)
def test_bad_settings_are_refused(
    session: Session, values: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(InvalidValue) as excinfo:
        service.set_reserve_settings(session, values)
    assert (excinfo.value.field, excinfo.value.code) == (field, code)


def test_a_drawdown_is_recorded_edited_deleted_and_restored(session: Session) -> None:
    start = dump_project(session)
    risk = next(r for r in list_risks(session) if r.ref == "R-004")
    values = service.blank_drawdown(
        Reserve.MANAGEMENT,
        dt.date(2026, 11, 25),
        3_000_000,
        "Extra load test after the vendor's upgrade",
        risk_id=risk.id,
    )
    change, drawdown = service.insert_drawdown(session, values)
    assert change.inserted == {"reserve_drawdown": frozenset({drawdown.id})}
    assert drawdown.risk_ref == "R-004" and drawdown.reserve is Reserve.MANAGEMENT
    management = _status(session)[Reserve.MANAGEMENT]
    assert management.remaining_cents == -500_000 and management.overdrawn
    inserted = dump_project(session)
    change, old = service.set_drawdown_fields(session, drawdown.id, {"amount_cents": 1_000_000})
    assert old == {"amount_cents": 3_000_000}
    assert not _status(session)[Reserve.MANAGEMENT].overdrawn
    service.set_drawdown_fields(session, drawdown.id, old)
    assert dump_project(session) == inserted
    change, row = service.delete_drawdown(session, drawdown.id)
    assert change.deleted == {"reserve_drawdown": frozenset({drawdown.id})}
    assert dump_project(session) == start
    service.restore_drawdown(session, row)
    assert dump_project(session) == inserted
    assert service.list_drawdowns(session)[-1] == drawdown


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"reserve": "petty cash"}, "reserve", "not_a_choice"),
        ({"amount_cents": 0}, "amount_cents", "zero"),
        ({"amount_cents": -5}, "amount_cents", "out_of_range"),
        ({"reason": "  "}, "reason", "required"),
        ({"date": None}, "date", "required"),
        ({"risk_id": 9_999}, "risk_id", "unknown_risk"),
        ({"change_request_id": 9_999}, "change_request_id", "unknown_change_request"),
    ],
)
def test_bad_drawdowns_are_refused(
    session: Session, values: dict[str, object], field: str, code: str
) -> None:
    before = dump_project(session)
    drawdown = service.list_drawdowns(session)[0]
    with pytest.raises(InvalidValue) as excinfo:
        service.set_drawdown_fields(session, drawdown.id, values)
    assert (excinfo.value.field, excinfo.value.code) == (field, code)
    with pytest.raises(InvalidValue):
        good = service.blank_drawdown(Reserve.CONTINGENCY, dt.date(2026, 11, 1), 100, "r")
        service.insert_drawdown(session, replace(good, **values))  # type: ignore[arg-type]
    assert dump_project(session) == before
