"""The budget as the demo holds it: per-category figures that add up to the plan's cost and
to the budget lines plus revisions; the Excel export's budget sheets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.entities import BudgetLine, BudgetRevision, Expense
from app.models.store import ProjectStore
from app.services.budget import cost_items, figures_by_category, planned_by_month
from app.services.costs import read_costs
from app.services.export_xlsx import export_workbook
from app.services.project_file import open_project
from app.services.transaction import unit_of_work


@pytest.fixture
def store(demo_file: Path) -> Iterator[ProjectStore]:
    opened = open_project(demo_file)
    yield opened
    opened.close()


@pytest.fixture
def session(store: ProjectStore) -> Iterator[Session]:
    with store.new_session() as opened:
        yield opened


def _total(session: Session, column: object) -> int:
    with unit_of_work(session):
        return int(session.execute(select(func.coalesce(func.sum(column), 0))).scalar_one())


def test_the_categories_add_up_to_the_plan_and_to_the_budget(session: Session) -> None:
    figures = figures_by_category(session)
    assert sum(f.planned_cents for f in figures) == read_costs(session).cost_cents
    budget = _total(session, BudgetLine.amount_cents) + _total(session, BudgetRevision.amount_cents)
    assert sum(f.budget_cents for f in figures) == budget
    assert 440_000_00 <= budget <= 460_000_00  # the demo's € 450k
    assert all(f.forecast_cents >= f.actual_cents for f in figures)


def test_overruns_are_the_categories_forecast_beyond_their_budget(session: Session) -> None:
    figures = {f.category.name: f for f in figures_by_category(session) if f.category}
    staff = figures["Internal staff"]
    assert staff.over_run and staff.variance_cents == staff.budget_cents - staff.forecast_cents
    assert not figures["Hardware"].over_run
    # The approved change request raised the suppliers' budget by its cost impact.
    assert figures["External suppliers"].budget_cents - 18_000_00 > 0


def test_unplanned_spending_raises_the_forecast(session: Session) -> None:
    figures = {f.category.name: f for f in figures_by_category(session) if f.category}
    training = figures["Training"]
    with unit_of_work(session):
        off_plan = session.execute(
            select(func.sum(Expense.amount_cents)).where(
                Expense.task_id.is_(None), Expense.category_id == training.category.id
            )
        ).scalar_one()
    assert training.forecast_cents == training.planned_cents + off_plan


def test_the_plan_spread_by_month_keeps_every_cent(session: Session) -> None:
    with unit_of_work(session):
        items = cost_items(session.connection())
        months = planned_by_month(items)
    assert sum(c for series in months.values() for _, c in series) == sum(
        i.cost_cents for i in items
    )
    assert all(day.day == 1 for series in months.values() for day, _ in series)


def test_the_workbook_has_the_budget_sheets(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "demo.xlsx"
    export_workbook(session, target)
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        names = book.sheetnames
        for sheet in ("Budget", "Budget lines", "Expenses", "Commitments", "Change requests"):
            assert sheet in names
        budget = [row for row in book["Budget"].iter_rows(min_row=2, values_only=True)]
        changes = [row for row in book["Change requests"].iter_rows(min_row=2, values_only=True)]
        header = next(book["Resources"].iter_rows(max_row=1, values_only=True))
    finally:
        book.close()
    assert [row[0] for row in budget][:2] == ["Internal staff", "External suppliers"]
    assert [row[1] for row in changes] == ["CR-001", "CR-002", "CR-003"]
    assert {"Organisation", "Rate per", "Accrue at", "Category", "Cost"} <= set(header)
