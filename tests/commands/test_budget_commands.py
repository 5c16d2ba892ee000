"""Budget commands: every edit undoes to the file as it was and redoes to the file as it
became (canonical dumps, ids included); refused edits leave no undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoCommand
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.commands import budget as commands
from app.commands.document import ProjectDocument
from app.domain.budget import CommitmentStatus, ExpenseKind, Reserve
from app.domain.validation import InvalidValue
from app.models.entities import Baseline, Task
from app.services.budget import figures_by_category
from app.services.budget_edit import (
    blank_commitment,
    blank_expense,
    budget_lines,
    list_commitments,
    list_cost_categories,
    list_expenses,
)
from app.services.change_requests import (
    blank_change_request,
    budget_history,
    current_budget,
    list_change_requests,
)
from app.services.reserves import blank_drawdown, list_drawdowns, reserve_status
from app.services.transaction import unit_of_work
from tests.commands.conftest import dump

DAY = dt.date(2026, 11, 26)
Factory = Callable[[ProjectDocument], QUndoCommand]


def _category(document: ProjectDocument, name: str) -> int:
    return next(c.id for c in document.read(list_cost_categories) if c.name == name)


def _change(document: ProjectDocument, ref: str) -> int:
    return next(c.id for c in document.read(list_change_requests) if c.ref == ref)


CASES: dict[str, Factory] = {
    "add category": lambda d: commands.InsertCostCategoryCommand(d, "Hosting", 1),
    "rename category": lambda d: commands.RenameCostCategoryCommand(
        d, _category(d, "Travel"), "Travel and lodging"
    ),
    "move category": lambda d: commands.MoveCostCategoryCommand(d, _category(d, "Other"), 0),
    "delete category moving its rows": lambda d: commands.DeleteCostCategoryCommand(
        d, _category(d, "Training"), _category(d, "Other")
    ),
    "new budget line": lambda d: commands.SetBudgetLineCommand(
        d, _category(d, "Travel"), dt.date(2027, 9, 1), 80_000
    ),
    "change a budget line": lambda d: commands.SetBudgetLineCommand(
        d,
        _category(d, "Internal staff"),
        d.read(budget_lines, _category(d, "Internal staff"))[0].month,
        1_234_500,
    ),
    "remove a budget line": lambda d: commands.SetBudgetLineCommand(
        d,
        _category(d, "Internal staff"),
        d.read(budget_lines, _category(d, "Internal staff"))[0].month,
        0,
    ),
    "add expense": lambda d: commands.InsertExpenseCommand(
        d,
        blank_expense(
            DAY,
            45_000,
            kind=ExpenseKind.EXPENSE,
            category_id=_category(d, "Travel"),
            supplier="KLM",
            note="Flight to the vendor's user day",
        ),
    ),
    "edit expense": lambda d: commands.SetExpenseFieldsCommand(
        d, d.read(list_expenses)[0].id, {"amount_cents": 150_000, "note": "with exam"}
    ),
    "delete expense": lambda d: commands.DeleteExpenseCommand(d, d.read(list_expenses)[-1].id),
    "add purchase order": lambda d: commands.InsertCommitmentCommand(
        d, blank_commitment(DAY, 900_000, reference="PO-2026-140", supplier="Trainer BV")
    ),
    "edit purchase order": lambda d: commands.SetCommitmentFieldsCommand(
        d, d.read(list_commitments)[0].id, {"amount_cents": 15_000_000}
    ),
    "close purchase order": lambda d: commands.SetCommitmentStatusCommand(
        d, d.read(list_commitments)[0].id, CommitmentStatus.CLOSED
    ),
    "delete purchase order": lambda d: commands.DeleteCommitmentCommand(
        d, d.read(list_commitments)[0].id
    ),
    "add change request": lambda d: commands.InsertChangeRequestCommand(
        d, blank_change_request("Archive old contracts", cost_impact_cents=-120_000), 0
    ),
    "edit change request": lambda d: commands.SetChangeRequestFieldsCommand(
        d, _change(d, "CR-002"), {"cost_impact_cents": 1_100_000, "time_impact_days": 6}
    ),
    "delete change request": lambda d: commands.DeleteChangeRequestCommand(d, _change(d, "CR-003")),
    "approve change request": lambda d: commands.ApproveChangeCommand(
        d, _change(d, "CR-002"), "Steering committee", DAY
    ),
    "reject change request": lambda d: commands.RejectChangeCommand(
        d, _change(d, "CR-002"), "Steering committee", DAY
    ),
    "defer change request": lambda d: commands.DeferChangeCommand(
        d, _change(d, "CR-002"), "Steering committee", DAY
    ),
    "re-baseline some tasks": lambda d: commands.RebaselineTasksCommand(
        d, 0, [row.id for row in d.schedule().rows if not row.summary][:3]
    ),
    "reserve settings": lambda d: commands.SetReserveSettingsCommand(
        d, {"contingency_from_risks": False, "contingency_cents": 5_000_000}
    ),
    "add drawdown": lambda d: commands.InsertDrawdownCommand(
        d, blank_drawdown(Reserve.MANAGEMENT, DAY, 250_000, "Extra security review")
    ),
    "edit drawdown": lambda d: commands.SetDrawdownFieldsCommand(
        d, d.read(list_drawdowns)[0].id, {"amount_cents": 450_000}
    ),
    "delete drawdown": lambda d: commands.DeleteDrawdownCommand(d, d.read(list_drawdowns)[0].id),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_undo_and_redo_restore_the_file_exactly(document: ProjectDocument, case: str) -> None:
    before = dump(document)
    seen: list[object] = []
    document.changed.connect(seen.append)
    command = CASES[case](document)
    document.push(command)
    after = dump(document)
    assert after != before and document.undo_stack.count() == 1
    assert command.text() and seen
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after
    document.undo_stack.undo()
    assert dump(document) == before


def _read_baseline(session: Session) -> dict[int, tuple[object, ...]]:
    with unit_of_work(session):
        rows = session.execute(select(Baseline.__table__).where(Baseline.number == 0))
        return {row.task_id: tuple(row) for row in rows}


def _baseline(document: ProjectDocument) -> dict[int, tuple[object, ...]]:
    return document.read(_read_baseline)


def test_approving_with_rebaseline_undone_restores_budget_and_baseline_exactly(
    document: ProjectDocument,
) -> None:
    """Acceptance: approving a change request with re-baseline, undone, restores budget
    and baseline exactly (canonical dump)."""
    rows = document.schedule().rows
    affected = [row.id for row in rows if not row.summary and "migration" in row.name.lower()]
    assert affected
    # The change's effect on the plan: the migration tasks cost € 9,500 more.
    document.execute(_add_fixed_cost, affected[0], 950_000)
    before = dump(document)
    budget = document.read(current_budget)
    baseline = _baseline(document)
    figures = document.read(figures_by_category)
    cr = _change(document, "CR-002")
    document.push(
        commands.ApproveChangeCommand(document, cr, "Steering committee", DAY, affected, 0)
    )
    assert document.read(current_budget) == budget + 950_000
    assert document.read(budget_history).revisions[-1].reason.startswith("CR-002 approved: ")
    changed = _baseline(document)
    assert changed != baseline and changed[affected[0]][0] == baseline[affected[0]][0]
    assert {key for key in baseline if changed[key] != baseline[key]} >= {affected[0]}
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    assert document.read(current_budget) == budget
    assert _baseline(document) == baseline
    assert document.read(figures_by_category) == figures
    document.undo_stack.redo()
    assert dump(document) == after


def _add_fixed_cost(session: Session, task_id: int, cents: int) -> None:
    with unit_of_work(session):
        session.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(fixed_cost_cents=Task.fixed_cost_cents + cents)
        )


REFUSED: dict[str, tuple[Factory, str]] = {
    "category in use": (
        lambda d: commands.DeleteCostCategoryCommand(d, _category(d, "Training")),
        "in_use",
    ),
    "category with revisions": (
        lambda d: commands.DeleteCostCategoryCommand(
            d, _category(d, "External suppliers"), _category(d, "Other")
        ),
        "has_revisions",
    ),
    "approve twice": (
        lambda d: commands.ApproveChangeCommand(d, _change(d, "CR-001"), "Board", DAY),
        "already_approved",
    ),
    "approve by editing": (
        lambda d: commands.SetChangeRequestFieldsCommand(
            d, _change(d, "CR-002"), {"status": "approved"}
        ),
        "approve_with_decision",
    ),
    "negative budget": (
        lambda d: commands.SetBudgetLineCommand(d, _category(d, "Travel"), DAY, -1),
        "out_of_range",
    ),
    "drawdown without reason": (
        lambda d: commands.InsertDrawdownCommand(
            d, blank_drawdown(Reserve.CONTINGENCY, DAY, 100, " ")
        ),
        "required",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_refused_edit_leaves_no_trace(document: ProjectDocument, case: str) -> None:
    factory, code = REFUSED[case]
    before = dump(document)
    with pytest.raises(InvalidValue) as excinfo:
        document.push(factory(document))
    assert excinfo.value.code == code
    assert dump(document) == before
    assert not document.undo_stack.canUndo()


def test_a_missing_row_is_refused_too(document: ProjectDocument) -> None:
    with pytest.raises(LookupError):
        document.push(commands.DeleteExpenseCommand(document, 99_999))
    assert not document.undo_stack.canUndo()


def test_a_set_contingency_shows_in_the_reserve_status(document: ProjectDocument) -> None:
    document.push(
        commands.SetReserveSettingsCommand(
            document, {"contingency_from_risks": False, "contingency_cents": 100_000}
        )
    )
    contingency = document.read(reserve_status)[0]
    assert contingency.amount_cents == 100_000 and contingency.overdrawn
    document.undo_stack.undo()
    assert document.read(reserve_status)[0].from_risks
