"""Stateful property test: any sequence of budget edits (categories, budget lines, expenses,
purchase orders, change requests and their decisions with re-baselining, reserves and
drawdowns) undoes to the start and redoes to the end, compared by canonical dumps of the
whole project; along the way the budget per category adds up to the current budget."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands import budget as commands
from app.commands.document import ProjectDocument
from app.domain.budget import CommitmentStatus, ExpenseKind, Reserve
from app.domain.validation import InvalidValue
from app.models.entities import CostCategory
from app.services.budget import figures_by_category
from app.services.budget_edit import (
    blank_commitment,
    blank_expense,
    list_commitments,
    list_cost_categories,
    list_expenses,
)
from app.services.change_requests import (
    blank_change_request,
    current_budget,
    list_change_requests,
)
from app.services.demo import build_demo
from app.services.reserves import blank_drawdown, list_drawdowns
from app.services.transaction import unit_of_work
from tests.commands.conftest import dump
from tests.conftest import TODAY

TEXT = st.text(max_size=10)  # surrogates are left out by default
DATES = st.one_of(st.none(), st.dates(dt.date(1980, 1, 1), dt.date(2028, 12, 31)))
CENTS = st.one_of(st.integers(1, 5_000_000), st.integers(-10_000, 0))  # mostly acceptable
DECISION_DATES = st.one_of(st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)), DATES)
PICK = st.integers(0, 1000)
EXPENSE_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "amount_cents": CENTS,
    "date": DATES,
    "kind": st.sampled_from(["invoice", "expense", "gift"]),
    "supplier": TEXT,
    "note": TEXT,
}
CHANGE_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "title": TEXT,
    "cost_impact_cents": CENTS,
    "time_impact_days": st.integers(-10, 10),
    "status": st.sampled_from(["proposed", "rejected", "deferred", "approved", "bogus"]),
    "date_raised": DATES,
    "scope_impact": TEXT,
}
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """The demo, built once per test process and copied for each example."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="koers-budget-"))
        path = folder / "template.koers"
        build_demo(path, TODAY).close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


def _category_positions(session: Session) -> list[int]:
    with unit_of_work(session):
        return list(session.scalars(select(CostCategory.position).order_by(CostCategory.position)))


class BudgetUndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        path = Path(self.folder.name) / "p.koers"
        shutil.copy(_template(), path)
        self.document = ProjectDocument.open(path)
        self.initial = dump(self.document)
        self.tasks = [row.id for row in self.document.schedule().rows]

    def _push(self, command: object) -> None:
        # A refused edit must leave no trace: teardown's undo-all comparison checks it.
        with contextlib.suppress(InvalidValue, LookupError):
            self.document.push(command)  # type: ignore[arg-type]

    @staticmethod
    def _pick(items: list[int], pick: int) -> int:
        """One of the ids (0, which no row has, when there are none: the edit is refused)."""
        return items[pick % len(items)] if items else 0

    def _categories(self) -> list[int]:
        return [c.id for c in self.document.read(list_cost_categories)]

    def _changes(self) -> list[int]:
        return [c.id for c in self.document.read(list_change_requests)]

    # -- categories and budget lines ---------------------------------------------------------
    @rule(name=TEXT, position=st.one_of(st.none(), st.integers(0, 10)))
    def add_category(self, name: str, position: int | None) -> None:
        self._push(commands.InsertCostCategoryCommand(self.document, name, position))

    @rule(pick=PICK, name=TEXT)
    def rename_category(self, pick: int, name: str) -> None:
        category = self._pick(self._categories(), pick)
        self._push(commands.RenameCostCategoryCommand(self.document, category, name))

    @rule(pick=PICK, position=st.integers(-1, 10))
    def move_category(self, pick: int, position: int) -> None:
        category = self._pick(self._categories(), pick)
        self._push(commands.MoveCostCategoryCommand(self.document, category, position))

    @rule(pick=PICK, into=st.one_of(st.none(), PICK))
    def delete_category(self, pick: int, into: int | None) -> None:
        known = self._categories()
        move_to = None if into is None else self._pick(known, into)
        category = self._pick(known, pick)
        self._push(commands.DeleteCostCategoryCommand(self.document, category, move_to))

    @rule(pick=PICK, month=st.integers(0, 30), amount=st.integers(-5, 3_000_000))
    def budget_line(self, pick: int, month: int, amount: int) -> None:
        day = dt.date(2026 + month // 12, month % 12 + 1, 15)
        category = self._pick(self._categories(), pick)
        self._push(commands.SetBudgetLineCommand(self.document, category, day, amount))

    # -- expenses and purchase orders ---------------------------------------------------------
    @rule(amount=CENTS, pick=PICK, order=st.one_of(st.none(), PICK))
    def add_expense(self, amount: int, pick: int, order: int | None) -> None:
        orders = [c.id for c in self.document.read(list_commitments)]
        values = blank_expense(
            TODAY,
            amount,
            kind=ExpenseKind.INVOICE,
            category_id=self._pick(self._categories(), pick),
            commitment_id=None if order is None else self._pick(orders, order),
        )
        self._push(commands.InsertExpenseCommand(self.document, values))

    @rule(pick=PICK, data=st.data())
    def edit_expense(self, pick: int, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(EXPENSE_VALUES)))
        value = data.draw(EXPENSE_VALUES[field])
        expense = self._pick([e.id for e in self.document.read(list_expenses)], pick)
        self._push(commands.SetExpenseFieldsCommand(self.document, expense, {field: value}))

    @rule(pick=PICK)
    def delete_expense(self, pick: int) -> None:
        expense = self._pick([e.id for e in self.document.read(list_expenses)], pick)
        self._push(commands.DeleteExpenseCommand(self.document, expense))

    @rule(amount=CENTS, reference=TEXT)
    def add_order(self, amount: int, reference: str) -> None:
        values = blank_commitment(TODAY, amount, reference=reference, supplier="Supplier")
        self._push(commands.InsertCommitmentCommand(self.document, values))

    @rule(pick=PICK, status=st.sampled_from([*CommitmentStatus, "lost"]))
    def order_status(self, pick: int, status: str) -> None:
        order = self._pick([c.id for c in self.document.read(list_commitments)], pick)
        self._push(commands.SetCommitmentStatusCommand(self.document, order, status))

    @rule(pick=PICK, amount=CENTS)
    def edit_order(self, pick: int, amount: int) -> None:
        order = self._pick([c.id for c in self.document.read(list_commitments)], pick)
        self._push(
            commands.SetCommitmentFieldsCommand(self.document, order, {"amount_cents": amount})
        )

    @rule(pick=PICK)
    def delete_order(self, pick: int) -> None:
        order = self._pick([c.id for c in self.document.read(list_commitments)], pick)
        self._push(commands.DeleteCommitmentCommand(self.document, order))

    # -- change requests ------------------------------------------------------------------------
    @rule(title=TEXT, cost=CENTS, pick=st.one_of(st.none(), PICK))
    def add_change(self, title: str, cost: int, pick: int | None) -> None:
        category = None if pick is None else self._pick(self._categories(), pick)
        values = blank_change_request(title or "x", cost_impact_cents=cost, category_id=category)
        self._push(commands.InsertChangeRequestCommand(self.document, values))

    @rule(pick=PICK, data=st.data())
    def edit_change(self, pick: int, data: st.DataObject) -> None:
        field = data.draw(st.sampled_from(sorted(CHANGE_VALUES)))
        value = data.draw(CHANGE_VALUES[field])
        change = self._pick(self._changes(), pick)
        self._push(commands.SetChangeRequestFieldsCommand(self.document, change, {field: value}))

    @rule(pick=PICK)
    def delete_change(self, pick: int) -> None:
        self._push(
            commands.DeleteChangeRequestCommand(self.document, self._pick(self._changes(), pick))
        )

    @rule(
        pick=PICK,
        day=DECISION_DATES,
        tasks=st.lists(PICK, max_size=3),
        number=st.sampled_from([None, 0, 1]),
    )
    def approve(self, pick: int, day: dt.date | None, tasks: list[int], number: int | None) -> None:
        change = self._pick(self._changes(), pick)
        chosen = [self._pick(self.tasks, task) for task in tasks]
        self._push(
            commands.ApproveChangeCommand(
                self.document,
                change,
                "Board",
                day,  # type: ignore[arg-type]
                chosen,
                number,
            )
        )

    @rule(pick=PICK, reject=st.booleans(), by=st.sampled_from(["Board", "Sponsor", " "]))
    def decide(self, pick: int, reject: bool, by: str) -> None:
        change = self._pick(self._changes(), pick)
        command = commands.RejectChangeCommand if reject else commands.DeferChangeCommand
        self._push(command(self.document, change, by, TODAY))

    @rule(tasks=st.lists(PICK, min_size=1, max_size=3), number=st.integers(0, 2))
    def rebaseline(self, tasks: list[int], number: int) -> None:
        chosen = [self._pick(self.tasks, task) for task in tasks]
        self._push(commands.RebaselineTasksCommand(self.document, number, chosen))

    # -- reserves ----------------------------------------------------------------------------------
    @rule(from_risks=st.booleans(), amount=CENTS)
    def reserves(self, from_risks: bool, amount: int) -> None:
        values = {"contingency_from_risks": from_risks, "management_reserve_cents": amount}
        self._push(commands.SetReserveSettingsCommand(self.document, values))

    @rule(
        reserve=st.sampled_from(list(Reserve)),
        amount=CENTS,
        reason=st.sampled_from(["", "Load test"]),
        change=st.one_of(st.none(), PICK),
    )
    def add_drawdown(self, reserve: Reserve, amount: int, reason: str, change: int | None) -> None:
        values = blank_drawdown(
            reserve,
            TODAY,
            amount,
            reason,
            change_request_id=None if change is None else self._pick(self._changes(), change),
        )
        self._push(commands.InsertDrawdownCommand(self.document, values))

    @rule(pick=PICK, amount=CENTS)
    def edit_drawdown(self, pick: int, amount: int) -> None:
        drawdown = self._pick([d.id for d in self.document.read(list_drawdowns)], pick)
        self._push(
            commands.SetDrawdownFieldsCommand(self.document, drawdown, {"amount_cents": amount})
        )

    @rule(pick=PICK)
    def delete_drawdown(self, pick: int) -> None:
        drawdown = self._pick([d.id for d in self.document.read(list_drawdowns)], pick)
        self._push(commands.DeleteDrawdownCommand(self.document, drawdown))

    # -- undo and redo -------------------------------------------------------------------------
    @precondition(lambda self: self.document.undo_stack.canUndo())
    @rule()
    def undo_one(self) -> None:
        self.document.undo_stack.undo()

    @precondition(lambda self: self.document.undo_stack.canRedo())
    @rule()
    def redo_one(self) -> None:
        self.document.undo_stack.redo()

    @invariant()
    def lists_stay_gap_free_and_the_budget_adds_up(self) -> None:
        positions = self.document.read(_category_positions)
        assert positions == list(range(len(positions)))
        log = self.document.read(list_change_requests)
        assert [c.position for c in log] == list(range(len(log)))
        assert len({c.ref for c in log}) == len(log)
        figures = self.document.read(figures_by_category)
        assert sum(f.budget_cents for f in figures) == self.document.read(current_budget)

    def teardown(self) -> None:
        try:
            stack = self.document.undo_stack
            stack.setIndex(stack.count())
            final = dump(self.document)
            stack.setIndex(0)
            assert dump(self.document) == self.initial
            stack.setIndex(stack.count())
            assert dump(self.document) == final
        finally:
            self.document.close()
            self.folder.cleanup()


BudgetUndoMachine.TestCase.settings = settings(
    settings.default, max_examples=20, stateful_step_count=15
)


def test_budget_edits_undo_to_the_start_and_redo_to_the_end(qapp: object) -> None:
    BudgetUndoMachine.TestCase().runTest()
