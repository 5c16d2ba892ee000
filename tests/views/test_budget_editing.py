"""Editing the budget in the Budget tab, as a user does it: typing into the tables and the
change request form, New and Delete, Approve… with a re-baseline, refusals in words, and undo
putting everything back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.domain.money import format_money
from app.services.baselines import baseline_dates
from app.services.budget import categories, figures_by_category
from app.services.budget_edit import budget_lines, list_commitments, list_expenses
from app.services.change_requests import budget_history, list_change_requests
from app.services.project_file import dump_project
from app.services.reserves import list_drawdowns, reserve_settings
from app.views.budget_approve_dialog import ApproveChangeDialog
from app.views.budget_breakdown import BudgetBreakdownPage
from app.views.budget_changes import BudgetChangesPage
from app.views.budget_commitments import COMMITMENT_COLUMNS, BudgetCommitmentsPage
from app.views.budget_entry_dialog import BudgetEntryDialog
from app.views.budget_expenses import EXPENSE_COLUMNS, BudgetExpensesPage
from app.views.budget_lines import BudgetLinesPage
from app.views.budget_list import BudgetListPage
from app.views.budget_reserves import BudgetReservesDialog
from app.views.budget_tab import BudgetTab

EDITING = QAbstractItemView.State.EditingState
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def budget(qtbot: QtBot, document: ProjectDocument) -> BudgetTab:
    tab = BudgetTab(document)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def euros(cents: int) -> str:
    return format_money(cents, "EUR", "en")


def type_into(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Select a cell, start an edit by typing, type the rest, press Enter."""
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, text[0])
    assert view.state() == EDITING, "typing did not start an edit"
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != EDITING)


def list_cell(page: BudgetListPage, key: int, column: int) -> QModelIndex:
    """The view's index of a row (by id) and column."""
    return page.proxy.mapFromSource(page.model.index(page.model.row_of(key), column))


# -- expenses ------------------------------------------------------------------------------------
def test_an_expense_amount_typed_in_the_table_is_undone(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("expenses")
    assert isinstance(page, BudgetExpensesPage)
    before = document.read(dump_project)
    first = document.read(list_expenses)[0]
    figures = document.read(figures_by_category)
    row = next(
        r for r, f in enumerate(figures) if f.category and f.category.id == first.category_id
    )
    column = EXPENSE_COLUMNS.index("amount_cents")
    type_into(qtbot, page.table, list_cell(page, first.id, column), "1.999,50")
    assert document.read(list_expenses)[0].amount_cents == 199_950
    assert list_cell(page, first.id, column).data() == euros(199_950)
    assert document.undo_stack.undoText() == "Edit expense"
    assert budget.overview.stale  # read again when it is next shown
    overview = budget.page("overview")
    actual = figures[row].actual_cents - first.amount_cents + 199_950
    assert overview.model.index(row, 3).data() == euros(actual)  # type: ignore[attr-defined]
    document.undo_stack.undo()
    assert overview.model.index(row, 3).data() == euros(figures[row].actual_cents)  # type: ignore[attr-defined]
    page = budget.page("expenses")
    assert list_cell(page, first.id, column).data() == euros(first.amount_cents)  # type: ignore[arg-type]
    assert document.read(dump_project) == before


def test_a_typed_amount_that_is_not_money_is_refused_in_words(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("expenses")
    assert isinstance(page, BudgetExpensesPage)
    first = document.read(list_expenses)[0]
    column = EXPENSE_COLUMNS.index("amount_cents")
    with qtbot.waitSignal(budget.edit_refused):
        type_into(qtbot, page.table, list_cell(page, first.id, column), "lots")
    assert budget.problem.isVisible()
    assert budget.problem.text() == "“lots” is not an amount of money."
    assert document.undo_stack.count() == 0
    type_into(qtbot, page.table, list_cell(page, first.id, column), "0")
    assert "cannot be zero" in budget.problem.text()
    assert document.undo_stack.count() == 0


def test_a_category_chosen_from_the_drop_down(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("expenses")
    assert isinstance(page, BudgetExpensesPage)
    first = document.read(list_expenses)[0]
    index = list_cell(page, first.id, EXPENSE_COLUMNS.index("category_id"))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    combo = page.table.indexWidget(index)
    assert combo is not None
    combo.setCurrentIndex(combo.findText("Other"))  # type: ignore[attr-defined]
    page.table.commitData(combo)
    page.table.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    assert document.read(list_expenses)[0].category_name == "Other"
    assert index.data() == "Other"
    document.undo_stack.undo()
    assert document.read(list_expenses)[0].category_id == first.category_id


def test_new_and_deleted_expenses(budget: BudgetTab, document: ProjectDocument) -> None:
    page = budget.page("expenses")
    assert isinstance(page, BudgetExpensesPage)
    count = len(document.read(list_expenses))
    asked: list[str] = []

    def answer(title: str, fields: list[Any]) -> dict[str, Any]:
        asked.append(title)
        assert [f.key for f in fields][:3] == ["date", "kind", "amount_cents"]
        return {
            "date": dt.date(2026, 11, 24),
            "kind": "invoice",
            "amount_cents": 245_000,
            "category_id": None,
            "supplier": "Hotel De Pauw",
            "invoice_number": "HP-1",
            "task_id": None,
            "commitment_id": None,
            "note": "Workshop venue",
        }

    page.ask_values = answer  # type: ignore[method-assign]
    page.new_action.trigger()
    assert asked == ["New expense or invoice"]
    expenses = document.read(list_expenses)
    assert len(expenses) == count + 1
    added = next(item for item in expenses if item.supplier == "Hotel De Pauw")
    assert page.current_key() == added.id
    assert euros(245_000) in list_cell(page, added.id, 2).data()
    page.delete_action.trigger()
    assert len(document.read(list_expenses)) == count
    document.undo_stack.undo()
    assert page.model.row_of(added.id) >= 0


# -- purchase orders -----------------------------------------------------------------------------
def test_closing_a_purchase_order_frees_what_it_committed(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("commitments")
    assert isinstance(page, BudgetCommitmentsPage)
    order = next(o for o in document.read(list_commitments) if o.reference == "PO-2026-114")
    committed = sum(line.committed_cents for line in document.read(figures_by_category))
    page.edit_cell(order.id, COMMITMENT_COLUMNS.index("status"), "closed")
    remaining = list_cell(page, order.id, COMMITMENT_COLUMNS.index("remaining"))
    assert remaining.data() == euros(0)
    assert list_cell(page, order.id, COMMITMENT_COLUMNS.index("status")).data() == "Closed"
    assert document.undo_stack.undoText() == "Close purchase order"
    overview = budget.page("overview")
    total = overview.model.index(overview.model.rowCount() - 1, 2).data()  # type: ignore[attr-defined]
    assert total == euros(committed - order.amount_cents)
    document.undo_stack.undo()
    assert total != overview.model.index(overview.model.rowCount() - 1, 2).data()  # type: ignore[attr-defined]


def test_deleting_an_invoiced_order_asks_first(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("commitments")
    assert isinstance(page, BudgetCommitmentsPage)
    order = next(o for o in document.read(list_commitments) if o.reference == "PO-2026-101")
    questions: list[str] = []
    page.ask_confirmation = lambda title, text: bool(questions.append(text))  # type: ignore[method-assign]
    page.select_key(order.id)
    page.delete_action.trigger()
    assert (
        questions and "PO-2026-101" in questions[0] and euros(order.invoiced_cents) in questions[0]
    )
    assert page.model.row_of(order.id) >= 0  # answered no
    page.ask_confirmation = lambda title, text: True  # type: ignore[method-assign]
    page.delete_action.trigger()
    assert page.model.row_of(order.id) < 0
    document.undo_stack.undo()
    assert page.model.row_of(order.id) >= 0


# -- budget lines --------------------------------------------------------------------------------
def test_a_budget_typed_into_the_grid_moves_the_totals(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("lines")
    assert isinstance(page, BudgetLinesPage)
    before = document.read(dump_project)
    lines = document.read(budget_lines)
    history = document.read(budget_history)
    training = next(c for c in page.categories if c.name == "Training")
    column = 1 + page.categories.index(training)
    month = page.months[0]
    assert not any(line.category_id == training.id and line.month == month for line in lines)
    type_into(qtbot, page.table, page.model.index(page.model.row_of(month), column), "2500")
    assert page.model.index(page.model.row_of(month), column).data() == euros(250_000)
    assert euros(history.current_cents + 250_000) in page.totals.text()
    document.undo_stack.undo()
    assert document.read(dump_project) == before
    assert page.model.index(page.model.row_of(month), column).data() == euros(0)


def test_more_months_can_be_budgeted(budget: BudgetTab) -> None:
    page = budget.page("lines")
    assert isinstance(page, BudgetLinesPage)
    first, count = page.months[0], len(page.months)
    page.later_action.trigger()
    page.earlier_action.trigger()
    assert len(page.months) == count + 2
    assert page.months[1] == first


# -- the change log ------------------------------------------------------------------------------
def changes_page(budget: BudgetTab) -> BudgetChangesPage:
    page = budget.page("changes")
    assert isinstance(page, BudgetChangesPage)
    return page


def test_the_details_form_edits_a_change_request(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = changes_page(budget)
    proposed = next(c for c in document.read(list_change_requests) if c.ref == "CR-002")
    page.select_change(proposed.id)
    assert page.cost.isEnabled() and page.title.isEnabled()
    page.title.setText("Migrate twelve years of closed service cases")
    page.title.editingFinished.emit()
    page.cost.setText("11,000")
    page.cost.editingFinished.emit()
    found = next(c for c in document.read(list_change_requests) if c.id == proposed.id)
    assert found.title == "Migrate twelve years of closed service cases"
    assert found.cost_impact_cents == 1_100_000
    row = page.model.row_of(proposed.id)
    assert page.model.index(row, 1).data() == found.title
    assert page.model.index(row, 4).data() == euros(1_100_000)
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert page.title.text() == proposed.title


def test_an_approved_change_keeps_its_cost_impact(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = changes_page(budget)
    approved = next(c for c in document.read(list_change_requests) if c.ref == "CR-001")
    page.select_change(approved.id)
    assert not page.cost.isEnabled() and not page.category.isEnabled()
    assert not page.approve_action.isEnabled()
    assert page.title.isEnabled()


def test_approving_with_a_rebaseline_revises_the_budget_and_undoes_exactly(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = changes_page(budget)
    before = document.read(dump_project)
    proposed = next(c for c in document.read(list_change_requests) if c.ref == "CR-002")
    history = document.read(budget_history)
    task = next(row for row in document.schedule().rows if row.name == "Trial migration 2")
    old_baseline = document.read(baseline_dates, 0)[task.id]
    asked: list[Any] = []

    def answer(change: Any, status: Any) -> tuple[str, dt.date, list[int]]:
        asked.append((change.ref, status.value))
        return "Steering committee", dt.date(2026, 11, 26), [task.id]

    page.ask_decision = answer  # type: ignore[method-assign]
    page.select_change(proposed.id)
    assert page.approve_action.isEnabled()
    page.approve_action.trigger()
    assert asked == [("CR-002", "approved")]
    row = page.model.row_of(proposed.id)
    assert page.model.index(row, 6).data() == "Approved"
    assert page.decision_text("revised") == euros(proposed.cost_impact_cents)
    assert not page.approve_action.isEnabled()
    now = document.read(budget_history)
    assert now.current_cents == history.current_cents + proposed.cost_impact_cents
    lines = budget.page("lines")
    assert isinstance(lines, BudgetLinesPage)
    assert lines.history_model.rowCount() == 1 + len(now.revisions)
    assert any(
        lines.history_model.index(r, 4).data() == "CR-002"
        for r in range(lines.history_model.rowCount())
    )
    document.undo_stack.undo()
    assert document.read(dump_project) == before
    assert document.read(baseline_dates, 0)[task.id] == old_baseline
    page = changes_page(budget)
    assert page.model.index(page.model.row_of(proposed.id), 6).data() == "Proposed"


def test_reject_and_defer_ask_who_decided(budget: BudgetTab, document: ProjectDocument) -> None:
    page = changes_page(budget)
    proposed = next(c for c in document.read(list_change_requests) if c.ref == "CR-002")
    page.ask_decision = lambda change, status: ("Project board", dt.date(2026, 11, 25), [])  # type: ignore[method-assign]
    page.select_change(proposed.id)
    page.defer_action.trigger()
    assert page.decision_text("status") == "Deferred"
    assert page.decision_text("decided_by") == "Project board"
    assert not page.defer_action.isEnabled() and page.reject_action.isEnabled()
    page.reject_action.trigger()
    assert page.decision_text("status") == "Rejected"
    page.ask_decision = lambda change, status: None  # type: ignore[method-assign]
    steps = document.undo_stack.count()
    page.approve_action.trigger()  # cancelled
    assert document.undo_stack.count() == steps


def test_a_new_change_request_gets_the_next_code(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = changes_page(budget)
    page.new_action.trigger()
    change = page.shown
    assert change is not None and change.ref == "CR-004"
    assert page.title.text() == "New change request"
    assert page.current_key() == change.id
    page.delete_action.trigger()
    assert page.model.row_of(change.id) < 0
    document.undo_stack.undo()
    assert page.model.row_of(change.id) >= 0


def test_a_change_that_revised_the_budget_cannot_be_deleted(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = changes_page(budget)
    approved = next(c for c in document.read(list_change_requests) if c.ref == "CR-001")
    page.select_change(approved.id)
    page.delete_action.trigger()
    assert page.model.row_of(approved.id) >= 0
    assert budget.problem.isVisible()
    assert budget.problem.text() == (
        "CR-001 revised the budget, and the budget's history is kept: it cannot be deleted."
    )


# -- a file opened read-only ---------------------------------------------------------------------
def test_a_read_only_project_offers_no_edits(qtbot: QtBot, demo_file: Path) -> None:
    document = ProjectDocument.open(demo_file, read_only=True)
    try:
        tab = BudgetTab(document)
        qtbot.addWidget(tab)
        tab.show()
        for name in ("expenses", "commitments"):
            page = tab.page(name)
            assert isinstance(page, BudgetListPage)
            assert not page.new_action.isEnabled()
            assert not page.model.flags(page.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
        changes = changes_page(tab)
        assert not changes.approve_action.isEnabled() and not changes.title.isEnabled()
    finally:
        document.close()


def test_screenshots_of_the_decision_and_entry_dialogs(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = changes_page(budget)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert budget.grab().save(str(SCREENSHOTS / "budget-change-log-editable.png"))
    tasks = document.schedule().rows
    dialog = ApproveChangeDialog(
        "Approve CR-002", "CR-002: cost impact €9,500.00", tasks, "", dt.date(2026, 11, 26), page
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.decider.setText("Steering committee")
    dialog.rebaseline.setChecked(True)
    dialog.check_task(tasks[-2].id)
    assert dialog.task_ids() == [tasks[-2].id]
    assert dialog.grab().save(str(SCREENSHOTS / "budget-approve-dialog.png"))
    expenses = budget.page("expenses")
    assert isinstance(expenses, BudgetExpensesPage)
    shown: list[BudgetEntryDialog] = []

    def capture(self: BudgetEntryDialog) -> int:
        shown.append(self)
        self.set_text("amount_cents", "12,50")
        self.show()
        assert self.grab().save(str(SCREENSHOTS / "budget-new-expense-dialog.png"))
        reserves = BudgetReservesDialog(document, "en", budget)
        qtbot.addWidget(reserves)
        reserves.show()
        assert reserves.grab().save(str(SCREENSHOTS / "budget-reserves-dialog.png"))
        reserves.close()
        self.set_text("amount_cents", "twelve")
        self.accept()
        assert self.problem.isVisible()  # stays open, saying why
        self.set_text("amount_cents", "12.50")
        self.accept()
        return int(self.result())

    original = BudgetEntryDialog.exec
    BudgetEntryDialog.exec = capture  # type: ignore[method-assign]
    try:
        expenses.new_action.trigger()
    finally:
        BudgetEntryDialog.exec = original  # type: ignore[method-assign]
    assert shown and any(item.amount_cents == 1250 for item in document.read(list_expenses))


# -- the cost categories -------------------------------------------------------------------------
def test_cost_categories_are_added_renamed_moved_and_deleted(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    page = budget.page("breakdown")
    assert isinstance(page, BudgetBreakdownPage)
    page.show_view("category")
    before = document.read(dump_project)
    names = [c.name for c in document.read(categories)]
    page.new_category_action.trigger()
    assert page.category_table.state() == EDITING  # ready to be named
    editor = page.category_table.indexWidget(page.category_table.currentIndex())
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Consultancy")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.category_table.state() != EDITING)
    assert [c.name for c in document.read(categories)] == [*names, "Consultancy"]
    added = page.current_category()
    assert added is not None
    page.up_category_action.trigger()
    assert [c.name for c in document.read(categories)][-2] == "Consultancy"
    assert page.current_category() == added
    page.delete_category_action.trigger()  # not used by anything: no question
    assert [c.name for c in document.read(categories)] == names
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.read(dump_project) == before


def test_deleting_a_used_category_moves_what_uses_it(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("breakdown")
    assert isinstance(page, BudgetBreakdownPage)
    page.show_view("category")
    travel = next(c for c in document.read(categories) if c.name == "Travel")
    other = next(c for c in document.read(categories) if c.name == "Other")
    asked: list[str] = []

    def answer(name: str, usage: Any, others: list[tuple[int, str]]) -> int:
        asked.append(name)
        assert usage.in_use and (travel.id, "Travel") not in others
        return other.id

    page.ask_move_to = answer  # type: ignore[method-assign]
    page.select_category(travel.id)
    page.delete_category_action.trigger()
    assert asked == ["Travel"]
    assert "Travel" not in [c.name for c in document.read(categories)]
    expenses = document.read(list_expenses)
    assert all(item.category_id != travel.id for item in expenses)
    document.undo_stack.undo()
    assert "Travel" in [c.name for c in document.read(categories)]


def test_a_category_with_budget_revisions_is_not_deleted(
    budget: BudgetTab, document: ProjectDocument
) -> None:
    page = budget.page("breakdown")
    assert isinstance(page, BudgetBreakdownPage)
    page.show_view("category")
    suppliers = next(c for c in document.read(categories) if c.name == "External suppliers")
    page.select_category(suppliers.id)
    page.delete_category_action.trigger()
    assert budget.problem.text() == (
        "Budget revisions name “External suppliers”, and the budget's history is kept: "
        "the category can be renamed, not deleted."
    )
    assert "External suppliers" in [c.name for c in document.read(categories)]


# -- the reserves --------------------------------------------------------------------------------
def test_the_reserves_dialog_sets_the_contingency_and_records_drawdowns(
    budget: BudgetTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    before = document.read(dump_project)
    dialog = BudgetReservesDialog(document, "en", budget)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.from_risks.isChecked() and not dialog.contingency.isEnabled()
    assert dialog.model.rowCount() == len(document.read(list_drawdowns)) == 1
    dialog.set_amount.click()
    assert not document.read(reserve_settings).contingency_from_risks
    assert dialog.contingency.isEnabled()
    dialog.contingency.setText("30,000")
    dialog.contingency.editingFinished.emit()
    assert document.read(reserve_settings).contingency_cents == 3_000_000
    assert "Contingency: €30,000.00" in dialog.status_label.text()
    dialog.management.setText("a lot")
    dialog.management.editingFinished.emit()
    assert dialog.problem.isVisible() and "not an amount of money" in dialog.problem.text()
    assert dialog.management.text() == euros(
        document.read(reserve_settings).management_reserve_cents
    )

    def answer(title: str, fields: list[Any]) -> dict[str, Any]:
        assert [f.key for f in fields][:3] == ["reserve", "date", "amount_cents"]
        return {
            "reserve": "management",
            "date": dt.date(2026, 11, 26),
            "amount_cents": 500_000,
            "reason": "Extra licences for the pilot group",
            "risk_id": None,
            "change_request_id": None,
        }

    dialog.ask_values = answer  # type: ignore[method-assign]
    dialog.add_button.click()
    assert dialog.model.rowCount() == 2
    assert "Management reserve: €25,000.00, drawn €5,000.00" in dialog.status_label.text()
    overview = budget.page("overview")
    assert overview.reserve_text("Management reserve", 2) == euros(500_000)  # type: ignore[attr-defined]
    assert overview.reserve_text("Contingency reserve") == euros(3_000_000)  # type: ignore[attr-defined]
    dialog.table.selectRow(dialog.model.row_of(document.read(list_drawdowns)[-1].id))
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 1
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.read(dump_project) == before
    assert dialog.from_risks.isChecked()
    dialog.close()
