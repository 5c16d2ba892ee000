"""Earned value of a stored project: costs from its assignments, the baseline's cost, PV on
the calendar, EV by method, AC from progress; snapshots when the status date moves."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from app.domain.earned_value import NoBaseline
from app.models.entities import Assignment, Project, Resource, Task
from app.models.store import ProjectStore
from app.services.baselines import save_baseline
from app.services.costs import read_costs
from app.services.earned_value import evm_report, list_snapshots, move_status_date, report_dict
from app.services.project_file import create_project
from app.services.transaction import unit_of_work
from tests.cli.test_cli import koers

MONDAY = dt.date(2027, 3, 1)  # Koningsdag and Easter are well after the task


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ProjectStore]:
    """One summary with a 10-day task for a € 100/h analyst (€ 8,000) and a fixed cost."""

    def fill(session: Session) -> None:
        connection = session.connection()
        rows = [
            {"id": 1, "position": 0, "outline_level": 1, "name": "Phase"},
            {
                "id": 2,
                "position": 1,
                "outline_level": 2,
                "name": "Analysis",
                "duration_minutes": 10 * 480,
            },
            {
                "id": 3,
                "position": 2,
                "outline_level": 2,
                "name": "Licence",
                "duration_minutes": 0,
                "milestone": True,
                "fixed_cost_cents": 200_000,
                "fixed_cost_accrual": "start",
            },
        ]
        for row in rows:  # one by one: the rows have different columns
            connection.execute(insert(Task).values(**row))
        connection.execute(
            insert(Resource), [{"id": 1, "name": "Analyst", "standard_rate_cents": 10_000}]
        )
        connection.execute(
            insert(Assignment),
            [{"task_id": 2, "resource_id": 1, "units": 1.0, "work_minutes": 10 * 480}],
        )

    opened = create_project(tmp_path / "evm.koers", "EVM", MONDAY, fill=fill)
    yield opened
    opened.close()


@pytest.fixture
def session(store: ProjectStore) -> Iterator[Session]:
    with store.new_session() as opened:
        yield opened


def _progress(session: Session, percent: int, status: dt.date) -> None:
    with unit_of_work(session):
        session.execute(
            update(Task)
            .where(Task.id == 2)
            .values(percent_complete=percent, actual_start=dt.datetime(2027, 3, 1, 8))
        )
        session.execute(update(Project).values(status_date=status))


def test_costs_follow_the_rates_and_roll_up(session: Session) -> None:
    costs = read_costs(session)
    assert costs.result[2].cost_cents == 800_000
    assert costs.result[3].cost_cents == 200_000
    assert costs.result[1].cost_cents == costs.cost_cents == 1_000_000


def test_without_a_cost_baseline_there_is_no_earned_value(session: Session) -> None:
    with unit_of_work(session):
        session.execute(update(Project).values(status_date=MONDAY))
    with pytest.raises(NoBaseline, match="save a baseline first"):
        evm_report(session)


def test_earned_value_at_the_end_of_the_fifth_working_day(session: Session) -> None:
    save_baseline(session, 0)
    _progress(session, 40, dt.date(2027, 3, 5))  # Friday: day 5 of 10
    project = evm_report(session).project
    assert project.bac_cents == 1_000_000
    assert project.pv_cents == 400_000 + 200_000  # half the analysis, the licence at its start
    assert project.ev_cents == 320_000  # 40 % of 8,000; the licence milestone is not done
    assert project.ac_cents == 320_000  # 40 % of the work done, at € 100/h
    assert project.spi == Decimal(320_000) / Decimal(600_000)
    assert project.cpi == 1


def test_the_report_as_json_has_money_as_decimal_strings(session: Session) -> None:
    save_baseline(session, 0)
    _progress(session, 40, dt.date(2027, 3, 5))
    data = report_dict(evm_report(session))
    assert data["status_date"] == "2027-03-05" and data["currency"] == "EUR"
    assert (data["bac"], data["pv"], data["ev"], data["ac"]) == (
        "10000.00",
        "6000.00",
        "3200.00",
        "3200.00",
    )
    assert data["sv"] == "-2800.00" and data["cv"] == "0.00"
    assert set(data["eac_methods"]) == {"cpi", "atypical", "cpi_spi", "bottom_up"}
    assert [row["name"] for row in data["summaries"]] == ["Phase"]


def test_moving_the_status_date_stores_a_snapshot_and_undo_takes_it_back(
    session: Session,
) -> None:
    from app.services.earned_value import undo_status_date

    save_baseline(session, 0)
    _progress(session, 40, dt.date(2027, 3, 4))
    _, replaced = move_status_date(session, dt.date(2027, 3, 5))
    assert replaced is None
    snapshots = list_snapshots(session)
    assert [row["status_date"] for row in snapshots] == [dt.date(2027, 3, 5)]
    assert snapshots[0]["pv_cents"] == 600_000 and snapshots[0]["cpi"] == "1.0000"
    undo_status_date(session, dt.date(2027, 3, 4), dt.date(2027, 3, 5), replaced)
    assert list_snapshots(session) == []


def test_koers_evm_prints_json_and_refuses_without_baseline(store: ProjectStore) -> None:
    path = Path(store.path)
    with store.new_session() as session:
        _progress(session, 40, dt.date(2027, 3, 5))
    refused = koers("evm", path)
    assert refused.returncode == 1 and "save a baseline first" in refused.stderr
    with store.new_session() as session:
        save_baseline(session, 0)
    store.checkpoint()
    done = koers("evm", path, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["pv"] == "6000.00" and data["spi"] == "0.533"
    earlier = json.loads(koers("evm", path, "--json", "--status-date", "2027-03-02").stdout)
    assert earlier["pv"] == "3600.00"  # two days of analysis plus the licence
